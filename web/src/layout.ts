// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with start/stop and a "settled" signal: the
// layout stops itself once nodes move less than a small share of the graph's extent between two samples.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { interop } from './interop.js';

const FA2Layout = interop(FA2LayoutModule);
const forceAtlas2 = interop(forceAtlas2Module);
import type { ViewerGraph } from './viewer-graph.js';

const SAMPLE_MS = 250;
/** Mean movement per sample, as a share of the layout's extent, under which the layout counts as settled. */
const SETTLED_SHARE = 0.005;
/** Consecutive calm samples needed, so one slow step does not count as settled. */
const SETTLED_SAMPLES = 3;

export class LayoutRunner {
  private layout: InstanceType<typeof FA2Layout> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private onSettled: (() => void)[] = [];
  /** How the last run ended: 'settled' when movement fell under the threshold, 'time limit' when `maxMs` ran out. */
  lastEnd: 'settled' | 'time limit' | 'stopped' | null = null;

  constructor(private readonly graph: ViewerGraph, private readonly onChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Starts the worker; stops by itself when settled or after `maxMs`. */
  start(maxMs = 60_000): void {
    if (this.running || this.graph.order < 2) return;
    this.layout?.kill();
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 400, strongGravityMode: true, gravity: 0.05 } });
    this.layout.start();
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
  }

  private positions(): Float64Array {
    const out = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_n, a) => { out[i++] = a.x; out[i++] = a.y; });
    return out;
  }
}

/** Mean displacement between two position samples divided by the extent of the second. */
function movement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || b.length === 0) return Infinity;
  let sum = 0;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < b.length; i += 2) {
    sum += Math.hypot(b[i] - a[i], b[i + 1] - a[i + 1]);
    minX = Math.min(minX, b[i]); maxX = Math.max(maxX, b[i]);
    minY = Math.min(minY, b[i + 1]); maxY = Math.max(maxY, b[i + 1]);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return sum / (b.length / 2) / extent;
}
