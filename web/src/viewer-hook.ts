// The viewer's hook for browser tests and the benchmark: what they read of the page (readiness, timings, what sigma
// holds) and the layout they drive. The app itself never reads it.
import type { Mounted } from './app-context.js';
import type { ViewerRenderer } from './renderer.js';
import type { Store, ViewerState } from './store.js';

declare global {
  interface Window {
    /** The viewer's hook for browser tests and the benchmark (ViewerHook). */
    __kgViewer?: ViewerHook;
  }
}

/** What browser tests and the benchmark read; not used by the app itself. */
export interface ViewerHook {
  ready: boolean;
  sourceKind: string | null;
  /** What the page last heard about Neo4j (null before the first status answer or for a file). */
  neo4j: boolean | null;
  firstRenderMs: number | null;
  /** When the first frame of the graph was on screen: the animation frame after sigma's first render. */
  firstFrameMs: number | null;
  /** What sigma held in each of the first frames of the graph last opened (with `?recordframes=1`): its relations and its named entities. */
  firstFrames: { relations: string[]; named: string[] }[];
  state(): ViewerState;
  visibleNodes(): string[];
  visibleEdges(): string[];
  nodeIds(): string[];
  /** False while Louvain runs in its worker after colouring by community was chosen. */
  communitiesReady: boolean;
  /** How long the last frame took to reach the screen (see ViewerRenderer.frameMs). */
  frameMs(): number | null;
  /** The sigma instance (the benchmark drives the camera and reads node positions through it). */
  sigma(): ViewerRenderer['sigma'] | null;
  /** Stops the layout if it runs. */
  stopLayout(): void;
  /** Runs ForceAtlas2 until settled (or `maxMs`); resolves with the time taken and how it ended. */
  startLayout(maxMs?: number): Promise<{ ms: number; settled: boolean }>;
  lastError: string | null;
}

/**
 * The hook over the store and the graph on screen. It reads the graph through `app` on every call, because each mount
 * replaces what `app.mounted` holds.
 */
export function createViewerHook(store: Store, app: { mounted: Mounted | null }): ViewerHook {
  return {
    ready: false,
    sourceKind: null,
    neo4j: null,
    firstRenderMs: null,
    firstFrameMs: null,
    firstFrames: [],
    lastError: null,
    communitiesReady: false,
    state: () => store.state,
    visibleNodes: () => (app.mounted ? [...app.mounted.renderer.visible().nodes].sort() : []),
    visibleEdges: () => (app.mounted ? [...app.mounted.renderer.visible().edges].sort() : []),
    nodeIds: () => (app.mounted ? app.mounted.graph.nodes().sort() : []),
    sigma: () => app.mounted?.renderer.sigma ?? null,
    frameMs: () => app.mounted?.renderer.frameMs() ?? null,
    stopLayout: () => app.mounted?.layout.stop(),
    async startLayout(maxMs = 60_000) {
      if (!app.mounted) return { ms: 0, settled: false };
      const started = performance.now();
      app.mounted.layout.start(maxMs);
      await app.mounted.layout.settled();
      return { ms: performance.now() - started, settled: app.mounted.layout.lastEnd === 'settled' };
    },
  };
}

/** How many frames of a newly opened graph the hook describes, at most. */
const FIRST_FRAMES_RECORDED = 16;
/**
 * Describes the first frames of the graph in the hook when `wanted` (the page was opened with `?recordframes=1`: each
 * copies the relations and goes through the entities, which the app never needs), until a frame holds every shown
 * relation and name.
 */
export function recordFirstFrames(hook: ViewerHook, renderer: ViewerRenderer, wanted: boolean): void {
  hook.firstFrames = [];
  if (!wanted) return;
  const sigma = renderer.sigma;
  /** Describes the frame just drawn; true once no more frames need describing. */
  const describe = (): boolean => {
    const g = sigma.getGraph();
    const frame = { relations: g.edges(), named: g.filterNodes((node) => Boolean(sigma.getNodeDisplayData(node)?.label)) };
    hook.firstFrames.push(frame);
    const { nodes, edges } = renderer.visible();
    const complete = frame.relations.length === edges.size && frame.named.length === nodes.size;
    return complete || hook.firstFrames.length >= FIRST_FRAMES_RECORDED;
  };
  // Sigma's constructor draws the first frame at once, before a listener can be attached, so that frame is described
  // from the graph as the constructor left it; later frames are described as they are drawn.
  if (describe()) return;
  const record = () => {
    if (describe()) sigma.off('afterRender', record);
  };
  sigma.on('afterRender', record);
}
