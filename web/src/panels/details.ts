// The details panel: for an entity its type, aliases, mention count and relations grouped by type, each with the
// sentence that states it (both entities highlighted) and the article; for a relation, all its evidence.
import type { EntityDetails, EvidenceSentence, Highlight, RelationDetails } from '../../../src/viewer/viewer-data.js';
import { entityColor } from '../schema-view.js';
import { el } from '../dom.js';
import { itemAt } from '../../../src/util/checked-index.js';
import { EGO_DEPTHS, oneOf } from '../store.js';

export interface DetailsActions {
  selectEntity(id: string): void;
  selectRelation(id: string, type: string): void;
  /** Opens an article in the reader. */
  openArticle(id: string, focus: { entity?: string; relation?: string }): void;
  expand(id: string): void;
  ego(depth: (typeof EGO_DEPTHS)[number]): void;
  /** Takes the entity out of the view. */
  hide(id: string): void;
  /** Pins the entity in place for the layout, or releases it. */
  pin(id: string): void;
  /** Starts a shortest-path search from the entity; the next entity selected is the other end. */
  pathFrom(id: string, name: string): void;
}

function typeBadge(type: string): HTMLElement {
  return el('span', { class: 'badge', style: `background:${entityColor(type)}` }, type);
}

/** Mention ranges when the source gave none: the first case-insensitive occurrence of each name. */
function fallbackHighlights(text: string, names: { role: Highlight['role']; names: string[] }[]): Highlight[] {
  const lower = text.toLowerCase();
  const found: Highlight[] = [];
  for (const { role, names: candidates } of names) {
    for (const name of [...candidates].sort((a, b) => b.length - a.length)) {
      const at = name ? lower.indexOf(name.toLowerCase()) : -1;
      if (at >= 0) {
        found.push({ start: at, end: at + name.length, role });
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((h, i) => i === 0 || h.start >= itemAt(found, i - 1).end);
}

export function evidenceQuote(sentence: EvidenceSentence, relation: RelationDetails, aliases: Map<string, string[]>): HTMLElement {
  let highlights = sentence.highlights;
  const roles = new Set(highlights.map((h) => h.role));
  if (!roles.has('source') || !roles.has('target')) {
    const extra = fallbackHighlights(sentence.text, [
      ...(!roles.has('source') ? [{ role: 'source' as const, names: [relation.source.name, ...(aliases.get(relation.source.id) ?? [])] }] : []),
      ...(!roles.has('target') ? [{ role: 'target' as const, names: [relation.target.name, ...(aliases.get(relation.target.id) ?? [])] }] : []),
    ]);
    highlights = [...highlights, ...extra].sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= itemAt(all, i - 1).end);
  }
  const quote = el('blockquote', { class: 'evidence' });
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) quote.append(sentence.text.slice(at, h.start));
    quote.append(el('mark', { class: h.role, title: h.role === 'source' ? relation.source.name : relation.target.name }, sentence.text.slice(h.start, h.end)));
    at = h.end;
  }
  if (at < sentence.text.length) quote.append(sentence.text.slice(at));
  const article = sentence.article;
  quote.append(
    el('cite', {}, `— ${article.title ?? article.source}${article.published ? `, ${article.published}` : ''}${article.title ? ` (${article.source})` : ''}`),
  );
  return quote;
}

function relationBlock(relation: RelationDetails, focus: string | null, actions: DetailsActions, aliases: Map<string, string[]>): HTMLElement {
  const end = (ref: RelationDetails['source']) =>
    ref.id === focus
      ? el('strong', {}, ref.name)
      : (() => {
          const b = el('button', { type: 'button' }, ref.name);
          b.addEventListener('click', () => actions.selectEntity(ref.id));
          return b;
        })();
  const open = el(
    'button',
    { type: 'button', class: 'link', 'aria-label': `Show relation ${relation.source.name} ${relation.type} ${relation.target.name}` },
    relation.type.replace(/_/g, ' ').toLowerCase(),
  );
  open.addEventListener('click', () => actions.selectRelation(relation.id, relation.type));
  const props = Object.entries(relation.properties)
    .filter(([k]) => k !== 'verb')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
  return el(
    'div',
    { class: 'relation', 'data-relation-id': relation.id },
    el('div', { class: 'ends' }, end(relation.source), ' → ', open, ' → ', end(relation.target)),
    el('div', { class: 'meta' }, `confidence ${relation.confidence.toFixed(2)}${props ? ` · ${props}` : ''}`),
    ...relation.evidence.map((s) => evidenceQuote(s, relation, aliases)),
  );
}

export function showEmpty(container: HTMLElement, message: string): void {
  container.replaceChildren(el('p', { class: 'empty' }, message));
}

export function showEntity(
  container: HTMLElement,
  details: EntityDetails,
  egoDepth: number,
  canExpand: boolean,
  pinned: boolean,
  actions: DetailsActions,
): void {
  const { entity } = details;
  const aliases = new Map([[entity.id, entity.aliases]]);
  const expand = el('button', { type: 'button', id: 'expand-node', disabled: !canExpand }, 'Expand neighbours');
  expand.addEventListener('click', () => actions.expand(entity.id));
  const ego = el(
    'select',
    { id: 'details-ego', 'aria-label': 'Ego network depth' },
    ...[0, 1, 2, 3].map((d) => el('option', { value: String(d), selected: d === egoDepth }, d === 0 ? 'whole graph' : `ego ${d} hop${d > 1 ? 's' : ''}`)),
  );
  ego.addEventListener('change', () => {
    const depth = oneOf(EGO_DEPTHS, Number(ego.value));
    if (depth !== undefined) actions.ego(depth);
  });
  const hide = el('button', { type: 'button', id: 'hide-node' }, 'Hide from view');
  hide.addEventListener('click', () => actions.hide(entity.id));
  const pin = el('button', { type: 'button', id: 'pin-node', title: 'Keep this entity where it is while the layout runs' }, pinned ? 'Unpin' : 'Pin in place');
  pin.addEventListener('click', () => actions.pin(entity.id));
  const path = el('button', { type: 'button', id: 'path-from' }, 'Shortest path from here…');
  path.addEventListener('click', () => actions.pathFrom(entity.id, entity.name));
  const total = details.relationGroups.reduce((n, g) => n + g.relations.length, 0);
  container.replaceChildren(
    el('h2', { id: 'details-title' }, entity.name),
    typeBadge(entity.type),
    el(
      'p',
      { class: 'meta' },
      `${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'} in ${entity.documentCount} article${entity.documentCount === 1 ? '' : 's'}`,
    ),
    entity.aliases.length ? el('p', {}, el('span', { class: 'meta' }, 'Also: '), entity.aliases.join(' · ')) : '',
    el('div', { class: 'actions' }, expand, ego, hide, pin, path),
    el('h2', {}, `Articles (${entity.documentCount})`),
    el('div', { id: 'entity-articles' }, el('p', { class: 'meta' }, 'Loading the articles…')),
    el('h2', {}, `Relations (${total})`),
    total === 0 ? el('p', { class: 'meta' }, 'No relation found for this entity.') : '',
    ...details.relationGroups.map((group) =>
      el(
        'section',
        { 'data-relation-group': group.type },
        el('h3', {}, `${group.type.replace(/_/g, ' ').toLowerCase()} (${group.relations.length})`, el('span', { class: 'meta' }, ` · ${group.family}`)),
        ...group.relations.map((r) => relationBlock(r, entity.id, actions, aliases)),
      ),
    ),
  );
}

export function showRelation(container: HTMLElement, relation: RelationDetails, actions: DetailsActions): void {
  const aliases = new Map<string, string[]>();
  container.replaceChildren(
    el('h2', { id: 'details-title' }, `${relation.source.name} → ${relation.type.replace(/_/g, ' ').toLowerCase()} → ${relation.target.name}`),
    el('p', { class: 'meta' }, `${relation.family} · confidence ${relation.confidence.toFixed(2)}`),
    el(
      'p',
      {},
      typeBadge(relation.source.type),
      ' ',
      el('mark', { class: 'source' }, relation.source.name),
      ' → ',
      typeBadge(relation.target.type),
      ' ',
      el('mark', { class: 'target' }, relation.target.name),
    ),
    el('h2', {}, `Evidence (${relation.evidence.length})`),
    relationBlock(relation, null, actions, aliases),
    el('h2', {}, 'Articles'),
    el('div', { id: 'relation-articles' }, el('p', { class: 'meta' }, 'Loading the articles…')),
  );
}
