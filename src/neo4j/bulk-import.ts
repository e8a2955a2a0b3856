// `kg load --bulk`: the fast path for a first load into an empty local database. The graph documents are folded into
// their final rows (bulk-rows.ts), written as CSV files in neo4j-admin's header format, imported offline with
// `neo4j-admin database import full` while the server is stopped, and the server is started again with the same
// constraints and indexes `kg load` creates. The CSV files double as input for the LOAD CSV benchmark.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../document/graph-document.js';
import type { LocalNeo4jLayout } from '../db/local-neo4j-layout.js';
import { javaBinary } from '../db/local-neo4j-layout.js';
import { runningServer, startLocalServer, stopLocalServer } from '../db/local-neo4j-server.js';
import { openGraphDatabase, type GraphDatabase } from './connection.js';
import { bulkRows, labelKey, type BulkRows } from './bulk-rows.js';
import { DOCUMENT_LABEL, SENTENCE_LABEL, assertIdentifier, ensureGraphSchema } from './schema-setup.js';

/** Between list elements in a CSV cell: a control character no article text or name contains. */
export const ARRAY_DELIMITER = '\u001f';

/** A problem with the bulk path the user can act on; the message says what to do. */
export class BulkImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkImportError';
  }
}

export interface CsvSource {
  /** Node labels (joined with ':') or relationship type. */
  name: string;
  file: string;
  rows: number;
}

export interface ImportFiles {
  dir: string;
  nodes: CsvSource[];
  relationships: CsvSource[];
}

type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BulkImportError(`bulk import: ${value} cannot be stored in Neo4j; check the graph document`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // An empty list has no CSV form: the cell stays empty and the property is set to [] after the import.
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    return cell(value.map((item) => {
      const text = String(item);
      if (text.includes(ARRAY_DELIMITER)) throw new BulkImportError('bulk import: a list value contains the control character U+001F; use kg load without --bulk');
      return text;
    }).join(ARRAY_DELIMITER));
  }
  return `"${(value as string).replace(/"/g, '""')}"`;
}

/** Writes rows as CSV with a header, buffered so a million rows do not become one string. */
function writeCsv(file: string, header: string[], rows: Iterable<Cell[]>): number {
  const fd = fs.openSync(file, 'w');
  let buffer = `${header.join(',')}\n`;
  let count = 0;
  try {
    for (const row of rows) {
      buffer += `${row.map(cell).join(',')}\n`;
      count += 1;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

function propertyColumns(rows: BulkRows['relations']): { key: string; header: string }[] {
  const kinds = new Map<string, string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.properties)) {
      const kind = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = kinds.get(key);
      if (seen && seen !== kind) {
        throw new BulkImportError(`bulk import: relation property "${key}" holds both ${seen} and ${kind} values; use kg load without --bulk`);
      }
      kinds.set(key, kind);
    }
  }
  return [...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, kind]) => ({ key, header: kind === 'string' ? key : `${key}:${kind}` }));
}

/** Writes the CSV files for `rows` into `dir`: one file per entity label set and per relationship type. */
export function writeImportFiles(rows: BulkRows, dir: string): ImportFiles {
  fs.mkdirSync(dir, { recursive: true });
  const nodes: CsvSource[] = [];
  const relationships: CsvSource[] = [];
  const node = (name: string, file: string, header: string[], data: Iterable<Cell[]>) =>
    nodes.push({ name, file: path.join(dir, file), rows: writeCsv(path.join(dir, file), header, data) });
  const rel = (name: string, file: string, header: string[], data: Iterable<Cell[]>) =>
    relationships.push({ name, file: path.join(dir, file), rows: writeCsv(path.join(dir, file), header, data) });

  // Offsets and counts are integers, as kg load stores them; confidence and other numbers are doubles.
  node(DOCUMENT_LABEL, 'documents.csv', ['id:ID', 'source', 'title', 'published', 'text'], rows.documents.map((d) => [d.id, d.source, d.title, d.published, d.text]));
  node(SENTENCE_LABEL, 'sentences.csv', ['id:ID', 'documentId', 'start:long', 'end:long', 'text'], rows.sentences.map((s) => [s.id, s.doc, s.start, s.end, s.text]));
  const byLabels = new Map<string, BulkRows['entities']>();
  for (const entity of rows.entities) {
    const key = labelKey(entity);
    const list = byLabels.get(key);
    if (list) list.push(entity);
    else byLabels.set(key, [entity]);
  }
  for (const [labels, list] of byLabels) {
    labels.split(':').forEach(assertIdentifier);
    node(labels, `entities-${labels.replace(/:/g, '-')}.csv`, ['id:ID', 'name', 'type', 'aliases:string[]', 'mergeKey', 'mergeReasons:string[]', 'mentionCount:long', 'documentCount:long'],
      list.map((e) => [e.id, e.name, e.type, e.aliases, e.mergeKey, e.mergeReasons, e.mentionCount, e.documentCount]));
  }
  rel('IN_DOCUMENT', 'in-document.csv', [':START_ID', ':END_ID'], rows.sentences.map((s) => [s.id, s.doc]));
  rel('MENTIONED_IN', 'mentioned-in.csv', [':START_ID', ':END_ID', 'count:long', 'starts:long[]', 'ends:long[]', 'kinds:string[]'],
    rows.mentions.map((m) => [m.entity, m.doc, m.count, m.starts, m.ends, m.kinds]));
  const byType = new Map<string, BulkRows['relations']>();
  for (const relation of rows.relations) {
    const list = byType.get(relation.type);
    if (list) list.push(relation);
    else byType.set(relation.type, [relation]);
  }
  for (const [type, list] of byType) {
    assertIdentifier(type);
    const columns = propertyColumns(list);
    rel(type, `relations-${type}.csv`, [':START_ID', ':END_ID', 'id', 'confidence:double', 'evidenceIds:string[]', 'documentIds:string[]', ...columns.map((c) => c.header)],
      list.map((r) => [r.source, r.target, r.id, r.confidence, r.evidenceIds, r.documentIds, ...columns.map((c) => r.properties[c.key])]));
  }
  return { dir, nodes, relationships };
}

/** Runs `neo4j-admin database import full` into the (stopped) server's `neo4j` database, replacing it. */
export function runAdminImport(layout: LocalNeo4jLayout, files: ImportFiles, options: { database?: string } = {}): { ms: number } {
  const args = [
    '-cp',
    `${layout.libDir}/*`,
    '-Xmx1g',
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    ...files.nodes.map((n) => `--nodes=${n.name}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.name}=${r.file}`),
    '--id-type=string',
    `--array-delimiter=U+001F`,
    '--multiline-fields=true',
    '--overwrite-destination=true',
    `--report-file=${path.join(layout.logsDir, 'import.report')}`,
    options.database ?? 'neo4j',
  ];
  const began = Date.now();
  const result = spawnSync(javaBinary(), args, {
    cwd: layout.home,
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.error) throw new BulkImportError(`bulk import: could not run java (${result.error.message}); install Java 17 or 21 or set JAVA_HOME`);
  if (result.status !== 0) {
    const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /error|exception|invalid/i.test(l));
    throw new BulkImportError(`bulk import: neo4j-admin database import failed (exit code ${result.status}): ${lines[0]?.trim().slice(0, 300) ?? 'no message'}; the database is left empty, load with kg load instead`);
  }
  return { ms: Date.now() - began };
}

/** Lists kg load writes even when empty; the import leaves them out because a CSV cell cannot hold an empty list. */
async function restoreEmptyLists(database: GraphDatabase): Promise<void> {
  const session = database.writeSession();
  try {
    await session.run(`
MATCH (n:Entity) WHERE n.aliases IS NULL OR n.mergeReasons IS NULL
CALL { WITH n SET n.aliases = coalesce(n.aliases, []), n.mergeReasons = coalesce(n.mergeReasons, []) } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}

/** True when the database holds no node at all. */
export async function databaseIsEmpty(database: GraphDatabase): Promise<boolean> {
  const session = database.readSession();
  try {
    const result = await session.run('MATCH (n) RETURN n LIMIT 1');
    return result.records.length === 0;
  } finally {
    await session.close();
  }
}

export interface BulkReport {
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
  csvMs: number;
  importMs: number;
  restartMs: number;
  schemaMs: number;
}

/**
 * Loads graph documents into the empty `neo4j` database of the local server by offline import. The server is stopped
 * for the import and started again; the caller has checked that the database is empty.
 */
export async function bulkLoad(graphs: GraphDocument[], layout: LocalNeo4jLayout, log: (line: string) => void = () => {}): Promise<BulkReport> {
  if (!runningServer(layout)) throw new BulkImportError(`bulk import: the local Neo4j in ${layout.home} is not running; start it with kg db start`);
  let began = Date.now();
  const rows = bulkRows(graphs);
  const dir = fs.mkdtempSync(path.join(layout.importDir, 'bulk-'));
  try {
    const files = writeImportFiles(rows, dir);
    const csvMs = Date.now() - began;
    log(`wrote ${files.nodes.length + files.relationships.length} CSV files in ${(csvMs / 1000).toFixed(1)} s; stopping Neo4j for the import…`);
    await stopLocalServer({ layout });
    let importMs: number;
    try {
      importMs = runAdminImport(layout, files).ms;
    } catch (error) {
      // The server comes back either way, so the user is never left with a stopped database.
      await startLocalServer({ layout });
      throw error;
    }
    log(`imported in ${(importMs / 1000).toFixed(1)} s; starting Neo4j…`);
    began = Date.now();
    await startLocalServer({ layout });
    const restartMs = Date.now() - began;
    began = Date.now();
    const database = await openGraphDatabase({ uri: `bolt://127.0.0.1:${layout.boltPort}`, external: false });
    try {
      await ensureGraphSchema(database);
      await restoreEmptyLists(database);
    } finally {
      await database.close();
    }
    return {
      documents: rows.documents.length,
      sentences: rows.sentences.length,
      entities: rows.entities.length,
      relations: rows.relations.length,
      csvMs,
      importMs,
      restartMs,
      schemaMs: Date.now() - began,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
