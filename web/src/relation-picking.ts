// Finding the relation under a click on graphs where sigma does not pick relations itself (corpus graphs: sigma finds
// a relation by drawing every relation a second time into its picking buffer, which under software WebGL costs a
// corpus frame about as much as drawing the relations).
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';

/** How far from a relation's line, in screen pixels beyond half its thickness, a click still selects it. */
const RELATION_CLICK_TOLERANCE = 3;

/** The shown relation drawn nearest a point of the stage (viewport pixels) within the tolerance; null when there is none. */
export function relationNear(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: ViewerGraph,
  shownEdges: Iterable<string>,
  point: { x: number; y: number },
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const edge of shownEdges) {
    const [source, target] = graph.extremities(edge);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    const drawn = sigma.getEdgeDisplayData(edge);
    if (!from || !to || !drawn || drawn.visibility === 'hidden') continue;
    const distance = distanceToSegment(point, sigma.framedGraphToViewport(from), sigma.framedGraphToViewport(to));
    if (distance <= (drawn.size ?? 1) / 2 + RELATION_CLICK_TOLERANCE && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  }
  return best;
}

/** Distance from a point to the segment between a and b. */
function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
