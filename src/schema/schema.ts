// The graph schema as the rest of the code sees it: loaded once from graph-schema/*.json (the only place types
// are defined) and indexed for the questions the pipeline, the loader and the viewer ask of it.
import entityTypesFile from '../../graph-schema/entity-types.json' with { type: 'json' };
import relationTypesFile from '../../graph-schema/relation-types.json' with { type: 'json' };
import type { EntityTypeName, RelationTypeName } from './schema-types.generated.js';

export type { EntityTypeName, RelationTypeName } from './schema-types.generated.js';

export interface EntityTypeDefinition {
  name: EntityTypeName;
  parent: EntityTypeName | null;
  color: string;
  description: string;
  descriptors: string[];
}

export interface PropertyDefinition {
  type: 'string' | 'number' | 'boolean';
  description: string;
}

export interface RelationTypeDefinition {
  name: RelationTypeName;
  family: string;
  description: string;
  symmetric?: boolean;
  from: EntityTypeName[];
  to: EntityTypeName[];
  properties: Record<string, PropertyDefinition>;
  signals: { verbs: string[]; nouns: string[]; phrases: string[]; inversePhrases?: string[]; titles?: string[] };
  objectPreposition?: string;
}

// The JSON files type names and property kinds as plain strings. They are narrowed here, by a check against the
// files' own list of types, to the generated names (schema-types.generated.ts, kept in step with these files by
// `npm run gen:schema` and its test), so a parent or an endpoint the schema does not define, or a property of an
// unknown kind, is a model error at start-up rather than a cast that hides it.
const definedEntityTypes = new Set<string>(entityTypesFile.types.map((t) => t.name));
const definedRelationTypes = new Set<string>(relationTypesFile.types.map((t) => t.name));
const PROPERTY_KINDS = ['string', 'number', 'boolean'] as const;

function definedEntityType(name: string, where: string): EntityTypeName {
  if (!isDefinedEntityType(name)) throw new Error(`schema: ${where} names "${name}", which graph-schema/entity-types.json does not define`);
  return name;
}
function isDefinedEntityType(name: string): name is EntityTypeName {
  return definedEntityTypes.has(name);
}
function isDefinedRelationType(name: string): name is RelationTypeName {
  return definedRelationTypes.has(name);
}
function isPropertyKind(kind: string): kind is PropertyDefinition['type'] {
  return PROPERTY_KINDS.some((known) => known === kind);
}

function propertiesOf(properties: Record<string, { type: string; description: string } | undefined>, where: string): Record<string, PropertyDefinition> {
  const checked: Record<string, PropertyDefinition> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (!property) continue;
    if (!isPropertyKind(property.type)) throw new Error(`schema: ${where}.${key} has type "${property.type}"; give one of ${PROPERTY_KINDS.join(', ')}`);
    checked[key] = { type: property.type, description: property.description };
  }
  return checked;
}

export const entityTypes: EntityTypeDefinition[] = entityTypesFile.types.map((t) => ({
  ...t,
  name: definedEntityType(t.name, 'an entity type'),
  parent: t.parent === null ? null : definedEntityType(t.parent, `the parent of ${t.name}`),
}));
export const relationTypes: RelationTypeDefinition[] = relationTypesFile.types.map((t) => {
  // Always defined (the set holds every name of the file): the check only narrows the name's type.
  if (!isDefinedRelationType(t.name)) throw new Error(`schema: relation type "${t.name}" is not defined`);
  return {
    ...t,
    name: t.name,
    from: t.from.map((name) => definedEntityType(name, `${t.name}.from`)),
    to: t.to.map((name) => definedEntityType(name, `${t.name}.to`)),
    properties: propertiesOf(t.properties, `${t.name}.properties`),
  };
});
export const commonRelationProperties = propertiesOf(relationTypesFile.commonProperties, 'commonProperties');
export const relationFamilies: Record<string, string> = relationTypesFile.families;

const entityTypeByName = new Map<string, EntityTypeDefinition>(entityTypes.map((t) => [t.name, t]));
const relationTypeByName = new Map<string, RelationTypeDefinition>(relationTypes.map((t) => [t.name, t]));

/** True when `name` is an entity type defined in graph-schema/. */
export function isEntityType(name: string): name is EntityTypeName {
  return entityTypeByName.has(name);
}

/** True when `name` is a relation type defined in graph-schema/. */
export function isRelationType(name: string): name is RelationTypeName {
  return relationTypeByName.has(name);
}

/** The definition of an entity type; throws a model error when the schema does not define it. */
export function entityType(name: string): EntityTypeDefinition {
  const found = entityTypeByName.get(name);
  if (!found) throw new Error(`schema: unknown entity type "${name}"; known types are ${[...entityTypeByName.keys()].join(', ')}`);
  return found;
}

/** The definition of a relation type; throws a model error when the schema does not define it. */
export function relationType(name: string): RelationTypeDefinition {
  const found = relationTypeByName.get(name);
  if (!found) throw new Error(`schema: unknown relation type "${name}"; known types are ${[...relationTypeByName.keys()].join(', ')}`);
  return found;
}

/** The type followed by its ancestors, most specific first: MediaOrganization → [MediaOrganization, Organization]. */
export function typeLineage(name: EntityTypeName): EntityTypeName[] {
  const lineage: EntityTypeName[] = [];
  for (let current: EntityTypeName | null = name; current; current = entityType(current).parent) lineage.push(current);
  return lineage;
}

/** The root of a type's hierarchy (Person, Organization, Location, Product, Event, Group). */
export function rootType(name: EntityTypeName): EntityTypeName {
  return typeLineage(name).at(-1) ?? name;
}

/** True when `name` is `ancestor` or one of its subtypes. */
export function isA(name: EntityTypeName, ancestor: EntityTypeName): boolean {
  return typeLineage(name).includes(ancestor);
}

/** Neo4j labels for an entity of this type: :Entity plus the type and all its ancestors. */
export function labelsFor(name: EntityTypeName): string[] {
  return ['Entity', ...typeLineage(name).reverse()];
}

/** True when a relation of this type may join entities of these types (subtypes count as their ancestors). */
export function endpointsAllowed(relation: RelationTypeName, source: EntityTypeName, target: EntityTypeName): boolean {
  const def = relationType(relation);
  const fits = (type: EntityTypeName, allowed: EntityTypeName[]) => allowed.some((a) => isA(type, a));
  if (fits(source, def.from) && fits(target, def.to)) return true;
  return Boolean(def.symmetric) && fits(target, def.from) && fits(source, def.to);
}
