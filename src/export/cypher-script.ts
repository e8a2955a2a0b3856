// Renders an export as the statements of a Cypher script that recreates exactly that subgraph in an empty database
// (cypher-shell -f, or any Bolt client statement by statement): nodes with all labels and typed properties, then
// relationships, in UNWIND batches of literal rows. Endpoints are matched through a temporary label and key with a
// uniqueness constraint (so the script needs no ids of its own in the data), removed again at the end.
import type { ExportGraph, JsonValue, PropertyNode, PropertyRelationship } from './property-graph.js';
import { exportUnion } from './property-graph.js';
import { cypherLiteral, cypherName, propertyType } from './neo4j-values.js';

export const SCRIPT_BATCH = 500;
const TEMP_LABEL = '_KgExportNode';
const TEMP_KEY = '_kgExportKey';
const TEMP_CONSTRAINT = 'kg_export_node_key';

function propertiesLiteral(element: PropertyNode | PropertyRelationship): string {
  const entries = Object.entries(element.properties).filter(([, v]) => v !== null) as [string, JsonValue][];
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v, propertyType(v, element.propertyTypes?.[k]))}`).join(', ')}}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The script's statements, each ending with ";" and a newline. String literals escape every line break, so a line
 * that ends with ";" always ends a statement (splitCypherScript relies on it).
 */
export function* cypherScriptStatements(graph: ExportGraph): Generator<string> {
  const all = exportUnion(graph);
  const index = new Map(all.nodes.map((n, i) => [n.id, i]));
  yield `// Recreates ${all.nodes.length} nodes and ${all.relationships.length} relationships exported by kg export. Run it in an empty database.\n`;
  yield `CREATE CONSTRAINT ${TEMP_CONSTRAINT} IF NOT EXISTS FOR (n:${cypherName(TEMP_LABEL)}) REQUIRE n.${cypherName(TEMP_KEY)} IS UNIQUE;\n`;
  for (const [labels, nodes] of groupBy(all.nodes, (n) => n.labels.join(':'))) {
    const labelText = [...(labels ? labels.split(':') : []), TEMP_LABEL].map(cypherName).join(':');
    for (let i = 0; i < nodes.length; i += SCRIPT_BATCH) {
      const rows = nodes.slice(i, i + SCRIPT_BATCH).map((n) => `  {k: ${index.get(n.id)}, p: ${propertiesLiteral(n)}}`);
      yield `UNWIND [\n${rows.join(',\n')}\n] AS row\nCREATE (n:${labelText} {${cypherName(TEMP_KEY)}: row.k})\nSET n += row.p;\n`;
    }
  }
  for (const [type, relationships] of groupBy(all.relationships, (r) => r.type)) {
    for (let i = 0; i < relationships.length; i += SCRIPT_BATCH) {
      const rows = relationships.slice(i, i + SCRIPT_BATCH).map((r) => `  {s: ${index.get(r.start)}, e: ${index.get(r.end)}, p: ${propertiesLiteral(r)}}`);
      yield (
        `UNWIND [\n${rows.join(',\n')}\n] AS row\nMATCH (a:${cypherName(TEMP_LABEL)} {${cypherName(TEMP_KEY)}: row.s})\n` +
        `MATCH (b:${cypherName(TEMP_LABEL)} {${cypherName(TEMP_KEY)}: row.e})\nCREATE (a)-[r:${cypherName(type)}]->(b)\nSET r += row.p;\n`
      );
    }
  }
  yield `MATCH (n:${cypherName(TEMP_LABEL)}) REMOVE n:${cypherName(TEMP_LABEL)}, n.${cypherName(TEMP_KEY)};\n`;
  yield `DROP CONSTRAINT ${TEMP_CONSTRAINT} IF EXISTS;\n`;
}

/** Splits a script written by cypherScriptStatements into statements (comments dropped, without the final ";"). */
export function splitCypherScript(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split('\n')) {
    if (current.length === 0 && (line.startsWith('//') || line.trim() === '')) continue;
    current.push(line);
    if (line.endsWith(';')) {
      statements.push(current.join('\n').slice(0, -1));
      current = [];
    }
  }
  return statements;
}
