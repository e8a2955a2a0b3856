// The article reader: an article's text with every recognised mention marked (coloured by entity type, a click selects
// the entity in the graph) and every sentence that states a relation underlined (a click opens the relation). Also
// the article lists of an entity or a relation, which open it.
import type { ArticleSummary, ArticleText } from '../../../src/viewer/viewer-data.js';
import { entityColor } from '../schema-view.js';
import { el } from '../dom.js';
import { itemAt } from '../../../src/util/checked-index.js';

export interface ReaderActions {
  selectEntity(id: string): void;
  selectRelation(id: string, type: string): void;
  openArticle(id: string, focus: ReaderFocus): void;
  back(): void;
}

/** What the reader was opened for: its mentions or evidence are emphasised and scrolled to. */
export interface ReaderFocus {
  entity?: string;
  relation?: string;
}

/** A list of articles, each a button that opens it in the reader. */
export function articleList(articles: ArticleSummary[], unit: string, focus: ReaderFocus, actions: ReaderActions): HTMLElement {
  if (articles.length === 0) return el('p', { class: 'meta' }, 'No article found.');
  return el(
    'ul',
    { class: 'article-list' },
    ...articles.map((a) => {
      const open = el('button', { type: 'button', class: 'link', 'data-article-id': a.id }, a.title ?? a.source);
      open.addEventListener('click', () => actions.openArticle(a.id, focus));
      return el(
        'li',
        {},
        open,
        el('span', { class: 'meta' }, ` ${a.published ? `${a.published.slice(0, 10)} · ` : ''}${a.hits} ${unit}${a.hits === 1 ? '' : 's'}`),
      );
    }),
  );
}

/** Cuts the text at every mention and evidence boundary; each piece knows the mention and the evidence covering it. */
function pieces(article: ArticleText) {
  const cuts = new Set([0, article.text.length]);
  for (const m of article.mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const e of article.evidence) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= article.text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [itemAt(points, i), itemAt(points, i + 1)];
    out.push({
      start,
      end,
      mention: article.mentions.find((m) => m.start <= start && m.end >= end),
      evidence: article.evidence.filter((e) => e.start <= start && e.end >= end),
    });
  }
  return out;
}

export function showArticle(container: HTMLElement, article: ArticleText, focus: ReaderFocus, actions: ReaderActions): void {
  const back = el('button', { type: 'button', id: 'reader-back' }, '← Back');
  back.addEventListener('click', () => actions.back());
  const body = el('div', { class: 'article-text', id: 'article-text' });
  for (const piece of pieces(article)) {
    const text = article.text.slice(piece.start, piece.end);
    let node: HTMLElement | string = text;
    if (piece.mention) {
      const { entity } = piece.mention;
      const mark = el(
        'mark',
        {
          class: `mention${entity.id === focus.entity ? ' focus' : ''}`,
          'data-entity-id': entity.id,
          role: 'button',
          tabindex: '0',
          title: `${entity.name} (${entity.type})`,
          style: `--type-color:${entityColor(entity.type)}`,
        },
        text,
      );
      const select = (event: Event) => {
        event.stopPropagation();
        actions.selectEntity(entity.id);
      };
      mark.addEventListener('click', select);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') select(event);
      });
      node = mark;
    }
    if (piece.evidence.length > 0) {
      const first = piece.evidence.find((e) => e.relationId === focus.relation) ?? itemAt(piece.evidence, 0);

      const span = el(
        'span',
        {
          class: `evidence-text${piece.evidence.some((e) => e.relationId === focus.relation) ? ' focus' : ''}`,
          'data-relation-id': first.relationId,
          title: piece.evidence.map((e) => `${e.source.name} → ${e.relationType.replace(/_/g, ' ').toLowerCase()} → ${e.target.name}`).join('\n'),
        },
        node,
      );
      span.addEventListener('click', () => actions.selectRelation(first.relationId, first.relationType));
      node = span;
    }
    body.append(node);
  }
  const entities = new Set(article.mentions.map((m) => m.entity.id)).size;
  const relations = new Set(article.evidence.map((e) => e.relationId)).size;
  container.replaceChildren(
    el('div', { class: 'actions' }, back),
    el('h2', { id: 'details-title', 'data-article-id': article.id }, article.title ?? article.source),
    el('p', { class: 'meta' }, [article.published?.slice(0, 10), article.source].filter(Boolean).join(' · ')),
    el(
      'p',
      { class: 'meta', id: 'reader-summary' },
      `${article.mentions.length} mentions of ${entities} entities marked; ${relations} relation${relations === 1 ? '' : 's'} underlined where the article states ${relations === 1 ? 'it' : 'them'}. Click a name or a sentence to find it in the graph.`,
    ),
    body,
  );
  container.scrollTop = 0;
  container.querySelector<HTMLElement>('.focus')?.scrollIntoView({ block: 'center' });
}
