// The sigma instance the viewer draws with, and the settings it is created with. Sigma compiles its programs in its
// constructor (each a shader compile and link, which under software WebGL is a task of several hundred milliseconds),
// so a stage can be created before the graph it will draw is known: while the overview is fetched. What a stage draws
// and how is given later (setView), by the renderer, which owns the state.
import graphology from 'graphology';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { LabelDensity } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';

/**
 * Above this many relations a graph is a corpus graph: parallel relations share one straight line and sigma does not
 * pick relations (a click finds the relation by its distance, see relation-picking.ts). Sigma compiles one edge program
 * for every path it may draw, and with software WebGL the curved path's fragment work and the picking pass each add a
 * large share to every frame of a corpus graph.
 */
export const LARGE_GRAPH_EDGES = 1000;

/** Sigma's label settings per density: fewer, larger cells show only the biggest names; smaller cells show more. */
export const LABEL_SETTINGS: Record<LabelDensity, { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number }> = {
  few: { labelDensity: 0.35, labelGridCellSize: 150, labelRenderedSizeThreshold: 9 },
  normal: { labelDensity: 1, labelGridCellSize: 90, labelRenderedSizeThreshold: 6 },
  many: { labelDensity: 3, labelGridCellSize: 50, labelRenderedSizeThreshold: 1 },
};

export type NodeReducer = (node: string, data: NodeDisplayData, attrs: NodeAttributes) => Partial<NodeDisplayData>;
export type EdgeReducer = (edge: string, data: EdgeDisplayData, attrs: EdgeAttributes) => Partial<EdgeDisplayData>;

/** Whether the camera is moving, as sigma decides it when it hides relations and names during a move. */
export function cameraMoving(sigma: Sigma<NodeAttributes, EdgeAttributes>): boolean {
  const captor = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimating() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/**
 * Sigma that, on a graph it draws without relations while the camera moves (hideEdgesOnMove: corpus graphs), writes
 * its picking buffer (the entities drawn once more, each in a colour of its own, to find the one under the pointer) only
 * in frames where something can be pointed at. Under software WebGL the pass costs a frame as much as drawing the
 * entities. It is left out while the camera moves (the frame is replaced a few milliseconds later), and while the
 * layout runs with the pointer off the stage (a frame every few hundred milliseconds that nothing points at). When the
 * pointer comes onto the stage a frame with picking is drawn at once, and a press on the stage draws it first if the
 * last frame had none, so hovering and clicking find what they did before.
 */
export class ViewerSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  private pointerOnStage = false;
  private layoutRunning = false;
  private pickingSkipped = true;
  private readonly listening = new AbortController();

  constructor(...args: ConstructorParameters<typeof Sigma<NodeAttributes, EdgeAttributes>>) {
    super(...args);
    const container = this.getContainer();
    const signal = this.listening.signal;
    container.addEventListener(
      'pointermove',
      () => {
        if (this.pointerOnStage) return;
        this.pointerOnStage = true;
        if (this.pickingSkipped) this.scheduleRender();
      },
      { signal },
    );
    container.addEventListener('pointerleave', () => (this.pointerOnStage = false), { signal });
    // Before sigma's own handlers (capture): a click is resolved from the picking buffer, which must be current.
    container.addEventListener(
      'pointerdown',
      () => {
        this.pointerOnStage = true;
        if (this.pickingSkipped) this.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      },
      { signal, capture: true },
    );
    this.on('kill', () => this.listening.abort());
  }

  override getRenderParams(): ReturnType<Sigma['getRenderParams']> {
    const params = super.getRenderParams();
    // Also called from sigma's own constructor, before this class's fields are set: no pointer then.
    this.pickingSkipped = Boolean(this.getSetting('hideEdgesOnMove')) && (cameraMoving(this) || (this.layoutRunning && !this.pointerOnStage));
    return this.pickingSkipped ? { ...params, pickingFrameBuffer: null } : params;
  }

  /** Whether the layout is moving the graph; once it stops, frames have picking again. */
  setLayoutRunning(running: boolean): void {
    this.layoutRunning = running;
    if (!running && this.pickingSkipped) this.scheduleRender();
  }
}

/** A sigma instance and the graph it draws, set up for corpus graphs or for small ones. */
export interface Stage {
  sigma: ViewerSigma;
  /**
   * The graph sigma draws: empty when the stage is created; the renderer fills it with the shown items of the
   * ViewerGraph, sharing their attribute objects.
   */
  shown: ViewerGraph;
  /** Set up for a corpus graph (over LARGE_GRAPH_EDGES relations). */
  large: boolean;
  /** Gives sigma the renderer's reducers (until then it draws items as they are). */
  setView(view: { nodeReducer: NodeReducer; edgeReducer: EdgeReducer }): void;
}

/** The options sigma is created with for a corpus graph (`large`) or a small one, at label density `labels`. */
export function stageOptions(
  large: boolean,
  labels: LabelDensity,
  reducers: { nodeReducer: NodeReducer; edgeReducer: EdgeReducer },
): NonNullable<ConstructorParameters<typeof Sigma<NodeAttributes, EdgeAttributes>>[2]> {
  return {
    primitives: {
      // Sigma draws every relation with one program whose vertex count per relation is that of its longest path: with
      // the loop path (32 segments) in it, each straight line costs the GPU some 70 vertices instead of 12, which was
      // about two thirds of a corpus frame under software WebGL. The graph has no self-relations (the build stage
      // drops them), so corpus graphs do without the loop path.
      edges: large
        ? { paths: [pathLine()], extremities: [extremityArrow()], defaultHead: 'arrow' }
        : { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'arrow' },
    },
    styles: {
      edges: [
        DEFAULT_STYLES.edges,
        large
          ? { path: 'straight', head: 'arrow', labelColor: '#33373d', labelSize: 11 }
          : { path: 'straight', parallelPath: 'curved', head: 'arrow', labelColor: '#33373d', labelSize: 11 },
      ],
    },
    settings: {
      // Edge labels are drawn only when some are wanted (see the renderer's wantEdgeLabels): sigma then skips their passes.
      renderEdgeLabels: false,
      enableEdgeEvents: !large,
      ...LABEL_SETTINGS[labels],
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      // With software WebGL, drawing every edge and name on each frame of a zoom or pan of a corpus graph makes it stutter;
      // they come back as soon as the camera rests.
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // Sizes are in screen pixels, whatever the spread of the layout, so a small graph does not draw giant nodes.
      itemSizesReference: 'screen',
    },
    ...reducers,
  };
}

/**
 * Creates sigma on an empty graph, for a corpus graph (`large`) or a small one; sigma's programs are compiled now.
 * `labels` is the label density at the time; the renderer brings the settings that depend on the graph in line later.
 */
export function createStage(container: HTMLElement, large: boolean, labels: LabelDensity): Stage {
  const shown: ViewerGraph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  let view: { nodeReducer: NodeReducer; edgeReducer: EdgeReducer } | null = null;
  const sigma = new ViewerSigma(
    shown,
    container,
    stageOptions(large, labels, {
      // Sigma 4 merges what a reducer returns into the item's display data: the reducers return only what they change.
      nodeReducer: (node, data, attrs) => (view ? view.nodeReducer(node, data, attrs) : {}),
      edgeReducer: (edge, data, attrs) => (view ? view.edgeReducer(edge, data, attrs) : {}),
    }),
  );
  return { sigma, shown, large, setView: (next) => (view = next) };
}
