// Renders the TypeScript union types of entity and relation type names from the schema JSON.
import entityTypesFile from '../../graph-schema/entity-types.json' with { type: 'json' };
import relationTypesFile from '../../graph-schema/relation-types.json' with { type: 'json' };

/** Source text of schema-types.generated.ts for the current graph-schema/ files. */
export function renderSchemaTypes(): string {
  const union = (names: string[]) => names.map((n) => `  | '${n}'`).join('\n');
  return [
    '// Generated from graph-schema/ by `npm run gen:schema`; do not edit by hand.',
    '',
    `export type EntityTypeName =\n${union(entityTypesFile.types.map((t) => t.name))};`,
    '',
    `export type RelationTypeName =\n${union(relationTypesFile.types.map((t) => t.name))};`,
    '',
  ].join('\n');
}
