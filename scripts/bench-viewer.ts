// Viewer benchmark (not a test): the viewer served by `kg serve` over the graph loaded in Neo4j (a corpus of real
// articles: scripts/bench-viewer-corpus.ts, kg extract, kg load), in headless Chromium with software WebGL. Measures
// what a reader feels: first paint of the overview, the longest main-thread task during load and layout, hover
// response, search-to-focus and frames per second while zooming. Prints each run and the medians as JSON (--out FILE
// also writes the medians there, --label names them); reports/viewer-benchmark.md sets runs side by side.
//   npm run bench:viewer [-- --runs 3 --label after --out after.json --query color=community]
import fs from 'node:fs';
import { itemAt } from '../src/util/checked-index.js';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/browser-harness.js';
import { buildViewer, startViewerServer } from '../src/server/viewer-server.js';

const root = path.resolve(import.meta.dirname, '..');
/** How long the layout runs while long tasks are watched after the first paint. */
const WATCH_LAYOUT_MS = 8_000;

export interface Figures {
  nodes: number;
  edges: number;
  firstPaintMs: number;
  /** The first frame on screen (the frame after sigma's first render); null for code that does not report it. */
  firstFrameMs: number | null;
  longestTaskMs: number;
  hoverMs: number;
  searchToFocusMs: number;
  zoomFps: number;
}

/** Records long tasks from the very start of the page (the Long Tasks API reports tasks over 50 ms). */
const LONG_TASK_WATCH = `
  // tsx names the functions this script passes to page.evaluate with a helper the page does not have.
  window.__name = (target) => target;
  window.__kgLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__kgLongTasks.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

async function sigmaReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__kgViewer?.ready || (window as any).__kgViewer?.lastError, null, { timeout: 300_000 });
  const error = await page.evaluate(() => (window as any).__kgViewer.lastError);
  if (error) throw new Error(`the viewer reported: ${error}`);
}

/** Time from a real mouse move onto a node until sigma has drawn the hover state. */
async function hoverMs(page: Page, node: string): Promise<number> {
  const at = await page.evaluate((id) => {
    const sigma = (window as any).__kgViewer.sigma();
    const d = sigma.getNodeDisplayData(id);
    const p = sigma.framedGraphToViewport(d);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
  await page.mouse.move(at.x + 40, at.y + 40);
  await page.waitForTimeout(300);
  await page.evaluate((id) => {
    const w = window as any;
    const sigma = w.__kgViewer.sigma();
    w.__kgHover = new Promise((resolve) => {
      const started = { t: 0 };
      sigma.getContainer().addEventListener(
        'mousemove',
        () => {
          started.t ||= performance.now();
        },
        { capture: true, once: true },
      );
      const done = () => {
        if (w.__kgViewer.state().hoveredNode === id) {
          sigma.off('afterRender', done);
          resolve(performance.now() - started.t);
        }
      };
      sigma.on('afterRender', done);
    });
  }, node);
  await page.mouse.move(at.x, at.y);
  const ms = (await page.evaluate(() => Promise.race([(window as any).__kgHover, new Promise((r) => setTimeout(() => r(-1), 10_000))]))) as number;
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  return ms;
}

/** Time from Enter in the search box (the hit listed) until the camera has come to rest on the entity. */
async function searchToFocusMs(page: Page, name: string, id: string): Promise<number> {
  await page.fill('#search-input', name);
  await page.locator(`#search-list li[data-entity-id="${id}"]`).first().waitFor({ timeout: 20_000 });
  for (let i = 0; i < 10 && (await page.getAttribute('#search-list li[aria-selected="true"]', 'data-entity-id')) !== id; i++)
    await page.press('#search-input', 'ArrowDown');
  await page.evaluate((target) => {
    const w = window as any;
    w.__kgFocus = new Promise((resolve) => {
      const input = document.getElementById('search-input')!;
      input.addEventListener(
        'keydown',
        () => {
          const started = performance.now();
          let previous = '';
          const check = () => {
            const camera = w.__kgViewer.sigma().getCamera();
            const now = `${camera.x},${camera.y},${camera.ratio}`;
            const selected = w.__kgViewer.state().selection?.id === target;
            // At rest: the entity selected, zoomed in, and the camera where it was on the previous frame.
            if (selected && camera.ratio < 0.9 && now === previous) resolve(performance.now() - started);
            else {
              previous = now;
              requestAnimationFrame(check);
            }
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  }, id);
  await page.press('#search-input', 'Enter');
  return page.evaluate(() => (window as any).__kgFocus) as Promise<number>;
}

/** Frames drawn per second while the camera zooms in and out for three seconds. */
async function zoomFps(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const sigma = (window as any).__kgViewer.sigma();
    const camera = sigma.getCamera();
    await camera.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 0 });
    let frames = 0;
    const count = () => {
      frames += 1;
    };
    sigma.on('afterRender', count);
    const started = performance.now();
    await camera.animate({ ratio: 0.15 }, { duration: 1500 });
    await camera.animate({ ratio: 1 }, { duration: 1500 });
    sigma.off('afterRender', count);
    return frames / ((performance.now() - started) / 1000);
  });
}

const step = (what: string) => process.stderr.write(`  ${new Date().toISOString().slice(11, 19)} ${what}\n`);

async function measure(url: string): Promise<Figures> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(LONG_TASK_WATCH);
    await page.goto(url);
    await sigmaReady(page);
    step('first paint');
    const firstPaintMs = await page.evaluate(() => (window as any).__kgViewer.firstRenderMs as number);
    await page.waitForFunction(() => (window as any).__kgViewer.firstFrameMs !== null, null, { timeout: 60_000 }).catch(() => {});
    const firstFrameMs = await page.evaluate(() => ((window as any).__kgViewer.firstFrameMs ?? null) as number | null);
    await page.waitForTimeout(WATCH_LAYOUT_MS);
    const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as any).__kgLongTasks.map((t: { ms: number }) => t.ms)));
    await page.evaluate(() => (window as any).__kgViewer.stopLayout?.());
    const graph = await page.evaluate(() => {
      const sigma = (window as any).__kgViewer.sigma();
      const g = sigma.getGraph();
      const visible = new Set((window as any).__kgViewer.visibleNodes());
      // The most connected visible node: the one a reader hovers and searches first.
      let best = '';
      let degree = -1;
      g.forEachNode((n: string, a: { label: string }) => {
        if (visible.has(n) && g.degree(n) > degree && a.label.length >= 4) {
          best = n;
          degree = g.degree(n);
        }
      });
      return { nodes: g.order, edges: g.size, best, name: g.getNodeAttribute(best, 'label') as string };
    });
    step(`layout watched; hovering ${graph.name}`);
    const hovers: number[] = [];
    for (let i = 0; i < 3; i++) hovers.push(await hoverMs(page, graph.best));
    step('searching');
    const focus = await searchToFocusMs(page, graph.name, graph.best);
    step('zooming');
    await page.keyboard.press('Escape');
    const fps = await zoomFps(page);
    return { nodes: graph.nodes, edges: graph.edges, firstPaintMs, firstFrameMs, longestTaskMs, hoverMs: median(hovers), searchToFocusMs: focus, zoomFps: fps };
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return itemAt(sorted, Math.floor(sorted.length / 2));
}

function medianFigures(runs: Figures[]): Figures {
  const pick = (key: keyof Figures) => median(runs.map((r) => r[key] ?? 0));
  return {
    nodes: pick('nodes'),
    edges: pick('edges'),
    firstPaintMs: pick('firstPaintMs'),
    firstFrameMs: runs.some((r) => r.firstFrameMs === null) ? null : pick('firstFrameMs'),
    longestTaskMs: pick('longestTaskMs'),
    hoverMs: pick('hoverMs'),
    searchToFocusMs: pick('searchToFocusMs'),
    zoomFps: pick('zoomFps'),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, label: { type: 'string' }, out: { type: 'string' }, query: { type: 'string' } } });
  const runs = Number(values.runs ?? 3);
  await buildViewer();
  const server = await startViewerServer({ port: 0, warn: () => {} });
  if (!server.connected) throw new Error('bench:viewer measures the viewer over Neo4j: start it (kg db start) and load a corpus (kg load) first');
  const results: Figures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const figures = await measure(`${server.url}${values.query ? `?${values.query}` : ''}`);
      console.error(`run ${i + 1}: ${JSON.stringify(figures)}`);
      results.push(figures);
    }
  } finally {
    await server.close();
  }
  const summary = {
    label: values.label ?? 'this run',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    runs,
    ...medianFigures(results),
  };
  console.log(JSON.stringify(summary));
  if (values.out) fs.writeFileSync(path.resolve(root, values.out), `${JSON.stringify(summary, null, 2)}\n`);
}

await main();
