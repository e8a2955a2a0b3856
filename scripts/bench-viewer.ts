// Viewer benchmark (not a test): time to first render and to a settled ForceAtlas2 layout (web worker) for synthetic
// graphs of 1k, 10k and 50k entities with three times as many relations, in headless Chromium, opened offline
// (`?file=`) so Neo4j is not measured. Writes reports/viewer-benchmark.md.
//   npm run bench:viewer [-- --sizes 1000,10000 --max-layout-s 60]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { GraphDocument } from '../src/document/graph-document.js';
import { entityTypes, relationTypes } from '../src/schema/schema.js';
import { buildViewer, startViewerServer } from '../src/server/viewer-server.js';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.KG_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A seeded generator, so every run measures the same graphs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** n entities in loose communities of ~50, 3n relations (mostly inside a community), types from the schema. */
export function syntheticDocument(n: number): GraphDocument {
  const rand = random(n);
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`, name: `Entity ${i}`, type: entityTypes[i % entityTypes.length].name, aliases: [], mentions: [],
  }));
  const relations = Array.from({ length: 3 * n }, (_, i) => {
    const a = Math.floor(rand() * n);
    const sameCommunity = rand() < 0.85;
    let b = sameCommunity ? Math.floor(a / 50) * 50 + Math.floor(rand() * 50) : Math.floor(rand() * n);
    if (b >= n || b === a) b = (a + 1) % n;
    const year = 2015 + Math.floor(rand() * 10);
    return {
      id: `r${i}`, source: `e${a}`, target: `e${b}`, type: relationTypes[i % relationTypes.length].name,
      properties: { date: String(year) }, confidence: Math.round(rand() * 100) / 100, evidence: [],
    };
  });
  return { version: 1, documents: [], entities, relations } as unknown as GraphDocument;
}

interface Row { nodes: number; edges: number; firstRenderMs: number; layoutMs: number; settled: boolean }

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, 'max-layout-s': { type: 'string' } } });
  const sizes = (values.sizes ?? '1000,10000,50000').split(',').map(Number);
  const maxLayoutMs = Number(values['max-layout-s'] ?? 90) * 1000;
  await buildViewer();
  const server = await startViewerServer({ port: 0, database: null, warn: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const rows: Row[] = [];
  try {
    for (const n of sizes) {
      const body = JSON.stringify(syntheticDocument(n));
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.route((url) => url.pathname === '/bench/graph.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      // prelayout=0 and autolayout=0: the first render shows the seeded positions; the layout is timed on its own.
      await page.goto(`${server.url}?file=/bench/graph.json&prelayout=0&autolayout=0`);
      await page.waitForFunction(() => (window as any).__kgViewer?.ready || (window as any).__kgViewer?.lastError, null, { timeout: 300_000 });
      const firstRenderMs = await page.evaluate(() => (window as any).__kgViewer.firstRenderMs as number);
      const layout = await page.evaluate((max) => (window as any).__kgViewer.startLayout(max), maxLayoutMs) as { ms: number; settled: boolean };
      rows.push({ nodes: n, edges: 3 * n, firstRenderMs, layoutMs: layout.ms, settled: layout.settled });
      console.log(`${n} nodes / ${3 * n} edges: first render ${(firstRenderMs / 1000).toFixed(2)} s, layout ${(layout.ms / 1000).toFixed(1)} s ${layout.settled ? 'settled' : '(hit the time limit)'}`);
      await page.screenshot({ path: path.join(os.tmpdir(), `kg-bench-viewer-${n}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = `# Viewer benchmark

Synthetic graphs (communities of ~50 entities, 3 relations per entity, seeded), opened offline in headless Chromium
(${FLAGS.join(' ')}; software WebGL, no GPU) on ${os.cpus().length} × ${cpu}. Produced by \`npm run bench:viewer\`.

- **First render**: from navigation start to the first sigma frame, including fetching and parsing the document, building the
  graphology graph with degrees, and the legend (PageRank and Louvain run only when those modes are chosen).
- **Settled layout**: ForceAtlas2 in a web worker (Barnes-Hut above 400 nodes) from seeded spiral positions until the mean
  node movement per 250 ms stays under 0.5 % of the layout's extent for three samples in a row, or the ${maxLayoutMs / 1000} s limit (checked on the
  page's main thread, which rendering keeps busy on large graphs, so the stop can come later than the limit).

| nodes | edges | first render | settled layout |
|---:|---:|---:|---:|
${rows.map((r) => `| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${(r.firstRenderMs / 1000).toFixed(2)} s | ${(r.layoutMs / 1000).toFixed(1)} s${r.settled ? '' : ' (limit reached, not settled)'} |`).join('\n')}
`;
  fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(root, 'reports', 'viewer-benchmark.md'), report);
  console.log('wrote reports/viewer-benchmark.md');
}

await main();
