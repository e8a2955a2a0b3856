// `kg load --bulk`: the fast path for a first load into an empty local database. The graph documents are folded into
// their final rows (bulk-rows.ts), written as CSV files in neo4j-admin's header format, imported offline with
// `neo4j-admin database import full` while the server is stopped, and the server is started again with the same
// constraints and indexes `kg load` creates. The CSV files double as input for the LOAD CSV benchmark.
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jLayout } from '../db/local-neo4j-layout.js';
import { javaBinary } from '../db/local-neo4j-layout.js';
import { runningServer, startLocalServer, stopLocalServer } from '../db/local-neo4j-server.js';
import { takeRunLock } from '../db/run-lock.js';
import { BulkSignals, removeBulkMarker, runDetached, writeBulkMarker } from './bulk-interruption.js';
import { localConnectionSettings, openGraphDatabase, type GraphDatabase } from './connection.js';
import { ArrayDelimiterError, CsvFile as AdminCsvFile, type CsvCell } from './admin-import-csv.js';
import { labelKey, type BulkRow, type BulkRowSource } from './bulk-rows.js';
import type { RelationPropertyValue } from './graph-rows.js';
import { commonRelationProperties, isRelationType, relationType } from '../schema/schema.js';
import { WITHHELD_PROPERTY_PREFIX } from './relation-statements.js';
import { DOCUMENT_LABEL, SENTENCE_LABEL, WITHHELD_RELATION_LABEL, assertIdentifier, ensureGraphSchema } from './schema-setup.js';
import { errorMessage } from '../util/errors.js';

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

/**
 * The import's CSV file (admin-import-csv.ts) with the checks of a graph document's values: a number JSON cannot
 * hold (1e999 read as Infinity) and a list element holding the array delimiter are refused with what to do.
 */
class CsvFile extends AdminCsvFile {
  constructor(file: string, header: readonly string[]) {
    super(file, header, ARRAY_DELIMITER);
  }

  override write(row: readonly CsvCell[]): void {
    for (const value of row) {
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new BulkImportError(`bulk import: ${value} cannot be stored in Neo4j; check the graph document`);
    }
    try {
      super.write(row);
    } catch (error) {
      if (error instanceof ArrayDelimiterError)
        throw new BulkImportError('bulk import: a list value contains the control character U+001F; use kg load without --bulk');
      throw error;
    }
  }
}

type PropertyKind = 'string' | 'double' | 'boolean';

function propertyKind(value: RelationPropertyValue): PropertyKind {
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}

/** The property columns a relation type's file starts with: the common ones and the type's own, from the schema. */
function schemaColumns(type: string): Map<string, PropertyKind> {
  const declared = { ...commonRelationProperties, ...(isRelationType(type) ? relationType(type).properties : {}) };
  return new Map(Object.entries(declared).map(([key, { type: kind }]) => [key, kind === 'number' ? 'double' : kind]));
}

/** One CSV file of a relation type, with the property columns its header gives. */
interface RelationFile {
  type: string;
  /** Relationships between the endpoints, or :WithheldRelation nodes (their properties prefixed). */
  withheld: boolean;
  csv: CsvFile;
  columns: Map<string, PropertyKind>;
  keys: string[];
}

function fits(file: RelationFile, properties: Record<string, RelationPropertyValue>): boolean {
  for (const key in properties) if (file.columns.get(key) !== propertyKind(properties[key]!)) return false;
  return true;
}

export interface ImportFilesReport extends ImportFiles {
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
}

/**
 * Writes rows into CSV files in neo4j-admin's header format, in `dir`: one file per entity label set, and per
 * relationship type one file, or a further one each time a row holds a property its header lacks (a key the schema
 * does not list, or a value of another kind). Rows are written as they come, so a header cannot wait for every row.
 */
export class ImportFileWriter {
  private readonly documents: CsvFile;
  private readonly sentences: CsvFile;
  private readonly inDocument: CsvFile;
  private readonly mentionedIn: CsvFile;
  private readonly entityFiles = new Map<string, CsvFile>();
  private readonly relationFiles = new Map<string, RelationFile>();
  private readonly withheldFiles = new Map<string, RelationFile>();
  private readonly relationParts: RelationFile[] = [];
  private written = 0;

  constructor(
    readonly dir: string,
    private readonly onProgress: (rows: number) => void = () => {},
  ) {
    fs.mkdirSync(dir, { recursive: true });
    // Offsets and counts are integers, as kg load stores them; confidence and other numbers are doubles.
    this.documents = new CsvFile(path.join(dir, 'documents.csv'), ['id:ID', 'source', 'title', 'published', 'text']);
    this.sentences = new CsvFile(path.join(dir, 'sentences.csv'), ['id:ID', 'documentId', 'start:long', 'end:long', 'text']);
    this.inDocument = new CsvFile(path.join(dir, 'in-document.csv'), [':START_ID', ':END_ID']);
    this.mentionedIn = new CsvFile(path.join(dir, 'mentioned-in.csv'), [
      ':START_ID',
      ':END_ID',
      'count:long',
      'starts:long[]',
      'ends:long[]',
      'kinds:string[]',
      'names:string[]',
      'types:string[]',
    ]);
  }

  readonly write = ({ kind, row }: BulkRow): void => {
    if (kind === 'document') this.documents.write([row.id, row.source, row.title, row.published, row.text]);
    else if (kind === 'sentence') {
      this.sentences.write([row.id, row.doc, row.start, row.end, row.text]);
      this.inDocument.write([row.id, row.doc]);
    } else if (kind === 'mention') this.mentionedIn.write([row.entity, row.doc, row.count, row.starts, row.ends, row.kinds, row.names, row.types]);
    else if (kind === 'entity') {
      const labels = labelKey(row);
      let csv = this.entityFiles.get(labels);
      if (!csv) {
        labels.split(':').forEach(assertIdentifier);
        csv = new CsvFile(path.join(this.dir, `entities-${labels.replace(/:/g, '-')}.csv`), [
          'id:ID',
          'name',
          'type',
          'aliases:string[]',
          'mergeKey',
          'mergeReasons:string[]',
          'mentionCount:long',
          'documentCount:long',
        ]);
        this.entityFiles.set(labels, csv);
      }
      csv.write([row.id, row.name, row.type, row.aliases, row.mergeKey, row.mergeReasons, row.mentionCount, row.documentCount]);
    } else {
      const withheld = kind === 'withheld';
      const files = withheld ? this.withheldFiles : this.relationFiles;
      let file = files.get(row.type);
      if (!file || !fits(file, row.properties)) file = this.openRelationFile(row.type, row.properties, file, withheld);
      const fields = [row.id, row.confidence, row.statedConfidence ?? null, row.evidenceIds, row.documentIds];
      const properties = file.keys.map((key) => row.properties[key]);
      // A withheld relation is a node holding its type and endpoints (settle-entities.ts writes it the same way).
      file.csv.write(withheld ? [...fields, row.type, row.source, row.target, ...properties] : [row.source, row.target, ...fields, ...properties]);
    }
    if (++this.written % 500_000 === 0) this.onProgress(this.written);
  };

  private openRelationFile(
    type: string,
    properties: Record<string, RelationPropertyValue>,
    previous: RelationFile | undefined,
    withheld: boolean,
  ): RelationFile {
    assertIdentifier(type);
    const columns = new Map(previous?.columns ?? schemaColumns(type));
    for (const key in properties) columns.set(key, propertyKind(properties[key]!));
    const keys = [...columns.keys()].sort();
    const prefix = withheld ? WITHHELD_PROPERTY_PREFIX : '';
    const fields = ['id', 'confidence:double', 'statedConfidence:double', 'evidenceIds:string[]', 'documentIds:string[]'];
    const header = [
      ...(withheld ? [...fields, 'relationType', 'source', 'target'] : [':START_ID', ':END_ID', ...fields]),
      ...keys.map((key) => prefix + (columns.get(key) === 'string' ? key : `${key}:${columns.get(key)}`)),
    ];
    const part = this.relationParts.filter((file) => file.type === type && file.withheld === withheld).length;
    previous?.csv.close();
    const name = `${withheld ? 'withheld' : 'relations'}-${type}${part ? `-${part + 1}` : ''}.csv`;
    const file = { type, withheld, csv: new CsvFile(path.join(this.dir, name), header), columns, keys };
    (withheld ? this.withheldFiles : this.relationFiles).set(type, file);
    this.relationParts.push(file);
    return file;
  }

  /** Closes every file; the report names them with their row counts. */
  close(): ImportFilesReport {
    this.closeAll();
    this.onProgress(this.written);
    const source = (name: string, csv: CsvFile): CsvSource => ({ name, file: csv.file, rows: csv.rows });
    const relations = this.relationParts.filter((file) => !file.withheld).map((file) => source(file.type, file.csv));
    const withheld = this.relationParts.filter((file) => file.withheld).map((file) => source(WITHHELD_RELATION_LABEL, file.csv));
    return {
      dir: this.dir,
      nodes: [
        source(DOCUMENT_LABEL, this.documents),
        source(SENTENCE_LABEL, this.sentences),
        ...[...this.entityFiles].map(([labels, csv]) => source(labels, csv)),
        ...withheld,
      ],
      relationships: [source('IN_DOCUMENT', this.inDocument), source('MENTIONED_IN', this.mentionedIn), ...relations],
      documents: this.documents.rows,
      sentences: this.sentences.rows,
      entities: [...this.entityFiles.values()].reduce((sum, csv) => sum + csv.rows, 0),
      relations: relations.reduce((sum, csv) => sum + csv.rows, 0),
    };
  }

  /** Closes every file (after a failure too; the caller removes the folder). */
  closeAll(): void {
    for (const csv of [
      this.documents,
      this.sentences,
      this.inDocument,
      this.mentionedIn,
      ...this.entityFiles.values(),
      ...this.relationParts.map((file) => file.csv),
    ])
      csv.close();
  }
}

/** Writes the rows `rows` hands out as CSV files in `dir` (ImportFileWriter); `onProgress` hears the rows written so far. */
export async function writeImportFiles(rows: BulkRowSource, dir: string, options: { onProgress?: (rows: number) => void } = {}): Promise<ImportFilesReport> {
  const writer = new ImportFileWriter(dir, options.onProgress);
  try {
    await rows(writer.write);
  } catch (error) {
    writer.closeAll();
    throw error;
  }
  return writer.close();
}

/**
 * Runs `neo4j-admin database import full` into the (stopped) server's `neo4j` database, replacing it. It runs in a
 * process group of its own, so a Ctrl-C meant for kg does not stop it half-way; `onStart` hears its pid.
 */
export async function runAdminImport(
  layout: LocalNeo4jLayout,
  files: ImportFiles,
  options: { database?: string; onStart?: (pid: number) => void } = {},
): Promise<{ ms: number }> {
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
  const result = await runDetached(javaBinary(), args, {
    cwd: layout.home,
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
    onStart: options.onStart ?? (() => {}),
  });
  if (result.error) throw new BulkImportError(`bulk import: could not run java (${result.error.message}); install Java 17 or 21 or set JAVA_HOME`);
  if (result.status !== 0) {
    const lines = result.output.split('\n').filter((l) => /error|exception|invalid/i.test(l));
    throw new BulkImportError(
      `bulk import: neo4j-admin database import failed (exit code ${result.status}): ${lines[0]?.trim().slice(0, 300) ?? 'no message'}; the database is left empty, load with kg load instead`,
    );
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
 * Loads the rows `rows` hands out (the folded rows of validated graph documents, or a document validated as it is
 * read: see BulkRowSource) into the empty `neo4j` database of the local server by offline import. The server is
 * stopped for the import and started again, also when the rows fail; the caller has checked that the database is empty.
 */
export async function bulkLoad(rows: BulkRowSource, layout: LocalNeo4jLayout, options: { log?: (line: string) => void } = {}): Promise<BulkReport> {
  const log = options.log ?? (() => {});
  if (!runningServer(layout)) throw new BulkImportError(`bulk import: the local Neo4j in ${layout.home} is not running; start it with kg db start`);
  // One bulk load at a time, and no kg db start while it runs: each would find the server stopped by the other.
  const release = await takeRunLock(layout, 'replacing the database by a bulk import').catch((error: unknown) => {
    throw new BulkImportError(errorMessage(error));
  });
  const signals = new BulkSignals(log);
  let began = Date.now();
  const dir = fs.mkdtempSync(path.join(layout.importDir, 'bulk-'));
  try {
    // The database is empty, so the server can shut down (a checkpoint: seconds) while the CSV files are written.
    writeBulkMarker(layout, 'csv');
    log('stopping Neo4j for the import while the CSV files are written…');
    const stopped = stopLocalServer({ layout });
    let files: ImportFilesReport;
    let csvMs: number;
    let importMs: number;
    try {
      files = await writeImportFiles(
        async (emit) =>
          rows((row) => {
            signals.check();
            emit(row);
          }),
        dir,
        { onProgress: (written) => log(`${written} rows written to CSV…`) },
      );
      csvMs = Date.now() - began;
      await stopped;
      signals.startImport();
      importMs = (
        await runAdminImport(layout, files, {
          onStart: (pid) => {
            writeBulkMarker(layout, 'import', pid);
            log(`wrote ${files.nodes.length + files.relationships.length} CSV files in ${(csvMs / 1000).toFixed(1)} s; importing…`);
          },
        })
      ).ms;
    } catch (error) {
      await stopped.catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
      // The server comes back either way, so the user is never left with a stopped database.
      await startLocalServer({ layout });
      removeBulkMarker(layout);
      throw error;
    }
    writeBulkMarker(layout, 'restart');
    fs.rmSync(dir, { recursive: true, force: true });
    log(`imported in ${(importMs / 1000).toFixed(1)} s; starting Neo4j…`);
    began = Date.now();
    await startLocalServer({ layout });
    const restartMs = Date.now() - began;
    log(`started in ${(restartMs / 1000).toFixed(1)} s; creating constraints and indexes…`);
    began = Date.now();
    const database = await openGraphDatabase(localConnectionSettings(layout));
    try {
      await ensureGraphSchema(database);
    } finally {
      await database.close();
    }
    removeBulkMarker(layout);
    if (signals.signal) log(`${signals.signal} came during the import, which was let finish: the graph is loaded`);
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
    signals.dispose();
    release();
  }
}
