import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { entityTypes, relationTypes, isEntityType, labelsFor, endpointsAllowed } from '../../src/schema/schema.js';
import { renderSchemaTypes } from '../../src/schema/render-schema-types.js';
import { validateDocument } from '../../src/schema/validate-document.js';

describe('graph schema', () => {
  it('loads every file in graph-schema/ as JSON', () => {
    for (const file of fs.readdirSync('graph-schema').filter((f) => f.endsWith('.json'))) {
      expect(() => JSON.parse(fs.readFileSync(`graph-schema/${file}`, 'utf8')), file).not.toThrow();
    }
  });

  it('gives every entity type a parent that exists', () => {
    for (const type of entityTypes) if (type.parent) expect(isEntityType(type.parent), type.name).toBe(true);
  });

  it("names only existing entity types as relations' endpoints", () => {
    for (const relation of relationTypes) {
      for (const endpoint of [...relation.from, ...relation.to]) expect(isEntityType(endpoint), `${relation.name}: ${endpoint}`).toBe(true);
    }
  });

  it('derives Neo4j labels from the type hierarchy', () => {
    expect(labelsFor('MediaOrganization')).toEqual(['Entity', 'Organization', 'MediaOrganization']);
    expect(labelsFor('Person')).toEqual(['Entity', 'Person']);
  });

  it('allows a subtype wherever its ancestor is allowed', () => {
    expect(endpointsAllowed('WORKS_FOR', 'Person', 'Company')).toBe(true);
    expect(endpointsAllowed('WORKS_FOR', 'Company', 'Person')).toBe(false);
  });

  it('keeps the generated TypeScript types in step with the schema files', () => {
    expect(fs.readFileSync('src/schema/schema-types.generated.ts', 'utf8')).toBe(renderSchemaTypes());
  });

  it('accepts a real extraction of the sample article', () => {
    const out = execFileSync('node', ['bin/kg.js', 'extract', 'examples/microsoft-halts-services-israeli-military-unit.txt'], { encoding: 'utf8' });
    const result = validateDocument(JSON.parse(out));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a document whose relation points at a missing entity, naming where', () => {
    const result = validateDocument({
      version: 1,
      documents: [{ id: 'doc:a', source: 'x', text: 'abc' }],
      entities: [],
      relations: [{ id: 'r', source: 'nope', target: 'nope2', type: 'PROVIDED', confidence: 0.5, evidence: [{ doc: 'doc:a', start: 0, end: 3 }] }],
    });
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/relations\[0\]\.source: no entity with id "nope"/);
  });

  it('rejects a document that holds the same document id twice, naming the second', () => {
    const article = { id: 'doc:a', source: 'x', text: 'abc' };
    const result = validateDocument({ version: 1, documents: [article, { ...article, source: 'y' }], entities: [], relations: [] });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(['documents[1].id: duplicate id "doc:a"']);
  });

  it('names each wrong span, repeated id and disallowed pair of endpoints where it is', () => {
    const document = { id: 'doc:a', source: 'x', text: 'Alice works for Acme.' };
    const person = {
      id: 'per:alice',
      name: 'Alice',
      type: 'Person',
      aliases: [],
      mentions: [
        { doc: 'doc:a', start: 0, end: 5 },
        { doc: 'doc:b', start: 0, end: 5 },
      ],
    };
    const company = { id: 'org:acme', name: 'Acme', type: 'Company', aliases: [], mentions: [{ doc: 'doc:a', start: 16, end: 40 }] };
    const relation = (id: string, source: string, target: string, evidence: { doc: string; start: number; end: number }[]) => ({
      id,
      source,
      target,
      type: 'WORKS_FOR',
      confidence: 0.5,
      evidence,
    });
    const result = validateDocument({
      version: 1,
      documents: [document],
      entities: [person, company],
      relations: [
        relation('rel:1', 'per:alice', 'org:acme', [{ doc: 'doc:a', start: 0, end: 21 }]),
        relation('per:alice', 'org:acme', 'per:alice', [
          { doc: 'doc:a', start: 0, end: 21 },
          { doc: 'doc:a', start: 9, end: 3 },
        ]),
        relation('rel:3', 'org:acme', 'per:alice', [{ doc: 'doc:c', start: 0, end: 1 }]),
      ],
    });
    expect(result.errors).toEqual([
      'entities[0].mentions[1].doc: no document with id "doc:b"',
      'entities[1].mentions[0]: offsets 16-40 fall outside the document text (length 21)',
      'relations[1].id: duplicate id "per:alice"',
      'relations[1]: WORKS_FOR does not allow Company → Person',
      'relations[1].evidence[1]: offsets 9-3 fall outside the document text (length 21)',
      'relations[2]: WORKS_FOR does not allow Company → Person',
      'relations[2].evidence[0].doc: no document with id "doc:c"',
    ]);
  });
});
