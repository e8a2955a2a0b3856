// Renders the selected part of an export as GraphML text (yEd, Cytoscape, networkx). graphology-graphml only parses, so
// the XML is written here from the same flattened graph the GEXF writer uses: every attribute declared once as a <key>
// with the narrowest GraphML type all its values fit (boolean, long, double, else string).
import type { ExportGraph, PropertyGraph } from './property-graph.js';
import { toFlatGraph, type FlatAttributes, type FlatValue } from './flat-graph.js';

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML, and drops the control characters XML 1.0 cannot carry at all. */
function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[<>&"']/g, (c) => XML_ESCAPES[c] ?? c);
}

function graphmlType(values: FlatValue[]): string {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every(Number.isSafeInteger) ? 'long' : 'double';
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: string;
  domain: 'node' | 'edge';
}

function declareKeys(items: FlatAttributes[], prefix: string, domain: Key['domain']): Key[] {
  const values = new Map<string, FlatValue[]>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  }
  return [...values.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, vs], i) => ({ id: `${prefix}${i}`, name, type: graphmlType(vs), domain }));
}

function dataElements(attributes: FlatAttributes, keys: Key[]): string {
  return keys
    .filter((k) => k.name in attributes)
    .map((k) => `<data key="${k.id}">${escapeXml(String(attributes[k.name]))}</data>`)
    .join('');
}

/** The GraphML text for an export (or a plain property graph); directed, one <edge> per relationship keyed by its id. */
export function renderGraphml(graph: PropertyGraph | ExportGraph): string {
  const flat = toFlatGraph(graph);
  const nodes = flat.mapNodes((id, attributes) => ({ id, attributes }));
  const edges = flat.mapEdges((id, attributes, source, target) => ({ id, attributes, source, target }));
  const nodeKeys = declareKeys(
    nodes.map((n) => n.attributes),
    'n',
    'node',
  );
  const edgeKeys = declareKeys(
    edges.map((e) => e.attributes),
    'e',
    'edge',
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...edgeKeys].map((k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${escapeXml(n.id)}">${dataElements(n.attributes, nodeKeys)}</node>`),
    ...edges.map(
      (e) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${dataElements(e.attributes, edgeKeys)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
