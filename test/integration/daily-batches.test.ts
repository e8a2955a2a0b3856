// Incremental resolution against the stored graph: a corpus extracted and loaded in five daily batches gives the
// same graph in Neo4j as the whole corpus extracted and loaded at once (node and relationship counts, a checksum of
// every node and relationship with their properties), because each load decides names, types, labels and
// confidences from all the evidence stored, not from the batch loaded last.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphSourceOf } from '../../src/document/graph-source.js';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { graphCounts, loadGraphSource } from '../../src/neo4j/load-graph.js';
import { entityIdsOf, settleEntities, type SettleReport } from '../../src/neo4j/settle-entities.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import type { RawInput } from '../../src/pipeline/stage-types.js';
import { graphSnapshot } from './graph-snapshot.js';
import { clearGraph, openTestDatabase } from './test-database.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const folders = ['test/fixtures/articles', 'test/fixtures/news-pages', 'examples'];

/** Follow-ups that restate earlier facts on later days, and name the same things in other forms. */
const followUps: RawInput[] = [
  { source: 'day-follow-up-1.txt', format: 'txt', content: 'Calder Resources confirms Norvik offer\n\nThe lithium explorer Calder Resources said on Monday that Norvik would buy it. Ingrid Solberg, Norvik’s chief executive, visited St Austell.\n' },
  { source: 'day-follow-up-2.txt', format: 'txt', content: 'Embraer order grows\n\nEmbraer chief executive Marco Teixeira said Azul Horizonte had ordered more jets. Embraer is based in Sao Paulo.\n' },
  { source: 'day-follow-up-3.txt', format: 'txt', content: 'Kaiyo Robotics expands\n\nKaiyo Robotics, the Tokyo startup, opened a factory in Osaka. Kenji Arai founded Kaiyo Robotics in 2019.\n' },
  // Day 2 names the company with its suffix; day 3, more often, without: the node must end named as one run names it.
  { source: 'day-contract.txt', format: 'txt', content: 'Brightwater Corp wins port contract\n\nBrightwater Corp won a contract to dredge the port of Harwich, the company said on Tuesday.\n' },
  { source: 'day-hiring.txt', format: 'txt', content: 'Brightwater hires new chief\n\nThe dredging company Brightwater hired Omar Haddad as chief executive. Brightwater said Haddad would start in May. Shares in Brightwater rose 4%.\n' },
];

function corpus(): RawInput[] {
  const articles = folders.flatMap((folder) => fs.readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const file = path.join(folder, f);
    return { source: file, format: 'txt' as const, content: fs.readFileSync(path.join(root, file), 'utf8') };
  }));
  return [...articles, ...followUps];
}

let database: GraphDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await clearGraph(database);
});

/** What kg load does with one extraction's graph: load it, then settle what it touched against what is stored. */
async function load(inputs: RawInput[]): Promise<SettleReport> {
  const source = graphSourceOf(extractGraph(inputs).graph);
  await loadGraphSource(database, source);
  return settleEntities(database, await entityIdsOf(source));
}

async function checksum(): Promise<{ counts: Awaited<ReturnType<typeof graphCounts>>; sha256: string; snapshot: Awaited<ReturnType<typeof graphSnapshot>> }> {
  const snapshot = await graphSnapshot(database);
  const sha256 = createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
  return { counts: await graphCounts(database), sha256, snapshot };
}

describe('daily batches against one run', () => {
  it('give the same graph: counts, every node and relationship, and their checksum', { timeout: 300_000 }, async () => {
    const inputs = corpus();
    expect(inputs.length).toBeGreaterThanOrEqual(15);
    await load(inputs);
    const oneRun = await checksum();

    await clearGraph(database);
    const days = Array.from({ length: 5 }, (_, day) => inputs.filter((_, i) => i % 5 === day));
    const settled: SettleReport[] = [];
    for (const day of days) settled.push(await load(day));
    const batches = await checksum();

    // The later days did change what earlier days had stored: the check is not vacuous.
    expect(settled.reduce((n, s) => n + s.entitiesChanged + s.relationsChanged + s.relationsRemoved, 0)).toBeGreaterThan(0);
    expect(batches.counts).toEqual(oneRun.counts);
    expect(batches.snapshot.nodes).toEqual(oneRun.snapshot.nodes);
    expect(batches.snapshot.relationships).toEqual(oneRun.snapshot.relationships);
    expect(batches.sha256).toBe(oneRun.sha256);
    const named = batches.snapshot.nodes.filter((n) => n.includes('"org:brightwater-'));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain('["name","Brightwater"]');
  });
});
