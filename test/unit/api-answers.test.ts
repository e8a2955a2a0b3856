// Reading kg serve's API answers in the viewer: the answers the viewer API gives (here its offline implementation,
// which answers in the server's shapes; the browser tests read the server's own) pass as they are, and an answer of
// another shape is refused with an error naming the route, the field and what to do.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { GraphDocumentApi } from '../../src/viewer/graph-document-api.js';
import {
  articleAnswer,
  articlesAnswer,
  assertApiAnswer,
  entityAnswer,
  pathAnswer,
  queryAnswer,
  relationAnswer,
  searchAnswer,
  timelineAnswer,
  viewerGraphAnswer,
} from '../../src/viewer/api-answers.js';
import type { Shape } from '../../src/util/json-shapes.js';
import { isRecord } from '../../src/util/json-shapes.js';

const text = 'Jane Doe works for Acme. Acme owns Globex.';
const mention = (name: string) => ({ doc: 'd1', start: text.indexOf(name), end: text.indexOf(name) + name.length });
const graph: GraphDocument = {
  version: 1,
  documents: [{ id: 'd1', source: 'a.txt', title: 'Acme news', text, published: '2024-03-01' }],
  entities: [
    { id: 'jane', name: 'Jane Doe', type: 'Person', aliases: ['Jane'], mentions: [mention('Jane Doe')] },
    { id: 'acme', name: 'Acme', type: 'Organization', aliases: [], mentions: [mention('Acme')] },
    { id: 'globex', name: 'Globex', type: 'Organization', aliases: [], mentions: [mention('Globex')] },
  ],
  relations: [
    {
      id: 'r1',
      source: 'jane',
      target: 'acme',
      type: 'WORKS_FOR',
      properties: { role: 'chief' },
      confidence: 0.5,
      evidence: [{ doc: 'd1', start: 0, end: 23 }],
    },
    { id: 'r2', source: 'acme', target: 'globex', type: 'OWNS', properties: {}, confidence: 0.9, evidence: [{ doc: 'd1', start: 25, end: 41 }] },
  ],
};

/** An answer as the viewer receives it: through JSON, as it crosses HTTP. */
const overJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** An answer that is a JSON object, as one to change a field of. */
function objectAnswer(value: unknown): Record<string, unknown> {
  const answer = overJson(value);
  if (!isRecord(answer)) throw new Error('the answer is not an object');
  return answer;
}

function read<T>(value: unknown, shape: Shape<T>, route: string): T {
  assertApiAnswer(value, shape, route);
  return value;
}

describe("the viewer's reading of API answers", () => {
  const api = new GraphDocumentApi(graph);

  it('passes every answer the viewer API gives, unchanged', async () => {
    const answers: [unknown, Shape<unknown>, string][] = [
      [await api.overview(), viewerGraphAnswer, '/api/overview'],
      [await api.ego('acme', 2), viewerGraphAnswer, '/api/ego'],
      [{ hits: await api.search('Acme') }, searchAnswer, '/api/search'],
      [{ hits: await api.search('owns Globex') }, searchAnswer, '/api/search'],
      [await api.entity('acme'), entityAnswer, '/api/entity'],
      [await api.relation('r1'), relationAnswer, '/api/relation'],
      [{ articles: await api.articles({ entity: 'acme' }) }, articlesAnswer, '/api/articles'],
      [await api.article('d1'), articleAnswer, '/api/article'],
      [await api.timeline(), timelineAnswer, '/api/timeline'],
      [await api.path('jane', 'globex'), pathAnswer, '/api/path'],
      [await api.path('globex', 'nobody'), pathAnswer, '/api/path'],
    ];
    for (const [answer, shape, route] of answers) expect(read(overJson(answer), shape, route)).toEqual(overJson(answer));
  });

  it('passes a Cypher result with nodes, relationships, nulls and nested values', () => {
    const result = {
      columns: ['e', 'r', 'n'],
      rows: [
        [{ id: 'acme', labels: ['Entity'], properties: { name: 'Acme' } }, { id: 'r2', type: 'OWNS', start: 'acme', end: 'globex', properties: {} }, null],
      ],
      graph: {
        nodes: [{ id: 'acme', labels: ['Entity'], properties: { name: 'Acme', aliases: [], score: 1.5 }, propertyTypes: { score: 'FLOAT NOT NULL' } }],
        relationships: [{ id: 'r2', type: 'OWNS', start: 'acme', end: 'globex', properties: { nested: { a: [1, 'b', null] } } }],
      },
      truncated: false,
      queryType: 'r',
      updates: {},
    };
    expect(read(overJson(result), queryAnswer, '/api/query')).toEqual(result);
  });

  it('keeps fields the viewer does not know', async () => {
    const answer = { ...(await api.timeline()), generatedBy: 'a newer server' };
    expect(read(answer, timelineAnswer, '/api/timeline')).toEqual(answer);
  });

  it('refuses an answer of another shape, naming the route and the field', async () => {
    const overview = objectAnswer(await api.overview());
    const relations = Array.isArray(overview.relations) ? overview.relations : [];
    const wrongConfidence = { ...overview, relations: relations.map((r, i) => (i === 1 && isRecord(r) ? { ...r, confidence: 'high' } : r)) };
    expect(() => read(wrongConfidence, viewerGraphAnswer, '/api/overview')).toThrow(
      "the server's answer to /api/overview is not what this viewer reads: answer.relations[1].confidence is not a number; reload the page, or restart kg serve if it runs another version",
    );
    expect(() => read('<html>Bad gateway</html>', viewerGraphAnswer, '/api/overview')).toThrow(
      '/api/overview is not what this viewer reads: answer is not an object;',
    );
    expect(() => read({ ...overview, counts: undefined }, viewerGraphAnswer, '/api/overview')).toThrow('answer.counts is not an object');
    expect(() => read({ hits: [{ kind: 'document', id: 'd1', name: 'A', type: 'Document', aliases: [], score: 1 }] }, searchAnswer, '/api/search')).toThrow(
      'answer.hits[0].kind is not one of entity, relation',
    );
    expect(() => read({ path: ['a'], graph: undefined }, pathAnswer, '/api/path')).toThrow('answer.graph is not an object');
    expect(() => read({ articles: [{ day: '2024-03-01', count: '2' }] }, timelineAnswer, '/api/timeline')).toThrow('answer.articles[0].count is not a number');
    const relation = objectAnswer(await api.relation('r1'));
    expect(() => read({ ...relation, properties: { role: ['chief'] } }, relationAnswer, '/api/relation')).toThrow(
      'answer.properties.role is not a string, number or boolean',
    );
  });
});
