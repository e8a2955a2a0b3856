// The legend, built from the schema: the colours in use (from the same Coloring the renderer draws with), a button
// per entity type and per relation family (and its types) with counts, which hides or shows them; the overview filters
// (unconnected entities, relations and mentions per entity), the confidence filter and the date-range slider. Built
// once per graph, then updated in place so keyboard focus stays where it is.
import type { Store, ViewerState } from '../store.js';
import { itemAt } from '../../../src/util/checked-index.js';
import type { ViewerGraph } from '../viewer-graph.js';
import type { Visible } from '../visibility.js';
import type { Coloring } from '../coloring.js';
import { relationDates } from '../visibility.js';
import { entityColor, entityTypeList, familyColorOf, relationFamilies, typesOfFamily } from '../schema-view.js';
import { el } from '../dom.js';

export interface Legend {
  update(state: ViewerState, visible: Visible, coloring: Coloring): void;
}

export function createLegend(
  container: HTMLElement,
  store: Store,
  graph: ViewerGraph,
  totals: { entityTypes: Record<string, number>; relationTypes: Record<string, number> },
): Legend {
  container.replaceChildren();
  const loadedTypes = new Map<string, number>();
  graph.forEachNode((_n, a) => loadedTypes.set(a.entityType, (loadedTypes.get(a.entityType) ?? 0) + 1));
  const loadedRelations = new Map<string, number>();
  graph.forEachEdge((_e, a) => loadedRelations.set(a.relationType, (loadedRelations.get(a.relationType) ?? 0) + 1));

  const typeButtons = new Map<string, { button: HTMLButtonElement; count: HTMLElement }>();
  const typeNames = [...entityTypeList.map((t) => t.name), ...[...loadedTypes.keys()].filter((t) => !entityTypeList.some((d) => d.name === t))];
  const typeList = el('ul', { class: 'legend-list' });
  for (const type of typeNames) {
    if (!loadedTypes.has(type)) continue;
    const count = el('span', { class: 'count' });
    const button = el(
      'button',
      {
        type: 'button',
        class: 'legend-item',
        'aria-pressed': 'true',
        'data-entity-type': type,
        title: `${totals.entityTypes[type] ?? loadedTypes.get(type)} in the whole graph`,
      },
      el('span', { class: 'swatch type-swatch', style: `background:${entityColor(type)}` }),
      type,
      count,
    );
    button.addEventListener('click', () => store.dispatch({ type: 'toggleEntityType', entityType: type }));
    typeButtons.set(type, { button, count });
    typeList.append(el('li', {}, button));
  }

  const familyButtons = new Map<string, { button: HTMLButtonElement; count: HTMLElement; types: string[] }>();
  const relationButtons = new Map<string, { button: HTMLButtonElement; count: HTMLElement }>();
  const familyList = el('ul', { class: 'legend-list' });
  const families = [...Object.keys(relationFamilies)];
  for (const family of families) {
    const types = typesOfFamily(family).filter((t) => loadedRelations.has(t));
    if (family === 'generic')
      for (const t of loadedRelations.keys()) if (!families.some((f) => typesOfFamily(f).includes(t)) && !types.includes(t)) types.push(t);
    if (types.length === 0) continue;
    const count = el('span', { class: 'count' });
    const button = el(
      'button',
      { type: 'button', class: 'legend-item', 'aria-pressed': 'true', 'data-family': family, title: relationFamilies[family] },
      el('span', { class: 'swatch line', style: `background:${familyColorOf(family)}` }),
      family,
      count,
    );
    button.addEventListener('click', () => store.dispatch({ type: 'toggleRelationTypes', relationTypes: types }));
    familyButtons.set(family, { button, count, types });
    const sub = el('ul', { class: 'family-types' });
    for (const type of types) {
      const typeCount = el('span', { class: 'count' });
      const typeButton = el(
        'button',
        { type: 'button', class: 'legend-item', 'aria-pressed': 'true', 'data-relation-type': type },
        type.replace(/_/g, ' ').toLowerCase(),
        typeCount,
      );
      typeButton.addEventListener('click', () => store.dispatch({ type: 'toggleRelationTypes', relationTypes: [type] }));
      relationButtons.set(type, { button: typeButton, count: typeCount });
      sub.append(el('li', {}, typeButton));
    }
    familyList.append(el('li', {}, button, sub));
  }

  const confidence = el('input', { id: 'min-confidence', type: 'range', min: '0', max: '1', step: '0.05', value: String(store.state.minConfidence) });
  const confidenceValue = el('output', { for: 'min-confidence' });
  confidence.addEventListener('input', () => store.dispatch({ type: 'setMinConfidence', value: Number(confidence.value) }));

  const dates = relationDates(graph);
  const dateBlock = el('div', { class: 'filter' });
  let fromInput: HTMLInputElement | null = null;
  let toInput: HTMLInputElement | null = null;
  const dateValue = el('output', {});
  if (dates.length > 0) {
    const max = String(dates.length - 1);
    const fromSlider = el('input', { id: 'date-from', type: 'range', min: '0', max, step: '1', value: '0', 'aria-label': 'Earliest relation date' });
    const toSlider = el('input', { id: 'date-to', type: 'range', min: '0', max, step: '1', value: max, 'aria-label': 'Latest relation date' });
    fromInput = fromSlider;
    toInput = toSlider;
    const apply = () => {
      let from = Number(fromSlider.value);
      let to = Number(toSlider.value);
      if (from > to) [from, to] = [to, from];
      store.dispatch({ type: 'setDateRange', from: from === 0 ? null : itemAt(dates, from), to: to === dates.length - 1 ? null : itemAt(dates, to) });
    };
    fromInput.addEventListener('input', apply);
    toInput.addEventListener('input', apply);
    dateBlock.append(
      el('label', { for: 'date-from' }, 'Relation dates '),
      dateValue,
      fromInput,
      toInput,
      el('p', { class: 'meta' }, 'Relations without a date are always shown.'),
    );
  } else {
    dateBlock.append(el('p', { class: 'meta' }, 'No relation in view has a date.'));
  }

  // Overview filters: what makes a corpus readable at first sight.
  let isolatedCount = 0;
  let maxMentions = 0;
  graph.forEachNode((node, a) => {
    if (graph.degree(node) === 0) isolatedCount += 1;
    maxMentions = Math.max(maxMentions, a.mentionCount);
  });
  const isolated = el('input', { id: 'show-isolated', type: 'checkbox', checked: store.state.showIsolated });
  isolated.addEventListener('change', () => store.dispatch({ type: 'setShowIsolated', show: isolated.checked }));
  const minDegree = el('input', { id: 'min-degree', type: 'range', min: '0', max: '10', step: '1', value: String(store.state.minDegree) });
  const minDegreeValue = el('output', { for: 'min-degree' });
  minDegree.addEventListener('input', () => store.dispatch({ type: 'setMinDegree', value: Number(minDegree.value) }));
  const minMentions = el('input', {
    id: 'min-mentions',
    type: 'range',
    min: '0',
    max: String(Math.min(50, Math.max(1, maxMentions))),
    step: '1',
    value: String(store.state.minMentions),
  });
  const minMentionsValue = el('output', { for: 'min-mentions' });
  minMentions.addEventListener('input', () => store.dispatch({ type: 'setMinMentions', value: Number(minMentions.value) }));

  const showHidden = el('button', { type: 'button', id: 'show-hidden-nodes', hidden: true });
  showHidden.addEventListener('click', () => store.dispatch({ type: 'showAllNodes' }));

  const colorTitle = el('h2', { id: 'color-legend-title' });
  const colorList = el('ul', { class: 'legend-list', id: 'color-legend' });
  let shownColoring: Coloring | null = null;
  let colorCounts = new Map<string, HTMLElement>();

  const summary = el('p', { class: 'meta', id: 'legend-summary' });
  container.append(
    summary,
    colorTitle,
    colorList,
    el('h2', {}, 'Overview'),
    el('div', { class: 'filter' }, el('label', {}, isolated, ` Show entities without relations (${isolatedCount})`)),
    el('div', { class: 'filter' }, el('label', { for: 'min-degree' }, 'At least '), minDegreeValue, ' relations', minDegree),
    el('div', { class: 'filter' }, el('label', { for: 'min-mentions' }, 'At least '), minMentionsValue, ' mentions', minMentions),
    showHidden,
    el('h2', {}, 'Entity types'),
    typeList,
    el('h2', {}, 'Relations'),
    familyList,
    el('h2', {}, 'Filters'),
    el('div', { class: 'filter' }, el('label', { for: 'min-confidence' }, 'Minimum confidence '), confidenceValue, confidence),
    dateBlock,
  );

  return {
    update(state, visible, coloring) {
      if (coloring !== shownColoring) {
        shownColoring = coloring;
        colorTitle.textContent = coloring.title;
        colorCounts = new Map();
        colorList.replaceChildren(
          ...coloring.categories.map((c) => {
            const count = el('span', { class: 'count', title: `${c.count} loaded` });
            colorCounts.set(c.key, count);
            return el(
              'li',
              { class: 'legend-item', 'data-color-category': c.label, 'data-color': c.color },
              el('span', { class: 'swatch', style: `background:${c.color}` }),
              c.label,
              count,
            );
          }),
        );
      }
      // Counts of what is shown, so the key reads like the picture.
      const shownPerCategory = new Map<string, number>();
      for (const node of visible.nodes) {
        const key = coloring.categoryKeyOf(node);
        shownPerCategory.set(key, (shownPerCategory.get(key) ?? 0) + 1);
      }
      for (const [key, count] of colorCounts) count.textContent = String(shownPerCategory.get(key) ?? 0);
      // Type swatches only where type is what the colours say; otherwise the colour legend above is the key.
      container.classList.toggle('colored-by-type', state.colorBy === 'type');
      isolated.checked = state.showIsolated;
      showHidden.hidden = state.hiddenNodes.length === 0;
      showHidden.textContent = `Show the ${state.hiddenNodes.length} hidden entit${state.hiddenNodes.length === 1 ? 'y' : 'ies'} again`;
      minDegree.value = String(state.minDegree);
      minDegreeValue.textContent = String(Math.max(state.minDegree, state.showIsolated ? 0 : 1));
      minMentions.value = String(state.minMentions);
      minMentionsValue.textContent = String(state.minMentions);
      const visibleTypes = new Map<string, number>();
      for (const node of visible.nodes) {
        const t = graph.getNodeAttribute(node, 'entityType');
        visibleTypes.set(t, (visibleTypes.get(t) ?? 0) + 1);
      }
      const visibleRelations = new Map<string, number>();
      for (const edge of visible.edges) {
        const t = graph.getEdgeAttribute(edge, 'relationType');
        visibleRelations.set(t, (visibleRelations.get(t) ?? 0) + 1);
      }
      for (const [type, { button, count }] of typeButtons) {
        button.setAttribute('aria-pressed', String(!state.hiddenEntityTypes.includes(type)));
        count.textContent = `${visibleTypes.get(type) ?? 0}/${loadedTypes.get(type) ?? 0}`;
      }
      for (const [type, { button, count }] of relationButtons) {
        button.setAttribute('aria-pressed', String(!state.hiddenRelationTypes.includes(type)));
        count.textContent = `${visibleRelations.get(type) ?? 0}/${loadedRelations.get(type) ?? 0}`;
      }
      for (const { button, count, types } of familyButtons.values()) {
        button.setAttribute('aria-pressed', String(types.some((t) => !state.hiddenRelationTypes.includes(t))));
        count.textContent = String(types.reduce((n, t) => n + (visibleRelations.get(t) ?? 0), 0));
      }
      confidence.value = String(state.minConfidence);
      confidenceValue.textContent = state.minConfidence.toFixed(2);
      if (fromInput && toInput) {
        const { dateFrom, dateTo } = state;
        const fromIndex = dateFrom
          ? Math.max(
              0,
              dates.findIndex((d) => d >= dateFrom),
            )
          : 0;
        const toIndex = dateTo ? Math.max(0, dates.length - 1 - [...dates].reverse().findIndex((d) => d <= dateTo)) : dates.length - 1;
        if (document.activeElement !== fromInput) fromInput.value = String(fromIndex);
        if (document.activeElement !== toInput) toInput.value = String(toIndex);
        dateValue.textContent = `${state.dateFrom ?? dates[0]} – ${state.dateTo ?? dates[dates.length - 1]}`;
      }
      summary.textContent = `${visible.nodes.size} of ${graph.order} entities, ${visible.edges.size} of ${graph.size} relations shown`;
    },
  };
}
