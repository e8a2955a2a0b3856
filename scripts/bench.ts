// `npm run bench [-- --quick] [-- --corpus DIR] [-- --runs N]`: measures extraction, loading and query speed and
// writes BENCHMARKS.md and docs/benchmarks.svg. Loading runs against a Neo4j of its own (KG_NEO4J_HOME under /tmp,
// ports 7717/7514, 3 GB heap, 2 GB page cache) that it starts and stops, so a developer's or the tests' server is never
// touched. Each figure is the median of several runs with min and max beside it, and the load average is recorded
// with it because the machine may be shared.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jLayout, NEO4J_VERSION, projectRoot } from '../src/db/local-neo4j-layout.js';
import { runningServer, startLocalServer, stopLocalServer } from '../src/db/local-neo4j-server.js';
import { localConnectionSettings, openGraphDatabase, type GraphDatabase } from '../src/neo4j/connection.js';
import type { GraphDocument } from '../src/document/graph-document.js';
import { graphJsonPieces } from '../src/document/graph-json.js';
import { graphFileSource } from '../src/document/graph-source.js';
import { checkedGraphSource } from '../src/schema/validate-document.js';
import { runAdminImport, writeImportFiles, type ImportFiles } from '../src/neo4j/bulk-import.js';
import { foldedRows } from '../src/neo4j/bulk-rows.js';
import { ensureGraphSchema } from '../src/neo4j/schema-setup.js';
import { egoNetwork, graphDocumentOf, searchEntities } from '../src/neo4j/viewer-queries.js';
import { syntheticGraph } from '../src/synthetic/synthetic-graph.js';
import { syntheticArticles } from '../src/synthetic/synthetic-articles.js';
import { renderChart } from './bench-chart.js';
import { itemAt } from '../src/util/checked-index.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    corpus: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string' },
    /** Sections to run, comma-separated (default all): extraction, loading, queries. */
    only: { type: 'string' },
    /** Passed to kg load as --batch-size (default: kg load's own default). */
    'batch-size': { type: 'string' },
  },
});
const quick = Boolean(args.quick);
const runs = Number(args.runs ?? 3);
const sizes = (args.sizes ?? (quick ? '10000,100000' : '10000,100000,1000000')).split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
const kg = path.join(projectRoot, 'bin', 'kg.js');
const only = new Set((args.only ?? 'extraction,loading,queries').split(','));
// KG_BENCH_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT move the benchmark's server, e.g. to run two benchmarks side by side.
const benchEnv = {
  KG_NEO4J_HOME: process.env.KG_BENCH_NEO4J_HOME || path.join(os.tmpdir(), 'kg-bench-neo4j'),
  KG_NEO4J_BOLT_PORT: process.env.KG_BENCH_BOLT_PORT || '7717',
  KG_NEO4J_HTTP_PORT: process.env.KG_BENCH_HTTP_PORT || '7514',
  KG_NEO4J_HEAP: '3g',
  KG_NEO4J_PAGECACHE: '2g',
  // LOAD CSV of the largest graph runs in one outer transaction.
  KG_NEO4J_TX_TIMEOUT: '2h',
};
const layout = localNeo4jLayout({ ...process.env, ...benchEnv });
const boltUri = `bolt://127.0.0.1:${layout.boltPort}`;

export interface Figure {
  section: 'extraction' | 'loading' | 'queries';
  name: string;
  unit: string;
  samples: number[];
  load: number;
  note?: string;
}
const figures: Figure[] = [];

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function stats(samples: number[]): { median: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? itemAt(sorted, mid) : (itemAt(sorted, mid - 1) + itemAt(sorted, mid)) / 2;
  return { median, min: itemAt(sorted, 0), max: itemAt(sorted, sorted.length - 1) };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return itemAt(sorted, Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length)));
}

function record(figure: Omit<Figure, 'load'>): void {
  const [load = 0] = os.loadavg();
  const full = { ...figure, load };
  figures.push(full);
  const s = stats(figure.samples);
  log(`${figure.section} · ${figure.name}: ${fmt(s.median)} ${figure.unit} (min ${fmt(s.min)}, max ${fmt(s.max)}, load ${full.load.toFixed(2)})`);
}

function fmt(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-GB');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

// ---------------------------------------------------------------------------------------------------------- extraction

interface ExtractRun {
  tokens: number;
  documents: number;
  seconds: number;
  rssMb: number;
}

const workersSupported = /--workers/.test(
  spawnSync(process.execPath, [kg, 'extract', '--help'], { encoding: 'utf8' }).stdout +
    spawnSync(process.execPath, [kg, 'extract', '--help'], { encoding: 'utf8' }).stderr,
);

/** One `kg extract` in a child under /usr/bin/time -v: its own timing line, and the peak resident memory. */
function extractOnce(folder: string, workers: number | undefined): ExtractRun {
  const out = path.join(work, 'extract.json');
  const extra = workers !== undefined && workersSupported ? ['--workers', String(workers)] : [];
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, kg, 'extract', folder, '--out', out, ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`kg extract ${folder} failed: ${result.stderr.split('\n').slice(-5).join(' ')}`);
  const line = /kg extract: (\d+) document\(s\).*?(\d+) tokens in ([\d.]+)s/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!line || !rss) throw new Error(`kg extract ${folder}: no timing line in its output`);
  return { documents: Number(line[1]), tokens: Number(line[2]), seconds: Number(line[3]), rssMb: Number(rss[1]) / 1024 };
}

/**
 * The machine's own ceiling for running extraction on all cores: one `kg extract --workers 1` process per core, each
 * on its share of the folder, all at once. Threads inside one process cannot beat this, so "scales with cores" is
 * judged against it: on virtual machines whose cores share caches it is well below the number of cores.
 */
async function extractIndependentProcesses(folder: string, processes: number): Promise<{ tokens: number; seconds: number }> {
  const files = fs.readdirSync(folder).sort();
  const shares = Array.from({ length: processes }, (_, p) => {
    const dir = path.join(work, `share-${p}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    files.filter((_, i) => i % processes === p).forEach((file) => fs.copyFileSync(path.join(folder, file), path.join(dir, file)));
    return dir;
  });
  const began = performance.now();
  const results = await Promise.all(
    shares.map(
      (dir, p) =>
        new Promise<number>((resolve, reject) => {
          const child = spawn(process.execPath, [kg, 'extract', dir, '--out', path.join(work, `share-${p}.json`), '--workers', '1'], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('close', (code) => {
            const line = /kg extract: \d+ document\(s\).*?(\d+) tokens in/.exec(stderr);
            if (code !== 0 || !line) reject(new Error(`kg extract ${dir} failed: ${stderr.split('\n').slice(-3).join(' ')}`));
            else resolve(Number(line[1]));
          });
        }),
    ),
  );
  return { tokens: results.reduce((a, b) => a + b, 0), seconds: (performance.now() - began) / 1000 };
}

function benchExtraction(label: string, folder: string): void {
  const modes: [string, number | undefined][] = [['1 worker', 1]];
  // Workers split a folder by article, so one article is measured on one worker only.
  const articles = fs.readdirSync(folder, { recursive: true }).length;
  if (workersSupported && os.cpus().length > 1 && articles > 1) modes.push([`${os.cpus().length} workers`, os.cpus().length]);
  for (const [mode, workers] of modes) {
    const samples = Array.from({ length: runs }, () => extractOnce(folder, workers));
    const note = `${itemAt(samples, 0).documents} article(s), ${itemAt(samples, 0).tokens.toLocaleString('en-GB')} tokens`;
    record({ section: 'extraction', name: `${label}, ${mode}: tokens/s`, unit: 'tokens/s', samples: samples.map((s) => s.tokens / s.seconds), note });
    record({ section: 'extraction', name: `${label}, ${mode}: articles/s`, unit: 'articles/s', samples: samples.map((s) => s.documents / s.seconds), note });
    record({ section: 'extraction', name: `${label}, ${mode}: peak memory`, unit: 'MB RSS', samples: samples.map((s) => s.rssMb), note });
  }
}

/** Writes the folder's articles one after another into one file until it holds `bytes`. */
function writeLongText(folder: string, file: string, bytes: number): void {
  const articles = fs
    .readdirSync(folder)
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
  const out = fs.openSync(file, 'w');
  try {
    for (let written = 0, i = 0; written < bytes; i += 1) written += fs.writeSync(out, `${articles[i % articles.length]}\n\n`);
  } finally {
    fs.closeSync(out);
  }
}

// ------------------------------------------------------------------------------------------------------------- loading

async function withDatabase<T>(work: (database: GraphDatabase) => Promise<T>): Promise<T> {
  const database = await openGraphDatabase(localConnectionSettings(layout));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function run(database: GraphDatabase, cypher: string): Promise<void> {
  const session = database.writeSession();
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}

/**
 * Every path starts from a new, empty store: the server is stopped, the default database's store and transaction logs
 * are deleted, and the server is started again. Emptying it with Cypher instead leaves a million deleted records and
 * their transaction logs behind, which the next stop has to checkpoint, and that cost would land on whichever path
 * stops the server next (both bulk paths do).
 */
async function freshEmptyDatabase(): Promise<void> {
  await stopLocalServer({ layout });
  for (const folder of ['databases', 'transactions']) fs.rmSync(path.join(layout.dataDir, folder, 'neo4j'), { recursive: true, force: true });
  await startLocalServer({ layout });
}

async function relationshipCount(): Promise<number> {
  return withDatabase(async (database) => {
    const session = database.readSession();
    try {
      return itemAt((await session.run('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).records, 0).get('n') as number;
    } finally {
      await session.close();
    }
  });
}

/** LOAD CSV statements over the same CSV files the bulk import reads, giving the same nodes and relationships. */
function loadCsvStatements(files: ImportFiles): string[] {
  const url = (file: string) => `file:///${path.relative(layout.importDir, file)}`;
  const list = (column: string, convert = '') =>
    `CASE WHEN row.\`${column}\` IS NULL THEN [] ELSE [x IN split(row.\`${column}\`, '\\u001f') | ${convert || 'x'}] END`;
  const tx = (body: string, file: string) => `LOAD CSV WITH HEADERS FROM '${url(file)}' AS row CALL { WITH row ${body} } IN TRANSACTIONS OF 10000 ROWS`;
  const statements: string[] = [];
  for (const node of files.nodes) {
    // One generated graph, folded with nothing, withholds no relation.
    if (node.name === 'WithheldRelation') continue;
    if (node.name === 'Document')
      statements.push(
        tx('MERGE (d:Document {id: row.`id:ID`}) SET d.source = row.source, d.title = row.title, d.published = row.published, d.text = row.text', node.file),
      );
    else if (node.name === 'Sentence')
      statements.push(
        tx(
          'MERGE (s:Sentence {id: row.`id:ID`}) SET s.documentId = row.documentId, s.start = toInteger(row.`start:long`), s.end = toInteger(row.`end:long`), s.text = row.text',
          node.file,
        ),
      );
    else {
      statements.push(
        tx(
          `MERGE (n:${node.name} {id: row.\`id:ID\`}) SET n.name = row.name, n.type = row.type, n.aliases = ${list('aliases:string[]')}, n.mergeKey = row.mergeKey, n.mergeReasons = ${list('mergeReasons:string[]')}, n.mentionCount = toInteger(row.\`mentionCount:long\`), n.documentCount = toInteger(row.\`documentCount:long\`)`,
          node.file,
        ),
      );
    }
  }
  for (const rel of files.relationships) {
    const match = `MATCH (a {id: row.\`:START_ID\`}) MATCH (b {id: row.\`:END_ID\`})`;
    const [headerLine = ''] = fs.readFileSync(rel.file, 'utf8').slice(0, 4096).split('\n');
    const header = headerLine.split(',');
    if (rel.name === 'IN_DOCUMENT')
      statements.push(tx('MATCH (a:Sentence {id: row.`:START_ID`}) MATCH (b:Document {id: row.`:END_ID`}) MERGE (a)-[:IN_DOCUMENT]->(b)', rel.file));
    else if (rel.name === 'MENTIONED_IN') {
      statements.push(
        tx(
          `MATCH (a:Entity {id: row.\`:START_ID\`}) MATCH (b:Document {id: row.\`:END_ID\`}) MERGE (a)-[m:MENTIONED_IN]->(b) SET m.count = toInteger(row.\`count:long\`), m.starts = ${list('starts:long[]', 'toInteger(x)')}, m.ends = ${list('ends:long[]', 'toInteger(x)')}, m.kinds = ${list('kinds:string[]')}`,
          rel.file,
        ),
      );
    } else {
      const extras = header.slice(6).map((column) => {
        const [key, kind] = column.split(':');
        const value = kind === 'double' ? `toFloat(row.\`${column}\`)` : kind === 'boolean' ? `toBoolean(row.\`${column}\`)` : `row.\`${column}\``;
        return `, r.${key} = ${value}`;
      });
      statements.push(
        tx(
          `${match.replace(/\(a /, '(a:Entity ').replace(/\(b /, '(b:Entity ')} MERGE (a)-[r:${rel.name} {id: row.id}]->(b) SET r.confidence = toFloat(row.\`confidence:double\`), r.evidenceIds = ${list('evidenceIds:string[]')}, r.documentIds = ${list('documentIds:string[]')}${extras.join('')}`,
          rel.file,
        ),
      );
    }
  }
  return statements;
}

/**
 * Runs kg through /usr/bin/time as a user runs it, against the benchmark's server: wall time and peak RSS. On failure
 * its whole stderr is kept in the work folder and its last lines of its own (not time's report) are thrown.
 */
function timedKg(kgArgs: string[], label: string): { seconds: number; rssMb: number } {
  const began = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, kg, ...kgArgs], {
    env: { ...process.env, ...benchEnv, NEO4J_URI: '' },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const seconds = (performance.now() - began) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || !rss) {
    const log = path.join(work, `${label.replace(/[^a-z0-9]+/gi, '-')}.stderr`);
    fs.writeFileSync(log, `${result.error ?? ''}\n${result.stderr ?? ''}`);
    const own = (result.stderr ?? '')
      .split(/\n\s*Command being timed/)[0]!
      .trim()
      .split('\n')
      .slice(-8)
      .join('\n');
    throw new Error(`${label} failed (status ${result.status}, signal ${result.signal}): ${own || result.error}\nfull stderr: ${log}`);
  }
  return { seconds, rssMb: Number(rss[1]) / 1024 };
}

/** Writes a graph document the way kg extract does, piece by piece (a large one exceeds a string's maximum length). */
function writeGraphFile(file: string, graph: GraphDocument): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const piece of graphJsonPieces(graph)) fs.writeSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
}

async function benchLoading(size: number): Promise<{ graphFile: string }> {
  const graphFile = path.join(work, `graph-${size}.json`);
  // The graph is let go once written, so this process does not hold it while the loads run.
  const { relations, note } = (() => {
    const graph = syntheticGraph({ relations: size, seed: 42 });
    writeGraphFile(graphFile, graph);
    return {
      relations: graph.relations.length,
      note: `${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations`,
    };
  })();
  const files = await writeImportFiles(foldedRows([checkedGraphSource(graphFileSource(graphFile), graphFile)]), path.join(layout.importDir, `bench-${size}`));
  const label = `${size.toLocaleString('en-GB')} relationships`;
  // The large graphs take minutes per run; two runs still show the spread.
  const sizeRuns = size >= 1_000_000 || (quick && size >= 100_000) ? Math.min(runs, 2) : runs;

  const kgLoad: number[] = [];
  const kgLoadRss: number[] = [];
  const kgBulk: number[] = [];
  const kgBulkRss: number[] = [];
  const loadCsv: number[] = [];
  const admin: number[] = [];
  const adminImportOnly: number[] = [];
  for (let i = 0; i < sizeRuns; i += 1) {
    // kg load --bulk, through the CLI, into an empty database: JSON to CSV, neo4j-admin import, restart, indexes.
    await freshEmptyDatabase();
    const bulk = timedKg(['load', graphFile, '--bulk', '--quiet'], `kg load --bulk of ${size}`);
    kgBulk.push(relations / bulk.seconds);
    kgBulkRss.push(bulk.rssMb);
    if ((await relationshipCount()) !== relations) throw new Error(`kg load --bulk of ${size} left a different number of relations`);

    // kg load, through the CLI as a user runs it, into an empty database with the constraints in place, as LOAD CSV has.
    await freshEmptyDatabase();
    await withDatabase(ensureGraphSchema);
    const loaded = timedKg(['load', graphFile, '--quiet', ...(args['batch-size'] ? ['--batch-size', args['batch-size']] : [])], `kg load of ${size}`);
    kgLoad.push(relations / loaded.seconds);
    kgLoadRss.push(loaded.rssMb);
    if ((await relationshipCount()) !== relations) throw new Error(`kg load of ${size} left a different number of relations`);

    // LOAD CSV of the same rows, with the same constraints in place.
    await freshEmptyDatabase();
    await withDatabase(ensureGraphSchema);
    let began = performance.now();
    await withDatabase(async (database) => {
      for (const statement of loadCsvStatements(files)) await run(database, statement);
    });
    loadCsv.push(relations / ((performance.now() - began) / 1000));
    if ((await relationshipCount()) !== relations) throw new Error(`LOAD CSV of ${size} left a different number of relations`);

    // neo4j-admin import into a fresh database, then restart and the same constraints and indexes.
    await freshEmptyDatabase();
    began = performance.now();
    await stopLocalServer({ layout });
    const { ms } = await runAdminImport(layout, files);
    await startLocalServer({ layout });
    await withDatabase(ensureGraphSchema);
    admin.push(relations / ((performance.now() - began) / 1000));
    adminImportOnly.push(relations / (ms / 1000));
  }
  record({
    section: 'loading',
    name: `${label}: kg load${args['batch-size'] ? ` --batch-size ${args['batch-size']}` : ''}`,
    unit: 'relationships/s',
    samples: kgLoad,
    note,
  });
  record({
    section: 'loading',
    name: `${label}: kg load peak memory`,
    unit: 'MB RSS',
    samples: kgLoadRss,
    note: `${note}; graph document ${(fs.statSync(graphFile).size / 2 ** 20).toFixed(0)} MB`,
  });
  record({ section: 'loading', name: `${label}: LOAD CSV`, unit: 'relationships/s', samples: loadCsv, note });
  record({ section: 'loading', name: `${label}: kg load --bulk`, unit: 'relationships/s', samples: kgBulk, note });
  record({ section: 'loading', name: `${label}: kg load --bulk peak memory`, unit: 'MB RSS', samples: kgBulkRss, note });
  record({ section: 'loading', name: `${label}: neo4j-admin import + restart + indexes`, unit: 'relationships/s', samples: admin, note });
  record({ section: 'loading', name: `${label}: neo4j-admin import alone`, unit: 'relationships/s', samples: adminImportOnly, note });
  fs.rmSync(files.dir, { recursive: true, force: true });
  return { graphFile };
}

// ------------------------------------------------------------------------------------------------------------- queries

async function benchQueries(size: number): Promise<void> {
  const iterations = quick ? 200 : 1000;
  await withDatabase(async (database) => {
    const session = database.readSession();
    let names: string[];
    let ids: string[];
    try {
      const sample = await session.run('MATCH (e:Entity) WHERE e.documentCount > 0 RETURN e.id AS id, e.name AS name ORDER BY e.id LIMIT 2000');
      ids = sample.records.map((r) => r.get('id') as string);
      names = sample.records.map((r) => r.get('name') as string);
    } finally {
      await session.close();
    }
    const timed = async (name: string, fn: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 50; i += 1) await fn(i); // warm-up: plans cached, pages in memory
      const samples: number[] = [];
      for (let i = 0; i < iterations; i += 1) {
        const began = performance.now();
        await fn(i);
        samples.push(performance.now() - began);
      }
      const label = `${size.toLocaleString('en-GB')}-relationship graph: ${name}`;
      const note = `${iterations} warm iterations`;
      record({ section: 'queries', name: `${label} p50`, unit: 'ms', samples: [percentile(samples, 50)], note });
      record({ section: 'queries', name: `${label} p95`, unit: 'ms', samples: [percentile(samples, 95)], note });
    };
    await timed('name search (fulltext entity_names)', (i) => searchEntities(database, itemAt(itemAt(names, i % names.length).split(' '), 0).slice(0, 5)));

    await timed('1-hop neighbours', (i) => egoNetwork(database, itemAt(ids, i % ids.length), 1));
    await timed('2-hop ego export', async (i) => {
      const ego = await egoNetwork(database, itemAt(ids, i % ids.length), 2, 200);

      return graphDocumentOf(
        database,
        ego.entities.map((e) => e.id),
        ego.relations.map((r) => r.id),
      );
    });
  });
}

// -------------------------------------------------------------------------------------------------------------- report

function machine(): string[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];
  return [
    `- CPU: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${java}; Neo4j Community ${NEO4J_VERSION} (heap ${layout.heapSize}, page cache ${layout.pageCacheSize}) on the same machine`,
    `- Load average at start ${startLoad.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min); the machine was shared with other work, so figures carry that noise`,
    `- Mode: ${quick ? '--quick' : 'full'}, ${runs} runs per figure (2 for ${quick ? '100k' : '1M'} loading), generated ${new Date().toISOString().slice(0, 16)}Z`,
  ];
}

function median(name: string): number | undefined {
  const figure = figures.find((f) => f.name === name);
  return figure ? stats(figure.samples).median : undefined;
}

/** The issue's targets, each judged from the medians measured in this run; rows whose figures were not run are left out. */
function targets(): string[] {
  const rows: string[] = [];
  const row = (target: string, measured: string, met: boolean | string) =>
    rows.push(`| ${target} | ${measured} | ${typeof met === 'string' ? met : met ? 'yes' : 'no'} |`);
  const corpus = figures.find((f) => f.section === 'extraction' && f.name.startsWith('generated corpus') && f.name.endsWith('1 worker: tokens/s'));
  if (corpus) {
    const label = corpus.name.replace(/, 1 worker: tokens\/s$/, '');
    const one = stats(corpus.samples).median;
    row('kg extract ≥ 50,000 tokens/s on one core', `${fmt(one)} tokens/s (${label}, whole command with start-up)`, one >= 50_000);
    const cores = os.cpus().length;
    const all = median(`${label}, ${cores} workers: tokens/s`);
    const ceiling = median(`${label}, ${cores} independent 1-worker processes at once (the machine's ceiling): tokens/s`);
    if (all !== undefined && ceiling !== undefined) {
      row(
        'kg extract scales with cores',
        `${cores} workers ${fmt(all)} tokens/s = ${(all / one).toFixed(2)}× one worker; ${cores} independent processes, the most this machine gives, ${fmt(ceiling)} = ${(ceiling / one).toFixed(2)}×, ${
          ceiling > one
            ? `so the threads reach ${Math.round((100 * (all - one)) / (ceiling - one))}% of the available gain`
            : 'so in this run the machine gave no gain from more cores to any way of using them'
        }`,
        // Where the machine itself gives nothing, the run can neither show scaling nor its absence.
        ceiling <= one
          ? 'not measurable in this run'
          : all > one
            ? all - one >= 0.5 * (ceiling - one)
              ? 'yes, within what the machine allows'
              : 'partly'
            : 'no',
      );
    }
  }
  const longText = figures.find((f) => f.name === 'one 20 MB text, 1 worker: peak memory');
  if (longText)
    row(
      'extracting a 20 MB text stays under 1 GB',
      `peak RSS ${fmt(stats(longText.samples).median)} MB (max ${fmt(stats(longText.samples).max)})`,
      stats(longText.samples).max < 1024,
    );
  for (const size of sizes) {
    const label = `${size.toLocaleString('en-GB')} relationships`;
    const kgLoad = median(`${label}: kg load${args['batch-size'] ? ` --batch-size ${args['batch-size']}` : ''}`);
    const loadCsv = median(`${label}: LOAD CSV`);
    const bulk = median(`${label}: kg load --bulk`);
    const adminReady = median(`${label}: neo4j-admin import + restart + indexes`);
    const adminOnly = median(`${label}: neo4j-admin import alone`);
    if (kgLoad && loadCsv)
      row(
        `kg load ≥ 0.5× LOAD CSV (${label})`,
        `${fmt(kgLoad)} vs ${fmt(loadCsv)} relationships/s = ${(kgLoad / loadCsv).toFixed(2)}×`,
        kgLoad >= 0.5 * loadCsv,
      );
    if (bulk && adminReady && adminOnly) {
      row(
        `--bulk close to neo4j-admin (${label})`,
        `${fmt(bulk)} relationships/s vs ${fmt(adminReady)} for neo4j-admin with the restart and indexes a queryable database needs = ${(bulk / adminReady).toFixed(2)}× (the rest is writing the CSV files); vs the import command alone ${fmt(adminOnly)} = ${(bulk / adminOnly).toFixed(2)}×`,
        bulk >= 0.8 * adminReady ? 'yes (≥ 0.8× counts as close)' : 'no (≥ 0.8× counts as close)',
      );
    }
  }
  const largest = `${itemAt(sizes, sizes.length - 1).toLocaleString('en-GB')}-relationship graph`;
  for (const [query, target] of [
    ['1-hop neighbours', '1-hop neighbours p95 ≤ 20 ms'],
    ['name search (fulltext entity_names)', 'name search p95 ≤ 20 ms'],
  ] as const) {
    const p95 = median(`${largest}: ${query} p95`);
    if (p95 !== undefined) row(`${target} (${largest})`, `p95 ${fmt(p95)} ms, p50 ${fmt(median(`${largest}: ${query} p50`)!)} ms`, p95 <= 20);
  }
  return rows.length ? ['## Targets against this run', '', '| target | measured | met |', '|---|---|---|', ...rows, ''] : [];
}

function writeReport(chartFile: string): void {
  const reportFile = path.resolve(projectRoot, args.out ?? 'BENCHMARKS.md');
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const chartLink = path.relative(path.dirname(reportFile), chartFile);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`${command}\` (scripts/bench.ts); chart: [${chartLink}](${chartLink}).`,
    '',
    '## Machine',
    '',
    ...machine(),
    '',
    ...targets(),
  ];
  const titles = { extraction: 'Extraction (`kg extract`)', loading: 'Loading into Neo4j', queries: 'Queries (warm)' } as const;
  for (const section of ['extraction', 'loading', 'queries'] as const) {
    const rows = figures.filter((f) => f.section === section);
    if (rows.length === 0) continue;
    lines.push(`## ${titles[section]}`, '', '| figure | median | min | max | unit | runs | load avg | data |', '|---|---:|---:|---:|---|---:|---:|---|');
    for (const f of rows) {
      const s = stats(f.samples);
      lines.push(`| ${f.name} | ${fmt(s.median)} | ${fmt(s.min)} | ${fmt(s.max)} | ${f.unit} | ${f.samples.length} | ${f.load.toFixed(2)} | ${f.note ?? ''} |`);
    }
    lines.push('');
  }
  lines.push(...notes(), '');
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, lines.join('\n'));
  fs.mkdirSync(path.dirname(chartFile), { recursive: true });
  fs.writeFileSync(chartFile, renderChart(figures.map((f) => ({ ...f, ...stats(f.samples) }))));
}

function notes(): string[] {
  return [
    '## How these are measured',
    '',
    "- Extraction: `node bin/kg.js extract <folder> --out …` in a child under `/usr/bin/time -v`; tokens and seconds from its own summary line (so Node start-up and model loading are inside, file writing too), peak memory is the child's maximum RSS. The generated corpus comes from `src/synthetic/synthetic-articles.ts` (seeded).",
    '- "N workers" is `kg extract --workers N` (worker threads, the main thread one of them). "N independent 1-worker processes" runs N separate `kg extract --workers 1` at once, each on every N-th article, and divides all their tokens by the slowest one\'s wall time: no threading can beat that, so it is the machine\'s own ceiling for using all its cores, and on virtual machines whose cores share caches it is well under N×.',
    '- "one 20 MB text" is the generated articles written one after another into a single file, extracted as one document: its peak RSS is the memory figure (kg extract keeps the heap growing slowly on inputs over 8 MB).',
    "- kg load peak memory is the CLI process's maximum RSS under `/usr/bin/time -v`. kg load reads the graph document element by element (validation, then two reads for loading, a third for evidence without its own text, as in these generated graphs) and holds ids, not the document. kg load --bulk, given one file, reads it once to write the CSV rows as they are read while a worker thread reads it again to validate it, and holds the document texts and the evidence sentence ids (several files are validated and surveyed first, then read again and folded); its figure is the larger of its own RSS and that of the `neo4j-admin` import it runs and waits for (a JVM with a 1 GB heap), which is all `/usr/bin/time` can tell apart, so on small graphs it is the import's.",
    "- Loading: graphs from `syntheticGraph` (seed 42; about 0.4 entities and 1 evidence sentence per relation, 50 relations per document). Relationships/s counts the entity-to-entity relations of the graph over the whole load (documents, sentences, entities, mentions, counts and relations). Every path starts from a new empty store (the server stopped, the database's store and transaction logs deleted, the server started), so none pays for checkpointing what the path before it wrote, and each meets a server just started (its code not yet compiled by the JIT, its page cache empty), which weighs most on the small graphs; `kg load` and LOAD CSV find the constraints already in place, the two bulk paths create them after the import. All paths end with the same nodes, labels, properties and relationships.",
    '- `kg load` runs through the CLI as a user runs it. LOAD CSV reads the CSV files `kg load --bulk` writes (copied into the server\'s import/ folder) with MERGE statements in `CALL { … } IN TRANSACTIONS OF 10000 ROWS`. `kg load --bulk` runs through the CLI into an empty database (writing the CSV files from the graph document, stopping the server, importing, restarting, creating the constraints and indexes). "neo4j-admin import + restart + indexes" is what a user of neo4j-admin does for a queryable database, from CSV files already written: `database import full` with the server stopped, the restart and `ensureGraphSchema`; "alone" is the import command only.',
    "- Queries: the viewer's own functions (`searchEntities`, `egoNetwork`, `graphDocumentOf` in src/neo4j/viewer-queries.ts) over Bolt from this process, 50 warm-up calls, then p50/p95 over the iterations.",
  ];
}

// ---------------------------------------------------------------------------------------------------------------- main

const startLoad = os.loadavg();
let startedServer = false;
try {
  log(`work folder ${work}; Neo4j for loading at ${layout.home} (${boltUri})`);
  if (only.has('extraction')) {
    benchExtraction('sample article', path.join(projectRoot, 'examples'));
    const corpusDir = path.join(work, 'corpus');
    fs.mkdirSync(corpusDir);
    const corpusArticles = quick ? 500 : 5000;
    for (const article of syntheticArticles({ articles: corpusArticles, seed: 1 })) fs.writeFileSync(path.join(corpusDir, article.name), article.text);
    const corpusLabel = `generated corpus (${corpusArticles.toLocaleString('en-GB')} articles)`;
    benchExtraction(corpusLabel, corpusDir);
    if (os.cpus().length > 1) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await extractIndependentProcesses(corpusDir, os.cpus().length));
      record({
        section: 'extraction',
        name: `${corpusLabel}, ${os.cpus().length} independent 1-worker processes at once (the machine's ceiling): tokens/s`,
        unit: 'tokens/s',
        samples: samples.map((s) => s.tokens / s.seconds),
        note: "each process on its share of the articles; combined tokens over the slowest one's wall time",
      });
    }
    // One long text of about 20 MB (the generated articles one after another): memory is the figure here.
    const longText = path.join(work, 'long-text', 'long.txt');
    fs.mkdirSync(path.dirname(longText));
    writeLongText(corpusDir, longText, 20 * 2 ** 20);
    benchExtraction('one 20 MB text', path.dirname(longText));
    if (args.corpus) benchExtraction(`--corpus ${path.basename(path.resolve(args.corpus))}`, path.resolve(args.corpus));
  }
  if (only.has('loading') || only.has('queries')) {
    if (runningServer(layout)) throw new Error(`a server already runs from ${layout.home}; stop it first (it may be left from an interrupted bench)`);
    await startLocalServer({ layout, log });
    startedServer = true;
    // Queries need a loaded graph, so loading the largest size runs whenever either section is asked for.
    for (const size of only.has('loading') ? sizes : sizes.slice(-1)) await benchLoading(size);
    if (only.has('queries')) await benchQueries(itemAt(sizes, sizes.length - 1));
  }
} finally {
  if (startedServer) await stopLocalServer({ layout });
  fs.rmSync(work, { recursive: true, force: true });
  // A report written elsewhere (--out docs/benchmarks-1m.md) gets its own chart beside it (docs/benchmarks-1m.svg).
  if (figures.length)
    writeReport(args.out ? path.resolve(projectRoot, args.out).replace(/(\.md)?$/, '.svg') : path.join(projectRoot, 'docs', 'benchmarks.svg'));
}
