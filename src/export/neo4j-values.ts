// Neo4j property types as the text formats need them: the CSV header type neo4j-admin import reads and the Cypher
// literal that recreates a value exactly (1.0 stays a FLOAT, a date stays a DATE). Types come from Neo4j's
// `valueType()` where the export fetched them, else from the JSON value.
import type { JsonValue } from './property-graph.js';
import { itemAt } from '../util/checked-index.js';

export interface PropertyType {
  list: boolean;
  /** Element type as valueType() names it without NOT NULL: STRING, INTEGER, FLOAT, BOOLEAN, DATE, LOCAL TIME,
   * ZONED TIME, LOCAL DATETIME, ZONED DATETIME, DURATION, POINT, or NOTHING (an empty list). */
  element: string;
}

/** Parses valueType() text ("LIST<STRING NOT NULL> NOT NULL") or infers the type from the JSON value. */
export function propertyType(value: JsonValue, valueType?: string): PropertyType {
  if (valueType) {
    const text = valueType.replace(/ NOT NULL/g, '').trim();
    const list = /^LIST<(.*)>$/.exec(text);
    return list ? { list: true, element: itemAt(list, 1).trim() } : { list: false, element: text };
  }
  const scalar = (v: JsonValue): string =>
    typeof v === 'boolean' ? 'BOOLEAN' : typeof v === 'number' ? (Number.isInteger(v) ? 'INTEGER' : 'FLOAT') : 'STRING';
  if (Array.isArray(value)) {
    const types = new Set(value.map(scalar));
    if (types.size === 0) return { list: true, element: 'NOTHING' };
    if (types.size === 2 && types.has('INTEGER') && types.has('FLOAT')) return { list: true, element: 'FLOAT' };
    const [only = 'STRING'] = types;
    return { list: true, element: types.size === 1 ? only : 'STRING' };
  }
  return { list: false, element: scalar(value) };
}

const CSV_TYPES: Record<string, string> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  DATE: 'date',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  DURATION: 'duration',
  POINT: 'point',
  NOTHING: 'string',
};

/** The neo4j-admin import header type: `long`, `double`, `string[]`, `date`, … */
export function csvHeaderType(type: PropertyType): string {
  return `${CSV_TYPES[type.element] ?? 'string'}${type.list ? '[]' : ''}`;
}

const CRS_BY_SRID: Record<number, string> = { 7203: 'cartesian', 9157: 'cartesian-3d', 4326: 'WGS-84', 4979: 'WGS-84-3d' };

/** One element as neo4j-admin import reads it (before CSV quoting). */
export function csvScalar(value: JsonValue, element: string): string {
  if (value === null) return '';
  if (element === 'POINT' && typeof value === 'object' && !Array.isArray(value)) {
    const p = value as Record<string, JsonValue>;
    return `{crs:'${CRS_BY_SRID[Number(p.srid)] ?? 'cartesian'}', x:${p.x}, y:${p.y}${p.z !== undefined ? `, z:${p.z}` : ''}}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A Cypher string literal: single-quoted, with backslash, quote and every control character escaped. */
export function cypherString(text: string): string {
  return `'${text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  })}'`;
}

/** A backtick-quoted Cypher name (label, relationship type, property key), safe for any text. */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

const TEMPORAL_FUNCTIONS: Record<string, string> = {
  DATE: 'date',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  DURATION: 'duration',
};

function cypherScalar(value: JsonValue, element: string): string {
  if (value === null) return 'null';
  const temporal = TEMPORAL_FUNCTIONS[element];
  if (temporal && typeof value === 'string') return `${temporal}(${cypherString(value)})`;
  if (element === 'POINT' && typeof value === 'object' && !Array.isArray(value)) {
    return `point({${Object.entries(value)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}})`;
  }
  if (typeof value === 'number') {
    if (element === 'FLOAT') {
      if (Number.isNaN(value)) return '0.0/0.0';
      const text = String(value);
      return /[.eE]/.test(text) ? text : `${text}.0`;
    }
    return String(value);
  }
  // Integers past 2^53 arrive as their decimal text; they are still integers.
  if (typeof value === 'string' && element === 'INTEGER' && /^-?\d+$/.test(value)) return value;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  return cypherString(JSON.stringify(value));
}

/** The Cypher literal that recreates a property value of this type exactly. */
export function cypherLiteral(value: JsonValue, type: PropertyType): string {
  if (type.list && Array.isArray(value)) return `[${value.map((v) => cypherScalar(v, type.element)).join(', ')}]`;
  return cypherScalar(value, type.element);
}
