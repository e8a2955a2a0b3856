// The schema as the viewer uses it: colours per entity type, relation families and their types, all read from
// graph-schema/ at build time, so the legend always matches what the extractor and the loader know.
import entityTypesFile from '../../graph-schema/entity-types.json' with { type: 'json' };
import relationTypesFile from '../../graph-schema/relation-types.json' with { type: 'json' };

interface EntityTypeEntry {
  name: string;
  parent: string | null;
  color: string;
  description: string;
}
interface RelationTypeEntry {
  name: string;
  family: string;
  description: string;
}

export const entityTypeList: EntityTypeEntry[] = entityTypesFile.types;
export const relationTypeList: RelationTypeEntry[] = relationTypesFile.types;
export const relationFamilies: Record<string, string> = relationTypesFile.families;

const colorByType = new Map(entityTypeList.map((t) => [t.name, t.color]));
const familyByType = new Map(relationTypeList.map((t) => [t.name, t.family]));
const UNKNOWN_COLOR = '#7f8c8d';

/** Edge colours per relation family, as the schema gives them. */
const familyColor = new Map<string, string>(Object.entries(relationTypesFile.familyColors));

export function entityColor(type: string): string {
  return colorByType.get(type) ?? UNKNOWN_COLOR;
}

export function familyOf(relationType: string): string {
  return familyByType.get(relationType) ?? 'generic';
}

export function relationColor(relationType: string): string {
  return familyColor.get(familyOf(relationType)) ?? UNKNOWN_COLOR;
}

export function familyColorOf(family: string): string {
  return familyColor.get(family) ?? UNKNOWN_COLOR;
}

/** Relation types of each family, in schema order. */
export function typesOfFamily(family: string): string[] {
  return relationTypeList.filter((t) => t.family === family).map((t) => t.name);
}

/** 12 colours for communities (Louvain), distinct from each other on a light background. */
export const COMMUNITY_PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#800000',
  '#808000',
  '#000075',
];
