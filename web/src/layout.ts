// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with start/stop and a "settled" signal: the
// layout stops itself once nodes move less than a small share of the graph's extent between two samples.
// The worker moves a copy of the graph (positions and links only); the positions are written into the ViewerGraph at
// a fixed pace. Every write makes sigma draw a whole frame, and with software WebGL a frame of a corpus graph costs
// a few hundred milliseconds of GPU work that the page waits for: publishing each of the worker's iterations kept the
// page blocked for the whole layout. Pinned nodes are `fixed` in the copy, so ForceAtlas2 leaves them in place.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import graphology from 'graphology';
import { interop } from './interop.js';
import type { ViewerGraph } from './viewer-graph.js';

const FA2Layout = interop(FA2LayoutModule);
const forceAtlas2 = interop(forceAtlas2Module);

interface LayoutNode {
  x: number;
  y: number;
  fixed?: boolean;
}
type LayoutGraph = InstanceType<typeof graphology.MultiDirectedGraph<LayoutNode>>;

/** How often positions reach the screen while the layout runs: every frame for small graphs, slower for large ones. */
function publishInterval(order: number): number {
  return order > 1000 ? 400 : order > 300 ? 150 : 0;
}

const SAMPLE_MS = 250;
/** Mean movement per sample, as a share of the layout's extent, under which the layout counts as settled. */
const SETTLED_SHARE = 0.005;
/** Consecutive calm samples needed, so one slow step does not count as settled. */
const SETTLED_SAMPLES = 3;

export class LayoutRunner {
  private layout: InstanceType<typeof FA2Layout> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private onSettled: (() => void)[] = [];
  private copy: LayoutGraph | null = null;
  private publisher: ReturnType<typeof setTimeout> | null = null;
  private pinned = new Set<string>();
  /** How the last run ended: 'settled' when movement fell under the threshold, 'time limit' when `maxMs` ran out. */
  lastEnd: 'settled' | 'time limit' | 'stopped' | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onChange: (running: boolean) => void,
  ) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Nodes ForceAtlas2 must not move (a running layout takes them at once). */
  setPinned(ids: Iterable<string>): void {
    this.pinned = new Set(ids);
    if (!this.copy) return;
    const copy = this.copy;
    copy.forEachNode((node) => copy.setNodeAttribute(node, 'fixed', this.pinned.has(node)));
    // The worker reads `fixed` when it starts: a running layout starts again from where it is.
    if (this.layout?.isRunning()) {
      this.layout.stop();
      this.layout.start();
    }
  }

  /** Starts the worker; stops by itself when settled or after `maxMs`. A graph that grew meanwhile restarts it. */
  start(maxMs = 60_000): void {
    if (this.running && this.copy && this.copy.order === this.graph.order && this.copy.size === this.graph.size) return;
    if (this.running) this.stop();
    if (this.graph.order < 2) return;
    this.layout?.kill();
    this.copy = this.layoutCopy();
    const settings = forceAtlas2.inferSettings(this.copy);
    this.layout = new FA2Layout(this.copy, { settings: { ...settings, barnesHutOptimize: this.graph.order > 400, strongGravityMode: true, gravity: 0.05 } });
    this.layout.start();
    this.publish();
    this.onChange(true);
    const started = performance.now();
    let previous = this.positions();
    let calm = 0;
    this.timer = setInterval(() => {
      const current = this.positions();
      const moved = movement(previous, current);
      // A sample with no movement at all means the worker has not sent new positions yet (large graphs), not rest.
      if (moved > 0) {
        calm = moved < SETTLED_SHARE ? calm + 1 : 0;
        previous = current;
      }
      if (calm >= SETTLED_SAMPLES) this.stop('settled');
      else if (performance.now() - started > maxMs) this.stop('time limit');
    }, SAMPLE_MS);
  }

  stop(reason: 'settled' | 'time limit' | 'stopped' = 'stopped'): void {
    if (this.running || this.timer) this.lastEnd = reason;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.layout?.isRunning()) this.layout.stop();
    if (this.publisher) clearTimeout(this.publisher);
    this.publisher = null;
    this.writePositions();
    this.onChange(false);
    const waiting = this.onSettled;
    this.onSettled = [];
    for (const resolve of waiting) resolve();
  }

  /** Resolves when the running layout stops (at once when none runs). */
  settled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.onSettled.push(resolve));
  }

  kill(): void {
    this.stop();
    this.layout?.kill();
    this.layout = null;
    this.copy = null;
  }

  /** Positions and links of the ViewerGraph, nothing else: what the worker needs. */
  private layoutCopy(): LayoutGraph {
    const copy: LayoutGraph = new graphology.MultiDirectedGraph<LayoutNode>();
    this.graph.forEachNode((node, a) => copy.addNode(node, { x: a.x, y: a.y, fixed: this.pinned.has(node) }));
    this.graph.forEachEdge((edge, _a, source, target) => copy.addDirectedEdgeWithKey(edge, source, target));
    return copy;
  }

  /** Writes the copy's positions into the ViewerGraph (one update, so sigma draws one frame), then again after the pause. */
  private publish(): void {
    this.writePositions();
    if (!this.layout?.isRunning()) return;
    const pause = publishInterval(this.graph.order);
    this.publisher = pause > 0 ? setTimeout(() => this.publish(), pause) : null;
    if (pause === 0)
      requestAnimationFrame(() => {
        if (this.layout?.isRunning()) this.publish();
      });
  }

  private writePositions(): void {
    const copy = this.copy;
    if (!copy) return;
    this.graph.updateEachNodeAttributes(
      (node, a) => {
        // A pinned node keeps its exact place (the worker computes in 32-bit floats).
        if (!copy.hasNode(node) || this.pinned.has(node)) return a;
        const p = copy.getNodeAttributes(node);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private positions(): Float64Array {
    const source = this.copy ?? this.graph;
    const out = new Float64Array(source.order * 2);
    let i = 0;
    source.forEachNode((_n, a) => {
      out[i++] = a.x;
      out[i++] = a.y;
    });
    return out;
  }
}

/** Mean displacement between two position samples divided by the extent of the second. */
function movement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || b.length === 0) return Infinity;
  let sum = 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  // Both hold x, y pairs of the same nodes, so every index read here is in range.
  for (let i = 0; i < b.length; i += 2) {
    const x = b[i] ?? 0;
    const y = b[i + 1] ?? 0;
    sum += Math.hypot(x - (a[i] ?? 0), y - (a[i + 1] ?? 0));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }

  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return sum / (b.length / 2) / extent;
}
