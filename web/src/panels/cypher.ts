// The Cypher panel: runs a read-only statement through the server (which refuses writes before they run), shows the
// rows as a table and, on request, the entities and relations in them as a graph.
import type { QueryResult } from '../../../src/neo4j/run-read-query.js';
import type { JsonValue } from '../../../src/export/property-graph.js';
import type { ViewerGraphData } from '../../../src/viewer/viewer-data.js';
import { byId, el } from '../dom.js';

function cell(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, JsonValue>;
  if (Array.isArray(value)) return value.map(cell).join(', ');
  if ('labels' in v && 'properties' in v) return `(${(v.labels as string[]).join(':')} ${String((v.properties as Record<string, JsonValue>).name ?? v.id)})`;
  if ('type' in v && 'start' in v && 'end' in v) return `[:${String(v.type)}]`;
  return JSON.stringify(value);
}

/** The entities and entity-to-entity relationships of a query result, in the viewer's shape. */
export function resultAsGraph(result: QueryResult): ViewerGraphData {
  const entities = result.graph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => ({
    id: n.id, name: String(n.properties.name ?? n.id), type: String(n.properties.type ?? n.labels.find((l) => l !== 'Entity') ?? 'Entity'),
    aliases: Array.isArray(n.properties.aliases) ? n.properties.aliases.map(String) : [], mentionCount: Number(n.properties.mentionCount ?? 0),
  }));
  const ids = new Set(entities.map((e) => e.id));
  const relations = result.graph.relationships.filter((r) => ids.has(r.start) && ids.has(r.end)).map((r) => ({
    id: r.id, source: r.start, target: r.end, type: r.type, confidence: Number(r.properties.confidence ?? 0),
    ...(typeof r.properties.date === 'string' ? { date: r.properties.date } : {}),
  }));
  return { entities, relations, truncated: false, counts: { entities: entities.length, relations: relations.length, entityTypes: {}, relationTypes: {} } };
}

export function setupCypherPanel(run: ((cypher: string) => Promise<QueryResult>) | undefined, showGraph: (data: ViewerGraphData) => void): void {
  const panel = byId('cypher-panel');
  const toggle = byId<HTMLButtonElement>('cypher-toggle');
  const form = byId<HTMLFormElement>('cypher-form');
  const text = byId<HTMLTextAreaElement>('cypher-text');
  const add = byId<HTMLButtonElement>('cypher-add');
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
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); }
  });
  add.addEventListener('click', () => { if (last) showGraph(resultAsGraph(last)); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!run) { error.textContent = 'Cypher needs the server and Neo4j (kg serve); a graph opened from a file cannot be queried.'; return; }
    info.textContent = 'running…';
    add.disabled = true;
    try {
      last = await run(text.value);
      info.textContent = `${last.rows.length} row${last.rows.length === 1 ? '' : 's'}${last.truncated ? ' (cut at the row limit)' : ''}`;
      table.replaceChildren(el('table', {},
        el('thead', {}, el('tr', {}, ...last.columns.map((c) => el('th', { scope: 'col' }, c)))),
        el('tbody', {}, ...last.rows.slice(0, 500).map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v)))))),
      ));
      add.disabled = !last.graph.nodes.some((n) => n.labels.includes('Entity'));
    } catch (failure) {
      last = null;
      info.textContent = '';
      table.replaceChildren();
      error.textContent = (failure as Error).message;
    }
  });
}
