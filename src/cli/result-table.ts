// Query results as a plain-text table for the terminal: nodes shown by name, relationships by type, paths as chains,
// lists and maps as JSON, long cells cut. Pure: text in, text out.
import type { JsonValue } from '../export/property-graph.js';
import { itemAt } from '../util/checked-index.js';

const MAX_CELL = 60;

type JsonObject = { [key: string]: JsonValue };

/** The shapes query-values.ts converts nodes, relationships and paths to. */
type NodeValue = { id: string; labels: string[]; properties: JsonObject };
type RelationshipValue = { type: string; start: string; properties: JsonObject };
type PathValue = { nodes: NodeValue[]; relationships: RelationshipValue[] };

const isObject = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNode = (v: JsonValue): v is JsonObject & NodeValue =>
  isObject(v) && Array.isArray(v.labels) && v.labels.every((l) => typeof l === 'string') && isObject(v.properties) && typeof v.id === 'string';
const isRelationship = (v: JsonValue): v is JsonObject & RelationshipValue =>
  isObject(v) && typeof v.type === 'string' && typeof v.start === 'string' && isObject(v.properties);
const isPath = (v: JsonValue): v is JsonObject & PathValue =>
  isObject(v) && Array.isArray(v.nodes) && v.nodes.every(isNode) && Array.isArray(v.relationships) && v.relationships.every(isRelationship);

function nodeText(node: NodeValue): string {
  if (typeof node.properties.name === 'string') return node.properties.name;
  const labels = node.labels.join(':');
  return `(${labels ? `:${labels} ` : ''}${node.id})`;
}

/** One value as a table cell. */
export function cellText(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return `:${value.type}`;
  if (isPath(value)) {
    const { nodes, relationships } = value;
    return nodes.map((n, i) => (i === 0 ? nodeText(n) : ` -[:${relationships[i - 1]?.type}]- ${nodeText(n)}`)).join('');
  }
  if (Array.isArray(value) && value.every((v) => isNode(v) || isRelationship(v))) return value.map(cellText).join(', ');
  return JSON.stringify(value);
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** The table: a header, a rule, one line per row. */
export function renderTable(columns: string[], rows: JsonValue[][]): string {
  const cells = rows.map((row) => row.map((v) => cut(cellText(v))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => itemAt(row, i).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))

      .join(' | ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}
