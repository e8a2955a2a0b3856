// The timeline under the graph: articles per publication day and facts (relations, at their own date or else at their
// first article's day) per period, as bars; dragging across it picks a period, which filters the graph's relations
// (and, with unconnected entities hidden, the entities left without one). Periods are days, months or years, whichever
// fits the span of the articles.
import type { Timeline } from '../../../src/viewer/viewer-data.js';
import type { Store, ViewerState } from '../store.js';
import type { ViewerGraph } from '../viewer-graph.js';
import { relationTime } from '../visibility.js';
import { el } from '../dom.js';
import { itemAt } from '../../../src/util/checked-index.js';

type Scale = 'day' | 'month' | 'year';
const KEY_LENGTH: Record<Scale, number> = { day: 10, month: 7, year: 4 };
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Every period key from `first` to `last` inclusive. */
function periods(first: string, last: string, scale: Scale): string[] {
  const keys: string[] = [];
  const date = new Date(`${first.slice(0, 10).padEnd(10, '-01').replace(/-$/, '')}T00:00:00Z`);
  if (scale === 'month') date.setUTCDate(1);
  if (scale === 'year') date.setUTCMonth(0, 1);
  for (let guard = 0; guard < 5000; guard++) {
    const key = date.toISOString().slice(0, KEY_LENGTH[scale]);
    if (key > last.slice(0, KEY_LENGTH[scale])) break;
    keys.push(key);
    if (scale === 'day') date.setUTCDate(date.getUTCDate() + 1);
    else if (scale === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCFullYear(date.getUTCFullYear() + 1);
  }
  return keys;
}

function scaleFor(first: string, last: string): Scale {
  const days = (Date.parse(last.slice(0, 10).padEnd(10, '-01')) - Date.parse(first.slice(0, 10).padEnd(10, '-01'))) / 86_400_000;
  return days <= 150 ? 'day' : days <= 365 * 12 ? 'month' : 'year';
}

export interface TimelineView {
  update(state: ViewerState): void;
}

export function createTimeline(container: HTMLElement, store: Store, graph: ViewerGraph, data: Timeline): TimelineView | null {
  const facts = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    const t = relationTime(a);
    if (t) facts.set(t, (facts.get(t) ?? 0) + 1);
  });
  const articleDays = data.articles.map((a) => a.day).filter((d) => /^\d{4}/.test(d));
  const domainSource = articleDays.length > 0 ? articleDays : [...facts.keys()].sort();
  if (domainSource.length === 0) {
    container.hidden = true;
    return null;
  }
  const first = itemAt(domainSource, 0);
  const last = itemAt(domainSource, domainSource.length - 1);
  const scale = scaleFor(first, last);
  const keyLength = KEY_LENGTH[scale];
  const keys = periods(first, last, scale);
  const index = new Map(keys.map((k, i) => [k, i]));
  const articleCounts = new Array<number>(keys.length).fill(0);
  const factCounts = new Array<number>(keys.length).fill(0);
  for (const a of data.articles) {
    const i = index.get(a.day.slice(0, keyLength));
    if (i !== undefined) articleCounts[i] = itemAt(articleCounts, i) + a.count;
  }
  let outside = 0;
  for (const [time, n] of facts) {
    const i = time.length >= keyLength ? index.get(time.slice(0, keyLength)) : undefined;
    if (i === undefined) outside += n;
    else factCounts[i] = itemAt(factCounts, i) + n;
  }
  const width = 1000;
  const height = 46;
  const step = width / keys.length;
  const peak = Math.max(1, ...articleCounts, ...factCounts);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': `Articles and facts per ${scale}` });
  keys.forEach((key, i) => {
    const a = (itemAt(articleCounts, i) / peak) * (height - 4);
    const f = (itemAt(factCounts, i) / peak) * (height - 4);
    if (a > 0) chart.append(svg('rect', { x: i * step, y: height - a, width: Math.max(0.5, step * 0.48), height: a, fill: '#9aa3ad', 'data-period': key }));
    if (f > 0)
      chart.append(svg('rect', { x: i * step + step * 0.5, y: height - f, width: Math.max(0.5, step * 0.48), height: f, fill: '#0b5cad', 'data-period': key }));
  });
  const brush = svg('rect', {
    x: 0,
    y: 0,
    width: 0,
    height,
    fill: 'rgba(11,92,173,.15)',
    stroke: '#0b5cad',
    'stroke-width': 1,
    'vector-effect': 'non-scaling-stroke',
    id: 'timeline-brush',
  });
  chart.append(brush);
  const label = el('span', { id: 'timeline-range' });
  const clear = el('button', { type: 'button', id: 'timeline-clear' }, 'All dates');
  clear.addEventListener('click', () => store.dispatch({ type: 'setDateRange', from: null, to: null }));
  container.replaceChildren(
    el(
      'div',
      { class: 'timeline-bar' },
      el(
        'span',
        {},
        el('span', { style: 'color:#9aa3ad' }, '■'),
        ` articles · `,
        el('span', { style: 'color:#0b5cad' }, '■'),
        ` facts per ${scale}${outside ? ` (${outside} dated outside)` : ''}`,
      ),
      label,
      clear,
    ),
    chart,
  );
  container.hidden = false;

  const periodAt = (clientX: number) => {
    const box = chart.getBoundingClientRect();
    return Math.min(keys.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * keys.length)));
  };
  let dragFrom: number | null = null;
  const show = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    brush.setAttribute('x', String(lo * step));
    brush.setAttribute('width', String((hi - lo + 1) * step));
  };
  chart.addEventListener('pointerdown', (event) => {
    dragFrom = periodAt(event.clientX);
    chart.setPointerCapture(event.pointerId);
    show(dragFrom, dragFrom);
  });
  chart.addEventListener('pointermove', (event) => {
    if (dragFrom !== null) show(dragFrom, periodAt(event.clientX));
  });
  chart.addEventListener('pointerup', (event) => {
    if (dragFrom === null) return;
    const to = periodAt(event.clientX);
    const [lo, hi] = dragFrom <= to ? [dragFrom, to] : [to, dragFrom];
    dragFrom = null;
    store.dispatch({ type: 'setDateRange', from: itemAt(keys, lo), to: itemAt(keys, hi) });
  });

  const view: TimelineView = {
    update(state) {
      if (dragFrom !== null) return;
      const from = state.dateFrom?.slice(0, keyLength);
      const to = state.dateTo?.slice(0, keyLength);
      const lo = from ? keys.findIndex((k) => k >= from) : -1;
      const hiFound = to ? keys.findLastIndex((k) => k <= to) : -1;
      if (!state.dateFrom && !state.dateTo) {
        brush.setAttribute('width', '0');
        label.textContent = `${keys[0]} – ${keys[keys.length - 1]}: drag to pick a period`;
      } else {
        show(lo < 0 ? 0 : lo, hiFound < 0 ? keys.length - 1 : hiFound);
        label.textContent = `${state.dateFrom ?? keys[0]} – ${state.dateTo ?? keys[keys.length - 1]}`;
      }
      clear.disabled = !state.dateFrom && !state.dateTo;
    },
  };
  view.update(store.state);
  return view;
}
