// The fold behind `kg load --bulk`: several graph documents become the rows `kg load` would leave after loading them
// in order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { graphFileSource } from '../../src/document/graph-source.js';
import { graphJsonPieces } from '../../src/document/graph-json.js';
import { BulkRowEmitter, bulkRows, collectBulkRows, type BulkRow, type BulkRows } from '../../src/neo4j/bulk-rows.js';
import { graphSourceOf, GRAPH_LISTS } from '../../src/document/graph-source.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { itemAt } from '../../src/util/checked-index.js';
import { checkedGraphSource } from '../../src/schema/validate-document.js';

function copy(graph: GraphDocument): GraphDocument {
  return JSON.parse(JSON.stringify(graph)) as GraphDocument;
}

describe('bulkRows', () => {
  const base = syntheticGraph({ relations: 30, seed: 9, relationsPerDocument: 10 });

  it('names an entity as its mentions vote, in either order, and turns the other names into aliases', async () => {
    const later = copy(base);
    itemAt(later.entities, 0).name = 'Renamed Holdings';
    itemAt(later.entities, 0).aliases = ['Old Alias'];
    const forward = (await bulkRows([base, later])).entities.find((e) => e.id === itemAt(base.entities, 0).id)!;
    const backward = (await bulkRows([later, base])).entities.find((e) => e.id === itemAt(base.entities, 0).id)!;
    // The same document's mentions stated twice: the statement with the smaller names is kept, so its name wins.
    const expectedName = [itemAt(base.entities, 0).name, 'Renamed Holdings'].sort()[0];
    expect(forward.name).toBe(expectedName);
    expect(backward).toEqual(forward);
    expect(forward.aliases).toContain('Old Alias');
    expect(forward.aliases).not.toContain(expectedName);
  });

  it('gives an entity stated as a Company and as a MediaOrganization one type and one subtype label, in either order', async () => {
    const organisation = base.entities.find((e) => e.type === 'Company')!;
    const media = copy(base);
    const restated = media.entities.find((e) => e.id === organisation.id)!;
    restated.type = 'MediaOrganization';
    // More mentions vote MediaOrganization: every mention again in a document of its own.
    media.documents = media.documents.map((d) => ({ ...d, id: `${d.id}-again` }));
    for (const entity of media.entities) entity.mentions = entity.mentions.map((m) => ({ ...m, doc: `${m.doc}-again` }));
    restated.mentions = [...restated.mentions, ...restated.mentions.map((m) => ({ ...m, start: m.start + 1000, end: m.end + 1000 }))];
    for (const relation of media.relations) relation.evidence = relation.evidence.map((e) => ({ ...e, doc: `${e.doc}-again` }));
    const forward = (await bulkRows([base, media])).entities.find((e) => e.id === organisation.id)!;
    const backward = (await bulkRows([media, base])).entities.find((e) => e.id === organisation.id)!;
    expect(forward.type).toBe('MediaOrganization');
    expect([...forward.labels]).toEqual(['Entity', 'Organization', 'MediaOrganization']);
    expect(backward).toEqual(forward);
  });

  it('withholds, folded, a relation the decided types do not allow, in either order, rather than leaving it out', async () => {
    const relation = base.relations.find((r) => r.type === 'MEMBER_OF')!;
    const organisation = base.entities.find((e) => e.id === relation.target)!;
    // A second graph, of documents of its own, where the organisation (MEMBER_OF's target) is mentioned more often as a place.
    const place = copy(base);
    place.documents = place.documents.map((d) => ({ ...d, id: `${d.id}-again` }));
    for (const entity of place.entities) entity.mentions = entity.mentions.map((m) => ({ ...m, doc: `${m.doc}-again` }));
    for (const r of place.relations) r.evidence = r.evidence.map((e) => ({ ...e, doc: `${e.doc}-again` }));
    const restated = place.entities.find((e) => e.id === organisation.id)!;
    restated.type = 'Location';
    restated.mentions = [...restated.mentions, ...restated.mentions.map((m) => ({ ...m, start: m.start + 1000, end: m.end + 1000 }))];
    const forward = await bulkRows([base, place]);
    const backward = await bulkRows([place, base]);
    expect(forward.entities.find((e) => e.id === organisation.id)!.type).toBe('Location');
    expect(forward.relations.map((r) => r.id)).not.toContain(relation.id);
    const withheld = forward.withheld.find((r) => r.id === relation.id)!;
    // Both statements of it, folded as a relation's are.
    expect(withheld).toMatchObject({ type: 'MEMBER_OF', source: relation.source, target: relation.target });
    expect(withheld.documentIds).toHaveLength(2 * new Set(relation.evidence.map((e) => e.doc)).size);
    // Lists are unions, in the order they were read (Neo4j's snapshot compares them sorted).
    const sorted = (r: BulkRows['withheld'][number]) => ({ ...r, evidenceIds: [...r.evidenceIds].sort(), documentIds: [...r.documentIds].sort() });
    expect(sorted(backward.withheld.find((r) => r.id === relation.id)!)).toEqual(sorted(withheld));
  });

  it('refuses an entity id two documents state for different things, naming both', async () => {
    const person = base.entities.find((e) => e.type === 'Person')!;
    const other = copy(base);
    const forged = other.entities.find((e) => e.id === person.id)!;
    forged.type = 'Company';
    forged.name = 'Unrelated Widgets Ltd';
    forged.aliases = [];
    await expect(bulkRows([base, other])).rejects.toThrow(
      /entity id ".*" is Person ".*" in .* but Company "Unrelated Widgets Ltd" in .*; .*nothing was loaded/,
    );
  });

  it('takes the highest confidence and the union of evidence for a relation seen twice', async () => {
    const later = copy(base);
    const relation = itemAt(later.relations, 0);
    relation.confidence = 0.99;
    const rows = await bulkRows([base, later]);
    const folded = rows.relations.find((r) => r.id === relation.id)!;
    expect(folded.confidence).toBe(0.99);
    expect(rows.relations).toHaveLength(base.relations.length);
    expect(folded.evidenceIds).toHaveLength(1);
  });

  it('counts mentions and documents per entity once per document, however often a document is loaded', async () => {
    const rows = await bulkRows([base, copy(base)]);
    for (const entity of base.entities) {
      const folded = rows.entities.find((e) => e.id === entity.id)!;
      expect(folded.mentionCount).toBe(entity.mentions.length);
      expect(folded.documentCount).toBe(new Set(entity.mentions.map((m) => m.doc)).size);
    }
  });

  it('folds documents read from their files element by element into the same rows as documents held whole', async () => {
    const later = copy(base);
    itemAt(later.entities, 0).aliases = ['Another Name'];
    itemAt(later.relations, 0).confidence = 0.97;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-rows-'));
    try {
      const files = [base, later].map((graph, i) => {
        const file = path.join(dir, `graph-${i}.json`);
        fs.writeFileSync(file, [...graphJsonPieces(graph)].join(''));
        return file;
      });
      const streamed = await collectBulkRows(files.map((file) => checkedGraphSource(graphFileSource(file), file)));
      expect(streamed).toEqual(await bulkRows([base, later]));
      // The generated evidence carries no text of its own: each sentence's text is cut from its document.
      const textOf = new Map(base.documents.map((d) => [d.id, d.text]));
      expect(streamed.sentences.length).toBeGreaterThan(0);
      for (const sentence of streamed.sentences) {
        expect(sentence.text).not.toBe('');
        expect(sentence.text).toBe(textOf.get(sentence.doc)!.slice(sentence.start, sentence.end));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives, for one document read once, the rows the fold of two reads gives', async () => {
    const rows: BulkRows = { documents: [], sentences: [], entities: [], mentions: [], relations: [], withheld: [] };
    const emitter = new BulkRowEmitter(({ kind, row }: BulkRow) => {
      if (kind === 'document') rows.documents.push(row);
      else if (kind === 'sentence') rows.sentences.push(row);
      else if (kind === 'entity') rows.entities.push(row);
      else if (kind === 'mention') rows.mentions.push(row);
      else if (kind === 'relation') rows.relations.push(row);
      else rows.withheld.push(row);
    });
    for await (const element of graphSourceOf(base).elements(GRAPH_LISTS)) emitter.add(element);
    emitter.finish();
    const folded = await bulkRows([base]);
    // One read hands an entity out as it comes, the fold at the end: the rows are the same, the order is not.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const byMention = (list: BulkRows['mentions']) => [...list].sort((a, b) => (`${a.entity}|${a.doc}` < `${b.entity}|${b.doc}` ? -1 : 1));
    expect(byId(rows.entities)).toEqual(byId(folded.entities));
    expect(byMention(rows.mentions)).toEqual(byMention(folded.mentions));
    expect(rows.relations).toEqual(folded.relations);
    expect(rows.documents).toEqual(folded.documents);
    expect(byId(rows.sentences)).toEqual(byId(folded.sentences));
    expect(rows.sentences.length).toBe(new Set(rows.sentences.map((s) => s.id)).size);
    expect(rows.entities.some((e) => e.mentionCount !== undefined)).toBe(true);
  });
});
