// Node colours for a colour mode, and the legend that goes with them, from one computation so the two always match.
// Categories are ranked by how many loaded entities they hold; the first ones get distinct colours, the long tail one
// grey. Built once per mode and graph change; the renderer only looks a node's colour up.
import type { ColorBy } from './store.js';
import type { ViewerGraph } from './viewer-graph.js';
import { COMMUNITY_PALETTE, entityColor, entityTypeList, familyColorOf, familyOf } from './schema-view.js';

export const TAIL_COLOR = '#b8bec6';

export interface ColorCategory {
  key: string;
  label: string;
  color: string;
  count: number;
}

export interface Coloring {
  mode: ColorBy;
  title: string;
  /** Ranked; the last one may be the grey long tail. */
  categories: ColorCategory[];
  colorOf(node: string): string;
  /** The key of the legend category a node is drawn in ('' for the grey tail). */
  categoryKeyOf(node: string): string;
}

/** A node's category for a mode (an entity type, a community, the relation family most of its relations are in). */
function categoryOf(graph: ViewerGraph, node: string, mode: ColorBy): string {
  const attrs = graph.getNodeAttributes(node);
  if (mode === 'type') return attrs.entityType;
  if (mode === 'community') return attrs.community < 0 ? 'pending' : String(attrs.community);
  const families = new Map<string, number>();
  graph.forEachEdge(node, (_e, a) => {
    const family = a.family || familyOf(a.relationType);
    families.set(family, (families.get(family) ?? 0) + 1);
  });
  let best = '';
  let most = 0;
  for (const [family, n] of families)
    if (n > most || (n === most && family < best)) {
      best = family;
      most = n;
    }
  return best || 'no relation';
}

export function buildColoring(graph: ViewerGraph, mode: ColorBy): Coloring {
  const byNode = new Map<string, string>();
  const members = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const key = categoryOf(graph, node, mode);
    byNode.set(node, key);
    const list = members.get(key);
    if (list) list.push(node);
    else members.set(key, [node]);
  });
  const ranked = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const colors = new Map<string, string>();
  const categories: ColorCategory[] = [];
  if (mode === 'type') {
    const order = new Map(entityTypeList.map((t, i) => [t.name, i]));
    for (const [key, list] of ranked.sort((a, b) => (order.get(a[0]) ?? 999) - (order.get(b[0]) ?? 999))) {
      colors.set(key, entityColor(key));
      categories.push({ key, label: key, color: entityColor(key), count: list.length });
    }
  } else {
    // A community is named after its most mentioned member; single-entity communities are never worth a colour.
    const named = (list: string[]) =>
      list.reduce((best, n) => (graph.getNodeAttribute(n, 'mentionCount') > graph.getNodeAttribute(best, 'mentionCount') ? n : best));
    let tail = 0;
    let tailGroups = 0;
    ranked.forEach(([key, list], rank) => {
      const colorful = mode === 'family' ? key !== 'no relation' : key !== 'pending' && rank < COMMUNITY_PALETTE.length && list.length > 1;
      if (!colorful) {
        colors.set(key, TAIL_COLOR);
        tail += list.length;
        tailGroups += 1;
        return;
      }
      // `colorful` above keeps `rank` within the palette.
      const color = mode === 'family' ? familyColorOf(key) : (COMMUNITY_PALETTE[rank] ?? TAIL_COLOR);

      colors.set(key, color);
      categories.push({ key, label: mode === 'family' ? key : `around ${graph.getNodeAttribute(named(list), 'label')}`, color, count: list.length });
    });
    const pending = members.has('pending');
    if (tail > 0)
      categories.push({
        key: '',
        label: mode === 'family' ? 'no relation' : pending ? 'finding communities…' : `${tailGroups} smaller communit${tailGroups === 1 ? 'y' : 'ies'}`,
        color: TAIL_COLOR,
        count: tail,
      });
  }
  const title =
    mode === 'type'
      ? 'Colour: entity type'
      : mode === 'community'
        ? `Colour: ${ranked.length} Louvain communities, largest first`
        : 'Colour: main relation family';
  const legendKey = (key: string) => (colors.get(key) === TAIL_COLOR && mode !== 'type' ? '' : key);
  return {
    mode,
    title,
    categories,
    colorOf: (node) => colors.get(byNode.get(node) ?? '') ?? TAIL_COLOR,
    categoryKeyOf: (node) => legendKey(byNode.get(node) ?? ''),
  };
}
