// What a corpus graph's first frames hand to sigma, in what order. Sigma's set-up and first frame take the entities
// only; the names follow in parts, the largest entities' first, and then the relations over a few tasks, the most
// confident first. The names come first because a frame costs the software GPU about as much again once it holds the
// relations: the frames that build the glyph atlas were the longest tasks of the load while they also drew every
// relation. Under software WebGL each of these was one task of several hundred milliseconds when given at once: sigma
// runs its reducer and style evaluation on every relation it is given (about 300 ms for 1,600 relations under load),
// and builds the glyph atlas of every character the names use (about 3–4 ms a glyph, 300 ms for the names of 1,200
// entities), so both are handed over in parts, one part per frame. While the layout moves the graph, only the most
// confident RELATIONS_WHILE_LAYOUT relations are handed over; the rest follow once it stops. The layout draws a frame
// every 400 ms for several seconds, and drawing the relations is most of a frame's cost to the software GPU (long,
// thin triangles: 95–160 ms of a 150–230 ms frame for 1,600 relations), which the page's commit of each frame waits
// for; the strongest relations show the shape of the graph while it settles.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';

/** Relations handed to sigma per task. */
export const RELATIONS_PER_TASK = 500;
/** Names handed to sigma per frame, at most. */
export const NAMES_PER_FRAME = 400;
/** Characters new to sigma's glyph atlas per names frame, at most (a first name always goes, whatever it brings). */
export const NEW_GLYPHS_PER_FRAME = 24;
/** Relations handed to sigma while the layout runs, at most: the most confident; the rest once it stops. */
export const RELATIONS_WHILE_LAYOUT = 400;

interface Reader {
  getEdgeAttributes(edge: string): EdgeAttributes;
  getNodeAttributes(node: string): NodeAttributes;
}

/**
 * The waiting relations, the most confident first, handed over RELATIONS_PER_TASK at a time. They are sorted once: a
 * sort per part made the staging of a corpus graph quadratic in its relations.
 */
export class RelationParts {
  private readonly ordered: string[];
  private next = 0;
  constructor(graph: Reader, waiting: Iterable<string>) {
    this.ordered = [...waiting].sort((a, b) => graph.getEdgeAttributes(b).confidence - graph.getEdgeAttributes(a).confidence);
  }
  /** The next relations to hand over, at most `count`: the most confident of those left. */
  take(count = RELATIONS_PER_TASK): string[] {
    const part = this.ordered.slice(this.next, this.next + Math.min(count, RELATIONS_PER_TASK));
    this.next += part.length;
    return part;
  }
}

/**
 * The waiting names, the largest entities' first, handed over in parts that each bring at most NEW_GLYPHS_PER_FRAME
 * characters the atlas does not have yet. Sorted once, as a sort per part made the names' staging quadratic in the
 * entities (a part holds a few dozen names at first).
 */
export class NameParts {
  private readonly ordered: string[];
  private next = 0;
  constructor(
    private readonly graph: Reader,
    waiting: Iterable<string>,
    sizeOf: (attrs: NodeAttributes) => number,
  ) {
    this.ordered = [...waiting].sort((a, b) => sizeOf(graph.getNodeAttributes(b)) - sizeOf(graph.getNodeAttributes(a)));
  }
  /** The next names to hand over (a first name always goes, whatever it brings). `glyphs` (the characters handed over so far) is updated. */
  take(glyphs: Set<string>): string[] {
    const part: string[] = [];
    const fresh = new Set<string>();
    while (this.next < this.ordered.length && part.length < NAMES_PER_FRAME) {
      const node = this.ordered[this.next]!;
      const brings = [...this.graph.getNodeAttributes(node).label].filter((c) => !glyphs.has(c) && !fresh.has(c));
      if (part.length > 0 && fresh.size + new Set(brings).size > NEW_GLYPHS_PER_FRAME) break;
      for (const c of brings) fresh.add(c);
      part.push(node);
      this.next++;
    }
    for (const c of fresh) glyphs.add(c);
    return part;
  }
}

/** What the hand-over reads and changes: the renderer's sets, which it keeps in line with what is shown. */
export interface Handover {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  graph: ViewerGraph;
  /** The graph sigma draws. */
  shown: ViewerGraph;
  /** Shown relations not in sigma's graph yet. */
  withheld: Set<string>;
  /** Shown entities whose names sigma has not been given yet (the reducers give none). */
  unnamed: Set<string>;
  /** Whether a relation is shown now. */
  isShown(edge: string): boolean;
  addShownEdge(edge: string): void;
  /** The measure entities are sized by now (the largest entities' names come first). */
  sizeOf(): (attrs: NodeAttributes) => number;
  /**
   * Runs a hand-over and has sigma draw it off the page, resolving once the GPU is done (stage-warm-up.ts): used for
   * the first relations, whose frame builds the relations' pipelines.
   */
  drawAside?(draw: () => void): Promise<void>;
  /** Whether the layout moves the graph now (relations past RELATIONS_WHILE_LAYOUT wait until it stops). */
  layoutRunning(): boolean;
  /** Told how many shown relations wait for the layout to stop: a number when they start waiting, 0 when they come. */
  relationsHeld?(count: number): void;
}

/** A corpus graph's hand-over under way (handOverInParts). */
export interface HandoverRun {
  stop(): void;
  /** The layout has stopped: the relations that waited for it are handed over. */
  layoutStopped(): void;
}

/**
 * Hands the names to sigma, a part per frame, and then the withheld relations, a part per task, each part drawn
 * before the next is added; while the layout runs, RELATIONS_WHILE_LAYOUT relations at most. Starts after sigma's next
 * frame (an animation of the camera to where it is).
 */
export function handOverInParts(h: Handover): HandoverRun {
  let stopped = false;
  /** Relations handed over so far. */
  let given = 0;
  /** Whether the relations left wait for the layout to stop. */
  let holding = false;
  let relationParts: RelationParts | undefined;
  let nameParts: NameParts | undefined;
  let namesSizeOf: ((attrs: NodeAttributes) => number) | undefined;
  /** The characters of the names given to sigma so far. */
  const glyphs = new Set<string>();
  /** Whether the first relations have been drawn aside. */
  let relationsAside = false;
  const giveRelations = (): void => {
    if (stopped || h.withheld.size === 0) return;
    const room = h.layoutRunning() ? RELATIONS_WHILE_LAYOUT - given : Infinity;
    if (room <= 0) {
      holding = true;
      return h.relationsHeld?.([...h.withheld].filter((edge) => h.isShown(edge)).length);
    }
    relationParts ??= new RelationParts(h.graph, h.withheld);
    const part = relationParts.take(room);
    for (const edge of part) h.withheld.delete(edge);
    const added = part.filter((edge) => h.isShown(edge) && !h.shown.hasEdge(edge));
    if (added.length === 0) return void setTimeout(giveRelations, 0);
    given += added.length;
    const give = () => {
      for (const edge of added) h.addShownEdge(edge);
    };
    if (h.drawAside && !relationsAside) {
      relationsAside = true;
      return void h.drawAside(give).then(() => setTimeout(giveRelations, 0));
    }
    // Sigma processes each relation as its graph adds it, and draws them in its next frame.
    h.sigma.once('afterRender', () => setTimeout(giveRelations, 0));
    give();
  };
  const giveNames = (): void => {
    if (stopped) return;
    if (h.unnamed.size === 0) return giveRelations();
    // Sorted again only if the sizes were changed to another measure meanwhile.
    if (!nameParts || namesSizeOf !== h.sizeOf()) {
      namesSizeOf = h.sizeOf();
      nameParts = new NameParts(h.graph, h.unnamed, namesSizeOf);
    }
    const part = nameParts.take(glyphs);
    for (const node of part) h.unnamed.delete(node);
    const named = part.filter((node) => h.shown.hasNode(node));
    if (named.length === 0) return void setTimeout(giveNames, 0);
    h.sigma.once('afterRender', () => setTimeout(giveNames, 0));
    h.sigma.refresh({ partialGraph: { nodes: named }, schedule: true });
  };
  const camera = h.sigma.getCamera();
  void camera.animate(camera.getState(), { duration: 1 }).then(giveNames);
  return {
    stop: () => (stopped = true),
    layoutStopped() {
      if (!holding || stopped) return;
      holding = false;
      h.relationsHeld?.(0);
      setTimeout(giveRelations, 0);
    },
  };
}
