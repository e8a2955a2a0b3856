// Whole articles written for the tests (business, politics, sports, crime): the entities a reader expects, typed
// sensibly, one node each, nothing from page furniture, and no junk names.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { findFurniture } from '../../src/pipeline/clean.js';
import { entityNamed, extract } from './recognise-helpers.js';

const read = (name: string) => fs.readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8');
const types = (graph: GraphDocument) => Object.fromEntries(graph.entities.map((e) => [e.name, e.type]));

describe('fixture articles', () => {
  it('business: companies, their people, a product and "the Norwegian government"', () => {
    const graph = extract(read('business-acquisition'));
    expect(types(graph)).toMatchObject({
      'Veltrane Corp': 'Company',
      Fjordcell: 'Company',
      'Marta Okonkwo': 'Person',
      'Lars Aamodt': 'Person',
      Cellcore: 'Product',
      Oslo: 'City',
      Norway: 'Country',
    });
    expect(entityNamed(graph, 'Veltrane Corp')!.aliases).toContain('Veltrane');
    expect(entityNamed(graph, 'Marta Okonkwo')!.aliases).toContain('Okonkwo');
    // "the Norwegian government" is a body of its own, apart from the country (rule government-apart-from-country).
    expect(entityNamed(graph, 'Norwegian government')?.type).toBe('GovernmentBody');
  });

  it('politics: title runs stripped, an acronym joined, a department followed by "the department"', () => {
    const graph = extract(read('politics'));
    expect(types(graph)).toMatchObject({
      'Helen Ashdown': 'Person',
      'Tom Ridley': 'Person',
      'Department of Finance': 'GovernmentBody',
      'Australian military': 'MilitaryUnit',
      Indonesians: 'Group',
      Canberra: 'City',
    });
    expect(entityNamed(graph, 'Liberal Democratic Front')!.aliases).toEqual(expect.arrayContaining(['LDF', 'Ldf']));
    expect(entityNamed(graph, 'Department of Finance')!.mentions.some((m) => m.kind === 'nominal')).toBe(true);
    expect(entityNamed(graph, 'Parliament')).toBeUndefined();
  });

  it('sports: a club, players by surname, a venue and a broadcaster', () => {
    const graph = extract(read('sports'));
    expect(types(graph)).toMatchObject({
      'Riverside United': 'SportsTeam',
      'Dani Kovacs': 'Person',
      'Ines Moreau': 'Person',
      'Larkfield Stadium': 'Location',
      'Pitchline TV': 'MediaOrganization',
      'Northern Cup': 'Event',
    });
    expect(entityNamed(graph, 'Dani Kovacs')!.mentions).toHaveLength(3);
  });

  it('crime: places, a detective and her pronoun, and no byline', () => {
    const graph = extract(read('crime'));
    expect(types(graph)).toMatchObject({
      Lyon: 'City',
      Marseille: 'City',
      'Claire Fontaine': 'Person',
      Interpol: 'InternationalOrganization',
      'French government': 'GovernmentBody',
    });
    expect(entityNamed(graph, 'Claire Fontaine')!.mentions.filter((m) => m.kind === 'pronoun')).toHaveLength(1);
    expect(entityNamed(graph, 'Paul Mercer')).toBeUndefined();
  });

  it('never places a mention in furniture, never emits a month or weekday, and never emits a name twice', () => {
    for (const name of ['business-acquisition', 'politics', 'sports', 'crime']) {
      const text = read(name);
      const furniture = findFurniture(text);
      const graph = extract(text);
      for (const entity of graph.entities) {
        for (const m of entity.mentions)
          expect(
            furniture.some((f) => m.start < f.end && m.end > f.start),
            `${name}: ${entity.name}`,
          ).toBe(false);
        expect(entity.name).not.toMatch(
          /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
        );
      }
      const names = graph.entities.map((e) => e.name.toLowerCase());
      expect(new Set(names).size, name).toBe(names.length);
    }
  });
});
