// Writes a property graph as GEXF 1.3 (Gephi) through graphology-gexf: one node per node with its labels and every
// property as attributes, one edge per relationship keyed by its id, with its type and every property.
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import type { PropertyGraph } from './property-graph.js';
import { nodeAttributes, relationshipAttributes, sortPropertyGraph } from './property-graph.js';

const { MultiDirectedGraph } = graphology;

/** Builds the graphology graph both XML writers start from (multi: two relations may join the same pair). */
export function toGraphology(graph: PropertyGraph): InstanceType<typeof MultiDirectedGraph> {
  const sorted = sortPropertyGraph(graph);
  const out = new MultiDirectedGraph();
  for (const node of sorted.nodes) out.addNode(node.id, nodeAttributes(node));
  for (const relationship of sorted.relationships) {
    out.addDirectedEdgeWithKey(relationship.id, relationship.start, relationship.end, relationshipAttributes(relationship));
  }
  return out;
}

/** The GEXF text for `graph`; lists and maps in properties are written as their JSON text. */
export function writeGexf(graph: PropertyGraph): string {
  return gexf.write(toGraphology(graph), { version: '1.3' });
}
