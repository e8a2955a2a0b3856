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

export const entityTypes = entityTypesFile.types as EntityTypeDefinition[];
export const relationTypes = relationTypesFile.types as RelationTypeDefinition[];
export const commonRelationProperties = relationTypesFile.commonProperties as Record<string, PropertyDefinition>;
export const relationFamilies = relationTypesFile.families as Record<string, string>;

const entityTypeByName = new Map(entityTypes.map((t) => [t.name as string, t]));
const relationTypeByName = new Map(relationTypes.map((t) => [t.name as string, t]));

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
