// Filling the details panel: the selected entity or relation, the articles that mention it, and an article opened from
// there, each fetched from the source. A newer request supersedes an older one still under way (detailsTicket), so a
// slow answer never overwrites what the user asked for since.
import { errorMessage } from '../../src/util/errors.js';
import { app, describeSource, details, setStatus, store, type Mounted } from './app-context.js';
import { el } from './dom.js';
import { mergeNeighbourhood, selectEntity } from './graph-growth.js';
import { showEmpty, showEntity, showRelation, type DetailsActions } from './panels/details.js';
import { articleList, showArticle, type ReaderActions, type ReaderFocus } from './panels/reader.js';
import { startPath } from './shortest-path.js';
import type { Selection } from './store.js';

/** What the buttons and links of an entity's or a relation's details do. */
const actions: DetailsActions = {
  selectEntity: (id) => void selectEntity(id),
  selectRelation: (id) => store.dispatch({ type: 'select', selection: { kind: 'edge', id } }),
  expand: async (id) => {
    try {
      const grew = await mergeNeighbourhood(id, 1);
      setStatus(grew && app.mounted ? `${describeSource(app.mounted)} — expanded` : 'No more neighbours to add.');
      if (grew) app.mounted?.layout.start(3000);
    } catch (error) {
      setStatus(`Expand failed: ${errorMessage(error)}`, true);
    }
  },
  ego: (depth) => store.dispatch({ type: 'setEgoDepth', depth }),
  openArticle: (id, focus) => void openArticle(id, focus),
  hide: (id) => store.dispatch({ type: 'hideNode', id }),
  pin: (id) => store.dispatch({ type: 'togglePin', ids: [id] }),
  pathFrom: (id, name) => startPath(id, name),
};

/** What the links of an article list and of an open article do. */
const readerActions: ReaderActions = {
  selectEntity: (id) => {
    if (store.state.selection?.kind === 'node' && store.state.selection.id === id) void loadDetails(store.state.selection);
    else void selectEntity(id);
  },
  selectRelation: (id) => {
    if (app.mounted?.graph.hasEdge(id)) store.dispatch({ type: 'select', selection: { kind: 'edge', id } });
    else setStatus('This relation is not in the graph on screen; select one of its entities and expand it.');
  },
  openArticle: (id, focus) => void openArticle(id, focus),
  back: () => void loadDetails(store.state.selection),
};

/** Shows an article in the details panel, its mentions and evidence marked. */
async function openArticle(id: string, focus: ReaderFocus): Promise<void> {
  if (!app.mounted) return;
  const ticket = ++detailsTicket;
  try {
    const article = await app.mounted.source.article(id);
    if (ticket !== detailsTicket) return;
    if (!article) return showEmpty(details, 'This article is not in the graph.');
    showArticle(details, article, focus, readerActions);
  } catch (error) {
    if (ticket === detailsTicket) showEmpty(details, `Could not open the article: ${errorMessage(error)}`);
  }
}

/** Fills the article list of the entity or relation the details panel shows. */
async function loadArticleList(m: Mounted, selection: NonNullable<Selection>, ticket: number): Promise<void> {
  const target = document.getElementById(selection.kind === 'node' ? 'entity-articles' : 'relation-articles');
  if (!target) return;
  try {
    const articles = await m.source.articles(selection.kind === 'node' ? { entity: selection.id } : { relation: selection.id });
    if (ticket !== detailsTicket) return;
    const focus = selection.kind === 'node' ? { entity: selection.id } : { relation: selection.id };
    target.replaceChildren(articleList(articles, selection.kind === 'node' ? 'mention' : 'evidence sentence', focus, readerActions));
  } catch (error) {
    if (ticket === detailsTicket) target.replaceChildren(el('p', { class: 'meta' }, `Could not load the articles: ${errorMessage(error)}`));
  }
}

let detailsTicket = 0;
/** Shows the selected entity or relation in the details panel (or the hint, when nothing is selected). */
export async function loadDetails(selection: Selection): Promise<void> {
  const ticket = ++detailsTicket;
  if (!app.mounted || !selection) {
    showEmpty(details, 'Select an entity or a relation to read its evidence. Search above, or click the graph.');
    return;
  }
  const m = app.mounted;
  try {
    if (selection.kind === 'node') {
      const entity = await m.source.entity(selection.id);
      if (ticket !== detailsTicket) return;
      if (!entity) return showEmpty(details, 'This entity is not in the graph.');
      showEntity(details, entity, store.state.egoDepth, m.source.kind === 'server', store.state.pinnedNodes.includes(selection.id), actions);
      void loadArticleList(m, selection, ticket);
    } else {
      const type = m.graph.hasEdge(selection.id) ? m.graph.getEdgeAttribute(selection.id, 'relationType') : undefined;
      const relation = await m.source.relation(selection.id, type);
      if (ticket !== detailsTicket) return;
      if (!relation) return showEmpty(details, 'This relation is not in the graph.');
      showRelation(details, relation, actions);
      void loadArticleList(m, selection, ticket);
    }
  } catch (error) {
    if (ticket === detailsTicket) showEmpty(details, `Could not load the details: ${errorMessage(error)}`);
  }
}
