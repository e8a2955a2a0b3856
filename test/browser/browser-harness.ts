// Shared by the browser tests: real Chromium through playwright-core, the fixture articles extracted and loaded into
// the test Neo4j, a viewer server on a free port, and screenshots saved under test-artifacts/. `viewerFixture` sets all
// of it up for a test file and takes it down again.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { buildViewer, startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import { clearGraph, openTestDatabase } from '../integration/test-database.js';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = path.join(root, 'test-artifacts');
const CHROMIUM = process.env.KG_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`browser tests need Chromium at ${CHROMIUM}; install it with apt-get install -y chromium (or set KG_CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** The graph document of every article in test/fixtures/articles/ (never the sample article). */
export function fixtureGraph(): GraphDocument {
  const folder = path.join(root, 'test', 'fixtures', 'articles');
  const inputs = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ source: `fixtures/${file}`, format: 'txt' as const, content: fs.readFileSync(path.join(folder, file), 'utf8') }));
  return extractGraph(inputs).graph;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Opens the viewer and waits until it has drawn a graph (or reported why not). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const hook = (window as unknown as { __kgViewer?: { ready: boolean; lastError: string | null } }).__kgViewer;
      return Boolean(hook?.ready || hook?.lastError);
    },
    null,
    { timeout: 30_000 },
  );
  const error = await page.evaluate(() => (window as unknown as { __kgViewer: { lastError: string | null } }).__kgViewer.lastError);
  if (error) throw new Error(`the viewer reported: ${error}`);
}

/**
 * Waits until sigma's camera has stopped moving. A selection opened from the link moves the camera to it (animated
 * when frames are fast, at once when they are slow), and a point read from sigma during the move is not where the
 * entity ends up.
 */
export async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = (window as unknown as { __kgViewer: { sigma(): { getCamera(): { isAnimating(): boolean } } | null } }).__kgViewer;
    return hook.sigma()?.getCamera().isAnimating() === false;
  });
}

export interface HookView {
  ready: boolean;
  sourceKind: string | null;
  state: { hiddenEntityTypes: string[]; minConfidence: number; selection: { kind: string; id: string } | null; egoDepth: number };
  visibleNodes: string[];
  nodeIds: string[];
}

export async function viewerState(page: Page): Promise<HookView> {
  return page.evaluate(() => {
    const hook = (
      window as unknown as {
        __kgViewer: { ready: boolean; sourceKind: string | null; state(): HookView['state']; visibleNodes(): string[]; nodeIds(): string[] };
      }
    ).__kgViewer;
    return { ready: hook.ready, sourceKind: hook.sourceKind, state: hook.state(), visibleNodes: hook.visibleNodes(), nodeIds: hook.nodeIds() };
  });
}

/**
 * Pixels of an element's on-screen picture that are not (near) white: a graph drawn on the canvas has many, a canvas
 * that was cleared and never redrawn has almost none. Read from a real screenshot, so it sees what the user sees.
 */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 230 || (data[i + 1] ?? 255) < 230 || (data[i + 2] ?? 255) < 230) inked += 1;
    return inked;
  }, png.toString('base64'));
}

/** Collects the page's uncaught errors and unhandled promise rejections. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export interface FixtureOptions {
  /** Changes the fixture graph before it is loaded (dates, extra items). */
  prepare?: (graph: GraphDocument) => void;
  /**
   * The database the viewer server reads, given the test database the graph was loaded into (a connection through a
   * relay, for instance); closed with the fixture. The test database itself by default.
   */
  serverDatabase?: (loaded: GraphDatabase) => Promise<GraphDatabase>;
  /** Build the viewer only if web/dist is missing (the server's own behaviour), instead of from the current sources. */
  buildIfMissing?: boolean;
  /** No fixture graph, viewer build or server: the test database and the browser alone. */
  viewer?: boolean;
  /** No browser: the server alone. */
  browser?: boolean;
  /** A page open at the start (1400 × 900), with these options; none if false. */
  page?: false | BrowserContextOptions;
}

export interface ViewerFixture {
  /** The test database, holding the fixture graph. */
  database: GraphDatabase;
  /** The fixture graph as loaded; set unless `viewer: false`. */
  graph: GraphDocument;
  /** Set unless `viewer: false`. */
  server: ViewerServer;
  /** Set unless `browser: false`. */
  browser: Browser;
  /** Set unless `page: false` or `browser: false`. */
  page: Page;
  /** The page's uncaught errors and unhandled rejections. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The set-up of a browser test file: the test database emptied and the fixture graph loaded, the viewer built from the
 * current sources (so a test never runs a stale web/dist), a viewer server on a free port, Chromium and a page.
 * `close` takes down whatever was set up, also after a set-up that failed half-way.
 */
export async function viewerFixture(options: FixtureOptions = {}): Promise<ViewerFixture> {
  const open: { database?: GraphDatabase; serverDatabase?: GraphDatabase; server?: ViewerServer; browser?: Browser } = {};
  const close = async () => {
    await open.browser?.close();
    await open.server?.close();
    if (open.serverDatabase !== open.database) await open.serverDatabase?.close();
    await open.database?.close();
  };
  try {
    const database = (open.database = await openTestDatabase());
    const fixture = { database, pageErrors: [] as string[], close } as ViewerFixture;
    if (options.viewer !== false) {
      await clearGraph(database);
      fixture.graph = fixtureGraph();
      options.prepare?.(fixture.graph);
      await loadGraph(database, fixture.graph);
      open.serverDatabase = options.serverDatabase ? await options.serverDatabase(database) : database;
      if (!options.buildIfMissing) await buildViewer();
      fixture.server = open.server = await startViewerServer({ port: 0, database: open.serverDatabase, buildIfMissing: options.buildIfMissing });
    }
    if (options.browser === false) return fixture;
    fixture.browser = open.browser = await launchBrowser();
    if (options.page === false) return fixture;
    fixture.page = await fixture.browser.newPage({ viewport: { width: 1400, height: 900 }, ...options.page });
    fixture.pageErrors = collectPageErrors(fixture.page);
    return fixture;
  } catch (error) {
    await close();
    throw error;
  }
}
