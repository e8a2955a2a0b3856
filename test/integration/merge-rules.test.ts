// The Cypher kg load runs for the merge rules (document/merge-rules.ts), run on the cases the JavaScript the build and
// kg load --bulk apply is pinned by: both keep the same value, in either order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  incomingMentionKeptCypher,
  keptMention,
  mergeDocumentFieldsCypher,
  mergePlainPropertiesCypher,
  smallerValue,
  smallerValueCypher,
} from '../../src/document/merge-rules.js';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { mentionPairs, plainValuePairs } from '../merge-cases.js';
import { openTestDatabase } from './test-database.js';

let database: GraphDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function single(statement: string, parameters: Record<string, unknown>): Promise<unknown> {
  const session = database.readSession();
  try {
    return (await session.run(statement, parameters)).records[0]!.get(0);
  } finally {
    await session.close();
  }
}

describe('merge rules as Cypher', () => {
  it('keep the plain value the JavaScript keeps', async () => {
    for (const [a, b] of plainValuePairs) {
      for (const [stored, incoming] of [
        [a, b],
        [b, a],
      ]) {
        const kept = await single(`RETURN ${smallerValueCypher('$stored', '$incoming')}`, { stored, incoming });
        expect(kept).toEqual(smallerValue(stored, incoming));
      }
    }
  });

  it('keep the statement of mentions the JavaScript keeps', async () => {
    for (const [a, b] of mentionPairs) {
      for (const [stored, incoming] of [
        [a, b],
        [b, a],
      ] as const) {
        // Stored offsets are integers, incoming ones floats, as kg load writes and sends them.
        const m = { ...stored, count: Math.trunc(stored.count) };
        const keptIncoming = await single(`WITH $m AS m, $row AS row RETURN ${incomingMentionKeptCypher('m', 'row')}`, { m, row: incoming });
        expect(keptIncoming ? incoming : stored).toBe(keptMention(stored, incoming));
      }
    }
  });

  it('fold relation properties and document fields as the JavaScript does', async () => {
    const session = database.writeSession();
    try {
      const result = await session.executeWrite(async (tx) => {
        const out = await tx.run(
          `CREATE (n:MergeRulesProbe {verb: 'bought', date: '2019'})
           WITH n, {verb: 'acquired', amount: 12.0} AS incoming
           ${mergePlainPropertiesCypher('n', 'incoming')}
           WITH n
           CREATE (d:MergeRulesProbe {source: 'b.txt', title: null, published: '2020-01-02', text: 't'})
           WITH n, d, {source: 'a.txt', title: 'T', published: '2021-01-01', text: 't'} AS row
           SET ${mergeDocumentFieldsCypher('d', 'row')}
           RETURN properties(n) AS merged, properties(d) AS document`,
        );
        await tx.run('MATCH (n:MergeRulesProbe) DELETE n');
        return out.records[0]!;
      });
      expect(result.get('merged')).toEqual({ verb: 'acquired', date: '2019', amount: 12 });
      expect(result.get('document')).toEqual({ source: 'a.txt', title: 'T', published: '2020-01-02', text: 't' });
    } finally {
      await session.close();
    }
  });
});
