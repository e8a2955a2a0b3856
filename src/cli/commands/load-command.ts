// `kg load`: validates graph documents, then writes them into Neo4j. Nothing is written unless every file validates.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { GraphDocument } from '../../document/graph-document.js';
import { validateDocument } from '../../schema/validate-document.js';
import { Neo4jUnreachableError, connectionSettings, openGraphDatabase, type GraphDatabase } from '../../neo4j/connection.js';
import { DEFAULT_BATCH_SIZE, loadGraph, type LoadProgress } from '../../neo4j/load-graph.js';
import { BulkImportError, bulkLoad, databaseIsEmpty } from '../../neo4j/bulk-import.js';
import { LocalServerError } from '../../db/local-neo4j-server.js';
import { localNeo4jLayout } from '../../db/local-neo4j-layout.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';

/** Reads and validates one graph document; any problem is a CliError naming the file and what to do. */
export async function readGraphDocument(file: string): Promise<GraphDocument> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`kg load: ${file} does not exist; check the path (write one with kg extract --out ${file})`);
    if (code === 'EISDIR') throw new CliError(`kg load: ${file} is a folder; give the graph document (.json) written by kg extract`);
    if (code === 'EACCES') throw new CliError(`kg load: ${file} cannot be read (permission denied); check its permissions`);
    throw new CliError(`kg load: ${file} cannot be read (${code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`kg load: ${file} is not valid JSON (${(error as Error).message.split('\n')[0]}); give the graph document written by kg extract`);
  }
  const { valid, errors } = validateDocument(value);
  if (!valid) {
    throw new CliError(`kg load: ${file} is not a valid graph document, nothing was loaded: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`);
  }
  return value as GraphDocument;
}

function progressPrinter(file: string): (progress: LoadProgress) => void {
  const tty = process.stderr.isTTY;
  let lastPrinted = 0;
  let lastStage = '';
  return ({ stage, done, total }) => {
    const now = Date.now();
    if (tty) {
      process.stderr.write(`\r\x1b[Kkg load: ${file}: ${stage} ${done}/${total}`);
      if (done === total && stage === 'relations') process.stderr.write('\n');
    } else if (stage !== lastStage || done === total || now - lastPrinted > 2000) {
      // Without a terminal: the first batch of each stage, its end, and a line every 2 s in between.
      lastStage = stage;
      lastPrinted = now;
      process.stderr.write(`kg load: ${file}: ${stage} ${done}/${total}\n`);
    }
  };
}

export const loadCommand: Command = {
  name: 'load',
  summary: 'validate graph documents and load them into Neo4j (idempotent)',
  usage: `kg load <graph.json>... [--batch-size N] [--quiet] [--bulk]

Validates every document against graph-schema/graph-document.schema.json first: if any fails, nothing is written.
Then creates the constraints and indexes and MERGEs documents, evidence sentences, entities (with all the labels
their type implies) and relations, in batched transactions. Loading the same document again changes nothing.
Uses the project's own Neo4j (kg db start) or the server in NEO4J_URI.

  --batch-size N   rows per transaction (default ${DEFAULT_BATCH_SIZE})
  --quiet          no progress lines
  --bulk           first load into an empty local database: neo4j-admin import (server stopped and restarted),
                   same graph as a normal load, faster the larger the graph (its cost is mostly fixed start-up);
                   refused when NEO4J_URI is set
                   or the database already holds nodes`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' }, quiet: { type: 'boolean' }, bulk: { type: 'boolean' } },
    });
    if (positionals.length === 0) throw new CliError('kg load: no graph document given; write one with kg extract <article> --out graph.json, then kg load graph.json');
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`kg load: --batch-size "${values['batch-size']}" is not a positive integer`);
    const graphs: [string, GraphDocument][] = [];
    for (const file of positionals) graphs.push([file, await readGraphDocument(file)]);

    if (values.bulk && connectionSettings().external) {
      throw new CliError(`kg load --bulk: NEO4J_URI points at ${connectionSettings().uri}, but the bulk import only writes the project's own local server; unset NEO4J_URI, or load without --bulk`);
    }
    let database;
    try {
      database = await openGraphDatabase();
    } catch (error) {
      if (error instanceof Neo4jUnreachableError) throw new CliError(`kg load: ${error.message}`);
      throw error;
    }
    if (values.bulk) {
      await loadBulk(database, graphs, Boolean(values.quiet));
      return;
    }
    try {
      for (const [file, graph] of graphs) {
        const started = performance.now();
        const report = await loadGraph(database, graph, { batchSize, onProgress: values.quiet ? undefined : progressPrinter(file) });
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `kg load: ${file}: ${report.documents} document(s), ${report.entities} entities, ${report.relations} relations, ${report.sentences} evidence sentences in ${report.batches} batches, ${seconds.toFixed(2)} s → ${database.settings.uri}`,
        );
      }
    } catch (error) {
      if (isConnectionLoss(error)) {
        throw new CliError(
          `kg load: lost the connection to Neo4j at ${database.settings.uri} during the load (${(error as Error).message.split('\n')[0]}); every batch written so far is complete: restart the server (kg db start) and run the same kg load again, loading is idempotent`,
        );
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};

/** The offline import path: only for the project's own server, only into an empty database. */
async function loadBulk(database: GraphDatabase, graphs: [string, GraphDocument][], quiet: boolean): Promise<void> {
  const uri = database.settings.uri;
  try {
    if (database.settings.database && database.settings.database !== 'neo4j') {
      throw new CliError(`kg load --bulk: NEO4J_DATABASE=${database.settings.database}, but the bulk import only writes the default database "neo4j"; unset NEO4J_DATABASE, or load without --bulk`);
    }
    if (!(await databaseIsEmpty(database))) {
      throw new CliError(`kg load --bulk: the database at ${uri} is not empty, and the bulk import replaces it; load without --bulk to add to it (or empty it first)`);
    }
  } finally {
    await database.close();
  }
  const started = performance.now();
  try {
    const report = await bulkLoad(graphs.map(([, graph]) => graph), localNeo4jLayout(), quiet ? undefined : (line) => process.stderr.write(`kg load --bulk: ${line}\n`));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `kg load --bulk: ${graphs.length} file(s): ${report.documents} document(s), ${report.entities} entities, ${report.relations} relations, ${report.sentences} evidence sentences, ${seconds.toFixed(2)} s → ${uri}`,
    );
  } catch (error) {
    if (error instanceof BulkImportError || error instanceof LocalServerError) throw new CliError(`kg load --bulk: ${error.message.replace(/^bulk import: /, '')}`);
    throw error;
  }
}

function isConnectionLoss(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|connection.*(closed|lost)/i.test(String((error as Error)?.message));
}
