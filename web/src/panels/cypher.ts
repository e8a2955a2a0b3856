// The Cypher panel: runs a read-only statement through the server (which refuses writes before they run), shows the
// rows as a table and, on request, the entities and relations in them as a graph.
import type { QueryResult } from '../../../src/neo4j/run-read-query.js';
import type { JsonValue, PropertyNode, PropertyRelationship } from '../../../src/export/property-graph.js';
import type { ViewerGraphData } from '../../../src/viewer/viewer-data.js';
import { byId, el } from '../dom.js';
import { itemAt } from '../../../src/util/checked-index.js';
import { errorMessage } from '../../../src/util/errors.js';

/** Longest text shown in a cell: a document's or sentence's text is a property like any other, and can be an article. */
const MAX_CELL_TEXT = 120;

function short(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

type NodeValue = PropertyNode;
type RelationshipValue = PropertyRelationship;

type JsonObject = { [key: string]: JsonValue };

// The shapes the server converts Neo4j nodes, relationships and paths to (src/neo4j/query-values.ts).
const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: JsonValue): v is JsonObject & NodeValue =>
  isObject(v) && typeof v.id === 'string' && Array.isArray(v.labels) && v.labels.every((l) => typeof l === 'string') && isObject(v.properties);
const isRelationship = (v: JsonValue): v is JsonObject & RelationshipValue =>
  isObject(v) && typeof v.id === 'string' && typeof v.type === 'string' && typeof v.start === 'string' && typeof v.end === 'string' && isObject(v.properties);
const isPath = (v: JsonValue): v is JsonObject & { nodes: NodeValue[]; relationships: RelationshipValue[] } =>
  isObject(v) && Array.isArray(v.nodes) && v.nodes.every(isNode) && Array.isArray(v.relationships) && v.relationships.every(isRelationship);

/** What a node is called: an entity's name, a document's title or source, else its id (never its text). */
function nodeName(node: NodeValue): string {
  const p = node.properties;
  return short(String(p.name ?? p.title ?? p.source ?? node.id));
}

function nodeCell(node: NodeValue): string {
  return `(${node.labels.join(':')} ${nodeName(node)})`;
}

/** Endpoints by relationship id, as the result's graph resolved them (a row's copy may still hold element ids). */
type Endpoints = Map<string, { start: string; end: string }>;

/** A path as names and arrows: (A) -[:T]→ (B) ←[:U]- (C). */
function pathCell(nodes: NodeValue[], relationships: RelationshipValue[], endpoints: Endpoints): string {
  let text = nodeCell(itemAt(nodes, 0));
  relationships.forEach((r, i) => {
    const forward = (endpoints.get(r.id)?.start ?? r.start) === itemAt(nodes, i).id;
    text += forward ? ` -[:${r.type}]→ ` : ` ←[:${r.type}]- `;
    text += nodeCell(itemAt(nodes, i + 1));
  });
  return text;
}

function cell(value: JsonValue, endpoints: Endpoints): string {
  if (value === null) return '';
  if (typeof value === 'string') return short(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => cell(v, endpoints)).join(', ');
  if (isNode(value)) return nodeCell(value);
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) return pathCell(value.nodes, value.relationships, endpoints);
  return `{${Object.entries(value)
    .map(([k, x]) => `${k}: ${cell(x, endpoints)}`)
    .join(', ')}}`;
}

/**
 * The nodes and relationships of a query result, in the viewer's shape: entities as entities, and every other node a
 * path runs through (a document, a sentence) as a node of its label, so a path is drawn whole.
 */
export function resultAsGraph(result: QueryResult): ViewerGraphData {
  const entities = result.graph.nodes.map((n) => {
    const isEntity = n.labels.includes('Entity');
    return {
      id: n.id,
      name: nodeName(n),
      type: isEntity ? String(n.properties.type ?? n.labels.find((l) => l !== 'Entity') ?? 'Entity') : (n.labels[0] ?? 'Node'),
      aliases: isEntity && Array.isArray(n.properties.aliases) ? n.properties.aliases.map(String) : [],
      mentionCount: Number(n.properties.mentionCount ?? 0),
    };
  });
  const ids = new Set(entities.map((e) => e.id));
  const relations = result.graph.relationships
    .filter((r) => ids.has(r.start) && ids.has(r.end))
    .map((r) => ({
      id: r.id,
      source: r.start,
      target: r.end,
      type: r.type,
      confidence: Number(r.properties.confidence ?? 0),
      ...(typeof r.properties.date === 'string' ? { date: r.properties.date } : {}),
    }));
  return { entities, relations, truncated: false, counts: { entities: entities.length, relations: relations.length, entityTypes: {}, relationTypes: {} } };
}

export function setupCypherPanel(run: ((cypher: string) => Promise<QueryResult>) | undefined, showGraph: (data: ViewerGraphData) => void): void {
  const panel = byId('cypher-panel');
  const toggle = byId('cypher-toggle', HTMLButtonElement);
  const form = byId('cypher-form', HTMLFormElement);
  const text = byId('cypher-text', HTMLTextAreaElement);
  const add = byId('cypher-add', HTMLButtonElement);
  const info = byId('cypher-info');
  const error = byId('cypher-error');
  const table = byId('cypher-table');
  let last: QueryResult | null = null;

  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) text.focus();
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  add.addEventListener('click', () => {
    if (last) showGraph(resultAsGraph(last));
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!run) {
      error.textContent = 'Cypher needs the server and Neo4j (kg serve); a graph opened from a file cannot be queried.';
      return;
    }
    info.textContent = 'running…';
    add.disabled = true;
    try {
      last = await run(text.value);
      const endpoints: Endpoints = new Map(last.graph.relationships.map((r) => [r.id, { start: r.start, end: r.end }]));
      info.textContent = `${last.rows.length} row${last.rows.length === 1 ? '' : 's'}${last.truncated ? ' (cut at the row limit)' : ''}`;
      table.replaceChildren(
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, ...last.columns.map((c) => el('th', { scope: 'col' }, c)))),
          el('tbody', {}, ...last.rows.slice(0, 500).map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v, endpoints)))))),
        ),
      );
      add.disabled = last.graph.nodes.length === 0;
    } catch (failure) {
      last = null;
      info.textContent = '';
      table.replaceChildren();
      error.textContent = errorMessage(failure);
    }
  });
}
