// `kg load --bulk`: the fast path for a first load into an empty local database. The graph documents are folded into
// their final rows (bulk-rows.ts), written as CSV files in neo4j-admin's header format, imported offline with
// `neo4j-admin database import full` while the server is stopped, and the server is started again with the same
// constraints and indexes `kg load` creates. The CSV files double as input for the LOAD CSV benchmark.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { GraphSource } from '../document/graph-source.js';
import type { LocalNeo4jLayout } from '../db/local-neo4j-layout.js';
import { javaBinary } from '../db/local-neo4j-layout.js';
import { runningServer, startLocalServer, stopLocalServer } from '../db/local-neo4j-server.js';
import { openGraphDatabase, type GraphDatabase } from './connection.js';
import { emitBulkRows, labelKey, surveyBulk, type BulkSurvey, type PropertyKind } from './bulk-rows.js';
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
  // An empty list has no CSV form: the cell stays empty and the property absent, as kg load leaves an empty list.
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

/** One CSV file with a header, written through a buffer so a million rows never become one string. */
class CsvFile {
  private readonly fd: number;
  private buffer: string;
  rows = 0;

  constructor(readonly file: string, header: string[]) {
    this.fd = fs.openSync(file, 'w');
    this.buffer = `${header.join(',')}\n`;
  }

  write(row: Cell[]): void {
    this.buffer += `${row.map(cell).join(',')}\n`;
    this.rows += 1;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}

/** The property columns of one relationship type, from every value the survey saw. */
function propertyColumns(type: string, survey: BulkSurvey): { key: string; header: string }[] {
  const kinds = [...(survey.propertyKinds.get(type) ?? new Map<string, Set<PropertyKind>>())];
  for (const [key, seen] of kinds) {
    if (seen.size > 1) throw new BulkImportError(`bulk import: relation property "${key}" holds ${[...seen].join(' and ')} values; use kg load without --bulk`);
  }
  return kinds
    .map(([key, seen]) => ({ key, kind: [...seen][0]! }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ key, kind }) => ({ key, header: kind === 'string' ? key : `${key}:${kind}` }));
}

export interface ImportFilesReport extends ImportFiles {
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
}

/**
 * Writes the CSV files for validated graph sources into `dir`: one file per entity label set and per relationship
 * type. The sources are surveyed (unless `survey` is given, made while validating them) and read again, and rows are
 * written as they come (bulk-rows.ts); `onProgress` hears the rows written so far.
 */
export async function writeImportFiles(
  sources: readonly GraphSource[],
  dir: string,
  options: { survey?: BulkSurvey; onProgress?: (rows: number) => void } = {},
): Promise<ImportFilesReport> {
  fs.mkdirSync(dir, { recursive: true });
  const survey = options.survey ?? (await surveyBulk(sources));
  const onProgress = options.onProgress ?? (() => {});
  // Offsets and counts are integers, as kg load stores them; confidence and other numbers are doubles.
  const documents = new CsvFile(path.join(dir, 'documents.csv'), ['id:ID', 'source', 'title', 'published', 'text']);
  const sentences = new CsvFile(path.join(dir, 'sentences.csv'), ['id:ID', 'documentId', 'start:long', 'end:long', 'text']);
  const inDocument = new CsvFile(path.join(dir, 'in-document.csv'), [':START_ID', ':END_ID']);
  const mentionedIn = new CsvFile(path.join(dir, 'mentioned-in.csv'), [':START_ID', ':END_ID', 'count:long', 'starts:long[]', 'ends:long[]', 'kinds:string[]']);
  const entityFiles = new Map<string, CsvFile>();
  const relationFiles = new Map<string, { csv: CsvFile; columns: { key: string; header: string }[] }>();
  let written = 0;
  try {
    await emitBulkRows(sources, survey, ({ kind, row }) => {
      if (kind === 'document') documents.write([row.id, row.source, row.title, row.published, row.text]);
      else if (kind === 'sentence') {
        sentences.write([row.id, row.doc, row.start, row.end, row.text]);
        inDocument.write([row.id, row.doc]);
      } else if (kind === 'mention') mentionedIn.write([row.entity, row.doc, row.count, row.starts, row.ends, row.kinds]);
      else if (kind === 'entity') {
        const labels = labelKey(row);
        let csv = entityFiles.get(labels);
        if (!csv) {
          labels.split(':').forEach(assertIdentifier);
          csv = new CsvFile(path.join(dir, `entities-${labels.replace(/:/g, '-')}.csv`), ['id:ID', 'name', 'type', 'aliases:string[]', 'mergeKey', 'mergeReasons:string[]', 'mentionCount:long', 'documentCount:long']);
          entityFiles.set(labels, csv);
        }
        csv.write([row.id, row.name, row.type, row.aliases, row.mergeKey, row.mergeReasons, row.mentionCount, row.documentCount]);
      } else {
        let file = relationFiles.get(row.type);
        if (!file) {
          assertIdentifier(row.type);
          const columns = propertyColumns(row.type, survey);
          const header = [':START_ID', ':END_ID', 'id', 'confidence:double', 'evidenceIds:string[]', 'documentIds:string[]', ...columns.map((c) => c.header)];
          file = { csv: new CsvFile(path.join(dir, `relations-${row.type}.csv`), header), columns };
          relationFiles.set(row.type, file);
        }
        file.csv.write([row.source, row.target, row.id, row.confidence, row.evidenceIds, row.documentIds, ...file.columns.map((c) => row.properties[c.key])]);
      }
      if (++written % 500_000 === 0) onProgress(written);
    });
  } finally {
    for (const csv of [documents, sentences, inDocument, mentionedIn, ...entityFiles.values(), ...[...relationFiles.values()].map((f) => f.csv)]) csv.close();
  }
  onProgress(written);
  const source = (name: string, csv: CsvFile): CsvSource => ({ name, file: csv.file, rows: csv.rows });
  const relations = [...relationFiles].map(([type, { csv }]) => source(type, csv));
  return {
    dir,
    nodes: [source(DOCUMENT_LABEL, documents), source(SENTENCE_LABEL, sentences), ...[...entityFiles].map(([labels, csv]) => source(labels, csv))],
    relationships: [source('IN_DOCUMENT', inDocument), source('MENTIONED_IN', mentionedIn), ...relations],
    documents: documents.rows,
    sentences: sentences.rows,
    entities: [...entityFiles.values()].reduce((sum, csv) => sum + csv.rows, 0),
    relations: relations.reduce((sum, csv) => sum + csv.rows, 0),
  };
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
 * Loads validated graph documents into the empty `neo4j` database of the local server by offline import. The sources
 * are read element by element (writeImportFiles). The server is stopped for the import and started again; the caller
 * has checked that the database is empty.
 */
export async function bulkLoad(sources: readonly GraphSource[], layout: LocalNeo4jLayout, options: { survey?: BulkSurvey; log?: (line: string) => void } = {}): Promise<BulkReport> {
  const log = options.log ?? (() => {});
  if (!runningServer(layout)) throw new BulkImportError(`bulk import: the local Neo4j in ${layout.home} is not running; start it with kg db start`);
  let began = Date.now();
  const dir = fs.mkdtempSync(path.join(layout.importDir, 'bulk-'));
  try {
    // The database is empty, so the server can shut down (a checkpoint: seconds) while the CSV files are written.
    log('stopping Neo4j for the import while the CSV files are written…');
    const stopped = stopLocalServer({ layout });
    let files: ImportFilesReport;
    let csvMs: number;
    let importMs: number;
    try {
      files = await writeImportFiles(sources, dir, { survey: options.survey, onProgress: (rows) => log(`${rows} rows written to CSV…`) });
      csvMs = Date.now() - began;
      log(`wrote ${files.nodes.length + files.relationships.length} CSV files in ${(csvMs / 1000).toFixed(1)} s; importing…`);
      await stopped;
      importMs = runAdminImport(layout, files).ms;
    } catch (error) {
      await stopped.catch(() => {});
      // The server comes back either way, so the user is never left with a stopped database.
      await startLocalServer({ layout });
      throw error;
    }
    log(`imported in ${(importMs / 1000).toFixed(1)} s; starting Neo4j…`);
    began = Date.now();
    await startLocalServer({ layout });
    const restartMs = Date.now() - began;
    log(`started in ${(restartMs / 1000).toFixed(1)} s; creating constraints and indexes…`);
    began = Date.now();
    const database = await openGraphDatabase({ uri: `bolt://127.0.0.1:${layout.boltPort}`, external: false });
    try {
      await ensureGraphSchema(database);
    } finally {
      await database.close();
    }
    return {
      documents: files.documents,
      sentences: files.sentences,
      entities: files.entities,
      relations: files.relations,
      csvMs,
      importMs,
      restartMs,
      schemaMs: Date.now() - began,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
