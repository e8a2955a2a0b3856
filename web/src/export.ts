// Export from the viewer: a PNG of the view, and the visible subgraph as GEXF or GraphML (the project's writers in src/export/),
// or a graph document (cut from the opened file, or read back from Neo4j by the server).
import type Sigma from 'sigma';
import type { PropertyGraph } from '../../src/export/property-graph.js';
import { documentSubset, readOpenedDocument, type OpenedDocument } from '../../src/viewer/opened-document.js';
import { isRecord } from '../../src/util/json-shapes.js';
import type { ViewerDataSource } from './data-source.js';
import { DocumentSource } from './data-source.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import type { Visible } from './visibility.js';
import { download } from './dom.js';
import { viewAsSvg } from './export-svg.js';

/** The visible part of the graph as a property graph, the shape every export writer takes. */
export function visiblePropertyGraph(graph: ViewerGraph, visible: Visible): PropertyGraph {
  return {
    nodes: [...visible.nodes].map((id) => {
      const a = graph.getNodeAttributes(id);
      return { id, labels: ['Entity', a.entityType], properties: { id, name: a.label, type: a.entityType, aliases: a.aliases, mentionCount: a.mentionCount } };
    }),
    relationships: [...visible.edges].map((id) => {
      const a = graph.getEdgeAttributes(id);
      const properties: Record<string, string | number | boolean> = { id, confidence: a.confidence };
      if (a.date) properties.date = a.date;
      if (a.verb) properties.verb = a.verb;
      if (a.object) properties.object = a.object;
      if (a.negated !== undefined) properties.negated = a.negated;
      return { id, type: a.relationType, start: graph.source(id), end: graph.target(id), properties };
    }),
  };
}

/** The visible part as a graph document read back from Neo4j by the server, checked as an opened file is. */
async function serverDocument(visible: Visible): Promise<OpenedDocument> {
  const response = await fetch('/api/document', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ entityIds: [...visible.nodes], relationIds: [...visible.edges] }),
  });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(isRecord(body) && typeof body.error === 'string' ? body.error : `the server answered ${response.status}`);
  return readOpenedDocument(body, 'the graph document the server exported');
}

/** Draws the current frame onto a white canvas (right after a render, while the WebGL buffer still holds it). */
export function snapshotCanvas(sigma: Sigma<NodeAttributes, EdgeAttributes>): HTMLCanvasElement {
  sigma.refresh({ skipIndexation: true });
  const stage = sigma.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = stage.width;
  out.height = stage.height;
  const context = out.getContext('2d');
  if (!context) throw new Error('the browser could not give a 2D canvas to draw the image on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(stage, 0, 0);
  return out;
}

export async function exportView(
  format: string,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: ViewerGraph,
  visible: Visible,
  source: ViewerDataSource,
): Promise<string> {
  const stamp = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'png': {
      const canvas = snapshotCanvas(sigma);
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the image'))), 'image/png'),
      );
      download(`kg-graph-${stamp}.png`, blob);
      return 'PNG';
    }
    case 'svg':
      download(`kg-graph-${stamp}.svg`, new Blob([viewAsSvg(sigma, visible)], { type: 'image/svg+xml' }));
      return 'SVG';
    // The XML writers (graphology-gexf and the XML DOM it brings, a quarter of the viewer's code) are loaded when a
    // graph is first exported as XML, not parsed with the rest of the viewer before the first paint.
    case 'gexf': {
      const { renderGexf } = await import('../../src/export/render-gexf.js');
      download(`kg-graph-${stamp}.gexf`, new Blob([renderGexf(visiblePropertyGraph(graph, visible))], { type: 'application/xml' }));
      return 'GEXF';
    }
    case 'graphml': {
      const { renderGraphml } = await import('../../src/export/render-graphml.js');
      download(`kg-graph-${stamp}.graphml`, new Blob([renderGraphml(visiblePropertyGraph(graph, visible))], { type: 'application/xml' }));
      return 'GraphML';
    }
    case 'json': {
      const document = source instanceof DocumentSource ? documentSubset(source.document, visible) : await serverDocument(visible);
      download(`kg-graph-${stamp}.json`, new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }));
      return 'graph document';
    }
    default:
      throw new Error(`unknown export format "${format}"`);
  }
}
