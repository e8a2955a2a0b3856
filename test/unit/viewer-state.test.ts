// The viewer's pure parts: store actions, the URL round trip, visibility from filters and ego mode, evidence
// highlights and relation grouping.
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { initialState, pickedWithSelection, reduce, Store, type Action, type ViewerState } from '../../web/src/store.js';
import { searchFromState, stateFromSearch } from '../../web/src/url-state.js';
import { computeVisible, dateInRange } from '../../web/src/visibility.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from '../../web/src/viewer-graph.js';
import { groupRelations, sentenceHighlights, type RelationDetails } from '../../src/viewer/viewer-data.js';

function tinyGraph(): ViewerGraph {
  const graph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const node = (id: string, entityType: string) =>
    graph.addNode(id, {
      label: id,
      entityType,
      aliases: [],
      mentionCount: 1,
      documentCount: 1,
      x: 0,
      y: 0,
      size: 1,
      color: '#000',
      degree: 0,
      pagerank: 0,
      community: 0,
    });
  const edge = (id: string, a: string, b: string, confidence: number, date?: string) =>
    graph.addDirectedEdgeWithKey(id, a, b, { relationType: 'WORKS_FOR', family: 'role', confidence, date, label: '', color: '#000', size: 1 });
  node('ana', 'Person');
  node('acme', 'Company');
  node('bo', 'Person');
  node('oslo', 'City');
  edge('r1', 'ana', 'acme', 0.9, '2021-05');
  edge('r2', 'bo', 'acme', 0.4, '2019');
  edge('r3', 'acme', 'oslo', 0.8);
  return graph;
}

describe('viewer store', () => {
  it('toggles an entity type on and off without touching the previous state', () => {
    const hidden = reduce(initialState, { type: 'toggleEntityType', entityType: 'Person' });
    expect(hidden.hiddenEntityTypes).toEqual(['Person']);
    expect(initialState.hiddenEntityTypes).toEqual([]);
    expect(reduce(hidden, { type: 'toggleEntityType', entityType: 'Person' }).hiddenEntityTypes).toEqual([]);
  });

  it('hides a whole relation family when any of its types is shown, and shows it all again after', () => {
    const partly = reduce(initialState, { type: 'toggleRelationTypes', relationTypes: ['OWNS'] });
    const family = reduce(partly, { type: 'toggleRelationTypes', relationTypes: ['OWNS', 'DEVELOPED'] });
    expect(family.hiddenRelationTypes).toEqual(['DEVELOPED', 'OWNS']);
    expect(reduce(family, { type: 'toggleRelationTypes', relationTypes: ['OWNS', 'DEVELOPED'] }).hiddenRelationTypes).toEqual([]);
  });

  it('turns ego mode on only around a selected node and keeps it while an edge is selected', () => {
    expect(reduce(initialState, { type: 'setEgoDepth', depth: 2 }).egoDepth).toBe(0);
    const selected = reduce(initialState, { type: 'select', selection: { kind: 'node', id: 'ana' } });
    const ego = reduce(selected, { type: 'setEgoDepth', depth: 2 });
    expect([ego.egoDepth, ego.egoCenter]).toEqual([2, 'ana']);
    const onEdge = reduce(ego, { type: 'select', selection: { kind: 'edge', id: 'r1' } });
    expect([onEdge.egoDepth, onEdge.egoCenter]).toEqual([2, 'ana']);
  });

  it('clamps the confidence filter to 0..1', () => {
    expect(reduce(initialState, { type: 'setMinConfidence', value: 3 }).minConfidence).toBe(1);
  });
});

describe('viewer URL state', () => {
  it('round-trips selection, multi-selection, pinned and hidden entities, filters, modes and camera through the query string, keeping ?file=', () => {
    const state: ViewerState = {
      ...initialState,
      hiddenEntityTypes: ['City', 'Person'],
      hiddenRelationTypes: ['OWNS'],
      minConfidence: 0.35,
      dateFrom: '2019',
      dateTo: '2021-06',
      selection: { kind: 'edge', id: 'rel:a/b c' },
      pickedNodes: ['org:acme-1a2b3c4d', 'per:ana-5e6f7a8b'],
      pinnedNodes: ['cit:oslo-9c0d1e2f', 'per:ana-5e6f7a8b'],
      hiddenNodes: ['org:bank-0a1b2c3d', 'per:bo-4e5f6a7b'],
      sizeBy: 'pagerank',
      colorBy: 'community',
      egoDepth: 2,
      egoCenter: 'org:acme',
      camera: { x: 0.5, y: 0.25, ratio: 0.4 },
    };
    const search = searchFromState(state, '?file=graph.json');
    expect(new URLSearchParams(search).get('file')).toBe('graph.json');
    const { layoutRunning, hoveredNode, ...shared } = { ...initialState, ...stateFromSearch(search) };
    const { layoutRunning: _a, hoveredNode: _b, ...expected } = state;
    expect(shared).toEqual(expected);
  });

  it('reopens a link with the same pinned entities and multi-selection, and leaves them out of the link when empty', () => {
    const actions: Action[] = [
      { type: 'select', selection: { kind: 'node', id: 'per:ana-1' } },
      { type: 'togglePin', ids: ['per:ana-1'] },
      { type: 'togglePick', id: 'org:acme-2' },
      { type: 'togglePick', id: 'per:bo-3' },
    ];
    const picked = actions.reduce(reduce, initialState);
    const reopened = new Store({ ...initialState, ...stateFromSearch(searchFromState(picked)) }).state;
    expect([reopened.pinnedNodes, reopened.pickedNodes, reopened.selection]).toEqual([['per:ana-1'], ['org:acme-2', 'per:bo-3'], picked.selection]);
    expect(pickedWithSelection(reopened)).toEqual(['org:acme-2', 'per:ana-1', 'per:bo-3']);
    const cleared = reduce(reduce(picked, { type: 'togglePin', ids: ['per:ana-1'] }), { type: 'select', selection: null });
    expect(searchFromState(cleared)).toBe('');
  });

  it('ignores malformed values instead of trusting them', () => {
    const state = stateFromSearch('?conf=7&from=yesterday&ego=9&cam=1,2&sel=x:y');
    expect(state).toEqual({});
  });
});

describe('viewer visibility', () => {
  it('hides the nodes of a hidden type and every edge touching them', () => {
    const visible = computeVisible(tinyGraph(), { ...initialState, hiddenEntityTypes: ['Person'] });
    expect([...visible.nodes].sort()).toEqual(['acme', 'oslo']);
    expect([...visible.edges]).toEqual(['r3']);
  });

  it('filters edges by confidence and by date range, keeping undated relations', () => {
    const graph = tinyGraph();
    expect([...computeVisible(graph, { ...initialState, minConfidence: 0.5 }).edges].sort()).toEqual(['r1', 'r3']);
    expect([...computeVisible(graph, { ...initialState, dateFrom: '2020', dateTo: null }).edges].sort()).toEqual(['r1', 'r3']);
    expect(dateInRange('2021-05', '2021', '2021')).toBe(true);
    expect(dateInRange('2021', '2021-06', null)).toBe(true);
    expect(dateInRange('2019-12-31', '2020', null)).toBe(false);
  });

  it('shows only the ego network of the centre, through shown edges', () => {
    const graph = tinyGraph();
    const one = computeVisible(graph, { ...initialState, egoDepth: 1, egoCenter: 'ana' });
    expect([...one.nodes].sort()).toEqual(['acme', 'ana']);
    const two = computeVisible(graph, { ...initialState, egoDepth: 2, egoCenter: 'ana' });
    expect([...two.nodes].sort()).toEqual(['acme', 'ana', 'bo', 'oslo']);
    const filtered = computeVisible(graph, { ...initialState, egoDepth: 2, egoCenter: 'ana', minConfidence: 0.5 });
    expect([...filtered.nodes].sort()).toEqual(['acme', 'ana', 'oslo']);
  });
});

describe('viewer evidence', () => {
  it('makes mention offsets relative to the sentence and drops those outside or overlapping', () => {
    const highlights = sentenceHighlights({ start: 100, end: 140 }, [
      { start: 104, end: 110, role: 'source' },
      { start: 120, end: 130, role: 'target' },
      { start: 90, end: 95, role: 'source' },
      { start: 121, end: 125, role: 'source' },
    ]);
    expect(highlights).toEqual([
      { start: 4, end: 10, role: 'source' },
      { start: 20, end: 30, role: 'target' },
    ]);
  });

  it('groups relations by type, largest group first, most confident first', () => {
    const relation = (id: string, type: string, confidence: number) =>
      ({
        id,
        type,
        family: 'x',
        confidence,
        properties: {},
        evidence: [],
        source: { id: 'a', name: 'A', type: 'Person' },
        target: { id: 'b', name: 'B', type: 'Company' },
      }) as RelationDetails;
    const groups = groupRelations([relation('1', 'OWNS', 0.2), relation('2', 'TOLD', 0.5), relation('3', 'OWNS', 0.9)]);
    expect(groups.map((g) => [g.type, g.relations.map((r) => r.id)])).toEqual([
      ['OWNS', ['3', '1']],
      ['TOLD', ['2']],
    ]);
  });
});

describe('overview filters', () => {
  function starGraph(): ViewerGraph {
    const graph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const node = (id: string, mentionCount: number) =>
      graph.addNode(id, {
        label: id,
        entityType: 'Person',
        aliases: [],
        mentionCount,
        documentCount: 1,
        x: 0,
        y: 0,
        size: 1,
        color: '#000',
        degree: 0,
        pagerank: 0,
        community: -1,
      });
    node('hub', 9);
    node('a', 1);
    node('b', 5);
    node('c', 2);
    node('alone', 7);
    const edge = (id: string, s: string, t: string) =>
      graph.addDirectedEdgeWithKey(id, s, t, { relationType: 'KNOWS', family: 'social', confidence: 1, label: '', color: '#000', size: 1 });
    edge('1', 'hub', 'a');
    edge('2', 'hub', 'b');
    edge('3', 'b', 'c');
    edge('4', 'hub', 'c');
    return graph;
  }

  it('hides entities without a shown relation unless asked, but never the selected one', () => {
    const graph = starGraph();
    expect([...computeVisible(graph, initialState).nodes].sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(computeVisible(graph, { ...initialState, showIsolated: true }).nodes.has('alone')).toBe(true);
    expect(computeVisible(graph, { ...initialState, selection: { kind: 'node', id: 'alone' } }).nodes.has('alone')).toBe(true);
  });

  it('keeps entities with at least the relations and mentions asked for, and none left without a relation', () => {
    const graph = starGraph();
    const visible = computeVisible(graph, { ...initialState, minDegree: 2 });
    expect([...visible.nodes].sort()).toEqual(['b', 'c', 'hub']);
    expect([...visible.edges].sort()).toEqual(['2', '3', '4']);
    const mentioned = computeVisible(graph, { ...initialState, minMentions: 2 });
    expect([...mentioned.nodes].sort()).toEqual(['b', 'c', 'hub']);
  });

  it('round-trips the overview settings through the URL', () => {
    const state: ViewerState = { ...initialState, showIsolated: true, minDegree: 3, minMentions: 4, sizeBy: 'articles', colorBy: 'family', labels: 'many' };
    const back = stateFromSearch(searchFromState(state));
    expect(back).toMatchObject({ showIsolated: true, minDegree: 3, minMentions: 4, sizeBy: 'articles', colorBy: 'family', labels: 'many' });
  });
});

describe('pins and multi-selection', () => {
  it('pins several entities as one, and releases them when all are pinned', () => {
    const pinned = reduce(initialState, { type: 'togglePin', ids: ['bo', 'ana'] });
    expect(pinned.pinnedNodes).toEqual(['ana', 'bo']);
    expect(reduce(reduce(pinned, { type: 'togglePin', ids: ['ana'] }), { type: 'togglePin', ids: ['ana', 'bo'] }).pinnedNodes).toEqual(['ana', 'bo']);
    expect(reduce(pinned, { type: 'togglePin', ids: ['ana', 'bo'] }).pinnedNodes).toEqual([]);
  });

  it('hides the picked entities with the selected one, and a plain selection ends the multi-selection', () => {
    const selected = reduce(initialState, { type: 'select', selection: { kind: 'node', id: 'ana' } });
    const picked = reduce(reduce(selected, { type: 'togglePick', id: 'bo' }), { type: 'togglePick', id: 'oslo' });
    expect(picked.pickedNodes).toEqual(['bo', 'oslo']);
    expect(reduce(picked, { type: 'select', selection: { kind: 'node', id: 'acme' } }).pickedNodes).toEqual([]);
    const hidden = reduce(picked, { type: 'hidePicked' });
    expect(hidden.hiddenNodes).toEqual(['ana', 'bo', 'oslo']);
    expect(hidden.selection).toBeNull();
    expect(hidden.pickedNodes).toEqual([]);
  });
});
