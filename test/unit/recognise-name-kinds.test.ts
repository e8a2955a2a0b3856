// What kind of thing a name is, and where it ends, read from the words around it: each named rule pinned here,
// switched on and off (src/recognition/recognition-rules.ts).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { extract } from './recognise-helpers.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';

const withRulesOff = (off: string[] = []) => switchRules({ off });
const types = (text: string) => Object.fromEntries(extract(text).entities.map((e) => [e.name, e.type]));

describe('kinds and ends of names read from their context', () => {
  beforeEach(() => withRulesOff());
  afterAll(() => switchRules());

  it('keeps the number of a channel in its name', () => {
    const text = 'The quiz show became a hit on Channel 4 last year, and the producers said they were pleased.';
    expect(Object.keys(types(text))).toContain('Channel 4');
    withRulesOff(['number-after-media-word']);
    expect(Object.keys(types(text))).not.toContain('Channel 4');
  });

  it('reads a body the apposition calls a union as no sports team', () => {
    const text = 'Harbour Workers United, the union organising the dockers, said it would call a strike on Monday.';
    expect(types(text)['Harbour Workers United']).not.toBe('SportsTeam');
    withRulesOff(['described-body-over-club-word']);
    expect(types(text)['Harbour Workers United']).toBe('SportsTeam');
  });

  it('reads no name inside a quoted title', () => {
    const text = 'Fans of Paolo Renzetti outside the Palladium in Leeds sang "Letters to Marisol" and waved banners reading "Bring Back Renzetti Tours".';
    const names = () => Object.keys(types(text));
    expect(names().sort()).toEqual(['Leeds', 'Palladium', 'Paolo Renzetti']);
    expect(names().filter((n) => /Marisol|Tours/.test(n))).toEqual([]);
    withRulesOff(['quoted-title-no-name']);
    expect(names().filter((n) => /Marisol|Tours/.test(n))).not.toEqual([]);
  });

  it('reads no name in an illness named after a person', () => {
    const text = "Marta Lindholm, who was diagnosed with Huntington's disease in 2011, moved to Galway, and a cousin has Tourette's syndrome.";
    expect(Object.keys(types(text)).sort()).toEqual(['Galway', 'Marta Lindholm']);
    withRulesOff(['eponym-of-illness']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Huntington']));
  });

  it('reads the name after a profession and "at" as an organisation', () => {
    const text = 'Analysts at Harwick expect the deal to close in June, said Mara Quell, a historian at Penmore.';
    expect(types(text)).toEqual({ Harwick: 'Organization', Penmore: 'Organization', 'Mara Quell': 'Person' });
    withRulesOff(['profession-at-organisation']);
    expect(types(text)).toEqual({ Harwick: 'Location', Penmore: 'Location', 'Mara Quell': 'Person' });
  });

  it('reads a name that is bought as an organisation', () => {
    const text = 'The Madrid builder has been keen to snap up more assets abroad, having bought Halsey in 2003.';
    expect(types(text).Halsey).toBe('Organization');
    withRulesOff(['bought-is-business']);
    expect(types(text).Halsey).toBe('Person');
  });

  it('reads a unit of a body as a company', () => {
    const text = 'Astrelis, a unit of the pension fund Fundo Mareira, holds 35 percent of Leda Rail.';
    expect(types(text).Astrelis).toBe('Company');
    withRulesOff(['unit-of-body']);
    expect(types(text).Astrelis).toBe('MilitaryUnit');
  });

  it('reads a name after a word for a business as a company', () => {
    const text = 'Corvane Group sold its stake in the rail consortium Leda Rail to the pension fund Fundo Mareira and the trading house Mizurane.';
    expect(types(text)).toMatchObject({ 'Leda Rail': 'Company', 'Fundo Mareira': 'Company', Mizurane: 'Company' });
    withRulesOff(['business-word-before-name']);
    expect(types(text)).toMatchObject({ 'Leda Rail': 'Person', 'Fundo Mareira': 'Person', Mizurane: 'Person' });
  });

  it('gives no vote of buying to a name that only qualifies the business bought', () => {
    expect(types('Orbel Energy agreed to buy Texas shale producer Dunmore Oil for $6bn.').Texas).not.toBe('Organization');
  });

  it('reads the name a role is held at as an organisation', () => {
    const text = 'Kari Berg, chief economist at Sandvold in Tromso, expects a cut. Jon Dahl, an analyst at the Halstrom, agreed.';
    expect(types(text)).toMatchObject({ Sandvold: 'Organization', Halstrom: 'Organization' });
    // A place's own offices may stand at a place, and a name before a noun only qualifies the employer.
    expect(types('Talks were held in Tromso. Jon Dahl, a minister at Tromso, agreed.').Tromso).not.toBe('Organization');
    expect(types('Talks were held in Tromso. Jon Dahl, a partner at the Tromso law firm Sandvold Berg, agreed.').Tromso).not.toBe('Organization');
    withRulesOff(['role-at-employer']);
    expect(types(text).Sandvold).toBe('Location');
  });

  it('reads a name ending in a trade word as a company', () => {
    const text = 'Orbel Inc. sued Nexa Systems on Monday. Nexa Systems denied the claims. "We will fight," said Ana Roy, the company\'s general counsel.';
    const worksFor = () => {
      const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
      const name = new Map(graph.entities.map((e) => [e.id, e.name]));
      return graph.relations.filter((r) => r.type === 'WORKS_FOR').map((r) => `${name.get(r.source)} > ${name.get(r.target)}`);
    };
    expect(types(text)['Nexa Systems']).toBe('Company');
    expect(worksFor()).toEqual(['Ana Roy > Nexa Systems']);
    // Metals and minerals end miners' and traders' names.
    expect(types('Kestrel Metals, a Tessaro Mining shareholder, invested $60m in Andesur Minerals.')).toMatchObject({
      'Kestrel Metals': 'Company',
      'Andesur Minerals': 'Company',
    });
    withRulesOff(['trade-word-company']);
    expect(types(text)['Nexa Systems']).toBe('Organization');
    expect(worksFor()).toEqual(['Ana Roy > Orbel Inc.']);
  });
});
