// `kg load`: validates graph documents, then writes them into Neo4j. Nothing is written unless every file validates.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { GraphDocument } from '../../document/graph-document.js';
import { validateDocument } from '../../schema/validate-document.js';
import { Neo4jUnreachableError, openGraphDatabase } from '../../neo4j/connection.js';
import { DEFAULT_BATCH_SIZE, loadGraph, type LoadProgress } from '../../neo4j/load-graph.js';
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
  return ({ stage, done, total }) => {
    const now = Date.now();
    if (tty) {
      process.stderr.write(`\r\x1b[Kkg load: ${file}: ${stage} ${done}/${total}`);
      if (done === total && stage === 'relations') process.stderr.write('\n');
    } else if (done === total || now - lastPrinted > 2000) {
      lastPrinted = now;
      process.stderr.write(`kg load: ${file}: ${stage} ${done}/${total}\n`);
    }
  };
}

export const loadCommand: Command = {
  name: 'load',
  summary: 'validate graph documents and load them into Neo4j (idempotent)',
  usage: `kg load <graph.json>... [--batch-size N] [--quiet]

Validates every document against graph-schema/graph-document.schema.json first: if any fails, nothing is written.
Then creates the constraints and indexes and MERGEs documents, evidence sentences, entities (with all the labels
their type implies) and relations, in batched transactions. Loading the same document again changes nothing.
Uses the project's own Neo4j (kg db start) or the server in NEO4J_URI.

  --batch-size N   rows per transaction (default ${DEFAULT_BATCH_SIZE})
  --quiet          no progress lines`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' }, quiet: { type: 'boolean' } },
    });
    if (positionals.length === 0) throw new CliError('kg load: no graph document given; write one with kg extract <article> --out graph.json, then kg load graph.json');
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`kg load: --batch-size "${values['batch-size']}" is not a positive integer`);
    const graphs: [string, GraphDocument][] = [];
    for (const file of positionals) graphs.push([file, await readGraphDocument(file)]);

    let database;
    try {
      database = await openGraphDatabase();
    } catch (error) {
      if (error instanceof Neo4jUnreachableError) throw new CliError(`kg load: ${error.message}`);
      throw error;
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

function isConnectionLoss(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|connection.*(closed|lost)/i.test(String((error as Error)?.message));
}
