// Incremental resolution against the stored graph: a corpus extracted and loaded in five daily batches gives the
// same graph in Neo4j as the whole corpus extracted and loaded at once (node and relationship counts, a checksum of
// every node and relationship with their properties), because each load decides names, types, labels and
// confidences from all the evidence stored, not from the batch loaded last, and spelling variants and forms of a
// name written on different days have the one merge key, so the one node.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
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
  {
    source: 'day-follow-up-1.txt',
    format: 'txt',
    content:
      'Calder Resources confirms Norvik offer\n\nThe lithium explorer Calder Resources said on Monday that Norvik would buy it. Ingrid Solberg, Norvik’s chief executive, visited St Austell.\n',
  },
  {
    source: 'day-follow-up-2.txt',
    format: 'txt',
    content: 'Embraer order grows\n\nEmbraer chief executive Marco Teixeira said Azul Horizonte had ordered more jets. Embraer is based in Sao Paulo.\n',
  },
  {
    source: 'day-follow-up-3.txt',
    format: 'txt',
    content: 'Kaiyo Robotics expands\n\nKaiyo Robotics, the Tokyo startup, opened a factory in Osaka. Kenji Arai founded Kaiyo Robotics in 2019.\n',
  },
  // Day 2 names the company with its suffix; day 3, more often, without: the node must end named as one run names it.
  {
    source: 'day-contract.txt',
    format: 'txt',
    content: 'Brightwater Corp wins port contract\n\nBrightwater Corp won a contract to dredge the port of Harwich, the company said on Tuesday.\n',
  },
  {
    source: 'day-hiring.txt',
    format: 'txt',
    content:
      'Brightwater hires new chief\n\nThe dredging company Brightwater hired Omar Haddad as chief executive. Brightwater said Haddad would start in May. Shares in Brightwater rose 4%.\n',
  },
];

/**
 * Five consecutive inputs, so five different days, that spell the same things differently: British and American
 * spelling, a company's legal form written or not, a name with and without its accents.
 */
const variants: RawInput[] = [
  {
    source: 'day-drills.txt',
    format: 'txt',
    content:
      'Drills off Plymouth\n\nThe Ministry of Defence said on Monday that naval drills off Plymouth would go ahead. The Ministry of Defence published a map of the area.\n',
  },
  { source: 'day-drills-end.txt', format: 'txt', content: 'Drills end\n\nThe Ministry of Defense said on Friday that the drills off Plymouth had ended.\n' },
  {
    source: 'day-harbour.txt',
    format: 'txt',
    content:
      'Channel to be deepened\n\nThe Falmouth Harbour Commission hired Tidewell Dredging Ltd. to deepen the channel. Tidewell Dredging Ltd. is based in Bristol.\n',
  },
  {
    source: 'day-harbor.txt',
    format: 'txt',
    content: 'Channel reopens\n\nThe Falmouth Harbor Commission said the dredging company Tidewell Dredging Ltd had finished the work.\n',
  },
  {
    source: 'day-plant.txt',
    format: 'txt',
    content:
      'Plant opens\n\nIngrid Solberg opened a Norvik Inc. plant in São Paulo on Thursday. Norvik Inc. said the plant would employ 300 people in São Paulo.\n',
  },
];

function corpus(): RawInput[] {
  const articles = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const file = path.join(folder, f);
        return { source: file, format: 'txt' as const, content: fs.readFileSync(path.join(root, file), 'utf8') };
      }),
  );
  return [...articles, ...followUps, ...variants];
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

/** The name and aliases of every entity whose name or an alias matches `pattern`. */
async function entitiesNamed(pattern: RegExp): Promise<[string, string[]][]> {
  const session = database.readSession();
  try {
    const result = await session.run('MATCH (e:Entity) RETURN e.name AS name, coalesce(e.aliases, []) AS aliases ORDER BY e.name');
    return result.records
      .map((r) => [r.get('name') as string, [...(r.get('aliases') as string[])].sort()] as [string, string[]])
      .filter(([name, aliases]) => [name, ...aliases].some((n) => pattern.test(n)));
  } finally {
    await session.close();
  }
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
    expect(settled.reduce((n, s) => n + s.entitiesChanged + s.relationsChanged + s.relationsWithheld + s.relationsRestored, 0)).toBeGreaterThan(0);
    expect(batches.counts).toEqual(oneRun.counts);
    expect(batches.snapshot.nodes).toEqual(oneRun.snapshot.nodes);
    expect(batches.snapshot.relationships).toEqual(oneRun.snapshot.relationships);
    expect(batches.sha256).toBe(oneRun.sha256);
    const named = batches.snapshot.nodes.filter((n) => n.includes('"org:brightwater-'));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain('["name","Brightwater"]');
    // Each spelling came on its own day, and the forms are one node with the other spellings as its aliases.
    const dayOf = (source: string) => days.findIndex((day) => day.some((input) => input.source === source));
    expect(new Set(variants.map((v) => dayOf(v.source))).size).toBe(variants.length);
    expect(await entitiesNamed(/^Ministry of Defen[cs]e$/)).toEqual([['Ministry of Defence', ['Ministry of Defense']]]);
    expect(await entitiesNamed(/^Falmouth Harbou?r Commission$/)).toEqual([['Falmouth Harbour Commission', ['Falmouth Harbor Commission']]]);
    expect(await entitiesNamed(/^Tidewell Dredging/)).toEqual([['Tidewell Dredging Ltd.', ['Tidewell Dredging Ltd']]]);
    const saoPaulo = await entitiesNamed(/^S[aã]o Paulo$/i);
    expect(saoPaulo).toHaveLength(1);
    expect([saoPaulo[0]![0], ...saoPaulo[0]![1]]).toEqual(expect.arrayContaining(['São Paulo', 'Sao Paulo', 'SAO PAULO']));
  });
});

describe('kg extract --against-db and kg load', () => {
  const run = promisify(execFile);
  const kg = path.join(root, 'bin', 'kg.js');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-against-db-'));
  const [contract, hiring] = followUps.slice(-2).map((input) => {
    const file = path.join(work, input.source);
    fs.writeFileSync(file, input.content);
    return file;
  });

  it('names a stored entity as one extraction of both days would, before and after loading', { timeout: 300_000 }, async () => {
    const dayOne = path.join(work, 'day-one.json');
    const dayTwo = path.join(work, 'day-two.json');
    await run(process.execPath, [kg, 'extract', contract!, '--out', dayOne], { cwd: root });
    await run(process.execPath, [kg, 'load', dayOne, '--quiet'], { cwd: root });
    const extracted = await run(process.execPath, [kg, 'extract', hiring!, '--out', dayTwo, '--against-db'], { cwd: root });
    expect(extracted.stderr).toMatch(/against the stored graph, [1-9]\d* entities were already there, [1-9]\d* of them took another name/);
    const company = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')).entities.find((e: { id: string }) => e.id.startsWith('org:brightwater-'));
    // Day one alone says "Brightwater Corp"; with day two's three "Brightwater"s, both days together say "Brightwater".
    expect(company(dayOne).name).toBe('Brightwater Corp');
    expect(company(dayTwo)).toMatchObject({ name: 'Brightwater', aliases: ['Brightwater Corp'] });
    const loaded = await run(process.execPath, [kg, 'load', dayTwo], { cwd: root });
    expect(loaded.stdout).toMatch(/kg load: with what was stored, [1-9]\d* entities took another name, type or aliases/);
    const session = database.readSession();
    try {
      const result = await session.run("MATCH (e:Entity) WHERE e.id STARTS WITH 'org:brightwater-' RETURN e.name AS name, e.aliases AS aliases");
      expect(result.records.map((r) => [r.get('name'), r.get('aliases')])).toEqual([['Brightwater', ['Brightwater Corp']]]);
    } finally {
      await session.close();
    }
  });
});
