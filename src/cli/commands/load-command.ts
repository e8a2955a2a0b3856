// `kg load`: validates graph documents, then writes them into Neo4j. Nothing is written unless every file validates.
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkedGraphSource, validateGraphSource } from '../../schema/validate-document.js';
import { GraphFileSyntaxError } from '../../document/graph-file-reader.js';
import { GRAPH_LISTS, graphFileSource, type GraphElement, type GraphSource } from '../../document/graph-source.js';
import { GraphFileReadError, validateGraphFileOnWorker } from '../../schema/validate-on-worker.js';
import { Neo4jUnreachableError, connectionSettings, openGraphDatabase, type GraphDatabase } from '../../neo4j/connection.js';
import { DEFAULT_BATCH_SIZE, loadGraphSource, type LoadProgress } from '../../neo4j/load-graph.js';
import { entityIdsOf, settleEntities } from '../../neo4j/settle-entities.js';
import { EntityIdCollisionError, refuseIdCollisions } from '../../neo4j/entity-collisions.js';
import { BulkImportError, bulkLoad, databaseIsEmpty } from '../../neo4j/bulk-import.js';
import { BulkRowEmitter, BulkSurvey, foldedRows, type BulkRowSource } from '../../neo4j/bulk-rows.js';
import { LocalServerError } from '../../db/local-neo4j-server.js';
import { BulkInterruptedError } from '../../neo4j/bulk-interruption.js';
import { localNeo4jLayout } from '../../db/local-neo4j-layout.js';
import { RunLockedError, lockHolder } from '../../db/run-lock.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { errorCode, errorMessage } from '../../util/errors.js';

/** Why a graph document file cannot be read at all, as the one line kg load prints. */
async function checkReadable(file: string): Promise<void> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`kg load: ${file} is a folder; give the graph document (.json) written by kg extract`);
    await fs.access(file, fsConstants.R_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new CliError(`kg load: ${file} does not exist; check the path (write one with kg extract --out ${file})`);
    if (code === 'EACCES') throw new CliError(`kg load: ${file} cannot be read (permission denied); check its permissions`);
    throw new CliError(`kg load: ${file} cannot be read (${code ?? errorMessage(error)})`);
  }
}

function notJson(file: string, error: unknown): CliError | undefined {
  const isJsonError = error instanceof GraphFileSyntaxError || error instanceof SyntaxError || (error instanceof GraphFileReadError && error.notJson);
  if (!isJsonError) return undefined;
  return new CliError(`kg load: ${file} is not valid JSON (${errorMessage(error).split('\n')[0]}); give the graph document written by kg extract`);
}

function invalidDocument(file: string, errors: string[]): CliError {
  return new CliError(
    `kg load: ${file} is not a valid graph document, nothing was loaded: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`,
  );
}

/**
 * Validates one graph document file, reading it element by element (it is never held whole); any problem is a
 * CliError naming the file and what to do. Gives a source to load it from and how many elements each list holds.
 */
export async function checkGraphFile(
  file: string,
  onValid?: (element: GraphElement) => void,
): Promise<{ source: GraphSource; totals: { documents: number; entities: number; relations: number } }> {
  await checkReadable(file);
  const source = graphFileSource(file);
  let result;
  try {
    result = await validateGraphSource(source, onValid);
  } catch (error) {
    throw notJson(file, error) ?? error;
  }
  if (!result.valid) throw invalidDocument(file, result.errors);
  return { source: checkedGraphSource(source, `kg load: ${file}`), totals: result.counts };
}

/**
 * Progress of one file's load on stderr: on a terminal one line redrawn with every stage's count; otherwise a line
 * when a stage starts, when it reaches its total, and every 2 s. Stages run side by side (relations with their
 * sentences), so each is followed on its own. `done()` ends the terminal line.
 */
function progressPrinter(file: string): { update: (progress: LoadProgress) => void; done: () => void } {
  const tty = process.stderr.isTTY;
  const stages = new Map<string, string>();
  const lastPrinted = new Map<string, number>();
  let drawn = false;
  const count = ({ done, total }: LoadProgress) => (total === undefined ? `${done}` : `${done}/${total}`);
  return {
    update(progress) {
      const now = Date.now();
      stages.set(progress.stage, count(progress));
      if (tty) {
        process.stderr.write(`\r\x1b[Kkg load: ${file}: ${[...stages].map(([stage, n]) => `${stage} ${n}`).join(', ')}`);
        drawn = true;
        return;
      }
      const last = lastPrinted.get(progress.stage);
      if (last === undefined || progress.done === progress.total || now - last > 2000) {
        lastPrinted.set(progress.stage, now);
        process.stderr.write(`kg load: ${file}: ${progress.stage} ${count(progress)}\n`);
      }
    },
    done() {
      if (drawn) process.stderr.write('\n');
    },
  };
}

export const loadCommand: Command = {
  name: 'load',
  usage: `kg load <graph.json>... [--batch-size N] [--quiet] [--bulk]

Validates every document against graph-schema/graph-document.schema.json first: if any fails, nothing is written.
Then creates the constraints and indexes and MERGEs documents, evidence sentences, entities (with all the labels
their type implies) and relations, in batched transactions. Loading the same document again changes nothing.
Files are read element by element, a few times over, and never held whole, so memory stays flat with their size.
Uses the project's own Neo4j (kg db start) or the server in NEO4J_URI.

  --batch-size N   rows per transaction (default ${DEFAULT_BATCH_SIZE})
  --quiet          no progress lines
  --bulk           first load into an empty local database: neo4j-admin import (server stopped and restarted),
                   same graph as a normal load, faster the larger the graph (its cost is mostly fixed start-up;
                   one file is validated and converted in a single read, several are read twice and folded;
                   it holds the entities, the ids and the document texts in memory, not the rows);
                   refused when NEO4J_URI is set
                   or the database already holds nodes`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' }, quiet: { type: 'boolean' }, bulk: { type: 'boolean' } },
    });
    if (positionals.length === 0)
      throw new CliError('kg load: no graph document given; write one with kg extract <article> --out graph.json, then kg load graph.json');
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`kg load: --batch-size "${values['batch-size']}" is not a positive integer`);
    if (values.bulk) {
      if (connectionSettings().external) {
        throw new CliError(
          `kg load --bulk: NEO4J_URI points at ${connectionSettings().uri}, but the bulk import only writes the project's own local server; unset NEO4J_URI, or load without --bulk`,
        );
      }
      await loadBulk(await bulkRowsOf(positionals), positionals.length, Boolean(values.quiet));
      return;
    }
    // Every file is validated before anything is written.
    const checked: [string, Awaited<ReturnType<typeof checkGraphFile>>][] = [];
    for (const file of positionals) checked.push([file, await checkGraphFile(file)]);
    const database = await openDatabase();
    try {
      try {
        await refuseIdCollisions(
          database,
          checked.map(([file, { source }]) => ({ source, where: file })),
        );
      } catch (error) {
        if (error instanceof EntityIdCollisionError) throw new CliError(`kg load: ${error.message}`);
        throw error;
      }
      for (const [file, { source, totals }] of checked) {
        const started = performance.now();
        const printer = values.quiet ? undefined : progressPrinter(file);
        const report = await loadGraphSource(database, source, { batchSize, totals, onProgress: printer?.update }).finally(() => printer?.done());
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `kg load: ${file}: ${report.documents} document(s), ${report.entities} entities, ${report.relations} relations, ${report.sentences} evidence sentences in ${report.batches} batches, ${seconds.toFixed(2)} s → ${database.settings.uri}`,
        );
      }
      // Names, types and confidences decided from everything stored, not from the file loaded last.
      const touched = new Set<string>();
      for (const [, { source }] of checked) for (const id of await entityIdsOf(source)) touched.add(id);
      const settled = await settleEntities(database, touched);
      if (settled.entitiesChanged || settled.relationsChanged || settled.relationsWithheld || settled.relationsRestored) {
        console.log(
          `kg load: with what was stored, ${settled.entitiesChanged} entities took another name, type or aliases, ${settled.relationsChanged} relations a compounded confidence, ${settled.relationsWithheld} relations were withheld as the schema does not allow them between their endpoints' types (kept as :WithheldRelation nodes) and ${settled.relationsRestored} withheld ones restored as it now does`,
        );
      }
    } catch (error) {
      if (isConnectionLoss(error)) {
        throw new CliError(
          `kg load: lost the connection to Neo4j at ${database.settings.uri} during the load (${errorMessage(error).split('\n')[0]}); every batch written so far is complete: restart the server (kg db start) and run the same kg load again, loading is idempotent`,
        );
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};

async function openDatabase(): Promise<GraphDatabase> {
  try {
    return await openGraphDatabase();
  } catch (error) {
    if (error instanceof Neo4jUnreachableError) throw new CliError(`kg load: ${error.message}`);
    throw error;
  }
}

/**
 * The rows the bulk import writes. One file is converted in a single read (its ids occur once each, so nothing needs
 * folding) while a worker thread validates it; a problem the validator finds stops the import, and nothing is
 * loaded. Several files are validated and surveyed first, then read again and folded (bulk-rows.ts).
 */
async function bulkRowsOf(files: string[]): Promise<BulkRowSource> {
  const [file] = files;
  if (files.length === 1 && file !== undefined) {
    await checkReadable(file);
    return async (emit) => {
      const validation = validateGraphFileOnWorker(file);
      let invalid = false;
      validation.then(
        (result) => (invalid = !result.valid),
        () => (invalid = true),
      );
      let failure: unknown;
      try {
        const emitter = new BulkRowEmitter(emit);
        for await (const element of checkedGraphSource(graphFileSource(file), `kg load --bulk: ${file}`).elements(GRAPH_LISTS)) {
          if (invalid) break;
          emitter.add(element);
        }
        emitter.finish();
      } catch (error) {
        failure = error;
      }
      // The validator's verdict comes first: what broke the conversion is most likely what it reports.
      const result = await validation.catch((error: unknown) => {
        throw notJson(file, error) ?? new CliError(`kg load: ${file} could not be read (${errorMessage(error)})`);
      });
      if (!result.valid) throw invalidDocument(file, result.errors);
      if (failure) throw failure;
    };
  }
  const survey = new BulkSurvey();
  const sources: GraphSource[] = [];
  try {
    for (const file of files) sources.push((await checkGraphFile(file, (element) => survey.add(element, file))).source);
  } catch (error) {
    if (error instanceof EntityIdCollisionError) throw new CliError(`kg load --bulk: ${error.message}`);
    throw error;
  }
  return foldedRows(sources, survey);
}

/** The offline import path: only for the project's own server, only into an empty database. */
async function loadBulk(rows: BulkRowSource, fileCount: number, quiet: boolean): Promise<void> {
  // Another bulk load (or start) may have stopped the server: say so, rather than that it cannot be reached.
  const holder = lockHolder(localNeo4jLayout());
  if (holder) throw new CliError(`kg load --bulk: ${new RunLockedError(holder, localNeo4jLayout()).message}`);
  const database = await openDatabase();
  const uri = database.settings.uri;
  try {
    if (database.settings.database && database.settings.database !== 'neo4j') {
      throw new CliError(
        `kg load --bulk: NEO4J_DATABASE=${database.settings.database}, but the bulk import only writes the default database "neo4j"; unset NEO4J_DATABASE, or load without --bulk`,
      );
    }
    if (!(await databaseIsEmpty(database))) {
      throw new CliError(
        `kg load --bulk: the database at ${uri} is not empty, and the bulk import replaces it; load without --bulk to add to it (or empty it first)`,
      );
    }
  } finally {
    await database.close();
  }
  const started = performance.now();
  try {
    const report = await bulkLoad(rows, localNeo4jLayout(), { log: quiet ? undefined : (line) => process.stderr.write(`kg load --bulk: ${line}\n`) });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `kg load --bulk: ${fileCount} file(s): ${report.documents} document(s), ${report.entities} entities, ${report.relations} relations, ${report.sentences} evidence sentences, ${seconds.toFixed(2)} s → ${uri}`,
    );
  } catch (error) {
    if (error instanceof BulkInterruptedError) throw new CliError(`kg load --bulk: ${error.message}`, 130);
    if (error instanceof BulkImportError || error instanceof LocalServerError)
      throw new CliError(`kg load --bulk: ${error.message.replace(/^bulk import: /, '')}`);
    throw error;
  }
}

function isConnectionLoss(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|connection.*(closed|lost)/i.test(errorMessage(error));
}
