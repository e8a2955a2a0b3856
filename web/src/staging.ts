// What a corpus graph's first frames hand to sigma, in what order. Sigma's set-up and first frame take the entities
// only; the relations follow over a few tasks, the most confident first, and then the names, the largest entities'
// first. Under software WebGL each of these was one task of several hundred milliseconds when given at once: sigma
// runs its reducer and style evaluation on every relation it is given (about 300 ms for 1,600 relations under load),
// and builds the glyph atlas of every character the names use (about 3–4 ms a glyph, 300 ms for the names of 1,200
// entities), so both are handed over in parts, one part per frame.
import type { EdgeAttributes, NodeAttributes } from './viewer-graph.js';

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
