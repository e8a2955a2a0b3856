// Name forms of one entity that the merge key keeps apart, joined by the named rules of src/recognition/alias-joins.ts
// and the surname rule of link-in-document.ts; each is pinned switched on and off.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { entityNamed, extract } from './recognise-helpers.js';

const withRulesOff = (off: string[] = []) => switchRules({ off });
/** The names of the entities that hold any of `names`, one line per entity. */
const holders = (text: string, names: string[]) => {
  const graph = extract(text);
  return [...new Set(names.map((n) => entityNamed(graph, n)?.id))].filter(Boolean);
};

describe('joins of name forms within a document', () => {
  beforeEach(() => withRulesOff());
  afterAll(() => switchRules());

  it('joins a short form written after the one organisation name it opens', () => {
    const text =
      'Tarvik wins Polish radar order\n\nWARSAW, May 3 (Reuters) - Tarvik Defence Systems won a $400 million order for air-defence radars from Poland on Tuesday. Tarvik said deliveries would start next year. Analysts said Tarvik had beaten two rivals.';
    const bank = 'Banco Corvela agreed to buy a rival on Monday. Corvela said the deal would close in June. Shares in Corvela rose 4%.';
    expect(holders(text, ['Tarvik Defence Systems', 'Tarvik'])).toHaveLength(1);
    expect(holders(bank, ['Banco Corvela', 'Corvela'])).toHaveLength(1);
    expect(entityNamed(extract(text), 'Tarvik')?.type).toBe('Company');
    // Written before the full name, a word names a thing of its own ("Starbucks" before "Starbucks Workers United").
    expect(holders('Corvela cut jobs. Later, Corvela Workers United called a strike.', ['Corvela', 'Corvela Workers United'])).toHaveLength(2);
    withRulesOff(['short-form-after-full-name']);
    expect(holders(text, ['Tarvik Defence Systems', 'Tarvik'])).toHaveLength(2);
    expect(holders(bank, ['Banco Corvela', 'Corvela'])).toHaveLength(2);
  });

  it('joins a short form of several words written after the one organisation name it opens', () => {
    const text = 'The tanker is managed by Korvel Marine Shipmanagement, records show. Korvel Marine said the ship had left port on Monday.';
    expect(holders(text, ['Korvel Marine Shipmanagement', 'Korvel Marine'])).toHaveLength(1);
    expect(entityNamed(extract(text), 'Korvel Marine')?.type).not.toBe('Person');
    // Its own context saying what it is ("which has built", "was bought") makes it a body of its own.
    const scheme =
      'Trustees of the Brennor Steel Pension Scheme wrote to members. Brennor Steel, which has built platforms for 50 years, was bought in 2021 by a fund.';
    expect(holders(scheme, ['Brennor Steel Pension Scheme', 'Brennor Steel'])).toHaveLength(2);
    withRulesOff(['several-word-short-form-after-full-name']);
    expect(holders(text, ['Korvel Marine Shipmanagement', 'Korvel Marine'])).toHaveLength(2);
  });

  it('joins a surname written inside one full name to that person', () => {
    const texts = [
      [
        'The rebels are led by Jean-Baptiste Kasereka Mumbere, a former officer. Kasereka told reporters the talks would fail.',
        'Jean-Baptiste Kasereka Mumbere',
        'Kasereka',
      ],
      [
        'Garcia was represented by Fiona McAllister KC at the hearing. McAllister told the tribunal the dismissal was unfair.',
        'Fiona McAllister KC',
        'McAllister',
      ],
      ['The board chose Maria Fernanda Ortiz Vega as chair on Monday. Ortiz said she would cut costs.', 'Maria Fernanda Ortiz Vega', 'Ortiz'],
    ] as const;
    for (const [text, full, surname] of texts) expect(holders(text, [full, surname])).toHaveLength(1);
    withRulesOff(['surname-inside-full-name']);
    for (const [text, full, surname] of texts) expect(holders(text, [full, surname])).toHaveLength(2);
  });

  it('keeps apart bodies of one generic name that two countries own', () => {
    const text =
      "Washington imposed sanctions on Tuesday. China's Foreign Ministry said it opposed them.\n\nSouth Korea's Foreign Ministry said it would study them.";
    const names = () => extract(text).entities.map((e) => e.name);
    expect(names()).toEqual(expect.arrayContaining(["China's Foreign Ministry", "South Korea's Foreign Ministry"]));
    // One country's body keeps the name it is written with.
    expect(extract("China's Foreign Ministry said it opposed the sanctions.").entities.map((e) => e.name)).toContain('Foreign Ministry');
    withRulesOff(['country-possessive-keeps-bodies-apart']);
    expect(names().filter((n) => n.endsWith('Foreign Ministry'))).toEqual(['Foreign Ministry']);
  });

  it("reads the first word of a group's name written after it as its short form", () => {
    const text = 'Pellham Motor Group cut its forecast on Monday. Pellham said sales fell in Mexico.';
    const aliases = () => extract(text).entities.find((e) => e.name === 'Pellham Motor Group')?.aliases ?? [];
    expect(aliases()).toContain('Pellham');
    withRulesOff(['short-form-of-group-name']);
    expect(aliases()).not.toContain('Pellham');
  });

  it("reads the first word of a services firm's name written after it as its short form", () => {
    const text = 'Investigators said Tarnwell Rail Services had missed two inspections. The regulator said Tarnwell had kept no records.';
    const aliases = () => extract(text).entities.find((e) => e.name === 'Tarnwell Rail Services')?.aliases ?? [];
    expect(aliases()).toContain('Tarnwell');
    withRulesOff(['short-form-of-services-name']);
    expect(aliases()).not.toContain('Tarnwell');
  });

  it('joins a short form that context reads only as an organisation to the organisation it opens', () => {
    const text =
      'Train drivers at Harcastle Crosslink Trains will walk out next week, the union said. Harcastle Crosslink, which runs commuter trains across the north, said it regretted the vote.';
    const aliases = () => extract(text).entities.find((e) => e.name === 'Harcastle Crosslink Trains')?.aliases ?? [];
    expect(aliases()).toContain('Harcastle Crosslink');
    withRulesOff(['short-form-organisation-evidence']);
    expect(aliases()).not.toContain('Harcastle Crosslink');
  });

  it('joins a lone word read as a place but never used as one to the organisation it opens', () => {
    const text =
      'Bluecrest Cells Inc. will build a battery plant in Paducah, the company said. Korvel Battery could raise its stake in Bluecrest if demand recovers.';
    const aliases = () => extract(text).entities.find((e) => e.name === 'Bluecrest Cells Inc.')?.aliases ?? [];
    expect(aliases()).toContain('Bluecrest');
    // A place the text uses as one stays apart.
    const town = 'Residents of Paducah Heights met on Monday. The flood reached Paducah on Tuesday.';
    expect(extract(town).entities.find((e) => e.name === 'Paducah Heights')?.aliases ?? []).not.toContain('Paducah');
    withRulesOff(['unused-place-short-form']);
    expect(aliases()).not.toContain('Bluecrest');
  });

  it("gives a body named after one country's possessive the possessive form as an alias", () => {
    const text = "Fjordlys is funded by Norway's Ministry of Culture. The Ministry of Culture said the grant would stay.";
    const ministry = () => extract(text).entities.find((e) => e.name === 'Ministry of Culture');
    expect(ministry()?.aliases).toContain("Norway's Ministry of Culture");
    withRulesOff(['country-possessive-body-alias']);
    expect(ministry()?.aliases ?? []).not.toContain("Norway's Ministry of Culture");
  });

  it('keeps a surely tagged place apart from the organisation its name starts', () => {
    const text =
      'HALDEN, Norland (AP) - Police in the northern city of Halden arrested three men on Sunday.\nInspector Maria Aune of the Halden police told a news conference.\nThe guard is being treated at Halden University Hospital.\n';
    const graph = () => extract(text);
    expect(entityNamed(graph(), 'Halden University Hospital')?.aliases ?? []).not.toContain('Halden');
    expect(entityNamed(graph(), 'Halden')?.type).toMatch(/Location|City/);
    // "the northern city of Halden" also says the name is a city (kind-of-place-before-of).
    withRulesOff(['sure-tag-keeps-short-name-apart', 'kind-of-place-before-of']);
    expect(entityNamed(graph(), 'Halden University Hospital')?.aliases).toContain('Halden');
  });

  it("joins no dateline's agency to its place as an acronym", () => {
    const text = 'PORT ELLERY (AP) - Nordhav Energy won a contract on Monday to build a wind farm off Port Ellery.\n';
    const place = () => entityNamed(extract(text), 'Port Ellery');
    expect(place()?.aliases ?? []).not.toContain('AP');
    // An acronym given in brackets in prose is still the name's.
    const defined = extract('The Norland Wind Association (NWA) welcomed the contract. The NWA said jobs would follow.\n');
    expect(entityNamed(defined, 'Norland Wind Association')?.aliases).toContain('NWA');
    withRulesOff(['dateline-credit-no-acronym']);
    expect(place()?.aliases).toContain('AP');
  });

  it("joins a body's head word alone to the one body whose name ends with it", () => {
    const text =
      'The European Commission opened an investigation into Tervana. "The Commission is concerned," Commission spokesperson Anneke Vos told reporters.';
    expect(holders(text, ['European Commission', 'Commission'])).toHaveLength(1);
    // With two bodies whose names end with the word, it joins neither.
    const two = 'The European Commission and the Tessaly Trade Commission met. The Commission said nothing.';
    expect(holders(two, ['European Commission', 'Tessaly Trade Commission', 'Commission'])).toHaveLength(3);
    withRulesOff(['body-head-short-name']);
    expect(holders(text, ['European Commission', 'Commission'])).toHaveLength(2);
  });

  it('joins the head word of a body of members alone to the one body whose name ends with it', () => {
    const text = "The Veldanian Songwriters' Guild backed the lawsuit on Monday. On Tuesday the Guild said it would also write to the ministry.";
    expect(holders(text, ["Veldanian Songwriters' Guild", 'Guild'])).toHaveLength(1);
    withRulesOff(['member-body-head-short-name']);
    expect(holders(text, ["Veldanian Songwriters' Guild", 'Guild'])).toHaveLength(2);
  });

  it('joins a mixed-case acronym in brackets to the name before it', () => {
    const text = "Germany's Federal Institute for Drugs and Medical Devices (BfArM) said it was examining the reports. BfArM declined to comment.";
    const names = ['Federal Institute for Drugs and Medical Devices', 'BfArM'];
    expect(holders(text, names)).toHaveLength(1);
    // A surname's "Mc" is no acronym.
    expect(holders('The Harlow Trust (McKenna) said so. McKenna declined to comment.', ['Harlow Trust', 'McKenna'])).toHaveLength(2);
    withRulesOff(['mixed-case-acronym-in-brackets']);
    expect(holders(text, names)).toHaveLength(2);
  });

  it('joins a coined short name in brackets to the body before it', () => {
    const text = "The stoppage was called by the Metalworkers' Union of Camborema (Sindimec). Sindimec president Josué Ramalho spoke.";
    const names = ["Metalworkers' Union of Camborema", 'Sindimec'];
    expect(holders(text, names)).toHaveLength(1);
    // A known place in brackets is where the body is, not its name.
    expect(holders('Tarvos Holdings (Germany) said sales rose.', ['Tarvos Holdings', 'Germany'])).toHaveLength(2);
    withRulesOff(['body-short-name-in-brackets']);
    expect(holders(text, names)).toHaveLength(2);
  });

  it('joins a name with a Nordic legal form to the name without it', () => {
    const text = 'Varnholm Pharma is owned by Seltun Invest AB. Seltun Invest will sell part of its stake next year.';
    expect(holders(text, ['Seltun Invest AB', 'Seltun Invest'])).toHaveLength(1);
    // Written after the full name, the short form also joins it by several-word-short-form-after-full-name.
    withRulesOff(['nordic-company-form', 'several-word-short-form-after-full-name']);
    expect(holders(text, ['Seltun Invest AB', 'Seltun Invest'])).toHaveLength(2);
  });

  it('joins a short form to a full name opened by a word for a kind of business', () => {
    const text =
      'A federal judge ordered Mineração Pedra Funda SA to halt extraction on Monday. Prosecutors sued Pedra Funda in March. Pedra Funda said it would appeal.';
    const names = ['Mineração Pedra Funda SA', 'Pedra Funda'];
    expect(holders(text, names)).toHaveLength(1);
    // A name that only shares the words after the kind word's is not opened by it.
    expect(holders('Grupo Pedra Funda Agrícola bought land. Pedra Fina said it would sell.', ['Grupo Pedra Funda Agrícola', 'Pedra Fina'])).toHaveLength(2);
    withRulesOff(['short-form-after-opening-kind-word']);
    expect(holders(text, names)).toHaveLength(2);
  });

  it('gives a surname shared by two full names to the person named first', () => {
    const text =
      'Opposition leader Dana Orlov was expelled from parliament on Friday. Her mother, Irina Orlov, led the party in 1990. Orlov said she would appeal, and Orlov later thanked her voters.';
    const graph = extract(text);
    const dana = entityNamed(graph, 'Dana Orlov');
    expect(dana?.aliases).toContain('Orlov');
    expect(entityNamed(graph, 'Irina Orlov')?.aliases ?? []).not.toContain('Orlov');
    withRulesOff(['surname-of-first-named']);
    expect(entityNamed(extract(text), 'Dana Orlov')?.aliases ?? []).not.toContain('Orlov');
  });

  it('gives a word written before the founder is named to the firm named first', () => {
    const text =
      'The regulator fined Dellacorte Commodities SA $2 million on Wednesday. Dellacorte settled without admitting the findings. The company is controlled by the family of its founder, Marc Dellacorte, who set it up in 1978.';
    expect(holders(text, ['Dellacorte Commodities SA', 'Dellacorte'])).toHaveLength(1);
    expect(entityNamed(extract(text), 'Marc Dellacorte')?.aliases ?? []).not.toContain('Dellacorte');
    // Written after the founder is named, the word is the founder's surname.
    const later = 'Dellacorte Commodities SA was founded by Marc Dellacorte in 1978. Dellacorte said he would retire.';
    expect(entityNamed(extract(later), 'Marc Dellacorte')?.aliases).toContain('Dellacorte');
    withRulesOff(['surname-of-firm-named-first']);
    expect(holders(text, ['Dellacorte Commodities SA', 'Dellacorte'])).toHaveLength(2);
  });

  it('joins a headline short form typed finer than the full name it opens', () => {
    const text =
      'Regulator fines funeral firm Daeyun Life over deposits\n\nSEOUL, Nov. 21 - The regulator on Tuesday fined Daeyun Life Service 3 billion won. The commission said Daeyun had deposited only 21 percent.';
    expect(holders(text, ['Daeyun Life', 'Daeyun Life Service', 'Daeyun'])).toHaveLength(1);
    withRulesOff(['short-form-finer-evidence']);
    expect(holders(text, ['Daeyun Life', 'Daeyun Life Service'])).toHaveLength(2);
  });

  it("joins a maker's word to the maker beside a product named after it", () => {
    const text =
      'A judge ordered mall operator Grupo Moraleda and escalator manufacturer Dorvane Elevadores to pay damages. The escalator, a Dorvane TR-900 model, ran backwards. The judge ordered Dorvane to pay 60 percent of the damages.';
    expect(holders(text, ['Dorvane Elevadores', 'Dorvane'])).toHaveLength(1);
    withRulesOff(['maker-word-in-product-name']);
    expect(holders(text, ['Dorvane Elevadores', 'Dorvane'])).toHaveLength(2);
  });

  it('gives a short name to the body named before it', () => {
    const text =
      'Korean lift maker buys German rival\n\nSEOUL, Nov 3 - South Korean lift maker Hanseong Elevator agreed to buy Vollmert on Monday. Hanseong said the deal would double its revenue. The company is controlled by the Kang family through Hanseong Holdings, which owns 38 percent of its shares.';
    expect(holders(text, ['Hanseong Elevator', 'Hanseong'])).toHaveLength(1);
    expect(holders(text, ['Hanseong Holdings', 'Hanseong'])).toHaveLength(2);
    withRulesOff(['short-name-of-body-named-first']);
    expect(holders(text, ['Hanseong Holdings', 'Hanseong'])).toHaveLength(1);
  });

  it('joins no surname before "family" to a full name', () => {
    const text = 'Tessmer Media is controlled by the Brandauer family. Its chief executive, Lukas Brandauer, said sales fell.';
    const lukas = () => entityNamed(extract(text), 'Lukas Brandauer');
    expect(lukas()?.aliases ?? []).not.toContain('Brandauer');
    withRulesOff(['family-name-not-person']);
    expect(lukas()?.aliases).toContain('Brandauer');
  });

  it('joins the short name of a transport operator to its full name', () => {
    const text =
      'Train maker Tolvern Rail has won a contract to build 90 trains for Ostby Ferries, the operator said on Monday. Tolvern said the trains would be built in Marsk, and Ostby said it would run them from 2030.';
    expect(holders(text, ['Tolvern Rail', 'Tolvern'])).toHaveLength(1);
    expect(holders(text, ['Ostby Ferries', 'Ostby'])).toHaveLength(1);
    withRulesOff(['transport-operator-short-name', 'lone-word-of-one-organisation']);
    expect(holders(text, ['Tolvern Rail', 'Tolvern'])).toHaveLength(2);
    expect(holders(text, ['Ostby Ferries', 'Ostby'])).toHaveLength(2);
  });

  it('joins a first name spelt two ways', () => {
    const text =
      'Dmitri Volkhov defected to Britain in 1985. Dmitry Volkhov says he was betrayed by the officers who ran him. Mr Volkhov is now on hunger strike in London.';
    expect(holders(text, ['Dmitri Volkhov', 'Dmitry Volkhov', 'Volkhov'])).toHaveLength(1);
    withRulesOff(['first-name-spelling-variant']);
    expect(holders(text, ['Dmitri Volkhov', 'Dmitry Volkhov'])).toHaveLength(2);
  });

  it('keeps two people whose first names differ in more than one letter apart', () => {
    const text = 'Maria Lindqvist and Marta Lindqvist both ran for the seat. Maria Lindqvist won it.';
    expect(holders(text, ['Maria Lindqvist', 'Marta Lindqvist'])).toHaveLength(2);
  });

  it('joins a name written with and without a country before it', () => {
    const text = 'The Secret Service opened an inquiry into the leak on Monday. A US Secret Service agent said the suspect had fled to Canada.';
    expect(holders(text, ['Secret Service', 'US Secret Service'])).toHaveLength(1);
    withRulesOff(['country-qualified-name']);
    expect(holders(text, ['Secret Service', 'US Secret Service'])).toHaveLength(2);
  });

  it('joins a short organisation name of several words to its full name', () => {
    const text = 'The Delmar Police Department said the road had been closed since Tuesday. Delmar Police later said it had reopened.';
    expect(holders(text, ['Delmar Police Department', 'Delmar Police'])).toHaveLength(1);
    // Written after the full name and read only as what it is, the short name also joins it by
    // several-word-short-form-after-full-name.
    withRulesOff(['short-name-of-several-words', 'short-form-organisation-evidence']);
    expect(holders(text, ['Delmar Police Department', 'Delmar Police'])).toHaveLength(2);
  });

  it("joins a newspaper's last word to the one outlet it ends", () => {
    const text =
      "An investigation by The Northgate Herald found that Brightmoor Foods hid safety failures. The Herald's investigation was led by reporter Clara Voss.";
    expect(holders(text, ['The Northgate Herald', 'Herald'])).toHaveLength(1);
    withRulesOff(['masthead-short-name']);
    expect(holders(text, ['The Northgate Herald', 'Herald'])).toHaveLength(2);
  });

  it('joins a lone word of one organisation name to that organisation', () => {
    const brand = 'Shares in Halvane Powertrain fell 6 percent after the company recalled 40,000 motors. Halvane said it knew of no injuries.';
    const side = 'Portland Rovers held league leaders Vinter Athletic to a 0-0 draw on Saturday. Rovers manager Dean Calloway praised his defence.';
    const bank = 'Prosecutors questioned the chairman of Bank Orlova on Monday. Orlova said its branches stayed open.';
    const joined = () => [
      holders(brand, ['Halvane Powertrain', 'Halvane']),
      holders(side, ['Portland Rovers', 'Rovers']),
      holders(bank, ['Bank Orlova', 'Orlova']),
    ];
    expect(joined().map((h) => h.length)).toEqual([1, 1, 1]);
    expect(entityNamed(extract(brand), 'Halvane Powertrain')?.type).toMatch(/Organization|Company/);
    // A word that opens a body's part stays the body's own name.
    const part = 'The Senate Judiciary Committee met on Monday. The Senate later passed the bill.';
    expect(holders(part, ['Senate Judiciary Committee', 'Senate'])).toHaveLength(2);
    withRulesOff(['lone-word-of-one-organisation']);
    expect(joined().map((h) => h.length)).toEqual([2, 2, 2]);
  });
});
