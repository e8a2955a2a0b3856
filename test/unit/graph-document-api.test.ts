// The viewer API over an opened graph file, without a database: the ego-network search keeps the strongest
// neighbours first and says when it cut, paths run either way along relations, and a relation found by its evidence
// sentence leads to it. (test/integration/viewer-api-parity.test.ts checks the answers against Neo4j's.)
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { GraphDocumentApi } from '../../src/viewer/graph-document-api.js';

const text = 'Jane Doe works for Acme. Acme owns Globex. Globex hired Sam Roe.';
const person = (id: string, name: string) => ({
  id,
  name,
  type: 'Person' as const,
  aliases: [],
  mentions: [{ doc: 'd1', start: text.indexOf(name), end: text.indexOf(name) + name.length }],
});
const organisation = (id: string, name: string) => ({ ...person(id, name), type: 'Organization' as const });
const sentence = (i: number) => {
  const parts = text.split('. ');
  const start = parts.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
  return { doc: 'd1', start, end: start + parts[i]!.length };
};
const graph: GraphDocument = {
  version: 1,
  documents: [{ id: 'd1', source: 'a.txt', text, published: '2024-03-01' }],
  entities: [person('jane', 'Jane Doe'), organisation('acme', 'Acme'), organisation('globex', 'Globex'), person('sam', 'Sam Roe')],
  relations: [
    { id: 'r1', source: 'jane', target: 'acme', type: 'WORKS_FOR', properties: {}, confidence: 0.5, evidence: [sentence(0)] },
    { id: 'r2', source: 'acme', target: 'globex', type: 'OWNS', properties: {}, confidence: 0.9, evidence: [sentence(1)] },
    { id: 'r3', source: 'sam', target: 'globex', type: 'WORKS_FOR', properties: {}, confidence: 0.7, evidence: [sentence(2)] },
  ],
};

describe('the viewer API over an opened file', () => {
  const api = new GraphDocumentApi(graph);

  it('expands to the most strongly related neighbours first and says when it cut', async () => {
    const cut = await api.ego('acme', 1, 2);
    expect(cut.entities.map((e) => e.id)).toEqual(['acme', 'globex']);
    expect(cut.truncated).toBe(true);
    const whole = await api.ego('acme', 2, 10);
    expect(whole.entities.map((e) => e.id)).toEqual(['acme', 'globex', 'jane', 'sam']);
    expect(whole.relations.map((r) => r.id)).toEqual(['r2', 'r3', 'r1']);
    expect(whole.truncated).toBe(false);
    expect((await api.ego('nobody', 1)).entities).toEqual([]);
  });

  it('finds the shortest chain of relations in either direction', async () => {
    const found = await api.path('jane', 'sam');
    expect(found.path).toEqual(['jane', 'acme', 'globex', 'sam']);
    expect(found.graph?.relations.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
    expect((await api.path('jane', 'nobody')).path).toEqual([]);
  });

  it('answers an entity with its relations grouped, and the articles it is in', async () => {
    const details = await api.entity('globex');
    expect(details?.relationGroups.map((g) => [g.type, g.relations.map((r) => r.id)])).toEqual([
      ['OWNS', ['r2']],
      ['WORKS_FOR', ['r3']],
    ]);
    expect(details?.relationGroups[0]?.relations[0]?.evidence[0]?.text).toBe('Acme owns Globex');
    expect(await api.articles({ entity: 'globex' })).toEqual([{ id: 'd1', source: 'a.txt', published: '2024-03-01', hits: 1 }]);
    expect(await api.entity('nobody')).toBeNull();
  });

  it('finds an entity by a misspelt name and a relation by a word of its sentence', async () => {
    expect((await api.search('Globx')).filter((hit) => hit.kind === 'entity').map((hit) => hit.id)).toEqual(['globex']);
    expect((await api.search('hired')).filter((hit) => hit.kind === 'relation').map((hit) => hit.id)).toEqual(['r3']);
  });
});
