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
    const result = validateDocument({ version: 1, documents: [{ id: 'doc:a', source: 'x', text: 'abc' }], entities: [],
      relations: [{ id: 'r', source: 'nope', target: 'nope2', type: 'PROVIDED', confidence: 0.5, evidence: [{ doc: 'doc:a', start: 0, end: 3 }] }] });
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/relations\[0\]\.source: no entity with id "nope"/);
  });

  it('rejects a document that holds the same document id twice, naming the second', () => {
    const article = { id: 'doc:a', source: 'x', text: 'abc' };
    const result = validateDocument({ version: 1, documents: [article, { ...article, source: 'y' }], entities: [], relations: [] });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(['documents[1].id: duplicate id "doc:a"']);
  });
});
