// Typed reads of the rows Cypher returns. A row is what the driver gives (`record.toObject()`): each field is checked
// for the shape the query's RETURN promises as it is read, so a graph stored in another shape fails with an error
// naming the field, not later as a wrong value somewhere else.
import type { EntityRef, ViewerEntity } from '../viewer/viewer-data.js';
import type { GraphDatabase } from './connection.js';
import { isEntityType, isRelationType, type EntityTypeName, type RelationTypeName } from '../schema/schema.js';

/** One row of a query's result, by the names its RETURN gives. */
export type Row = Readonly<Record<string, unknown>>;

/** The rows of a result, as plain objects. */
export function rowsOf(records: readonly { toObject(): Row }[]): Row[] {
  return records.map((record) => record.toObject());
}

/** The rows `cypher` returns for `ids`, given to it as $ids `batch` at a time, in one read session. */
export async function* rowsInBatches(database: GraphDatabase, cypher: string, ids: readonly string[], batch: number): AsyncGenerator<Row> {
  const session = database.readSession();
  try {
    for (let start = 0; start < ids.length; start += batch) {
      const result = await session.run(cypher, { ids: ids.slice(start, start + batch) });
      yield* rowsOf(result.records);
    }
  } finally {
    await session.close();
  }
}

function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

function wrongShape(field: string, value: unknown, expected: string): Error {
  return new Error(`neo4j: the row field "${field}" is ${shapeOf(value)} where ${expected} was expected; the stored graph is not in the shape kg load writes`);
}

const isMap = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text field. */
export function stringField(row: Row, field: string): string {
  const value = row[field];
  if (typeof value !== 'string') throw wrongShape(field, value, 'a string');
  return value;
}

/** A number field (integers arrive as numbers: the driver's read sessions convert them). */
export function numberField(row: Row, field: string): number {
  const value = row[field];
  if (typeof value !== 'number') throw wrongShape(field, value, 'a number');
  return value;
}

/** An entity type graph-schema/ defines. */
export function entityTypeField(row: Row, field: string): EntityTypeName {
  const value = row[field];
  if (typeof value !== 'string' || !isEntityType(value)) throw wrongShape(field, value, 'an entity type of graph-schema/entity-types.json');
  return value;
}

/** A relation type graph-schema/ defines. */
export function relationTypeField(row: Row, field: string): RelationTypeName {
  const value = row[field];
  if (typeof value !== 'string' || !isRelationType(value)) throw wrongShape(field, value, 'a relation type of graph-schema/relation-types.json');
  return value;
}

/** A plain property value as graph documents state them: a string, a number or a boolean. */
export function propertyValueField(row: Row, field: string): string | number | boolean {
  const value = row[field];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw wrongShape(field, value, 'a string, number or boolean');
  return value;
}

/** A list of texts. */
export function stringsField(row: Row, field: string): string[] {
  const value = row[field];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw wrongShape(field, value, 'a list of strings');
  return value;
}

/** A list of lists of texts (a list per mention). */
export function listsOfStringsField(row: Row, field: string): string[][] {
  const value = row[field];
  if (!Array.isArray(value) || !value.every((list) => Array.isArray(list) && list.every((v) => typeof v === 'string')))
    throw wrongShape(field, value, 'a list of lists of strings');
  return value;
}

/** A list of [text, text] pairs, as `[k IN keys(n) | [k, valueType(n[k])]]` returns them. */
export function stringPairsField(row: Row, field: string): [string, string][] {
  const value = row[field];
  if (!Array.isArray(value)) throw wrongShape(field, value, 'a list of [string, string] pairs');
  return value.map((pair: unknown): [string, string] => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
      throw wrongShape(field, value, 'a list of [string, string] pairs');
    return [pair[0], pair[1]];
  });
}

/** A list, or null where the property is not set (a mention's offsets, kinds). */
export function optionalListField(row: Row, field: string): unknown[] | null {
  const value = row[field];
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw wrongShape(field, value, 'a list or null');
  return value;
}

/** A map field (a map projection, `properties(x)`). */
export function mapField(row: Row, field: string): Row {
  const value = row[field];
  if (!isMap(value)) throw wrongShape(field, value, 'a map');
  return value;
}

/** A list of maps (a `collect({...})`). */
export function mapsField(row: Row, field: string): Row[] {
  const value = row[field];
  if (!Array.isArray(value) || !value.every(isMap)) throw wrongShape(field, value, 'a list of maps');
  return value;
}

/** An entity as `{id: e.id, name: e.name, type: e.type}` returns it. */
export function entityRefField(row: Row, field: string): EntityRef {
  const map = mapField(row, field);
  return { id: stringField(map, 'id'), name: stringField(map, 'name'), type: stringField(map, 'type') };
}

/** An entity as the viewer queries' entity map returns it (id, name, type, aliases, mentionCount, documentCount). */
export function viewerEntityField(row: Row, field: string): ViewerEntity {
  const map = mapField(row, field);
  return {
    id: stringField(map, 'id'),
    name: stringField(map, 'name'),
    type: stringField(map, 'type'),
    aliases: stringsField(map, 'aliases'),
    mentionCount: numberField(map, 'mentionCount'),
    documentCount: numberField(map, 'documentCount'),
  };
}
