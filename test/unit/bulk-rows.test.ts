// The fold behind `kg load --bulk`: several graph documents become the rows `kg load` would leave after loading them
// in order.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { bulkRows } from '../../src/neo4j/bulk-rows.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';

function copy(graph: GraphDocument): GraphDocument {
  return JSON.parse(JSON.stringify(graph)) as GraphDocument;
}

describe('bulkRows', () => {
  const base = syntheticGraph({ relations: 30, seed: 9, relationsPerDocument: 10 });

  it('keeps the first name of an entity and turns later names into aliases', () => {
    const later = copy(base);
    later.entities[0].name = 'Renamed Holdings';
    later.entities[0].aliases = ['Old Alias'];
    const rows = bulkRows([base, later]);
    const entity = rows.entities.find((e) => e.id === base.entities[0].id)!;
    expect(entity.name).toBe(base.entities[0].name);
    expect(entity.aliases).toEqual(['Renamed Holdings', 'Old Alias']);
  });

  it('takes the highest confidence and the union of evidence for a relation seen twice', () => {
    const later = copy(base);
    const relation = later.relations[0];
    relation.confidence = 0.99;
    const rows = bulkRows([base, later]);
    const folded = rows.relations.find((r) => r.id === relation.id)!;
    expect(folded.confidence).toBe(0.99);
    expect(rows.relations).toHaveLength(base.relations.length);
    expect(folded.evidenceIds).toHaveLength(1);
  });

  it('counts mentions and documents per entity once per document, however often a document is loaded', () => {
    const rows = bulkRows([base, copy(base)]);
    for (const entity of base.entities) {
      const folded = rows.entities.find((e) => e.id === entity.id)!;
      expect(folded.mentionCount).toBe(entity.mentions.length);
      expect(folded.documentCount).toBe(new Set(entity.mentions.map((m) => m.doc)).size);
    }
  });
});
