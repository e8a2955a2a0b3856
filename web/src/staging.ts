// What a corpus graph's first frames hand to sigma, in what order. Sigma's set-up and first frame take the entities
// only; the names follow in parts, the largest entities' first, and then the relations over a few tasks, the most
// confident first. The names come first because a frame costs the software GPU about as much again once it holds the
// relations: the frames that build the glyph atlas were the longest tasks of the load while they also drew every
// relation. Under software WebGL each of these was one task of several hundred milliseconds when given at once: sigma
// runs its reducer and style evaluation on every relation it is given (about 300 ms for 1,600 relations under load),
// and builds the glyph atlas of every character the names use (about 3–4 ms a glyph, 300 ms for the names of 1,200
// entities), so both are handed over in parts, one part per frame.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';

/** Relations handed to sigma per task. */
export const RELATIONS_PER_TASK = 500;
/** Names handed to sigma per frame, at most. */
export const NAMES_PER_FRAME = 400;
/** Characters new to sigma's glyph atlas per names frame, at most (a first name always goes, whatever it brings). */
export const NEW_GLYPHS_PER_FRAME = 24;

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
  /** The next relations to hand over: the most confident of those left. */
  take(): string[] {
    const part = this.ordered.slice(this.next, this.next + RELATIONS_PER_TASK);
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
}

/**
 * Hands the names to sigma, a part per frame, and then the withheld relations, a part per task, each part drawn
 * before the next is added. Starts after sigma's next frame (an animation of the camera to where it is); returns a
 * function that stops it.
 */
export function handOverInParts(h: Handover): () => void {
  let stopped = false;
  let relationParts: RelationParts | undefined;
  let nameParts: NameParts | undefined;
  let namesSizeOf: ((attrs: NodeAttributes) => number) | undefined;
  /** The characters of the names given to sigma so far. */
  const glyphs = new Set<string>();
  /** Whether the first relations have been drawn aside. */
  let relationsAside = false;
  const giveRelations = (): void => {
    if (stopped || h.withheld.size === 0) return;
    relationParts ??= new RelationParts(h.graph, h.withheld);
    const part = relationParts.take();
    for (const edge of part) h.withheld.delete(edge);
    const added = part.filter((edge) => h.isShown(edge) && !h.shown.hasEdge(edge));
    if (added.length === 0) return void setTimeout(giveRelations, 0);
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
  return () => (stopped = true);
}
