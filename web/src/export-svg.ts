// The current view as SVG: every shown relation as a line and every shown entity as a circle, at the positions,
// sizes and colours on screen (after filters, colour mode, highlights), with the names sigma draws as text.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './viewer-graph.js';
import type { Visible } from './visibility.js';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
const round = (n: number) => Math.round(n * 10) / 10;

export function viewAsSvg(sigma: Sigma<NodeAttributes, EdgeAttributes>, visible: Visible): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const point = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d) throw new Error(`internal error: sigma has no display data for the visible entity ${node}`);
    const p = sigma.framedGraphToViewport(d);
    return { x: round(p.x), y: round(p.y), r: round(sigma.scaleSize(d.size)), color: d.color, label: d.label ?? '' };
  };
  const lines: string[] = [];
  for (const edge of visible.edges) {
    const a = point(graph.source(edge));
    const b = point(graph.target(edge));
    const d = sigma.getEdgeDisplayData(edge);
    lines.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${escape(d?.color ?? '#999')}" stroke-width="${round(sigma.scaleSize(d?.size ?? 1))}" stroke-opacity="0.8"/>`,
    );
  }
  const labelled = sigma.getNodeDisplayedLabels();
  const circles: string[] = [];
  const labels: string[] = [];
  for (const node of visible.nodes) {
    const p = point(node);
    circles.push(`<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${escape(p.color)}" data-id="${escape(node)}"/>`);
    if (labelled.has(node) && p.label) labels.push(`<text x="${round(p.x + p.r + 3)}" y="${round(p.y + 4)}">${escape(p.label)}</text>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
<g class="edges">${lines.join('')}</g>
<g class="nodes">${circles.join('')}</g>
<g class="labels" font-family="sans-serif" font-size="12" fill="#1d2430">${labels.join('')}</g>
</svg>
`;
}
