// The graph GEXF and GraphML carry: the selected nodes and relationships as a graphology graph whose attributes are
// scalars (what Gephi, yEd and Cytoscape read). Lists and maps become their JSON text; each relationship with
// evidence also carries its quotes and the articles they come from, taken from the export's provenance.
import graphology from 'graphology';
import type { ExportGraph, PropertyGraph } from './property-graph.js';
import { nodeAttributes, relationshipAttributes, sortPropertyGraph } from './property-graph.js';

const { MultiDirectedGraph } = graphology;

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;
export type FlatGraph = InstanceType<typeof MultiDirectedGraph<FlatAttributes, FlatAttributes>>;

/** The part an export draws, from either a plain property graph (the viewer) or an export with provenance. */
export function asExportGraph(graph: PropertyGraph | ExportGraph): ExportGraph {
  return 'selected' in graph ? graph : { selected: graph, provenance: { nodes: [], relationships: [] } };
}

/** Evidence sentence id → its text and the source of its document, from every node of the export. */
export function evidenceIndex(graph: ExportGraph): Map<string, { quote: string; article: string }> {
  const nodes = [...graph.selected.nodes, ...graph.provenance.nodes];
  const documents = new Map(nodes.filter((n) => n.labels.includes('Document')).map((n) => [String(n.properties.id), String(n.properties.source ?? '')]));
  const index = new Map<string, { quote: string; article: string }>();
  for (const node of nodes) {
    if (!node.labels.includes('Sentence')) continue;
    index.set(String(node.properties.id), { quote: String(node.properties.text ?? ''), article: documents.get(String(node.properties.documentId)) ?? '' });
  }
  return index;
}

/** The selected part of an export as a graphology multigraph (two relations may join the same pair), sorted by key. */
export function toFlatGraph(input: PropertyGraph | ExportGraph): FlatGraph {
  const graph = asExportGraph(input);
  const sorted = sortPropertyGraph(graph.selected);
  const evidence = evidenceIndex(graph);
  const out: FlatGraph = new MultiDirectedGraph<FlatAttributes, FlatAttributes>();
  for (const node of sorted.nodes) out.addNode(node.id, nodeAttributes(node));
  for (const relationship of sorted.relationships) {
    out.addDirectedEdgeWithKey(relationship.id, relationship.start, relationship.end, relationshipAttributes(relationship, evidence));
  }
  return out;
}
