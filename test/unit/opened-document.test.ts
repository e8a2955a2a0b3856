// Opening a graph document in the viewer: what kg extract writes opens as it is, files the viewer can draw all the
// same open too, and a malformed one is refused with an error that names the element and field.
import { describe, expect, it } from 'vitest';
import { parseGraphDocument } from '../../web/src/data-source.js';
import { documentSubset } from '../../src/viewer/opened-document.js';

const text = 'Jane Doe works for Acme.';
const written = {
  version: 1,
  generator: { name: 'newsgraph-kg', version: '0.1.0' },
  documents: [{ id: 'd1', source: 'a.txt', title: 'A', published: '2024-03-01', text }],
  entities: [
    { id: 'jane', name: 'Jane Doe', type: 'Person', aliases: ['Doe'], mergeKey: 'jane doe', mentions: [{ doc: 'd1', start: 0, end: 8, kind: 'name' }] },
    { id: 'acme', name: 'Acme', type: 'Company', aliases: [], mergeReasons: ['suffix'], mentions: [{ doc: 'd1', start: 19, end: 23 }] },
  ],
  relations: [
    {
      id: 'r1',
      source: 'jane',
      target: 'acme',
      type: 'WORKS_FOR',
      properties: { verb: 'works' },
      confidence: 0.8,
      statedConfidence: 0.7,
      evidence: [{ doc: 'd1', start: 0, end: 24, text }],
    },
  ],
};
const open = (value: unknown) => parseGraphDocument(JSON.stringify(value), 'g.json');

describe('opening a graph document in the viewer', () => {
  it('opens a document as kg extract writes it, every field kept', () => {
    expect(open(written)).toEqual(written);
  });
  it('opens a document without the lists it can do without, and with types this schema does not define', () => {
    const bare = {
      entities: [
        { id: 'a', name: 'A', type: 'Spaceship' },
        { id: 'b', name: 'B', type: 'Person' },
      ],
      relations: [{ id: 'r', source: 'a', target: 'b', type: 'DOCKED_WITH' }],
    };
    const doc = open(bare);
    expect(doc.documents).toEqual([]);
    expect(doc.entities[0]).toEqual({ id: 'a', name: 'A', type: 'Spaceship', aliases: [], mentions: [] });
    expect(doc.relations[0]).toEqual({ id: 'r', source: 'a', target: 'b', type: 'DOCKED_WITH', properties: {}, confidence: 0, evidence: [] });
  });
  it('refuses text that is not JSON, and JSON without the entity and relation lists', () => {
    expect(() => parseGraphDocument('{', 'g.json')).toThrow(/^g\.json is not JSON; open a graph document written by kg extract$/);
    expect(() => open({ nodes: [] })).toThrow(/^g\.json is not a graph document \(no "entities" and "relations" lists\)/);
    expect(() => open([written])).toThrow(/^g\.json is not a graph document/);
  });
  it('names the element and field that is wrong', () => {
    const withEntity = (entity: unknown) => ({ ...written, entities: [entity, ...written.entities.slice(1)] });
    expect(() => open(withEntity({ id: 'jane', type: 'Person' }))).toThrow(
      /^g\.json\.entities\[0\]\.name is not a string; open a graph document written by kg extract$/,
    );
    expect(() => open(withEntity('jane'))).toThrow(/^g\.json\.entities\[0\] is not an object/);
    expect(() => open(withEntity({ ...written.entities[0], aliases: 'Doe' }))).toThrow(/^g\.json\.entities\[0\]\.aliases is not a list of strings/);
    expect(() => open(withEntity({ ...written.entities[0], mentions: [{ doc: 'd1', start: '0', end: 8 }] }))).toThrow(
      /^g\.json\.entities\[0\]\.mentions\[0\]\.start is not a number/,
    );
    expect(() => open(withEntity({ ...written.entities[0], mentions: [{ doc: 'd1', start: 0, end: 8, kind: 'nickname' }] }))).toThrow(
      /^g\.json\.entities\[0\]\.mentions\[0\]\.kind is not one of name, nominal, pronoun/,
    );
    const relation = written.relations[0]!;
    expect(() => open({ ...written, relations: [{ ...relation, confidence: 'high' }] })).toThrow(/^g\.json\.relations\[0\]\.confidence is not a number/);
    expect(() => open({ ...written, relations: [{ ...relation, properties: { verb: ['works'] } }] })).toThrow(
      /^g\.json\.relations\[0\]\.properties\.verb is not a string, number or boolean/,
    );
    expect(() => open({ ...written, documents: [{ id: 7, text }] })).toThrow(/^g\.json\.documents\[0\]\.id is not a string/);
  });
  it('refuses a relation whose endpoint the document does not have', () => {
    expect(() => open({ ...written, relations: [{ ...written.relations[0], target: 'globex' }] })).toThrow(
      /^g\.json: relation r1 points at an entity the document does not have; open a graph document written by kg extract$/,
    );
  });
  it('cuts the visible part of an opened document with only the articles it points into', () => {
    const doc = open({ ...written, documents: [...written.documents, { id: 'd2', source: 'b.txt', text: 'Other.' }] });
    const cut = documentSubset(doc, { nodes: new Set(['jane', 'acme']), edges: new Set(['r1']) });
    expect(cut.documents.map((d) => d.id)).toEqual(['d1']);
    expect(cut.relations).toEqual(written.relations);
  });
});
