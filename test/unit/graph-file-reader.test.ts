// Reading a graph document file element by element gives what JSON.parse of the whole file gives, whatever the
// layout and wherever the read chunks split it; malformed files fail with where they went wrong; validation read
// this way reports what validation of the whole document reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphFileSyntaxError, readGraphFile, type GraphFileItem } from '../../src/document/graph-file-reader.js';
import { graphJsonPieces } from '../../src/document/graph-json.js';
import { graphFileSource } from '../../src/document/graph-source.js';
import { checkedGraphSource, validateDocument, validateGraphSource } from '../../src/schema/validate-document.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graph-file-'));
let n = 0;
function fileWith(text: string): string {
  const file = path.join(dir, `g${n++}.json`);
  fs.writeFileSync(file, text);
  return file;
}

async function collect(file: string, arrays: string[], chunkSize?: number): Promise<GraphFileItem[]> {
  const items: GraphFileItem[] = [];
  for await (const item of readGraphFile(file, new Set(arrays), chunkSize)) items.push(item);
  return items;
}

/** The document rebuilt from the items: lists from their elements (an empty list gives none), other values as given. */
function rebuild(items: GraphFileItem[], emptyLists: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(emptyLists.map((key) => [key, []]));
  for (const { key, index, value } of items) {
    if (index === undefined) out[key] = value;
    else ((out[key] ??= []) as unknown[])[index] = value;
  }
  return out;
}

const awkward = {
  version: 1,
  generator: { name: 'kg', version: '0.1.0' },
  documents: [{ id: 'doc:a', source: 'a "quoted" [file].txt', text: 'Brackets ] } [ { and "quotes", a backslash \\ at the end\\', title: 'Ünïcödé — 東京 🚀' }],
  entities: [
    { id: 'e1', name: 'A\\"B', type: 'Person', aliases: [], mentions: [] },
    { id: 'e2', name: '\u0000 control \n newline', type: 'Person', aliases: ['x'], mentions: [] },
  ],
  relations: [],
  extra: [1, -2.5e3, true, false, null, 'tail'],
};

describe('readGraphFile', () => {
  it('gives the elements JSON.parse gives, for pretty and minified files, across every chunk split', async () => {
    const graph = syntheticGraph({ relations: 60, seed: 3 });
    for (const text of [[...graphJsonPieces(graph)].join(''), JSON.stringify(graph), JSON.stringify(awkward), JSON.stringify(awkward, null, 3)]) {
      const file = fileWith(text);
      const expected = JSON.parse(text);
      for (const chunkSize of [1, 2, 7, 64, 1 << 20]) {
        const items = await collect(file, ['documents', 'entities', 'relations', 'extra'], chunkSize);
        const emptyLists = Object.keys(expected).filter((key) => Array.isArray(expected[key]) && expected[key].length === 0);
        expect(rebuild(items, emptyLists)).toEqual(expected);
      }
    }
  });

  it('skips the lists not asked for, giving each as an empty list, and parses none of their elements', async () => {
    const file = fileWith(JSON.stringify({ version: 1, documents: [{ id: 'doc:a' }], entities: ['not even an entity', { broken: [1, 2] }], relations: [] }));
    const items = await collect(file, ['documents'], 5);
    expect(items).toEqual([
      { key: 'version', value: 1 },
      { key: 'documents', index: 0, value: { id: 'doc:a' } },
      { key: 'entities', value: [] },
      { key: 'relations', value: [] },
    ]);
  });

  it('says where a file stops being one JSON object', async () => {
    const cases: [string, RegExp][] = [
      ['[1, 2]', /does not start with a JSON object .* at byte 0/],
      ['{"version": 1, "documents": [', /ends before its JSON object is closed at byte 29/],
      ['{"version": 1} trailing', /unexpected text after the JSON object at byte 15/],
      ['{"version" 1}', /expected ":" after "version" at byte 11/],
      ['{"documents": [{"id": 1} {"id": 2}]}', /expected "," or "]" in "documents" at byte 25/],
      ['', /ends before its JSON object is closed at byte 0/],
    ];
    for (const [text, message] of cases) {
      await expect(collect(fileWith(text), ['documents'])).rejects.toThrow(message);
      await expect(collect(fileWith(text), ['documents'])).rejects.toBeInstanceOf(GraphFileSyntaxError);
    }
    // A malformed element is JSON.parse's to report.
    await expect(collect(fileWith('{"documents": [{"id": tru}]}'), ['documents'])).rejects.toBeInstanceOf(SyntaxError);
  });
});

describe('validateGraphSource on a file', () => {
  it('reports what validateDocument reports on the whole document, and counts the lists', async () => {
    const good = syntheticGraph({ relations: 25, seed: 9 });
    const bad = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/bad-inputs/graph-offsets-out-of-range.json'), 'utf8'));
    const wrongShape = { version: 2, documents: [{ id: 'nope' }], entities: [], relations: [] };
    for (const value of [good, bad, wrongShape, awkward]) {
      const result = await validateGraphSource(graphFileSource(fileWith(JSON.stringify(value))));
      const whole = validateDocument(value);
      expect({ valid: result.valid, errors: result.errors }).toEqual(whole);
    }
    // Lists written in another order are read list by list, with the same result.
    const reordered = { relations: good.relations, version: 1, entities: good.entities, documents: good.documents };
    expect(await validateGraphSource(graphFileSource(fileWith(JSON.stringify(reordered))))).toMatchObject({ valid: true, errors: [] });
    const reorderedBad = { relations: bad.relations, entities: bad.entities, documents: bad.documents, version: bad.version };
    expect((await validateGraphSource(graphFileSource(fileWith(JSON.stringify(reorderedBad))))).errors).toEqual(validateDocument(bad).errors);
    const counted = await validateGraphSource(graphFileSource(fileWith(JSON.stringify(good))));
    expect(counted.valid).toBe(true);
    expect(counted.counts).toEqual({ documents: good.documents.length, entities: good.entities.length, relations: good.relations.length });
  });
});

describe('checkedGraphSource', () => {
  it('hands on the elements of a valid file typed, and stops at one whose shape no longer holds, saying the file changed', async () => {
    const good = syntheticGraph({ relations: 5, seed: 3 });
    const elements = [];
    for await (const element of checkedGraphSource(graphFileSource(fileWith(JSON.stringify(good))), 'g.json').elements(['entities']))
      elements.push(element.value);
    expect(elements).toEqual(good.entities);
    const changed = { ...good, entities: [{ id: 'only an id' }] };
    const read = async () => {
      for await (const element of checkedGraphSource(graphFileSource(fileWith(JSON.stringify(changed))), 'g.json').elements(['entities'])) void element;
    };
    await expect(read()).rejects.toThrow(/^g\.json: entities\[0\] is not a graph document element any more \(the file changed since it was validated\)/);
  });
});
