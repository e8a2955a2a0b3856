// The Neo4j constraints and indexes follow from graph-schema/: adding a type there adds its index here.
import { describe, expect, it } from 'vitest';
import { assertIdentifier, schemaStatements } from '../../src/neo4j/schema-setup.js';
import { entityTypes, relationTypes } from '../../src/schema/schema.js';

describe('schema statements', () => {
  const statements = schemaStatements();

  it('makes ids unique for entities, documents and evidence sentences', () => {
    for (const label of ['Entity', 'Document', 'Sentence']) {
      expect(statements).toContain(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }
  });

  it('indexes names and aliases for fulltext search', () => {
    expect(statements.some((s) => /FULLTEXT INDEX entity_names .* ON EACH \[n\.name, n\.aliases\]/.test(s))).toBe(true);
  });

  it('has a name index for every entity type and a unique id for every relation type of the schema', () => {
    for (const type of entityTypes) expect(statements.some((s) => s.includes(`FOR (n:${type.name}) ON (n.name)`))).toBe(true);
    for (const type of relationTypes) expect(statements.some((s) => s.includes(`FOR ()-[r:${type.name}]-() REQUIRE r.id IS UNIQUE`))).toBe(true);
  });

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => assertIdentifier('Person`) DETACH DELETE n //')).toThrow(/not a plain identifier/);
    expect(assertIdentifier('MediaOrganization')).toBe('MediaOrganization');
  });
});
