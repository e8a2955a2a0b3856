// Renders the selected part of an export as GEXF 1.3 text (Gephi) through graphology-gexf: one node per node with its
// labels and every property as attributes, one edge per relationship keyed by its id, with its type, every property and
// its evidence (quotes and articles). Every attribute goes to <attvalues>, so none is taken for a viz setting.
import gexf from 'graphology-gexf';
import type { ExportGraph, PropertyGraph } from './property-graph.js';
import { toFlatGraph } from './flat-graph.js';

/** The GEXF text for an export; lists and maps in properties are written as their JSON text. */
export function renderGexf(graph: PropertyGraph | ExportGraph): string {
  return gexf.write(toFlatGraph(graph), {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes }),
  });
}
