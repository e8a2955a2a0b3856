// Extraction on worker threads gives the graph extraction on one thread gives, byte for byte, and the graph JSON
// written in pieces is the text JSON.stringify gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphJsonPieces } from '../../src/document/graph-json.js';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { extractGraphInWorkers, startWorkerThreads } from '../../src/pipeline/parallel-extract.js';
import type { RawInput } from '../../src/pipeline/stage-types.js';
import { progressLine } from '../../src/cli/progress-line.js';
import { extractInProcess } from '../kg-extract-run.js';

const articles = path.resolve('test/fixtures/articles');

/** kg extract through the CLI's main() in this process; the worker threads it asks for are threads of this process. */
async function kgExtract(args: string[]) {
  const run = await extractInProcess(args);
  return { status: run.status, stderr: run.stderr, json: run.json };
}

const inputs: RawInput[] = [
  {
    source: 'a.txt',
    format: 'txt',
    content:
      'Brackwater Logistics said on Monday it had hired Helena Marquardt as chief executive.\n\nMs Marquardt, who ran Pelham Securities in Lisbon, starts in June.',
  },
  {
    source: 'b.txt',
    format: 'txt',
    content: 'Helena Marquardt met officials of the Harbour Authority in Oslo. She said Brackwater Logistics would open an office there.',
  },
  // The same text again, by another path: one document.
  {
    source: 'a-copy.txt',
    format: 'txt',
    content:
      'Brackwater Logistics said on Monday it had hired Helena Marquardt as chief executive.\n\nMs Marquardt, who ran Pelham Securities in Lisbon, starts in June.',
  },
  { source: 'empty.html', format: 'html', content: '<html><body><nav>Home</nav><script>x()</script></body></html>' },
  {
    source: 'c.md',
    format: 'md',
    content:
      '# Dunmore Holdings buys Globex\n\nDunmore Holdings Ltd agreed to buy Globex Inc for $2 billion, Ravi Anand, its chairman, told reporters in Madrid.',
  },
];

describe('extraction on worker threads', () => {
  it('gives the same graph and report as extraction on one thread', async () => {
    const one = extractGraph(inputs);
    for (const workers of [2, 3]) {
      const parallel = await extractGraphInWorkers(inputs, { workers });
      expect(JSON.stringify(parallel.graph)).toBe(JSON.stringify(one.graph));
      expect(parallel.report).toEqual(one.report);
    }
    expect(one.report.skipped.map((s) => s.source)).toEqual(['empty.html']);
    expect(one.graph.relations.length).toBeGreaterThan(0);
  }, 60_000);

  it('gives the same graph as one thread where coreference made mentions (the test articles)', async () => {
    const fixtures: RawInput[] = fs
      .readdirSync(articles)
      .sort()
      .map((file) => ({ source: file, format: 'txt', content: fs.readFileSync(path.join(articles, file), 'utf8') }));
    const one = extractGraph(fixtures);
    expect(one.graph.entities.some((e) => e.mentions.some((m) => m.kind === 'nominal' || m.kind === 'pronoun'))).toBe(true);
    const parallel = await extractGraphInWorkers(fixtures, { workers: 2 });
    expect(JSON.stringify(parallel.graph)).toBe(JSON.stringify(one.graph));
  }, 60_000);

  it('uses threads started beforehand, and stops those it does not need', async () => {
    const one = extractGraph(inputs);
    const started = startWorkerThreads(4);
    const exits = started.map((thread) => new Promise<number>((resolve) => thread.once('exit', resolve)));
    // Three documents are kept, so two threads besides the main one are used and two are spare.
    const parallel = await extractGraphInWorkers(inputs, { workers: 5, started });
    expect(JSON.stringify(parallel.graph)).toBe(JSON.stringify(one.graph));
    expect(await Promise.all(exits)).toHaveLength(4);
  }, 60_000);

  it('reports progress up to every document recognised and related', async () => {
    const seen: { recognised: number; related: number; total: number }[] = [];
    await extractGraphInWorkers(inputs, { workers: 2, onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toMatchObject({ total: 3, recognised: 3, related: 3 });
    expect(seen.map((p) => p.recognised + p.related)).toEqual([1, 2, 3, 4, 5, 6]);
  }, 60_000);

  it('writes the same JSON with --workers 1 and --workers 2 on the test articles', async () => {
    const one = await kgExtract([articles, '--workers', '1']);
    const two = await kgExtract([articles, '--workers', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(JSON.parse(one.json!).documents).toHaveLength(fs.readdirSync(articles).length);
    expect(two.json).toBe(one.json);
  }, 120_000);

  it('refuses a --workers value that is not a positive whole number, or more than twice the cores, in one line', async () => {
    for (const bad of ['0', 'two', '-1', '1.5', '128']) {
      const run = await kgExtract([articles, `--workers=${bad}`]);
      expect(run.status).not.toBe(0);
      expect(run.json).toBeUndefined();
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^kg extract: --workers ".*" is not a whole number from 1 to \d+ \(twice this machine's cores, each worker holding its own models\); give e.g. --workers \d+$/,
        ),
      ]);
    }
  }, 60_000);
});

describe('graphJsonPieces', () => {
  it('joins to JSON.stringify(graph, null, 1) for an extracted graph', () => {
    const { graph } = extractGraph(inputs);
    expect([...graphJsonPieces(graph)].join('')).toBe(JSON.stringify(graph, null, 1));
  });

  it('joins to JSON.stringify for empty lists, absent fields and large lists cut into several pieces', () => {
    const empty: GraphDocument = { version: 1, generator: undefined, documents: [], entities: [], relations: [] };
    expect([...graphJsonPieces(empty)].join('')).toBe(JSON.stringify(empty, null, 1));
    const text = 'x'.repeat(5000);
    const large = {
      version: 1,
      documents: Array.from({ length: 400 }, (_, i) => ({ id: `doc:${i}`, source: `${i}.txt`, text })),
      entities: [],
      relations: [],
    } as GraphDocument;
    const pieces = [...graphJsonPieces(large)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(JSON.stringify(large, null, 1));
  });
});

describe('progressLine', () => {
  const progress = { total: 4, recognised: 4, related: 2, tokensRecognised: 400, tokensRelated: 200 };

  it('redraws one line in place on a terminal and clears it when done', async () => {
    let written = '';
    const stream = { isTTY: true, write: (s: string) => (written += s) } as unknown as NodeJS.WriteStream;
    const line = progressLine(stream, 'kg extract: ');
    await new Promise((r) => setTimeout(r, 120));
    line.update(progress);
    expect(written).toMatch(/^\rkg extract: \[#{15}-{5}\] 4\/4 documents recognised, 2 related, [\d,]+ tokens\/s\x1b\[K$/);
    line.done();
    expect(written.endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes plain lines, none for a run that ends within the first seconds, when not on a terminal', () => {
    let written = '';
    const stream = { isTTY: false, write: (s: string) => (written += s) } as unknown as NodeJS.WriteStream;
    const line = progressLine(stream, 'kg extract: ');
    line.update(progress);
    line.done();
    expect(written).toBe('');
  });
});
