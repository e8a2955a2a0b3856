// The table view: the visible entities and relations as sortable tables (a header click sorts, again reverses), each
// row selecting its entity or relation in the graph. Rebuilt from the visible sets when they change while it is open.
import type { Visible } from '../visibility.js';
import type { ViewerGraph } from '../viewer-graph.js';
import { el } from '../dom.js';
import { itemAt } from '../../../src/util/checked-index.js';

/** Rows shown per table; the count above says how many there are in all. */
const MAX_ROWS = 500;

interface Column<R> {
  title: string;
  value: (row: R) => string | number;
}

export interface TableActions {
  selectEntity(id: string): void;
  selectRelation(id: string): void;
}

function sortableTable<R extends { id: string }>(caption: string, rows: R[], columns: Column<R>[], open: (row: R) => void, name: string): HTMLElement {
  let sortBy = columns.length > 2 ? 2 : 0;
  let descending = true;
  const table = el('table', { 'data-table': name });
  const render = () => {
    const sorted = [...rows].sort((a, b) => {
      const x = itemAt(columns, sortBy).value(a);
      const y = itemAt(columns, sortBy).value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -order : order) || a.id.localeCompare(b.id);
    });
    const head = el(
      'tr',
      {},
      ...columns.map((c, i) => {
        const button = el(
          'button',
          { type: 'button', class: 'link', 'aria-sort': i === sortBy ? (descending ? 'descending' : 'ascending') : undefined },
          c.title + (i === sortBy ? (descending ? ' ▼' : ' ▲') : ''),
        );
        button.addEventListener('click', () => {
          // A new column sorts numbers largest first and text from A; an empty table has nothing to tell them by.
          const first = rows[0];
          descending = i === sortBy ? !descending : first !== undefined && typeof itemAt(columns, i).value(first) === 'number';
          sortBy = i;
          render();
        });
        return el('th', { scope: 'col' }, button);
      }),
    );
    const body = el(
      'tbody',
      {},
      ...sorted.slice(0, MAX_ROWS).map((row) => {
        const tr = el('tr', { 'data-id': row.id }, ...columns.map((c) => el('td', {}, String(c.value(row)))));
        tr.addEventListener('click', () => open(row));
        return tr;
      }),
    );
    table.replaceChildren(el('caption', {}, `${caption} (${rows.length}${rows.length > MAX_ROWS ? `, first ${MAX_ROWS}` : ''})`), el('thead', {}, head), body);
  };
  render();
  return table;
}

export function showTables(container: HTMLElement, graph: ViewerGraph, visible: Visible, actions: TableActions): void {
  const entities = [...visible.nodes].map((id) => {
    const a = graph.getNodeAttributes(id);
    let relations = 0;
    graph.forEachEdge(id, (edge) => {
      if (visible.edges.has(edge)) relations += 1;
    });
    return { id, name: a.label, type: a.entityType, mentions: a.mentionCount, articles: a.documentCount, relations };
  });
  const relations = [...visible.edges].map((id) => {
    const a = graph.getEdgeAttributes(id);
    return {
      id,
      source: graph.getNodeAttribute(graph.source(id), 'label'),
      type: a.label,
      target: graph.getNodeAttribute(graph.target(id), 'label'),
      confidence: Math.round(a.confidence * 100) / 100,
      date: a.date ?? a.published ?? '',
    };
  });
  container.replaceChildren(
    sortableTable(
      'Entities',
      entities,
      [
        { title: 'name', value: (r) => r.name },
        { title: 'type', value: (r) => r.type },
        { title: 'relations', value: (r) => r.relations },
        { title: 'mentions', value: (r) => r.mentions },
        { title: 'articles', value: (r) => r.articles },
      ],
      (r) => actions.selectEntity(r.id),
      'entities',
    ),
    sortableTable(
      'Relations',
      relations,
      [
        { title: 'source', value: (r) => r.source },
        { title: 'relation', value: (r) => r.type },
        { title: 'confidence', value: (r) => r.confidence },
        { title: 'target', value: (r) => r.target },
        { title: 'date', value: (r) => r.date },
      ],
      (r) => actions.selectRelation(r.id),
      'relations',
    ),
  );
}
