// Fast overlap tests against a document's furniture spans (sorted once, binary-searched), so that checking every
// token stays cheap on long documents with many credit lines.
import type { Span } from '../pipeline/stage-types.js';
import { itemAt } from '../util/checked-index.js';

/** Returns a test: does [start, end) overlap any furniture span? */
export function furnitureTest(furniture: readonly Span[]): (start: number, end: number) => boolean {
  if (furniture.length === 0) return () => false;
  const spans = [...furniture].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so the last span starting before `end` tells whether any overlaps.
  let furthest = -1;
  const reach = spans.map((span) => (furthest = Math.max(span.end, furthest)));
  return (start, end) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (itemAt(spans, mid).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && itemAt(reach, lo - 1) > start;
  };
}
