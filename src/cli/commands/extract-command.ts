// `kg extract`: reads articles and writes one graph document for all of them.
import { once } from 'node:events';
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import v8 from 'node:v8';
import { parseArgs } from 'node:util';
import type { GraphDocument } from '../../document/graph-document.js';
import { graphJsonPieces } from '../../document/graph-json.js';
import path from 'node:path';
import { DEFAULT_FETCH_POLICY, isUrl, type FetchPolicy } from '../../pipeline/fetch-url.js';
import { ingestInputs } from '../../pipeline/ingest.js';
import { resolveAgainstStored } from '../../pipeline/resolve-against-stored.js';
import { FEED_EXTENSIONS, isListFile } from '../../pipeline/ingest-remote.js';
import { extractGraph, type DuplicateInput } from '../../pipeline/extract-graph.js';
import { extractGraphInWorkers, startWorkerThreads } from '../../pipeline/parallel-extract.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { progressLine } from '../progress-line.js';
import { errorCode } from '../../util/errors.js';

export const extractCommand: Command = {
  name: 'extract',
  usage: `kg extract <file|dir|url|->... [--out FILE] [--published YYYY-MM-DD] [--workers N]
                   [--fetch-concurrency N] [--fetch-timeout SECONDS] [--fetch-retries N] [--against-db]

Reads .txt, .md and .html articles (folders recursively, "-" for stdin) in UTF-8, UTF-16 with a byte-order
mark or a single-byte code page such as Latin-1 or Windows-1252 (each document records which). A web page is read
as its article (Readability), with its title, byline, site, date and canonical URL (the document's source). Writes one graph document
(JSON, see graph-schema/graph-document.schema.json) to --out, or to stdout when --out is not given.
An http(s) URL is fetched as an article or a feed; an RSS or Atom feed (a URL, or a .rss, .atom or .xml file) gives
its items' articles; a list file (.urls or .list) names one URL or path a line, optionally followed by the article's
date (YYYY-MM-DD); blank lines and lines starting with # are skipped. Inputs that cannot be read or fetched are
reported on stderr one by one and skipped; the others are still extracted.

  --out FILE               where to write the graph document
  --published YYYY-MM-DD   publication date of the articles, when they do not say (reference for "last year")
  --workers N              threads to extract on (default: all cores for several documents, 1 for one);
                           the graph is the same whatever N. Progress is shown on stderr for several documents
  --against-db             decide the names and types of entities Neo4j already holds from their stored mentions
                           and the new ones together, as one extraction of everything would (kg load does the same)
  --fetch-concurrency N    URLs fetched at once (default ${DEFAULT_FETCH_POLICY.concurrency})
  --fetch-timeout SECONDS  time limit of one request (default ${DEFAULT_FETCH_POLICY.timeoutMs / 1000})
  --fetch-retries N        further tries of a request that timed out, met a network error or a busy server (429,
                           5xx), waiting ${DEFAULT_FETCH_POLICY.backoffMs / 1000} s and doubling (default ${DEFAULT_FETCH_POLICY.retries})`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        published: { type: 'string' },
        workers: { type: 'string' },
        'fetch-concurrency': { type: 'string' },
        'fetch-timeout': { type: 'string' },
        'fetch-retries': { type: 'string' },
        'against-db': { type: 'boolean' },
      },
    });
    if (positionals.length === 0) throw new CliError('kg extract: no input given; name a file, a folder or "-" for stdin');
    if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
      throw new CliError(`kg extract: --published "${values.published}" is not a date; write it as YYYY-MM-DD`);
    // Each worker holds its own models (about 100 MB): more than twice the cores only costs memory.
    const maxWorkers = Math.max(4, 2 * os.availableParallelism());
    if (values.workers !== undefined && (!/^[1-9]\d{0,3}$/.test(values.workers) || Number(values.workers) > maxWorkers)) {
      throw new CliError(
        `kg extract: --workers "${values.workers}" is not a whole number from 1 to ${maxWorkers} (twice this machine's cores, each worker holding its own models); give e.g. --workers ${os.availableParallelism()}`,
      );
    }
    const fetch = fetchPolicy(values);
    const started = performance.now();
    // Worker threads take a moment to load the models, so those a folder will need start while it is read.
    const likelyWorkers = values.workers ? Number(values.workers) : severalInputsNamed(positionals) ? os.availableParallelism() : 1;
    const threads = likelyWorkers > 1 ? startWorkerThreads(likelyWorkers - 1) : [];
    let ingested;
    try {
      ingested = await ingestInputs(positionals, { fetch });
    } catch (error) {
      await Promise.all(threads.map((t) => t.terminate()));
      throw error;
    }
    const { inputs, failures } = ingested;
    for (const failure of failures) process.stderr.write(`kg extract: skipped ${failure.source}: ${failure.reason}\n`);
    if (inputs.length <= 1 || likelyWorkers <= 1) await Promise.all(threads.map((t) => t.terminate()));
    if (inputs.length === 0) throw new CliError('kg extract: none of the inputs could be read; see the messages above');
    keepHeapSmallFor(inputs.reduce((sum, input) => sum + input.content.length, 0));
    const workers = values.workers ? Number(values.workers) : inputs.length > 1 ? os.availableParallelism() : 1;
    const progress = inputs.length > 1 ? progressLine(process.stderr, 'kg extract: ') : undefined;
    const options = { published: values.published, onProgress: progress?.update };
    const { graph, report } =
      workers > 1 && inputs.length > 1 ? await extractGraphInWorkers(inputs, { ...options, workers, started: threads }) : extractGraph(inputs, options);
    progress?.done();
    for (const skipped of report.skipped) process.stderr.write(`kg extract: skipped ${skipped.source}: ${skipped.reason}\n`);
    failures.push(...report.skipped);
    if (report.duplicates.length) process.stderr.write(`${duplicatesLine(report.duplicates)}\n`);
    if (graph.documents.length === 0) throw new CliError('kg extract: no input had article text; see the messages above');
    if (values['against-db']) {
      const against = await resolveAgainstDatabase(graph);
      process.stderr.write(
        `kg extract: against the stored graph, ${against.known} entities were already there, ${against.changed} of them took another name, type or aliases, and ${against.relationsDropped} relations were left out as the schema does not allow them between the decided types\n`,
      );
    }
    await writeGraph(graph, values.out);
    const seconds = (performance.now() - started) / 1000;
    const dropped = Object.values(report.dropped).reduce((a, b) => a + b, 0);
    // Counted apart: RELATED_TO marks verbs the schema has no type for, the list to grow the schema from.
    const relatedTo = graph.relations.filter((r) => r.type === 'RELATED_TO').length;
    const negated = graph.relations.filter((r) => r.properties.negated === true).length;
    process.stderr.write(
      `kg extract: ${graph.documents.length} document(s), ${graph.entities.length} entities, ${graph.relations.length} relations (${relatedTo} untyped RELATED_TO, ${negated} negated, ${dropped} dropped by the schema), ${report.tokens} tokens in ${seconds.toFixed(2)}s${values.out ? ` → ${values.out}` : ''}\n`,
    );
    if (failures.length) process.exitCode = 2;
  },
};

/**
 * Decides the graph's entities against what Neo4j holds (resolve-against-stored.ts). The Neo4j modules are imported
 * here, not at the top: loading the driver costs every other extraction a fifth of a second.
 */
async function resolveAgainstDatabase(graph: GraphDocument) {
  const { Neo4jUnreachableError, openGraphDatabase } = await import('../../neo4j/connection.js');
  const { storedEntityEvidence } = await import('../../neo4j/stored-evidence.js');
  let database;
  try {
    database = await openGraphDatabase();
  } catch (error) {
    if (error instanceof Neo4jUnreachableError) throw new CliError(`kg extract --against-db: ${error.message}`);
    throw error;
  }
  try {
    return resolveAgainstStored(
      graph,
      await storedEntityEvidence(
        database,
        graph.entities.map((e) => e.id),
      ),
    );
  } finally {
    await database.close();
  }
}

/** Inputs named in the duplicates line; the rest are counted. */
const DUPLICATES_LISTED = 10;

/** One line saying how many inputs repeated an earlier input's text, and which repeated which. */
export function duplicatesLine(duplicates: DuplicateInput[]): string {
  const listed = duplicates.slice(0, DUPLICATES_LISTED).map((d) => `${d.source} = ${d.of}`);
  const more = duplicates.length > DUPLICATES_LISTED ? `, and ${duplicates.length - DUPLICATES_LISTED} more` : '';
  return `kg extract: ${duplicates.length} input(s) have the same text as an earlier one and were merged into it: ${listed.join(', ')}${more}`;
}

/** Characters of input from which the heap is kept small (see keepHeapSmallFor). */
const LARGE_INPUT_CHARS = 8_000_000;

/**
 * Recognition leaves much short-lived garbage, and V8 lets the heap grow to a few times what is live before a full
 * collection: on 20 MB of text that peaks at ~1.3 GB resident for ~0.4 GB live. For large inputs the heap is allowed
 * to grow by 30% between collections instead, which keeps that peak under 0.9 GB for ~8% more time; small inputs,
 * where the peak is a few hundred MB anyway, keep V8's default.
 */
function keepHeapSmallFor(inputChars: number): void {
  if (inputChars >= LARGE_INPUT_CHARS) v8.setFlagsFromString('--heap-growing-percent=30');
}

/** The fetching policy the options ask for, checked. */
function fetchPolicy(values: Record<string, string | boolean | undefined>): FetchPolicy {
  const number = (option: string, pattern: RegExp, example: string) => {
    const value = values[option];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !pattern.test(value))
      throw new CliError(`kg extract: --${option} "${String(value)}" is not valid; give e.g. --${option} ${example}`);
    return Number(value);
  };
  const concurrency = number('fetch-concurrency', /^[1-9]\d{0,2}$/, '4');
  const timeout = number('fetch-timeout', /^(\d+(\.\d+)?|\.\d+)$/, '20');
  const retries = number('fetch-retries', /^\d{1,2}$/, '2');
  if (timeout !== undefined && timeout <= 0) throw new CliError('kg extract: --fetch-timeout must be more than 0 seconds; give e.g. --fetch-timeout 20');
  return {
    ...DEFAULT_FETCH_POLICY,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(retries !== undefined ? { retries } : {}),
  };
}

/** Whether the command line names more than one article: several paths, a folder, a URL, a feed or a list file, or stdin among others. */
function severalInputsNamed(paths: string[]): boolean {
  const [first] = paths;
  if (first === undefined) return false;
  if (paths.length > 1 || isUrl(first) || isListFile(first) || FEED_EXTENSIONS.has(path.extname(first).toLowerCase())) return true;
  try {
    return first !== '-' && statSync(first).isDirectory();
  } catch {
    return false;
  }
}

/** Writes the graph as JSON to `out`, or to stdout, in pieces (see graph-json.ts). */
async function writeGraph(graph: GraphDocument, out: string | undefined): Promise<void> {
  if (!out) {
    for (const piece of graphJsonPieces(graph)) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
    process.stdout.write('\n');
    return;
  }
  let file: fs.FileHandle;
  try {
    file = await fs.open(out, 'w');
  } catch (error) {
    const code = errorCode(error) ?? String(error);
    throw new CliError(`kg extract: cannot write ${out} (${code}); check that its folder exists and is writable`);
  }
  try {
    for (const piece of graphJsonPieces(graph)) await file.write(piece);
    await file.write('\n');
  } finally {
    await file.close();
  }
}
