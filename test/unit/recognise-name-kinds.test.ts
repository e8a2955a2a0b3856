// What kind of thing a name is, and where it ends, read from the words around it: each named rule pinned here,
// switched on and off (src/recognition/recognition-rules.ts).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { entityNamed, extract } from './recognise-helpers.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { headlineEnd } from '../../src/recognition/link-in-document.js';
import { isA } from '../../src/schema/schema.js';

const withRulesOff = (off: string[] = []) => switchRules({ off });
const types = (text: string) => Object.fromEntries(extract(text).entities.map((e) => [e.name, e.type]));

describe('kinds and ends of names read from their context', () => {
  beforeEach(() => withRulesOff());
  afterAll(() => switchRules());

  it('reads a name after "operator" as a company', () => {
    const text = 'Harlund Group said it would sell its 30% stake in Latvian port operator Kalvport to a Swiss fund. Kalvport handles grain.';
    expect(types(text).Kalvport).toBe('Company');
    // A person's trade keeps the person.
    expect(types('Crane operator Ilse Varga was hurt when the boom fell.')['Ilse Varga']).toBe('Person');
    withRulesOff(['operator-before-name']);
    expect(types(text).Kalvport).not.toBe('Company');
  });

  it('reads two portfolios joined by "and" into a ministry\'s name', () => {
    const text = 'Fishermen asked the court to cancel licences that the Ministry of Fisheries and Maritime Economy granted this year.';
    expect(types(text)['Ministry of Fisheries and Maritime Economy']).toBe('GovernmentBody');
    // A name after "and" that ends in no field's word is a name of its own.
    expect(Object.keys(types('The Ministry of Defence and Lockheed Martin signed a deal.'))).toContain('Ministry of Defence');
    // "wildlife" and "arts" are fields of a body's name as "forestry" is.
    expect(types("Cambodia's Ministry of Culture and Fine Arts demanded the statue's return.")['Ministry of Culture and Fine Arts']).toBe('GovernmentBody');
    expect(types("Fishermen said Kenya's Ministry of Forestry and Wildlife did not respond.")['Ministry of Forestry and Wildlife']).toBe('GovernmentBody');
    withRulesOff(['portfolio-pair-name']);
    expect(types(text)['Ministry of Fisheries and Maritime Economy']).toBeUndefined();
  });

  it('reads no subject of a verb before a business as a place', () => {
    const text = 'Margarethe Kolb told trade publication Hospitality Ledger that the fees were unfair.';
    expect(types(text)['Margarethe Kolb']).toBe('Person');
    withRulesOff(['verb-after-name-no-place']);
    expect(types(text)['Margarethe Kolb']).toBe('Location');
  });

  it('reads a known place before a word for a business as the place', () => {
    const text = 'The drones were built by Aranya Aerial Systems, a Bengaluru start-up founded in 2019 by engineer Vikram Sethuraman.';
    expect(types(text).Bengaluru).toBe('City');
    withRulesOff(['known-place-before-business-word']);
    expect(types(text).Bengaluru).toBe('Company');
  });

  it('reads the name a person heads as a body', () => {
    const text = 'Helen Marsh, who heads Defence Export Controls, told the committee that every permit had been assessed.';
    expect(types(text)['Defence Export Controls']).toBe('Organization');
    // A place the lexicons know stays a place.
    expect(types('Tom Reyes, who ran Chicago for a decade, said so.').Chicago).toBe('City');
    withRulesOff(['headed-by-relative-is-body']);
    expect(types(text)['Defence Export Controls']).toBe('Person');
  });

  it('reads an entity by its lexicons, not by an unsure tag in the headline', () => {
    const text = 'Ghana signs Kumasi water deal after Tessin bid\n\nACCRA, May 2 - Ghana signed a deal with Kumasi-based builder Tessin Works on Monday.';
    expect(types(text).Kumasi).not.toBe('Person');
    expect(isA(types(text).Kumasi!, 'Location')).toBe(true);
    withRulesOff(['headline-tag-needs-sure']);
    expect(types(text).Kumasi).toBe('Person');
  });

  it('finds a headline only above more text, and not in a first line that ends as a sentence does', () => {
    expect(headlineEnd('Ghana signs Kumasi water deal\n\nACCRA - Ghana signed.')).toBe(29);
    expect(headlineEnd('Ghana signed a water deal on Monday.\n\nIt was the first.')).toBe(0);
    expect(headlineEnd('Ghana signed a water deal with Kumasi\n')).toBe(0);
    expect(headlineEnd('LONDON 1996-08-30\n\nGhana signed.')).toBe(0);
  });

  it('reads the portfolio before a minister as part of the title', () => {
    const text = 'Local Government Minister Rachel Dunstan said she had written to the council.';
    const kenya = "Health Cabinet Secretary Peter Kamau told the National Assembly's health committee that the trial was safe.";
    expect(Object.keys(types(text))).not.toContain('Local Government');
    expect(Object.keys(types(kenya))).not.toContain('Health Cabinet');
    expect(types(kenya)['Peter Kamau']).toBe('Person');
    // An assembly is a body of the state (the schema's descriptor), not an outlet it told.
    expect(types(kenya)['National Assembly']).toBe('GovernmentBody');
    // A word before the portfolio that is no place makes the words a body's name.
    expect(Object.keys(types('The Homeland Security agency grew. Homeland Security Secretary Alejandro Mayorkas said it would.'))).toContain(
      'Homeland Security',
    );
    withRulesOff(['portfolio-before-title-outside-name']);
    expect(Object.keys(types(text))).toContain('Local Government');
    expect(Object.keys(types(kenya))).toContain('Health Cabinet');
  });

  it('keeps a known place a place before an apposition that gives the role of the person before it', () => {
    const text = 'Senator Patricia Lowe of Maryland, a member of the Senate health committee, wrote to the agency on Wednesday.';
    expect(types(text).Maryland).toBe('Region');
    expect(types(text)['Patricia Lowe']).toBe('Person');
    withRulesOff(['role-apposition-after-person-of-place']);
    expect(types(text).Maryland).toBe('Person');
  });

  it('reads a name owned or controlled by another as an organisation', () => {
    const text = 'Litoral Andino is controlled by Grupo Cordillera. Salvora Norte, which is 35% owned by the same group, was not fined.';
    expect(types(text)).toMatchObject({ 'Litoral Andino': 'Organization', 'Salvora Norte': 'Organization' });
    // Controlled by no owner: a person stays a person.
    expect(types('Marta Ruiz is controlled by fear, her lawyer said.')['Marta Ruiz']).toBe('Person');
    withRulesOff(['owned-by-is-business']);
    expect(types(text)['Litoral Andino']).toBe('Person');
  });

  it('types a name described as a shelter as an organisation', () => {
    const text = 'Posada Alegre, a shelter run by volunteers in Nogales, said it had no beds left.';
    expect(types(text)['Posada Alegre']).toBe('Organization');
    // A shelter word before another noun only qualifies that noun: the person stays a person.
    expect(types('Rosa Ibarra, a shelter volunteer in Nogales, said the beds were gone.')['Rosa Ibarra']).toBe('Person');
    withRulesOff(['shelter-in-apposition']);
    expect(types(text)['Posada Alegre']).toBe('Person');
  });

  it('reads no adverb that opens a sentence as a name', () => {
    const text =
      'Rhenwerk AG said it would close its last lignite plant in 2033. Separately, the regulator fined Rhenwerk AG 60 million euros. Earlier, the commission had opened an inquiry.';
    const names = () => Object.keys(types(text));
    expect(names()).not.toContain('Separately');
    expect(names()).not.toContain('Earlier');
    expect(names()).toContain('Rhenwerk AG');
    // Names that end in "ly" open sentences before a comma too.
    expect(Object.keys(types('Italy, the host, fined Rhenwerk AG. Kelly, a campaigner, welcomed the fine.'))).toEqual(
      expect.arrayContaining(['Italy', 'Kelly']),
    );
    withRulesOff(['opening-adverb-no-name']);
    expect(names()).toContain('Separately');
  });

  it('reads no adverb that sizes a number at the head of a sentence as a name', () => {
    const text = "The Baltic Port Workers Union called a strike. Roughly 300 of the union's members work there.";
    expect(Object.keys(types(text))).toEqual(['Baltic Port Workers Union']);
    withRulesOff(['opening-adverb-before-number']);
    expect(Object.keys(types(text))).toContain('Roughly');
  });

  it('keeps a person named with an honorific a person whatever the contexts say', () => {
    const text =
      'President Teodor Vasko of Ostravia swore in Dr. Ifeoma Kachi as health minister on Monday.\n\nKachi, a former director of the Halden General Hospital, replaces Ivo Renner.';
    expect(types(text)['Ifeoma Kachi']).toBe('Person');
    // A name whose own words say it is a company is no person for an honorific-like first word.
    const pageant =
      'Miss Galaxy hides behind veil of silence.\n\nCarla Mendes, the reigning Miss Galaxy, was given an ultimatum by Miami-based Miss Galaxy Inc. to lose weight. Paul Reyes, president of Miss Galaxy Inc, said he had spoken with Mendes. She won the Miss Galaxy title in May.';
    expect(types(pageant)['Galaxy Inc']).toBe('Company');
    withRulesOff(['honorific-over-context-type']);
    expect(types(text)['Ifeoma Kachi']).toBe('Location');
  });

  it('keeps the number of a channel in its name', () => {
    const text = 'The quiz show became a hit on Channel 4 last year, and the producers said they were pleased.';
    expect(Object.keys(types(text))).toContain('Channel 4');
    withRulesOff(['number-after-media-word']);
    expect(Object.keys(types(text))).not.toContain('Channel 4');
  });

  it('types no name by the subject of a reporting clause after it', () => {
    const text = 'Police shot six robbery suspects in the northern town of Kavora, the national news agency reported on Friday.';
    expect(types(text)['Kavora']).not.toBe('MediaOrganization');
    // "the northern town of Kavora" also says the name is a town (kind-of-place-before-of).
    withRulesOff(['reporting-subject-no-apposition', 'kind-of-place-before-of']);
    expect(types(text)['Kavora']).toBe('MediaOrganization');
    const role = 'The meeting took place south of Tarvik, an official source said.';
    withRulesOff();
    expect(types(role)['Tarvik']).not.toBe('Person');
    withRulesOff(['reporting-subject-no-apposition']);
    expect(types(role)['Tarvik']).toBe('Person');
  });

  it('reads the head of a name with a possessive inside as its last word', () => {
    const text = "The People's Daily said on Monday that the Harbour People's Party had won the vote in Kavora.";
    expect(types(text)["People's Daily"]).toBe('MediaOrganization');
    expect(types(text)["Harbour People's Party"]).toBe('Organization');
    withRulesOff(['possessive-inside-name']);
    expect(types(text)["People's Daily"]).toBe('Group');
    expect(types(text)["Harbour People's Party"]).toBe('Group');
  });

  it('types no person by a descriptor that qualifies a noun for a person', () => {
    const text = 'But Marit Solberg, a television presenter, is said to have been upset by the ruling.';
    expect(types(text)['Marit Solberg']).toBe('Person');
    withRulesOff(['descriptor-before-person-noun']);
    expect(types(text)['Marit Solberg']).toBe('MediaOrganization');
  });

  it('reads no person in a name between a role word and a descriptor', () => {
    const text = 'The talks went well, the official Kavora news agency quoted Tang Shubei as saying.';
    expect(types(text)['Kavora']).not.toBe('Person');
    withRulesOff(['role-word-before-described-name']);
    expect(types(text)['Kavora']).toBe('Person');
  });

  it('reads the person named after a role of a qualified body', () => {
    const text = 'The chairman of the local council, Damian Okoro, said drugs had been rushed to the area.';
    expect(types(text)['Damian Okoro']).toBe('Person');
    withRulesOff(['role-of-qualified-descriptor']);
    expect(types(text)['Damian Okoro']).toBe('GovernmentBody');
  });

  it('reads the person named after a role held toward a descriptor', () => {
    const text = "The European Union's envoy to the region, Piet Vandersloot, praised the talks.";
    expect(types(text)['Piet Vandersloot']).toBe('Person');
    withRulesOff(['role-to-descriptor']);
    expect(types(text)['Piet Vandersloot']).toBe('Region');
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

  it('reads a quoted title named as a programme as a product', () => {
    const text =
      'Lumos bought “Harbour Lights,” the Irish crime drama, and Redgum Media adapted the Danish series “Kold Havn.” Fans sang “Letters to Marisol” at the Palladium.';
    expect(types(text)['Harbour Lights']).toBe('Product');
    expect(types(text)['Kold Havn']).toBe('Product');
    // A quoted title no programme noun names is still no name.
    expect(Object.keys(types(text)).filter((n) => /Marisol/.test(n))).toEqual([]);
    withRulesOff(['quoted-programme-title']);
    expect(types(text)['Harbour Lights']).toBeUndefined();
  });

  it('reads a name opened by "County" as a region', () => {
    const text =
      'The show, produced by Dublin studio Greywater Pictures, follows a detective in Castlebar, County Mayo, and drew 2.1 million viewers. Niamh Cullen said so.';
    expect(types(text)['County Mayo']).toBe('Region');
    withRulesOff(['county-opens-name']);
    expect(types(text)['County Mayo']).not.toBe('Region');
  });

  it('reads no name in the adjective of a region', () => {
    const text = 'Texan oil producer Dunmore Oil agreed to buy Bavarian carmaker Veltro Motors.';
    expect(Object.keys(types(text)).sort()).toEqual(['Dunmore Oil', 'Veltro Motors']);
    withRulesOff(['regional-adjective-no-name']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Bavarian']));
  });

  it('reads a name before a business word and a name as a place', () => {
    const text = 'Seattle sportswear maker Northline said it would release a jersey.';
    expect(types(text)['Seattle']).toBe('City');
    // A tie between two businesses leaves the first a business.
    expect(types('Alphabet unit Waymo said it would expand.')['Alphabet']).not.toBe('City');
    withRulesOff(['place-before-business-name']);
    expect(types(text)['Seattle']).not.toBe('City');
  });

  it('reads no name in an illness named after a person', () => {
    const text = "Marta Lindholm, who was diagnosed with Huntington's disease in 2011, moved to Galway, and a cousin has Tourette's syndrome.";
    expect(Object.keys(types(text)).sort()).toEqual(['Galway', 'Marta Lindholm']);
    withRulesOff(['eponym-of-illness']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Huntington']));
  });

  it('reads a name before "virus" as no place', () => {
    const text = 'The Marburg virus outbreak in Tanzania killed six people. There is no approved vaccine for Marburg.';
    expect(Object.keys(types(text))).toEqual(['Tanzania']);
    withRulesOff(['name-of-pathogen']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Marburg']));
  });

  it('reads the name after a profession and "at" as an organisation', () => {
    const text = 'Analysts at Harwick expect the deal to close in June, said Mara Quell, a historian at Penmore.';
    expect(types(text)).toEqual({ Harwick: 'Organization', Penmore: 'Organization', 'Mara Quell': 'Person' });
    withRulesOff(['profession-at-organisation']);
    expect(types(text)).toEqual({ Harwick: 'Location', Penmore: 'Location', 'Mara Quell': 'Person' });
  });

  it('reads a name that is founded as an organisation', () => {
    const cofounded = 'Ilse Maron co-founded Dravik in 2016 with Tomas Berg.';
    const founders = 'Ian Cowrie left in May. Cowrie was one of the founders of Polvane Data.';
    expect(types(cofounded).Dravik).toBe('Organization');
    expect(types(founders)['Polvane Data']).toBe('Organization');
    // A known place after "founder of" is no body.
    expect(types('Atatürk, the founder of modern Turkey, died in 1938.').Turkey).toBe('Country');
    withRulesOff(['founded-is-body']);
    expect(types(cofounded).Dravik).not.toBe('Organization');
    expect(types(founders)['Polvane Data']).not.toBe('Organization');
  });

  it('reads a name said to have been founded as an organisation', () => {
    const apposed = 'Cobalt Ridge, founded in 2004 by former banker Daniel Okafor, manages $9 billion.';
    const passive = 'Cobalt Ridge was founded in 2004 by Daniel Okafor.';
    expect(types(apposed)['Cobalt Ridge']).toBe('Organization');
    expect(types(passive)['Cobalt Ridge']).toBe('Organization');
    // The founder, written before "founded" without a comma or "was", stays a person.
    expect(types('Daniel Okafor founded Cobalt Ridge in 2004.')['Daniel Okafor']).toBe('Person');
    withRulesOff(['founded-name-is-body']);
    expect(types(apposed)['Cobalt Ridge']).not.toBe('Organization');
    expect(types(passive)['Cobalt Ridge']).not.toBe('Organization');
  });

  it('reads the raiser of a funding round as an organisation', () => {
    const text = 'Sendara has raised $38 million in a Series B funding round led by Halvard Capital.';
    expect(types(text).Sendara).toBe('Organization');
    // Money raised without a round says nothing of the raiser.
    expect(types('Maria Lenz has raised $3 million for her campaign.')['Maria Lenz']).toBe('Person');
    withRulesOff(['funding-round-raiser-is-body']);
    expect(types(text).Sendara).not.toBe('Organization');
  });

  it('reads a name that is taken over as an organisation', () => {
    const passive = 'Wexcombe City were taken over in March by Harlow Ridge Partners.';
    const active = 'Harlow Ridge Partners took over Wexcombe City in March.';
    expect(types(passive)['Wexcombe City']).toBe('Organization');
    expect(types(active)['Wexcombe City']).toBe('Organization');
    withRulesOff(['taken-over-is-business']);
    expect(types(passive)['Wexcombe City']).not.toBe('Organization');
    expect(types(active)['Wexcombe City']).not.toBe('Organization');
  });

  it('reads a known place before a word for a seat as a place', () => {
    const offices = 'Police raided the Frankfurt offices of Deutsche Bank.';
    const base = "Workers at the airline's Belfast base also walked out, Carrick Airways said.";
    expect(types(offices).Frankfurt).toBe('City');
    expect(types(base).Belfast).toBe('City');
    withRulesOff(['known-place-before-seat']);
    expect(types(offices).Frankfurt).not.toBe('City');
  });

  it('reads the owner of a seat as an organisation', () => {
    const text = 'Protesters gathered outside the London headquarters of Barclays on Monday.';
    expect(types(text).Barclays).toBe('Organization');
    withRulesOff(['seat-owner-is-body']);
    expect(types(text).Barclays).not.toBe('Organization');
  });

  it('reads a name that is bought as an organisation', () => {
    const text = 'The Madrid builder has been keen to snap up more assets abroad, having bought Halsey in 2003.';
    expect(types(text).Halsey).toBe('Organization');
    withRulesOff(['bought-is-business']);
    expect(types(text).Halsey).toBe('Person');
  });

  it('reads a name a share of which is held as a company', () => {
    const text = 'Group Castell, the Maltese holding company which controls 51% of Halvek, sued the Norvish government.';
    const percent = 'The fund owns 30 percent of Dorrance and wants a seat on the board.';
    expect(types(text).Halvek).toBe('Company');
    expect(types(percent).Dorrance).toBe('Company');
    withRulesOff(['share-of-company']);
    expect(types(text).Halvek).not.toBe('Company');
    expect(types(percent).Dorrance).not.toBe('Company');
  });

  it('reads a unit of a body as a company', () => {
    const text = 'Astrelis, a unit of the pension fund Fundo Mareira, holds 35 percent of Leda Rail.';
    expect(types(text).Astrelis).toBe('Company');
    withRulesOff(['unit-of-body']);
    expect(types(text).Astrelis).toBe('MilitaryUnit');
  });

  it('reads a name ending in a newspaper word as a media organisation', () => {
    const text = 'Ada Morrow joined the Eastern Courier from the Dalby Gazette last year.';
    expect(types(text)).toMatchObject({ 'Eastern Courier': 'MediaOrganization', 'Dalby Gazette': 'MediaOrganization' });
    // A newspaper's name may open with the day it comes out.
    const weekly = 'Tessmer Media also publishes the Sunday Herald.';
    expect(types(weekly)['Sunday Herald']).toBe('MediaOrganization');
    withRulesOff(['newspaper-name-ending', 'masthead-word-media']);
    expect(types(text)['Eastern Courier']).not.toBe('MediaOrganization');
    expect(types(text)['Dalby Gazette']).not.toBe('MediaOrganization');
    expect(Object.keys(types(weekly))).not.toContain('Sunday Herald');
  });

  it('reads a name ending in "Directorate" as a government body', () => {
    const text = 'The Maritime Safety Directorate opened an inquiry into Corvane Logistics. The Tallin Schools Inspectorate agreed.';
    const customs = 'Officers of Halvern Customs opened an inquiry into Corvane Logistics on Monday.';
    expect(types(text)).toMatchObject({ 'Maritime Safety Directorate': 'GovernmentBody', 'Tallin Schools Inspectorate': 'GovernmentBody' });
    expect(types(customs)['Halvern Customs']).toBe('GovernmentBody');
    // "Directorate" and "Inspectorate" are the schema's descriptors of a public body too; "Customs" is this rule's alone.
    withRulesOff(['public-body-name-ending']);
    expect(types(customs)['Halvern Customs']).not.toBe('GovernmentBody');
  });

  it('reads a name beside a noun for a made thing as a product', () => {
    const text =
      'Corvane Aerospace said its new Talon-4 rocket, powered by nine Harrik engines made by Veltron Propulsion, flew on Tuesday. Halcott Pharma won approval for the drug Zelvora.';
    expect(types(text)).toMatchObject({ 'Talon-4': 'Product', Harrik: 'Product', Zelvora: 'Product' });
    // A name before a noun that only qualifies another names a market, not a product.
    const market = "The deal will expand Halcott Pharma's North American car and truck seating business.";
    expect(types(market)['North American']).not.toBe('Product');
    withRulesOff(['product-noun-name']);
    const off = types(text);
    expect([off['Talon-4'], off.Harrik, off.Zelvora]).not.toContain('Product');
  });

  it('reads a name before a site noun its owner works as a place', () => {
    const text = "Harlow Steel said output at its Tarn smelter fell. Tarn's workers went on strike.";
    expect(types(text)['Tarn']).toBe('Location');
    // With no owner written before it, the name may be the maker's.
    expect(types('Harlow Steel said a Tarn plant had closed.')['Tarn']).not.toBe('Location');
    withRulesOff(['owned-site-before-noun']);
    expect(types(text)['Tarn']).not.toBe('Location');
  });

  it('reads a name right after a noun for a programme as a product', () => {
    const text =
      "Corvane Media's podcast Cold Case Kitchen Table is due to begin in February. Radio Caladh will end its breakfast programme Morning Brew With Declan.";
    expect(types(text)).toMatchObject({ 'Cold Case Kitchen Table': 'Product', 'Morning Brew With Declan': 'Product' });
    // A name followed by a verb of its own is the subject of a clause that describes the programme.
    expect(types('Critics praised the show Marla Dunmore hosted in Leeds.')['Marla Dunmore']).not.toBe('Product');
    // "titled" after the programme noun names the work as the noun does.
    const titled = 'Harwick Sound said the show, titled Cold Case Kitchen Table, was a hit.';
    expect(types(titled)['Cold Case Kitchen Table']).toBe('Product');
    withRulesOff(['programme-titled-name']);
    expect(types(titled)['Cold Case Kitchen Table']).not.toBe('Product');
    withRulesOff(['programme-noun-name']);
    const off = types(text);
    expect([off['Cold Case Kitchen Table'], off['Morning Brew With Declan']]).not.toContain('Product');
  });

  it('reads a name right after a noun for a game or a record as a product', () => {
    const text = "Pellham Interactive's fantasy game Ember Vale will go on sale in May. The band's second album, Salt Flats, is due out in June.";
    expect(types(text)).toMatchObject({ 'Ember Vale': 'Product', 'Salt Flats': 'Product' });
    // After "game" and a comma, the name is the one who speaks of it.
    expect(types('After the game, Tomas Reyes said the side had been unlucky.')['Tomas Reyes']).toBe('Person');
    withRulesOff(['work-noun-name']);
    const off = types(text);
    expect([off['Ember Vale'], off['Salt Flats']]).not.toContain('Product');
  });

  it('reads a name between "whose" and a noun for a made thing as a product', () => {
    const text = 'The market is led by Tessaly Corp, whose Orbit Mini console has sold 80 million units.';
    expect(types(text)['Orbit Mini']).toBe('Product');
    withRulesOff(['whose-owner-product']);
    expect(types(text)['Orbit Mini']).not.toBe('Product');
  });

  it('reads a name between an owner and a noun for a programme as a product', () => {
    const text = "Ivo Brand told Radio Harlow's Nightline programme that the deal was unfair.";
    expect(types(text)['Nightline']).toBe('Product');
    withRulesOff(['owned-programme-before-noun']);
    expect(types(text)['Nightline']).not.toBe('Product');
  });

  it('reads a name after a "-based" place as an organisation', () => {
    const text = 'Ivo Brand, of the Leeds-based Open Networks Forum, said the rules were too weak.';
    expect(types(text)['Open Networks Forum']).toBe('Organization');
    withRulesOff(['based-modifier-body']);
    expect(types(text)['Open Networks Forum']).not.toBe('Organization');
  });

  it('reads a name ending in "Music", "Recordings" or "Guild" as an organisation', () => {
    const text =
      'The singer Ana Ruiz settled her claim against Harbour Music. Her songs are published by Tessel Recordings and she joined the Northern Writers Guild.';
    expect(types(text)).toMatchObject({
      'Harbour Music': expect.stringMatching(/Organization|Company/),
      'Tessel Recordings': 'Company',
      'Northern Writers Guild': 'Organization',
    });
  });

  it('reads a name after a noun for a made thing and "known as" as a product', () => {
    const text = 'The worm, known as Tamsin, spread through office networks in March.';
    expect(types(text)['Tamsin']).toBe('Product');
    withRulesOff(['known-as-after-product-noun']);
    expect(types(text)['Tamsin']).not.toBe('Product');
  });

  it('reads a name described as a programme after a comma as a product', () => {
    const text = 'Pinegate Pictures has bought the rights to Trading Moms, the Australian reality series, for $12 million.';
    expect(types(text)['Trading Moms']).toBe('Product');
    // A description of a person that speaks of a programme leaves the person a person.
    const host = "Pinegate Pictures hired Marla Dunmore, the show's host, and Colm Varley, the star of the series.";
    expect(types(host)).toMatchObject({ 'Marla Dunmore': 'Person', 'Colm Varley': 'Person' });
    withRulesOff(['programme-description-after-name']);
    expect(types(text)['Trading Moms']).not.toBe('Product');
  });

  it('reads a name by what only a made thing undergoes as a product', () => {
    const text =
      'Pinefold said Marrowind was downloaded 2 million times. Marrowind sold 3 million copies, and patients taking Ostravil recovered. Beltane aired a copycat of Homefront Swap.';
    expect(types(text)).toMatchObject({ Marrowind: 'Product', Ostravil: 'Product', 'Homefront Swap': 'Product' });
    // Uses an airline or a company shares type a name only when a second use agrees.
    const craft = "Flights of Skyhawk resumed on Tuesday. Skyhawk's next flight is in March.";
    expect(types(craft).Skyhawk).toBe('Product');
    const shared = 'Flights of British Airways were not affected. The launch of Acme in Boston drew investors.';
    expect(types(shared)['British Airways']).not.toBe('Product');
    expect(types(shared).Acme).not.toBe('Product');
    // A passive with an object, an office or a reason after it is a person's.
    const person = 'Corwin Haldane was prescribed a painkiller. Corwin Haldane was installed as bishop in May.';
    expect(types(person)['Corwin Haldane']).not.toBe('Product');
    // What a maker sells copies of is the product, not the maker.
    expect(types('Pinefold sold 3 million copies of Marrowind.').Pinefold).not.toBe('Product');
    withRulesOff(['product-use-context']);
    const off = types(text);
    expect([off.Marrowind, off.Ostravil, off['Homefront Swap'], types(craft).Skyhawk]).not.toContain('Product');
  });

  it('reads a name made by a maker as a product', () => {
    const text = 'Dorvex was made by Hanslow Pharma. Tidewell is manufactured by Orsk Motor Corp.';
    expect(types(text)).toMatchObject({ Dorvex: 'Product', Tidewell: 'Product' });
    withRulesOff(['product-made-by-passive']);
    expect([types(text).Dorvex, types(text).Tidewell]).not.toContain('Product');
  });

  it('reads a name with a ratings verdict as a product', () => {
    const text = 'Harrow Lane became a ratings flop in 2005. Critics said Harrow Lane was a ratings disaster.';
    expect(types(text)['Harrow Lane']).toBe('Product');
    withRulesOff(['ratings-verdict-product']);
    expect(types(text)['Harrow Lane']).not.toBe('Product');
  });

  it('reads a name by the ones who make it as a product', () => {
    const headline = 'Harrow Lane makers sue rival network\n\nThe show was popular. Harrow Lane was first screened in June 2004.';
    const producers = 'The British producers of Copper Vale are taking legal action against Brindle Studios.';
    expect([types(headline)['Harrow Lane'], types(producers)['Copper Vale']]).toEqual(['Product', 'Product']);
    withRulesOff(['makers-of-work']);
    expect(types(headline)['Harrow Lane']).not.toBe('Product');
    expect(types(producers)['Copper Vale']).not.toBe('Product');
  });

  it('reads a name with a broadcaster word as a media organisation', () => {
    const text = 'The quiz became a hit on Channel Vorn. Pellam FM and Ostrig TV then bought the rights to it.';
    expect([types(text)['Channel Vorn'], types(text)['Pellam FM'], types(text)['Ostrig TV']]).toEqual([
      'MediaOrganization',
      'MediaOrganization',
      'MediaOrganization',
    ]);
    const places = 'Ferries crossed to the Channel Islands. She bought a Samsung TV.';
    expect(types(places)['Channel Islands']).not.toBe('MediaOrganization');
    expect(types(places)['Samsung TV']).not.toBe('MediaOrganization');
    withRulesOff(['broadcaster-name-word']);
    expect([types(text)['Channel Vorn'], types(text)['Pellam FM'], types(text)['Ostrig TV']]).not.toEqual([
      'MediaOrganization',
      'MediaOrganization',
      'MediaOrganization',
    ]);
  });

  it('reads no military unit in a name before a lower-case fleet', () => {
    const text = 'Pellery Robotics grounded its Tern drone on Friday. The transport office later grounded the Tern fleet.';
    expect(types(text).Tern).toBe('Product');
    withRulesOff(['fleet-after-name-no-unit', 'product-kind-word']);
    expect(types(text).Tern).toBe('MilitaryUnit');
  });

  it('reads a model code before a noun for a made thing as a product', () => {
    const text = 'Investigators found a crack in the nozzle of the BX-4 engine. A PX-9 delivery drone crashed on Monday.';
    expect([types(text)['BX-4'], types(text)['PX-9']]).toEqual(['Product', 'Product']);
    withRulesOff(['model-code-product']);
    expect([types(text)['BX-4'], types(text)['PX-9']]).not.toContain('Product');
  });

  it('reads a name before a noun for a craft or a device as a product', () => {
    const text = 'Brenwick Aerospace is preparing to resume flights of its Kestrel Nine suborbital vehicle. Dorsey Medical recalled its Veral heart sensor.';
    expect([types(text)['Kestrel Nine'], types(text).Veral]).toEqual(['Product', 'Product']);
    withRulesOff(['craft-device-product-nouns']);
    expect([types(text)['Kestrel Nine'], types(text).Veral]).not.toContain('Product');
  });

  it('reads a name ending in a word for a site after an owner as a place', () => {
    const text = "Halvern Motors halted work at its Ridgeway Plant. Brenwick will test the engine at the company's Launch Site Two.";
    expect([types(text)['Ridgeway Plant'], types(text)['Launch Site Two']]).toEqual(['Location', 'Location']);
    expect(types('Robert Plant sang at the Orvane Theatre on Friday.')['Robert Plant']).toBe('Person');
    withRulesOff(['facility-name-ending']);
    expect([types(text)['Ridgeway Plant'], types(text)['Launch Site Two']]).not.toContain('Location');
  });

  it('reads a model code that numbers a mission or a flight as an event', () => {
    const text = 'Talvern Space said the KR-12 mission ended early. Its next craft will fly on mission KR-14, and flight KR-15 follows in June.';
    expect([types(text)['KR-12'], types(text)['KR-14'], types(text)['KR-15']]).toEqual(['Event', 'Event', 'Event']);
    withRulesOff(['mission-code-event']);
    expect([types(text)['KR-12'], types(text)['KR-14'], types(text)['KR-15']]).not.toContain('Event');
  });

  it('reads a one-word name taken by force as a place', () => {
    const text = 'Masud Harkin said his Kurdanian Democratic Party had taken Zorbil. The rebels captured Dohan on Monday.';
    const root = (type: string | undefined) => (type === 'City' || type === 'Location' ? 'place' : type);
    expect([root(types(text)['Zorbil']), root(types(text)['Dohan'])]).toEqual(['place', 'place']);
    expect(types('Gunmen took Mardel hostage on Monday.')['Mardel']).not.toBe('Location');
    withRulesOff(['territory-taken-place']);
    expect([types(text)['Zorbil'], types(text)['Dohan']]).toEqual(['Person', 'Person']);
  });

  it("ends a company's name at its company form", () => {
    const text = 'The hatchbacks are assembled by Orsk Motor Corp of South Korea and sold by Velby Trading Inc of Brazil.';
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Orsk Motor Corp', 'South Korea', 'Velby Trading Inc', 'Brazil']));
    withRulesOff(['company-form-closes-name']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Orsk Motor Corp of South Korea', 'Velby Trading Inc of Brazil']));
  });

  it('reads an apposition that opens with a "-based" place as a description', () => {
    const text = 'The software is provided by Vantix, a Seoul-based startup, and runs on every car.';
    expect(types(text).Vantix).toBe('Company');
    withRulesOff(['based-modifier-in-apposition']);
    expect(types(text).Vantix).not.toBe('Company');
  });

  it("joins a broadcaster's first word to its name ending in TV", () => {
    const text = 'The cable network Kestrel TV sued Hollow Oak Studios on Monday. Kestrel said the two shows were nearly identical.';
    expect(Object.keys(types(text))).not.toContain('Kestrel');
    expect(Object.keys(types(text))).toContain('Kestrel TV');
  });

  it('reads a place before an agency and a dash as a city', () => {
    const text = 'HOUSTON (Reuters) - Corvane Aerospace said on Tuesday that its rocket had flown.';
    expect(types(text).Houston).toBe('City');
    withRulesOff(['dateline-before-agency']);
    expect(types(text).Houston).not.toBe('City');
  });

  it('reads a name ending in a transport word as a company', () => {
    const text = 'A freight train operated by Vestral Rail derailed near the town of Ormsby on Saturday, police said.';
    expect(types(text)['Vestral Rail']).toBe('Company');
    withRulesOff(['transport-operator-ending']);
    expect(types(text)['Vestral Rail']).not.toBe('Company');
  });

  it('reads a name ending in "Oil" or "Gas" as a company', () => {
    const text = 'Tarnwell competes with Halbrook Petroleum and Varden Oil, and sells fuel to Corran Gas.';
    expect(types(text)).toMatchObject({ 'Varden Oil': 'Company', 'Corran Gas': 'Company' });
    withRulesOff(['energy-producer-ending']);
    expect(types(text)['Varden Oil']).not.toBe('Company');
  });

  it('reads a name ending in a word for an arms maker as a company', () => {
    const text = 'The navy bought radars from Tessaly Avionics and shells from Varnholt Werke.';
    expect(types(text)).toMatchObject({ 'Tessaly Avionics': 'Company', 'Varnholt Werke': 'Company' });
    withRulesOff(['arms-maker-ending']);
    expect(types(text)['Varnholt Werke']).not.toBe('Company');
  });

  it('reads a capitalised name ending in a word for a group as a body', () => {
    const text = 'The ban follows a decision by the East African Community to phase out mercury.';
    expect(isA(types(text)['East African Community']!, 'Organization')).toBe(true);
    withRulesOff(['capitalised-group-word-body']);
    expect(isA(types(text)['East African Community']!, 'Organization')).toBe(false);
  });

  it("reads a name ending in a business's word of another language as a company", () => {
    const text = 'Dalvenhof Beheer holds 58% of the shares; Stroomhof Pakketdienst and Hvidtfeldt Motorer denied it.';
    expect(types(text)).toMatchObject({ 'Dalvenhof Beheer': 'Company', 'Stroomhof Pakketdienst': 'Company', 'Hvidtfeldt Motorer': 'Company' });
    expect(types('Workers at Perovani Cosméticos and Vouga Engenharia struck.')).toMatchObject({
      'Perovani Cosméticos': 'Company',
      'Vouga Engenharia': 'Company',
    });
    // A surname that only ends in the letters of a trade stays a person's.
    expect(types('The composer Georg Handel wrote it.')['Georg Handel']).toBe('Person');
    withRulesOff(['foreign-business-ending']);
    const off = types(text);
    expect(['Dalvenhof Beheer', 'Stroomhof Pakketdienst', 'Hvidtfeldt Motorer'].filter((name) => off[name] === 'Company').length).toBeLessThan(3);
  });

  it('reads the employer after a qualified kind of business', () => {
    const text = 'Ruben Saelens, an analyst at Antwerp-based broker Mertens Dewolf, said the deal was cheap.';
    const other = 'She was head of production at Italian cruise ship builder Marcanti Ruzzante until March.';
    expect(types(text)['Mertens Dewolf']).not.toBe('Person');
    expect(types(other)['Marcanti Ruzzante']).not.toBe('Person');
    withRulesOff(['qualified-kind-of-employer']);
    expect(types(text)['Mertens Dewolf']).toBe('Person');
    expect(types(other)['Marcanti Ruzzante']).toBe('Person');
  });

  it("reads a body's name with an irregular plural in the possessive as one name", () => {
    const names = (text: string) => Object.keys(types(text));
    for (const text of [
      "The Nyota Women's Health Coalition filed the suit.",
      "Nyota Women's Health Coalition filed the suit.",
      "The Kibera Men's Reform Network met.",
    ]) {
      expect(names(text)).toHaveLength(1);
    }
    expect(names("Nyota Women's Health Coalition filed the suit.")).toEqual(["Nyota Women's Health Coalition"]);
    withRulesOff(['irregular-plural-possessive-body']);
    expect(names("Nyota Women's Health Coalition filed the suit.")).not.toEqual(["Nyota Women's Health Coalition"]);
  });

  it("reads a shipyard, a courier and a trading house by their names' last words", () => {
    const text = 'The regulator barred Malembo Dockyard, fined Kiboko Express and sued Brunnholz Trading and Sorimaru Cosmetics.';
    expect(types(text)).toMatchObject({
      'Malembo Dockyard': 'Company',
      'Kiboko Express': 'Company',
      'Brunnholz Trading': 'Company',
      'Sorimaru Cosmetics': 'Company',
    });
  });

  it('reads a shipyard named in Portuguese or Italian as a company', () => {
    const text = 'Workers at the Estaleiro Tupacema yard struck, and Liisa Kivimäki left Cantieri Ruzzante.';
    expect(types(text)).toMatchObject({ 'Estaleiro Tupacema': 'Company', 'Cantieri Ruzzante': 'Company' });
    withRulesOff(['foreign-kind-word-opens-span', 'kind-word-opens-name']);
    expect(types(text)['Cantieri Ruzzante']).not.toBe('Company');
  });

  it('reads no kind of body before a plain "as"', () => {
    const text = 'The dead man was named by police as Tobias Ferrand, 41.';
    expect(types(text)['Tobias Ferrand']).toBe('Person');
    // "such as" still lists members of the kind.
    expect(types('It sold trucks to firms such as Brask.').Brask).toBe('Company');
    withRulesOff(['as-without-such-no-list']);
    expect(types(text)['Tobias Ferrand']).not.toBe('Person');
  });

  it('reads the kind of a list for the name after a possessor', () => {
    const text = "The report was published by outlets including Germany's Tagesblick and Spain's Diario Sol.";
    expect(types(text)).toMatchObject({ Germany: 'Country', Tagesblick: 'MediaOrganization' });
    expect(types("It sold trucks to firms such as Norway's Brask.").Brask).toBe('Company');
    withRulesOff(['possessor-not-listed']);
    expect(types(text).Germany).not.toBe('Country');
  });

  it('reads the head of an apposition past a "-based" modifier', () => {
    const text = 'The International Press Forum, a Vienna-based press freedom group, said the detention was unlawful.';
    expect(types(text)['International Press Forum']).toBe('Organization');
    withRulesOff(['based-modifier-before-head']);
    expect(types(text)['International Press Forum']).not.toBe('Organization');
  });

  it('reads a name after a capitalised word for a business that opens the sentence as a company', () => {
    const text = 'Insurer Halvern Pike has been fined by the regulator. Broadcaster Selwyn Hart said it would appeal.';
    expect(types(text)).toMatchObject({ 'Halvern Pike': 'Company', 'Selwyn Hart': 'MediaOrganization' });
    withRulesOff(['sentence-initial-descriptor']);
    expect(types(text)).toMatchObject({ 'Halvern Pike': 'Person', 'Selwyn Hart': 'Person' });
  });

  it('reads a word for a kind of place before a word for a body as no name', () => {
    const text = 'Velmar Bank was fined £2m by the City watchdog on Tuesday.';
    expect(Object.keys(types(text))).not.toContain('City');
    withRulesOff(['place-kind-word-before-body']);
    expect(Object.keys(types(text))).toContain('City');
  });

  it('reads a name after a role, "at" and a word for a business as an organisation', () => {
    const text = 'The price looked high, said Orla Quinn, an analyst at broker Tressell Grange.';
    expect(types(text)['Tressell Grange']).toBe('Organization');
    withRulesOff(['role-at-kind-of-employer']);
    expect(types(text)['Tressell Grange']).toBe('Person');
  });

  it('reads a body named for two fields joined by "and" as one organisation', () => {
    const text = "Staff at the Bakery and Allied Workers' Union voted to strike.";
    expect(types(text)).toMatchObject({ "Bakery and Allied Workers' Union": 'Organization' });
    // A known place before "and" is a name of its own.
    expect(Object.keys(types('Talks between Wales and the Rugby Union ended.'))).toContain('Wales');
    withRulesOff(['field-and-union-name']);
    expect(Object.keys(types(text))).toContain('Bakery');
  });

  it('writes an acronym in a sentence of prose as written', () => {
    const text = 'The Harwick Safety Council urged NHTSA to order a recall.';
    expect(Object.keys(types(text))).toContain('NHTSA');
    withRulesOff(['acronym-in-prose-as-written']);
    expect(Object.keys(types(text))).toContain('Nhtsa');
  });

  it('ends a sentence after a company form before a word that opens sentences', () => {
    const text = 'The project is run by Nairobi-based developer Tamarind Canopy Ltd. Since 2019 it has issued 4.6 million credits.';
    expect(Object.keys(types(text))).toContain('Tamarind Canopy Ltd.');
    expect(Object.keys(types(text))).not.toContain('Since');
    withRulesOff(['company-form-ends-sentence']);
    expect(Object.keys(types(text))).not.toContain('Tamarind Canopy Ltd.');
    withRulesOff(['opening-function-word-no-name']);
    expect(Object.keys(types(text))).toContain('Since');
  });

  it('ends a sentence after a company form before a sayer', () => {
    const text = 'Harlow is funding the deal with a loan from investment bank Calder Rowe & Co. Wentzell said Harlow planned to list the unit.';
    expect(Object.keys(types(text))).toContain('Calder Rowe & Co.');
    expect(Object.keys(types(text))).toContain('Wentzell');
    // A company form after "Co." goes on with the name.
    expect(Object.keys(types('Samsung Electronics Co. Ltd said on Tuesday its profit rose.'))).toContain('Samsung Electronics Co. Ltd');
    withRulesOff(['company-form-before-sayer']);
    expect(Object.keys(types(text))).not.toContain('Calder Rowe & Co.');
  });

  it("reads the name before a qualified office of a body's head and a name as an organisation", () => {
    const text = 'Terra Fidelis executive director Helena Strand said the review was thorough.';
    expect(types(text)['Terra Fidelis']).toBe('Organization');
    // A leader's spokesman is no employee of a body, nor is a person named with another and a former office.
    expect(types('Kremlin spokesman Dmitry Peskov said so.')['Dmitry Peskov']).toBe('Person');
    expect(types('Barack Obama and former president George Bush attended the funeral.')['Barack Obama']).toBe('Person');
    expect(types('Xi Jinping and President Joe Biden met in Bali.')['Xi Jinping']).toBe('Person');
    withRulesOff(['qualified-office-between-names']);
    expect(types(text)['Terra Fidelis']).toBe('Person');
  });

  it('reads a known place of several words before "-based" whole', () => {
    const texts = ['Orbis is owned by Tel Aviv-based Halvern Capital.', 'The Rio de Janeiro-based company will keep a 10% stake in Orbis.'];
    expect(types(texts[0]!)).toMatchObject({ 'Tel Aviv': 'City' });
    expect(types(texts[1]!)).toMatchObject({ 'Rio de Janeiro': 'City' });
    withRulesOff(['based-place-known-whole']);
    expect(Object.keys(types(texts[0]!))).not.toContain('Tel Aviv');
    expect(Object.keys(types(texts[1]!))).not.toContain('Rio de Janeiro');
  });

  it('reads a body named after a plural in the possessive as one organisation', () => {
    const text = "The Velko Porters' Alliance fears job losses.";
    const opening = "The Motorists' Safety Coalition, a Washington-based advocacy group, urged the regulator to act.";
    expect(types(text)).toMatchObject({ "Velko Porters' Alliance": 'Organization' });
    expect(Object.keys(types(opening))).toContain("Motorists' Safety Coalition");
    withRulesOff(['plural-possessive-body-name']);
    expect(Object.keys(types(text))).not.toContain("Velko Porters' Alliance");
    expect(Object.keys(types(opening))).not.toContain("Motorists' Safety Coalition");
  });

  it('ends a body named after a plural in the possessive in watch, party, group or court', () => {
    const texts = ["Citizens' Funeral Watch, a consumer group, welcomed the fine.", "The Sanraku Workers' Party won two seats."];
    // The tagger reads the party's name whole by itself; the rule keeps it so.
    expect(Object.keys(types(texts[0]!))).toContain("Citizens' Funeral Watch");
    expect(Object.keys(types(texts[1]!))).toContain("Sanraku Workers' Party");
    withRulesOff(['plural-possessive-more-heads']);
    expect(Object.keys(types(texts[0]!))).not.toContain("Citizens' Funeral Watch");
  });

  it('reads the last field after "and" of a body\'s name as part of it', () => {
    const text = "The museum signed an agreement with Nigeria's National Commission for Museums and Monuments on Tuesday.";
    expect(Object.keys(types(text))).toContain('National Commission for Museums and Monuments');
    // A name the tagger reads after "and" is a name of its own.
    expect(Object.keys(types('The deal was backed by the Commission for Fair Trade and Oxfam.'))).toContain('Oxfam');
    withRulesOff(['untagged-field-after-and']);
    expect(Object.keys(types(text))).not.toContain('National Commission for Museums and Monuments');
  });

  it('reads a known place after "Name in" as a place, whatever the apposition after it calls a body', () => {
    const text = 'Corvane filed a claim with the Halvern Arbitration Centre in Geneva, a body linked to the United Nations.';
    expect(types(text)['Geneva']).toBe('City');
    withRulesOff(['apposition-after-name-in-place']);
    expect(types(text)['Geneva']).toBe('Organization');
  });

  it('reads a common word that opens a sentence, written in lower case elsewhere, as no name', () => {
    const text =
      'The Malaria Relief Trust paid for the trial, which followed 900 children with malaria in Ghana.\n\n"Malaria still kills a child every minute," said Dr Lena Fisk, who led it.';
    const entities = (t: string) => extract(t).entities.map((e) => e.name);
    expect(entities(text)).toEqual(expect.arrayContaining(['Malaria Relief Trust', 'Lena Fisk']));
    expect(entities(text)).not.toContain('Malaria');
    // A capitalised word after it may go on with a name the chunk was cut from; a lone name inside a sentence is one.
    expect(entities('Shares in Brightwell rose. Brightwell said brightwell water sold well.')).toContain('Brightwell');
    // Written after the name it opens, the word would otherwise be the trust's short form (short-form-after-full-name).
    withRulesOff(['opening-common-word-no-name', 'short-form-after-full-name']);
    expect(entities(text)).toContain('Malaria');
  });

  it('reads a trade word opening a headline before a business as no place', () => {
    const text = 'Coal firm Norvika sues Veldania\n\nNorvika Holdings, a coal company based in Leeds, said it had filed a claim.';
    expect(Object.keys(types(text))).not.toContain('Coal');
    // opening-common-word-no-name reads it so as well ("coal" in lower case, nothing capitalised after it).
    withRulesOff(['sector-word-opening-no-place', 'opening-common-word-no-name']);
    expect(types(text)['Coal']).toBe('Location');
  });

  it('reads a name after a word for a business as a company', () => {
    const text = 'Corvane Group sold its stake in the rail consortium Leda Rail to the pension fund Fundo Mareira and the trading house Mizurane.';
    expect(types(text)).toMatchObject({ 'Leda Rail': 'Company', 'Fundo Mareira': 'Company', Mizurane: 'Company' });
    withRulesOff(['business-word-before-name', 'transport-operator-ending']);
    expect(types(text)).toMatchObject({ 'Leda Rail': 'Person', 'Fundo Mareira': 'Person', Mizurane: 'Person' });
  });

  it('reads a compound adjective of peoples as no name', () => {
    const text = 'Anglo-Dutch group Varnhold said it had hired Franco-Belgian lender Dexara. Maria Franco, who leads the Indo-Pacific desk, agreed.';
    expect(Object.keys(types(text))).not.toContain('Anglo-Dutch');
    expect(Object.keys(types(text))).not.toContain('Franco-Belgian');
    expect(Object.keys(types(text))).toContain('Maria Franco');
    withRulesOff(['compound-nationality-adjective']);
    expect(Object.keys(types(text))).toContain('Anglo-Dutch');
    expect(Object.keys(types(text))).toContain('Franco-Belgian');
  });

  it('reads a name after "shares in" or "a stake in" as a company', () => {
    const text = 'Shares in Dravenor fell 4 percent after the recall. Brask Holdings sold a 20 percent stake in Ulmara last year. Shares in London were flat.';
    expect(types(text)).toMatchObject({ Dravenor: 'Company', Ulmara: 'Company', London: 'City' });
    withRulesOff(['shares-in-company']);
    expect(types(text).Dravenor).not.toBe('Company');
    expect(types(text).Ulmara).not.toBe('Company');
  });

  it('reads a name after a word for a band or a studio as that body', () => {
    const text = 'Velvet Anchor also represents the rock band Crowfield. Lumora signed a deal with animation studio Kitsune Gate.';
    expect(types(text)).toMatchObject({ Crowfield: 'Organization', 'Kitsune Gate': 'Company' });
    withRulesOff(['arts-body-word-before-name']);
    expect(types(text)).toMatchObject({ Crowfield: 'Person', 'Kitsune Gate': 'Person' });
  });

  it('reads no company in a business word after "of"', () => {
    const text = 'The Ministry of Mining fined Orbel Inc. on Monday. The Ministry of Telecoms fined Harbex Ltd on Friday.';
    expect(types(text)).toMatchObject({ 'Ministry of Mining': 'GovernmentBody', 'Ministry of Telecoms': 'GovernmentBody' });
    withRulesOff(['trade-word-past-of']);
    expect(types(text)).toMatchObject({ 'Ministry of Mining': 'Company', 'Ministry of Telecoms': 'Company' });
  });

  it('reads a name after a word for a gang as an organisation', () => {
    const text =
      'The ransomware gang Cobalt Heron claimed the attack. A drug cartel called Tormen Kell paid the hackers. Analysts said Cobalt Heron had hit 40 firms.';
    expect(types(text)).toMatchObject({ 'Cobalt Heron': 'Organization', 'Tormen Kell': 'Organization' });
    withRulesOff(['gang-word-before-name']);
    expect(types(text)).toMatchObject({ 'Cobalt Heron': 'Person', 'Tormen Kell': 'Person' });
  });

  it('reads a name set off against a noun of a part as a company', () => {
    const text =
      "The engine is made by Torrel Powertrain, Kasvik's engine subsidiary. Kasvik's Italian unit, Dorno Retail, will handle the recall. The plant is run by Ostren Petrochem, a Halvard subsidiary.";
    expect(types(text)).toMatchObject({ 'Torrel Powertrain': 'Company', 'Dorno Retail': 'Company', 'Ostren Petrochem': 'Company' });
    // A possessor's military noun says an armed force's unit.
    expect(types("Norland's special forces unit, Grey Pike, led the raid.")['Grey Pike']).not.toBe('Company');
    withRulesOff(['owned-part-apposition']);
    const off = types(text);
    expect([off['Torrel Powertrain'], off['Dorno Retail'], off['Ostren Petrochem']]).not.toContain('Company');
  });

  it('reads a name between a possessor and its noun of a part as a company', () => {
    const text = "Lawyers said Halvard Energy's Ostren unit had ignored three warnings.";
    expect(types(text)['Ostren']).toBe('Company');
    withRulesOff(['named-part-of-possessor']);
    expect(types(text)['Ostren']).not.toBe('Company');
  });

  it('reads a name after a descriptor and "known as" as that body', () => {
    const text = 'The attack was carried out by a criminal group known as Grey Tundra. A man known as Tomas Reller was arrested.';
    expect(types(text)).toMatchObject({ 'Grey Tundra': 'Organization', 'Tomas Reller': 'Person' });
    withRulesOff(['known-as-after-descriptor']);
    expect(types(text)['Grey Tundra']).toBe('Person');
  });

  it('leaves a trade of the arts opening a sentence out of the name', () => {
    const text = 'LONDON (Reuters) - Screenwriter Maelis Corbeau has sued Tallowind Records. Studio Vantorre Films denied the claim.';
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Maelis Corbeau', 'Vantorre Films']));
    withRulesOff(['arts-word-opens-sentence']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['Screenwriter Maelis Corbeau', 'Studio Vantorre Films']));
  });

  it('gives no dateline place the agency after it as an acronym', () => {
    const text = 'NEW YORK (AP) - Harrow & Lisle has won an auction for the memoir of the actor Rafe Corrigan.';
    const aliasesOfNewYork = () => extract(text).entities.find((e) => e.name === 'New York')?.aliases ?? [];
    expect(aliasesOfNewYork()).not.toContain('AP');
    expect(Object.keys(types(text))).toContain('AP');
    withRulesOff(['dateline-credit-no-acronym']);
    expect(aliasesOfNewYork()).toContain('AP');
  });

  it('reads a group named with "for" after a word for a group as one name', () => {
    const text = 'The bill was endorsed by the advocacy group Parents for Safe Screens on Monday.';
    expect(types(text)['Parents for Safe Screens']).toBe('AdvocacyGroup');
    withRulesOff(['group-name-with-for']);
    expect(Object.keys(types(text))).not.toContain('Parents for Safe Screens');
  });

  it('reads a name ending in a newspaper word after "the" as an outlet', () => {
    const text = 'Linwood took donations from Zentrix, according to records reviewed by The Harlow Gazette.';
    // A capital "The" inside the sentence is the masthead's own (newspaper-name-ending).
    expect(types(text)['The Harlow Gazette']).toBe('MediaOrganization');
    withRulesOff(['newspaper-name-ending']);
    expect(types(text)['Harlow Gazette']).toBe('MediaOrganization');
    withRulesOff(['masthead-word-media', 'newspaper-name-ending']);
    expect(types(text)['Harlow Gazette']).not.toBe('MediaOrganization');
  });

  it('gives no vote of buying to a name that only qualifies the business bought', () => {
    expect(types('Orbel Energy agreed to buy Texas shale producer Dunmore Oil for $6bn.').Texas).not.toBe('Organization');
  });

  it('reads the name a role of some fields is held at as an organisation', () => {
    const text = '"It removes an overhang," said Cora Blythe, director of technology, media and telecoms research at Alder Finch.';
    expect(types(text)['Alder Finch']).toBe('Organization');
    expect(types('Cora Blythe, head of research at Alder Finch, said so.')['Alder Finch']).toBe('Organization');
    // A place's own offices may stand at a place.
    expect(types('Talks were held in Tromso. Jon Dahl, minister of state at Tromso, agreed.').Tromso).not.toBe('Organization');
    withRulesOff(['role-of-field-at-employer']);
    expect(types(text)['Alder Finch']).not.toBe('Organization');
  });

  it('reads no country in the last word of a longer name', () => {
    const text = 'The group called on the New South Wales government to force funeral homes to publish their prices.';
    expect(Object.keys(types(text))).toEqual(['New South Wales']);
    withRulesOff(['country-word-inside-longer-name']);
    expect(Object.keys(types(text))).toContain('Welsh government');
  });

  it('reads what a director or a chief executive is of as an organisation', () => {
    const texts = [
      'Gaetano Ruoppolo, the founder and sole director of Ruoppolo Onoranze Funebri, said sales fell.',
      'Maria Bellini, chief executive of Bellini Tessuti Pregiati, said sales fell.',
    ];
    expect(types(texts[0]!)).toMatchObject({ 'Ruoppolo Onoranze Funebri': 'Organization' });
    expect(types(texts[1]!)).toMatchObject({ 'Bellini Tessuti Pregiati': 'Organization' });
    withRulesOff(['employer-after-role-of']);
    expect(types(texts[0]!)).toMatchObject({ 'Ruoppolo Onoranze Funebri': 'Person' });
    expect(types(texts[1]!)).toMatchObject({ 'Bellini Tessuti Pregiati': 'Person' });
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
    expect(types('Harlow Bank sued Brightwater Properties for $90 million last year.')['Brightwater Properties']).toBe('Company');
    expect(worksFor()).toEqual(['Ana Roy > Nexa Systems']);
    // A maker's trade in the plural ends a firm's name, not a product's.
    const trades = 'Datenwacht filed a complaint against Vantor Devices. Halvern Diagnostics and Corvane Biologics supply the doses.';
    expect(types(trades)).toMatchObject({ 'Vantor Devices': 'Company', 'Halvern Diagnostics': 'Company', 'Corvane Biologics': 'Company' });
    // A chip or optics maker's trade, or books, ends its name, though the word before it reads as a given name.
    expect(types("Leafline Books, Australia's largest independent bookstore chain, collapsed on Thursday.")['Leafline Books']).toBe('Company');
    const chips =
      'The Commerce Department added Hanxin Microelectronics and its subsidiary Jianghuai Computing to the list. Lumeris Photonics said it would comply.';
    expect(types(chips)).toMatchObject({ 'Hanxin Microelectronics': 'Company', 'Lumeris Photonics': 'Company' });
    // Metals and minerals end miners' and traders' names.
    expect(types('Kestrel Metals, a Tessaro Mining shareholder, invested $60m in Andesur Minerals.')).toMatchObject({
      'Kestrel Metals': 'Company',
      'Andesur Minerals': 'Company',
    });
    // Bakeries and broadcasting end bakers' and broadcasters' names.
    expect(types('Drussel will take over Pellin Bakeries, which Caldor bought from Stellan Broadcasting in 2015.')).toMatchObject({
      'Pellin Bakeries': 'Company',
      'Stellan Broadcasting': 'Company',
    });
    // Computing and propulsion end the names of computer and engine makers.
    const makers = 'The servers are supplied by Brezno Computing, which is based in Ostrava, and the engines by Veltron Propulsion.';
    expect(types(makers)).toMatchObject({ 'Brezno Computing': 'Company', 'Veltron Propulsion': 'Company' });
    // Midstream, renewables, drilling and refining end the names of energy businesses; a conservancy is a body too.
    const energy =
      'The Red Mesa pipeline is being built by Pinecrest Midstream, which hired Varn Drilling. "We are confident," said Pinecrest spokeswoman Dana Whitfield. Osler Renewables and the Rocky Ridge Conservancy had been consulted.';
    expect(types(energy)).toMatchObject({ 'Pinecrest Midstream': 'Company', 'Varn Drilling': 'Company', 'Osler Renewables': 'Company' });
    expect(types(energy)['Rocky Ridge Conservancy']).toMatch(/Organization|AdvocacyGroup/);
    expect(extract(energy).entities.find((e) => e.name === 'Pinecrest Midstream')?.aliases).toContain('Pinecrest');
    // Solar and dairy end the names of solar developers and milk processors, which the tagger reads as a place's or a
    // person's.
    const holdings = 'Quill Investments will keep a 35 percent holding in Brightmere Solar. Castellane Capital, which owns Plumfield Dairy, said profits rose.';
    expect(types(holdings)).toMatchObject({ 'Brightmere Solar': 'Company', 'Plumfield Dairy': 'Company' });
    // Maritime ends the names of shipping and port companies, which the tagger may read as a person's.
    const port = 'Talks between the dockers and Ostrava Maritime collapsed on Monday.';
    expect(types(port)).toMatchObject({ 'Ostrava Maritime': 'Company' });
    // Digital, Cyber and Telecoms end the names of technology and security businesses.
    const breach = 'Tarsk Digital, whose software is used by Kerrow Holdings, was hacked. Orlin Cyber and Brenmoor Telecoms said so.';
    expect(types(breach)).toMatchObject({ 'Tarsk Digital': 'Company', 'Orlin Cyber': 'Company', 'Brenmoor Telecoms': 'Company' });
    // Movil and Movel end the names of Spanish and Portuguese mobile operators, and Bio a biotechnology company's, which
    // the tagger may read as a person's.
    const operators = 'Tervana Movil agreed in June to buy Ondalia Telecom. Atlantica Movel declined to comment. Brennard bought Lumidex Bio.';
    expect(types(operators)).toMatchObject({ 'Tervana Movil': 'Company', 'Atlantica Movel': 'Company', 'Lumidex Bio': 'Company' });
    // "terminal operator Ostrava Maritime" is a company by the operator before it too (rule operator-before-name).
    withRulesOff(['trade-word-company', 'operator-before-name']);
    expect(types(breach)['Tarsk Digital']).not.toBe('Company');
    expect(types(operators)['Tervana Movil']).not.toBe('Company');
    expect(types(energy)['Varn Drilling']).not.toBe('Company');
    expect(types(port)['Ostrava Maritime']).not.toBe('Company');
    expect(types(makers)['Brezno Computing']).not.toBe('Company');
    expect(types(text)['Nexa Systems']).toBe('Organization');
    expect(types(trades)['Vantor Devices']).not.toBe('Company');
    expect(worksFor()).toEqual(['Ana Roy > Orbel Inc.']);
  });

  it('reads a court or jury named by its place as a body of its own', () => {
    const text =
      "A Talverton grand jury indicted Corwin Haldane on Thursday, and a Merrow court fined Brask Ltd. Prosecutors in the Talverton district attorney's office said a German court had ruled. On the Stadium court, Okonjo won.";
    const charged = () => {
      const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
      const name = new Map(graph.entities.map((e) => [e.id, e.name]));
      return graph.relations.filter((r) => r.type === 'CHARGED').map((r) => `${name.get(r.source)} > ${name.get(r.target)}`);
    };
    expect(types(text)).toMatchObject({
      'Talverton grand jury': 'GovernmentBody',
      'Merrow court': 'GovernmentBody',
      "Talverton district attorney's office": 'GovernmentBody',
      'German court': 'GovernmentBody',
    });
    // The place keeps a mention of its own, and a venue's court is no body.
    expect(Object.keys(types(text))).toContain('Talverton');
    expect(Object.keys(types(text)).filter((n) => /Stadium/.test(n) && n !== 'Stadium')).toEqual([]);
    expect(charged()).toEqual(['Talverton grand jury > Corwin Haldane']);
    // The office's initials close the run of capitals after the place.
    expect(types("The Talverton D.A.'s office fired back on Thursday.")).toEqual({
      Talverton: expect.any(String),
      "Talverton D.A.'s office": 'GovernmentBody',
    });
    withRulesOff(['place-qualified-institution']);
    expect(Object.keys(types(text)).filter((n) => / (court|jury|office)$/.test(n))).toEqual([]);
  });

  it('reads the forms of an office of prosecution as one office', () => {
    const text =
      "The Talverton District Attorney's Office declined to comment. The Talverton district attorney's office later said the case was open. The Talverton D.A.'s office fired back with a letter.";
    const offices = () => Object.keys(types(text)).filter((n) => /office$/i.test(n));
    expect(offices()).toEqual(["Talverton District Attorney's Office"]);
    withRulesOff(['prosecution-office-one-key']);
    expect(offices().length).toBe(3);
  });

  it('reads a jurisdiction before a legal title as part of the title', () => {
    const text =
      'The developer was charged on Thursday. "This was a scheme," District Attorney Marcus Ellery told reporters, and Circuit Judge Ana Roy will hear the appeal of Brask Holdings.';
    expect(Object.keys(types(text)).sort()).toEqual(['Ana Roy', 'Brask Holdings', 'Marcus Ellery']);
    const magistrate = 'Chief Judicial Magistrate Anil Purohit sentenced Raghav Deshmane to two years in prison.';
    expect(Object.keys(types(magistrate)).sort()).toEqual(['Anil Purohit', 'Raghav Deshmane']);
    const office = () => {
      const { graph } = extractGraph(
        [
          {
            source: 'test.txt',
            format: 'txt',
            content: 'Talks were held in Merrow on Friday. Merrow District Attorney Marcus Ellery said the case was strong.',
          },
        ],
        {},
      );
      const name = new Map(graph.entities.map((e) => [e.id, e.name]));
      return graph.relations
        .filter((r) => r.type === 'HOLDS_ROLE_IN')
        .map((r) => `${name.get(r.source)} > ${name.get(r.target)} (${String(r.properties.role)})`);
    };
    expect(office()).toEqual(['Marcus Ellery > Merrow (district attorney)']);
    withRulesOff(['jurisdiction-before-legal-title']);
    expect(Object.keys(types(text))).toEqual(expect.arrayContaining(['District', 'Circuit']));
    expect(Object.keys(types(magistrate))).toContain('Judicial');
  });

  it('reads a lone word opening a company name as its short name over the tagger', () => {
    const text =
      'Ridgefield Foods has agreed to pay $85 million to settle a lawsuit. Ridgefield denied wrongdoing. "This settlement allows us to focus on our customers," said Ridgefield spokesman Daniel Frey.';
    expect(Object.keys(types(text))).not.toContain('Ridgefield');
    // unused-place-short-form also joins "Ridgefield" where the tagger reads it as a place.
    withRulesOff(['short-name-over-tagger-person', 'unused-place-short-form']);
    expect(Object.keys(types(text))).toContain('Ridgefield');
  });

  it('keeps a country apart from the military named after it', () => {
    const text =
      'The Russian army threatened to bomb Grozny. Chechnya must remain part of Russia. The region will not quit the Russian Federation. Tatarstan signed a treaty with the Russian Federation in 1994.';
    expect(types(text)).toMatchObject({ Russia: 'Country', 'Russian military': 'MilitaryUnit' });
    withRulesOff(['country-name-no-short-name', 'country-name-no-head-vote']);
    expect(Object.keys(types(text))).not.toContain('Russia');
  });

  it("reads a country's whole name ending in a word for a body as the country", () => {
    const text = "Barter has always been a feature of the Soviet Union's foreign trade. Tatarstan will not quit the Russian Federation.";
    expect(types(text)).toMatchObject({ 'Soviet Union': 'Country' });
    withRulesOff(['country-name-no-head-vote']);
    expect(types(text)).toMatchObject({ 'Soviet Union': 'Organization' });
  });

  it('reads a person after a trade that is also a word for a company', () => {
    const text = 'A grand jury indicted real estate developer Corwin Haldane on Thursday. Haldane denied the charges.';
    expect(types(text)['Corwin Haldane']).toBe('Person');
    withRulesOff(['trade-of-person-descriptor']);
    expect(types(text)['Corwin Haldane']).toBe('Company');
  });

  it('marks a lower-case court named by its place as a nominal mention', () => {
    const text = 'A Talverton court sentenced Corwin Haldane on Thursday.';
    const kinds = () => entityNamed(extract(text), 'Talverton court')?.mentions.map((m) => m.kind ?? 'name');
    expect(kinds()).toEqual(['nominal']);
    withRulesOff(['lower-case-institution-nominal']);
    expect(kinds()).toEqual(['name']);
  });

  it('reads a person after "model" as the tagger does', () => {
    const text = 'Actor Tomas Velder and his fiancee, model Ilsa Marrow, had a baby girl on Tuesday.';
    expect(types(text)['Ilsa Marrow']).toBe('Person');
    withRulesOff(['model-is-a-trade']);
    expect(types(text)['Ilsa Marrow']).toBe('Product');
  });

  it('reads a name ending in a kind of court before "court" as the court', () => {
    const text = 'A police truck is parked in front of Talverton Criminal court on Wednesday.';
    expect(types(text)).toEqual({ 'Talverton Criminal court': 'GovernmentBody' });
    withRulesOff(['court-kind-name']);
    expect(Object.keys(types(text))).not.toContain('Talverton Criminal court');
  });

  it('takes from a headline without a stop only names written elsewhere', () => {
    const text = 'Former Minister Sentenced to Five Years for Bribery\n\nA court in Solenza sentenced Horacio Vellani to five years in prison.';
    expect(Object.keys(types(text)).sort()).toEqual(['Horacio Vellani', 'Solenza']);
    withRulesOff(['unpunctuated-headline']);
    expect(Object.keys(types(text))).toContain('Sentenced');
  });

  it('reads the head of a name past a possessive inside it', () => {
    const text = "The Tervanian People's Party has governed since 2016.";
    expect(types(text)["Tervanian People's Party"]).toBe('Organization');
    withRulesOff(['possessive-inside-name']);
    expect(types(text)["Tervanian People's Party"]).toBe('Group');
  });

  it('leaves the "of" before an inner title out of the body\'s name', () => {
    const text = 'The Civic Renewal Party will challenge the ruling Liberty Party of President Anselm Rouke.';
    expect(Object.keys(types(text))).toContain('Liberty Party');
    withRulesOff(['connector-before-inner-title']);
    expect(Object.keys(types(text))).toContain('Liberty Party of');
  });

  it('types a name by the head of its apposition, not the noun before it', () => {
    const text = 'Brindlecote, a software start-up that sells scheduling tools to clinics, raised $12 million on Tuesday.';
    expect(types(text).Brindlecote).toBe('Company');
    // The head of the apposition and the name: "an engine maker" is a company, as "a maker" is.
    const maker = 'Torvik, a marine engine maker based in Bergen, cut 200 jobs.';
    expect(types(maker).Torvik).toBe('Company');
    withRulesOff(['apposition-head-body']);
    expect(types(text).Brindlecote).toBe('Product');
  });

  it('reads a pair of names a sentence calls a firm as one name', () => {
    const text = 'Holt and Marlow, the Leeds-based law firm, hired Ines Barra. Ravi Sethi, managing partner of Holt and Marlow, welcomed her.';
    expect(types(text)['Holt and Marlow']).toBe('Company');
    expect(Object.keys(types(text))).not.toContain('Marlow');
    // The firm's word after the pair that opens another phrase ("the firm's founders") says nothing of the pair.
    const founders = "Holt and Marlow, the firm's founders, said it would expand.";
    expect(Object.keys(types(founders))).not.toContain('Holt and Marlow');
    withRulesOff(['firm-name-with-and']);
    expect(Object.keys(types(text))).not.toContain('Holt and Marlow');
  });

  it('reads the pair a named speaker is "of" as a firm', () => {
    const which = 'Tomas Lind of Halvey and Strand, which advised the bank, said the sale was fair.';
    const after = '"The sale was fair," said Tomas Lind of Halvey and Strand. Halvey and Strand advised the bank.';
    expect(types(which)['Halvey and Strand']).toBe('Company');
    expect(types(after)['Halvey and Strand']).toBe('Company');
    expect(types('Tomas Lind of Halvey and Strand said the sale was fair.')['Halvey and Strand']).toBe('Company');
    // With no verb of saying or "which" after the pair, it stays as the tagger reads it.
    expect(Object.keys(types('Tomas Lind of Halvey and Strand moved to Leeds in 2019.'))).not.toContain('Halvey and Strand');
    withRulesOff(['firm-of-named-speaker']);
    expect(Object.keys(types(which))).not.toContain('Halvey and Strand');
    expect(Object.keys(types(after))).not.toContain('Halvey and Strand');
  });

  it('reads the pair a titled name is "of" as a firm', () => {
    const comma = 'According to its Paris lawyer, Tomas Lind of Halvey and Strand, the claim rests on a 2009 treaty.';
    const bare = 'The bank hired lawyer Tomas Lind of Halvey and Strand in May.';
    expect(types(comma)['Halvey and Strand']).toBe('Company');
    expect(types(bare)['Halvey and Strand']).toBe('Company');
    // A title that is no firm's leaves the pair as the tagger reads it.
    expect(Object.keys(types('The bank hired manager Tomas Lind of Halvey and Strand in May.'))).not.toContain('Halvey and Strand');
    withRulesOff(['firm-of-titled-name']);
    expect(Object.keys(types(comma))).not.toContain('Halvey and Strand');
    expect(Object.keys(types(bare))).not.toContain('Halvey and Strand');
  });

  it('reads a pair after "consultancy" as one firm', () => {
    const text = 'Noor Haddad left the campaign last month to join the consultancy Stroud and Keller.';
    expect(types(text)['Stroud and Keller']).toBe('Company');
    withRulesOff(['consultancy-firm-word']);
    expect(Object.keys(types(text))).not.toContain('Stroud and Keller');
  });

  it('reads the possessor of a chief officer as an organisation', () => {
    const text = "Lena Brandvold, Tessivo's chief operating officer, said the plant would open in May.";
    expect(types(text).Tessivo).toBe('Organization');
    withRulesOff(['chief-officer-possessor']);
    expect(types(text).Tessivo).not.toBe('Organization');
  });

  it('reads the possessor of a managing director as an organisation', () => {
    expect(types("Graham Tillotson, Harcastle Crosslink's managing director, said the new rules were needed.")['Harcastle Crosslink']).toBe('Organization');
  });

  it('reads a name that appoints someone as its officer as an organisation', () => {
    const text = 'Dalby Marsh has hired Iris Varley, a senior trader at Kestrel Bank, as its head of commodities.';
    expect(types(text)['Dalby Marsh']).toBe('Organization');
    withRulesOff(['appointer-as-its']);
    expect(types(text)['Dalby Marsh']).toBe('Person');
  });

  it('reads a name with an abbreviated club form at either end as a sports team', () => {
    const text = 'Dahl spent most of his career with FC Aalholm before moving abroad. Tarnvik FK sacked head coach Erling Morvik on Sunday.';
    expect(types(text)).toMatchObject({ 'FC Aalholm': 'SportsTeam', 'Tarnvik FK': 'SportsTeam' });
    withRulesOff(['club-form-word']);
    expect(types(text)['FC Aalholm']).not.toBe('SportsTeam');
    expect(types(text)['Tarnvik FK']).not.toBe('SportsTeam');
  });

  it('reads the sides of a low scoreline as sports teams', () => {
    const text = 'On Saturday, Rennart lost 3-0 to Atletico Serrano, while Valencia Norte drew 1-1 with Celta Mara. Sampras beat Michael Tarrant 6-3 6-4.';
    expect(types(text)).toMatchObject({ 'Atletico Serrano': 'SportsTeam', 'Valencia Norte': 'SportsTeam', 'Celta Mara': 'SportsTeam' });
    expect(types(text)['Michael Tarrant']).toBe('Person');
    withRulesOff(['scoreline-side']);
    expect(types(text)['Atletico Serrano']).not.toBe('SportsTeam');
  });

  it('reads one word possessing a full name as an organisation', () => {
    const text = "Halden 's Gary Breel was selected for the Veldania squad on Friday.";
    expect(types(text)).toMatchObject({ Halden: 'Organization', 'Gary Breel': 'Person' });
    withRulesOff(['possessor-of-person-name']);
    expect(types(text)['Halden']).toBe('Person');
  });

  it('keeps a dateline city apart from the team named after it', () => {
    const text = 'HALDEN, Norway (AP) - Halden FK sacked its coach on Sunday. Fjellvik beat Halden 2-1 on Saturday. Halden captain Mats Ellingsen was injured.';
    expect(types(text)).toMatchObject({ Halden: 'City', 'Halden FK': 'SportsTeam' });
    withRulesOff(['team-apart-from-its-city']);
    expect(types(text)['Halden']).toBe('SportsTeam');
  });

  it("splits a sport's position capitalised before a name off as a title", () => {
    const text = 'Hurdler Vell banned for a year\n\nThe federation banned Tomas Vell on Monday. Flanker Ivo Marek was cleared.';
    expect(Object.keys(types(text)).sort()).toEqual(['Ivo Marek', 'Tomas Vell']);
  });

  it('keeps a national side named by its country a country', () => {
    const text =
      'Ireland 27-13 Italy\n\nIreland kept their hopes of a first championship since 1985 alive with a three-try win over Italy.\n\n' +
      'Centre Ivo Marek scored twice as Ireland recovered from a sluggish first half.\n\n' +
      'But Ireland coach Jan Polk said his side had shown "real heart" after the interval.\n\n' +
      'Marek, 24, who plays his club rugby for the Cork-based Lee Valley Hawks, went over after 50 minutes to give Ireland the lead for the first time.\n';
    expect(types(text)['Ireland']).toBe('Country');
    withRulesOff(['country-side-stays-country']);
    expect(types(text)['Ireland']).toBe('Organization');
  });

  it('reads a name ending in a town word as a club in a sports report', () => {
    const text = 'Halden Rovers were beaten by Tarnby Town on Saturday. Their former manager Ivo Marek now coaches Orsby Vale.';
    expect(types(text)).toMatchObject({ 'Tarnby Town': 'SportsTeam', 'Orsby Vale': 'SportsTeam' });
    // No side named, no club: "Tarnby Town" stays what the rest of the sentence reads it as.
    expect(types('The fire spread to Tarnby Town on Saturday.')['Tarnby Town']).not.toBe('SportsTeam');
    withRulesOff(['club-place-word-in-sports-report']);
    expect(types(text)['Tarnby Town']).not.toBe('SportsTeam');
  });

  it('joins a surname opened by its particle to the full name', () => {
    const text = 'The club appointed Gerrit van Luyk as manager on Monday. Van Luyk replaces Sam Tidwell, who left last month.';
    expect(Object.keys(types(text)).sort()).toEqual(['Gerrit van Luyk', 'Sam Tidwell']);
    withRulesOff(['particle-surname']);
    expect(Object.keys(types(text))).toContain('Van Luyk');
  });

  it('reads a name after a kind of place and "of" as that place', () => {
    const text = 'Warplanes struck the southern village of Kfar Talun and the district of Ostrava Bena on Friday.';
    expect(types(text)['Kfar Talun']).toBe('City');
    expect(types(text)['Ostrava Bena']).toBe('Region');
    withRulesOff(['kind-of-place-before-of']);
    expect(types(text)['Kfar Talun']).toBe('Person');
  });

  it('reads a name before a noun for goods as a product', () => {
    const text = 'Vrbanec Pneumatiky was barred from selling its SecuraDrive tyres in Germany.';
    expect(types(text)['SecuraDrive']).toBe('Product');
    expect(types("Brantley sued Homevara, alleging that the retailer's Aldine bed copied Brantley's Wrenfield bed.")['Wrenfield']).toBe('Product');
    withRulesOff(['goods-product-nouns']);
    expect(types(text)['SecuraDrive']).not.toBe('Product');
  });

  it('reads a qualified state of a country as a region', () => {
    const text = 'The fire broke out in the Brazilian state of Minas Gerais on Sunday.';
    expect(types(text)['Minas Gerais']).toBe('Region');
    expect(types('The plant is in the southern state of Paraná.')['Paraná']).toBe('Region');
    withRulesOff(['qualified-state-of-name']);
    expect(types(text)['Minas Gerais']).toBe('Person');
  });

  it('reads a name after "the port of" as the town, even before ", which"', () => {
    const text = 'The quake was centred 10 miles south of the port of Quelvas, which is 90 miles south of the capital.';
    expect(types(text)['Quelvas']).toBe('City');
    withRulesOff(['kind-of-place-before-of']);
    expect(types(text)['Quelvas']).not.toBe('City');
  });

  it('reads a name after a place\'s office and "of" as a place', () => {
    const text = 'The state premier of Lower Wendland, Katrin Hollweg, said she had spoken to the company.';
    expect(types(text)['Lower Wendland']).toBe('Location');
    expect(types('The governor of Halden Central Bank, Katrin Hollweg, said rates would rise.')['Halden Central Bank']).not.toBe('Location');
    withRulesOff(['place-office-of-name']);
    expect(types(text)['Lower Wendland']).toBe('Person');
  });

  it('reads the possessor of a minister as a place', () => {
    const text = "Tavaria's Labour Minister, Irena Kask, met union leaders in Kalvar on Monday.";
    expect(types(text).Tavaria).toBe('Location');
    expect(types("The Labour Party's shadow minister, Irena Kask, met union leaders.")['Labour Party']).not.toBe('Location');
    withRulesOff(['possessor-of-minister']);
    expect(types(text).Tavaria).not.toBe('Location');
  });

  it('reads the name before a capitalised "Mayor" and a person as a city', () => {
    const text = 'On Monday, Pellworth Mayor Ines Tarrant welcomed the vote.';
    expect(types(text).Pellworth).toBe('City');
    expect(types(text)['Ines Tarrant']).toBe('Person');
    withRulesOff(['capitalised-mayor-before-name']);
    expect(types(text).Pellworth).not.toBe('City');
  });

  it("splits a run of capitals at a council member's title", () => {
    const text = 'Federal agents arrested Brenton City Councilwoman Desma Achterberg on Thursday.';
    expect(types(text)).toEqual({ Brenton: 'City', 'Desma Achterberg': 'Person' });
    expect(types('Police questioned Alderman Jo Pardew on Friday.')).toEqual({ 'Jo Pardew': 'Person' });
    withRulesOff(['council-title-before-name']);
    expect(types(text).Brenton).toBeUndefined();
  });

  it('ends a tagged place before the council word of a title after it', () => {
    const text =
      'HARLOW BEND, Feb 9 - Federal agents arrested Harlow Bend City Councilman Tobias Wrenfield on Thursday.\n\nThe Harlow Bend Gazette first reported the investigation in November.';
    expect(types(text)['Harlow Bend']).toBe('City');
    expect(types(text)['Harlow Bend City']).toBeUndefined();
    withRulesOff(['council-title-before-name']);
    expect(types(text)['Harlow Bend City']).toBeDefined();
  });

  it("types a name by an apposition that opens with a country's adjective", () => {
    const text = 'Volkov Aero, a Russian company, makes drone engines.';
    expect(types(text)['Volkov Aero']).toBe('Company');
    withRulesOff(['nationality-in-apposition']);
    expect(types(text)['Volkov Aero']).toBe('Person');
  });

  it('types a name a medicine word in apposition describes as a product', () => {
    const text = 'Shares rose after regulators approved Dovarin, a migraine treatment developed by Kestrel Biologics.';
    const sold = 'The main rival is Palomet, a drug sold by Hanwell Health.';
    expect(types(text).Dovarin).toBe('Product');
    expect(types(sold).Palomet).toBe('Product');
    // The word before another noun only says what kind of body or place that is.
    expect(types('Investors backed Corvane, a drug company based in Lyon.').Corvane).not.toBe('Product');
    withRulesOff(['medicine-in-apposition', 'product-kind-word']);
    expect(types(sold).Palomet).not.toBe('Product');
  });

  it('reads a sentence adverb before a comma as no name', () => {
    const text = 'The Kellner Trust gave $5 million to Brenmoor University. Separately, the Halden Institute awarded a grant to Lena Fischer.';
    expect(Object.keys(types(text))).not.toContain('Separately');
    expect(types('Italy, the host, beat Spain on Sunday.').Italy).toBeDefined();
    withRulesOff(['opening-adverb-no-name']);
    expect(Object.keys(types(text))).toContain('Separately');
  });

  it('reads a name after "brand name" as a product', () => {
    const text = 'Kestrel Biologics, which makes the tablet under the brand name Veltaris, asked regulators to widen its use.';
    expect(types(text).Veltaris).toBe('Product');
    expect(types('The painkiller is marketed as Dovrel in Europe.').Dovrel).toBe('Product');
    withRulesOff(['brand-name-before-name']);
    expect(types(text).Veltaris).not.toBe('Product');
  });

  it('reads the phase of a clinical trial as no name', () => {
    const text = 'Kestrel Biologics began a Phase 3 trial in March and a Phase II study in June.';
    expect(Object.keys(types(text)).filter((name) => name.startsWith('Phase'))).toEqual([]);
    expect(types(text)['Kestrel Biologics']).toBeDefined();
    withRulesOff(['trial-phase-no-name']);
    expect(Object.keys(types(text)).filter((name) => name.startsWith('Phase'))).not.toEqual([]);
  });

  it('leaves a rank of brigadier, corporal or commodore out of the name after it', () => {
    const text = 'The Tarsa Brigade is commanded by Brigadier Osman Karrar, and Corporal Lena Dov was wounded.';
    expect(types(text)['Osman Karrar']).toBe('Person');
    expect(types(text)['Lena Dov']).toBe('Person');
    expect(Object.keys(types(text))).not.toContain('Brigadier Osman Karrar');
  });

  it('reads a name before a modifier and a product word as the product', () => {
    const text = 'Researchers found a flaw in the Orbis messaging app, which is developed by Halvena Software.';
    expect(types(text).Orbis).toBe('Product');
    // The product word that qualifies another noun ("app store") leaves the name to what else is said of it.
    const store = 'The Orbis messaging app store opened in Basel.';
    expect(types(store).Orbis).not.toBe('Product');
    withRulesOff(['modifier-before-product-word']);
    expect(types(text).Orbis).not.toBe('Product');
  });

  it('reads a run of capitals that ends in "Clinic" as one organisation', () => {
    // The tagger read "Clinic" alone as a person, and cut "Halvard Legal" off as a name of its own.
    const text = 'The Halvard Legal Aid Clinic said on Monday it would appeal the ruling.';
    expect(types(text)['Halvard Legal Aid Clinic']).toBe('Organization');
    expect(Object.keys(types(text))).not.toContain('Clinic');
  });

  it('reads a name opened by a kind of business as a company', () => {
    const text = 'Prosecutors searched the Moscow offices of Group Kestrin on Thursday as part of a tax inquiry. Kestrin denied any wrongdoing.';
    expect(types(text)['Group Kestrin']).toBe('Company');
    // A street opened by the word is still a place.
    expect(types('The protest moved down Bank Street on Friday.')['Bank Street']).not.toBe('Company');
    // Spanish and Portuguese words for a mining company or a company open names too.
    const minera = 'Minera Valdivia said on Friday that exports fell. Empresas Lunar denied it. Maison Delvaux Ferrand said so.';
    expect(types(minera)['Minera Valdivia']).toBe('Company');
    expect(types(minera)['Maison Delvaux Ferrand']).toBe('Company');
    expect(types(minera)['Empresas Lunar']).toBe('Company');
    withRulesOff(['kind-word-opens-name']);
    expect(types(text)['Group Kestrin']).not.toBe('Company');
    expect(types(minera)['Minera Valdivia']).not.toBe('Company');
  });
  it('reads a name opened by a foreign word for a body as an organisation', () => {
    const text = 'Movimiento Tierra Libre called for safer lanes. Instituto Onça Viva counted the jaguars.';
    expect(isA(types(text)['Movimiento Tierra Libre']!, 'Organization')).toBe(true);
    expect(isA(types(text)['Instituto Onça Viva']!, 'Organization')).toBe(true);
    // A glassworks and a winery in their own languages are businesses (kind-word-opens-name).
    const trades = "France's Verrerie Dumontel was fined 142 million euros. The group also owns Cristalerías Ranquelmo.";
    expect(types(trades)['Verrerie Dumontel']).toBe('Company');
    expect(types(trades)['Cristalerías Ranquelmo']).toBe('Company');
    withRulesOff(['foreign-body-word-opens-name']);
    expect(types(text)['Movimiento Tierra Libre']).toBe('Person');
  });
  it("types a name by a place's superlative descriptor in apposition", () => {
    const texts = [
      "Ostrander Weil, Germany's second-biggest carmaker, said on Tuesday it would cut jobs.",
      "Varnholt Aldenkamp, the Netherlands' third-largest brewer, said it had agreed to buy the firm.",
      "Ostrander Weil, the country's largest retailer, said sales fell.",
      "Ostrander Weil, Chile's biggest copper miner, said output fell.",
    ];
    for (const text of texts) expect(isA(types(text)[text.split(',')[0]!]!, 'Organization')).toBe(true);
    // A ranked person stays a person, and a home brewer is no business.
    expect(types("Ostrander Weil, the country's longest-serving minister, said so.")['Ostrander Weil']).toBe('Person');
    expect(types("Ostrander Weil, the world's richest man, said so.")['Ostrander Weil']).toBe('Person');
    expect(types('Dale Whitacre, a former home brewer who remains its chairman, said so.')['Dale Whitacre']).toBe('Person');
    withRulesOff(['place-superlative-descriptor']);
    for (const text of texts) expect(types(text)[text.split(',')[0]!]).toBe('Person');
  });

  it('keeps the number of a union local in its name', () => {
    const texts = ['Members of Teamsters Local 727 voted to strike on Monday.', 'The Brewery and Malt Workers Union Local 117 demanded guarantees.'];
    expect(Object.keys(types(texts[0]!))).toContain('Teamsters Local 727');
    expect(Object.keys(types(texts[1]!))).toContain('Brewery and Malt Workers Union Local 117');
    withRulesOff(['number-after-union-local']);
    expect(Object.keys(types(texts[0]!))).not.toContain('Teamsters Local 727');
    expect(Object.keys(types(texts[1]!))).not.toContain('Brewery and Malt Workers Union Local 117');
  });

  it('joins the fields of a workers\' union with "and"', () => {
    const text = 'The Canadian Brewery and Beverage Workers Union, which represents the workers, called the strike.';
    expect(Object.keys(types(text))).toContain('Canadian Brewery and Beverage Workers Union');
    // "Union" after other words ends no such name.
    expect(Object.keys(types('Talks between the IMF and European Union resumed.'))).toEqual(expect.arrayContaining(['IMF', 'European Union']));
    withRulesOff(['workers-union-with-and']);
    expect(Object.keys(types(text))).not.toContain('Canadian Brewery and Beverage Workers Union');
  });

  it('leaves the first word of a title out of the body before it', () => {
    const text = 'Swan Coast Managing Director Rebecca Thornbury said the plant was safe.';
    expect(Object.keys(types(text))).toContain('Swan Coast');
    withRulesOff(['title-qualifier-out-of-body']);
    expect(Object.keys(types(text))).toContain('Swan Coast Managing');
  });

  it("reads the name before a business's office and a name as an organisation", () => {
    const text = 'Swan Coast Managing Director Rebecca Thornbury said the plant was safe.';
    const chief = 'Velmont Chief Operating Officer Dana Liu said sales rose.';
    expect(isA(types(text)['Swan Coast']!, 'Organization')).toBe(true);
    expect(isA(types(chief)['Velmont']!, 'Organization')).toBe(true);
    // A known place before such an office is left alone.
    expect(types('Britain Chief Executive Tom Lee said so.')['United Kingdom']).toBe('Country');
    withRulesOff(['business-office-between-names']);
    expect(types(text)['Swan Coast']).toBe('Location');
  });
  it('types a name by the descriptors "chain", "consultancy" and "newsletter"', () => {
    expect(types('Verhoef Supermarkten, a Dutch grocery chain with about 380 stores, complained.')['Verhoef Supermarkten']).toBe('Company');
    expect(types('Tom Ferrier, a partner at actuarial consultancy Brackwell Lane, said the ruling was a warning.')['Brackwell Lane']).toBe('Company');
    expect(types('Dunstan told the trade newsletter Retail Pulse that sales were down.')['Retail Pulse']).toBe('MediaOrganization');
  });
  it("reads a name ranked among an owner's goods as a product", () => {
    const texts = [
      "The Hamilton plant brews Red Maple, Northmark's best-selling lager, and fills about a million cans a day.",
      'Sales of Hollow Peak, its flagship drink, rose last year.',
    ];
    expect(types(texts[0]!)['Red Maple']).toBe('Product');
    expect(types(texts[1]!)['Hollow Peak']).toBe('Product');
    // Premises, a body and a person ranked so are no products.
    expect(types("Lufthansa, Germany's flagship carrier, said so.")['Lufthansa']).not.toBe('Product');
    expect(types("Jane Doe, the publisher's best-selling author, said so.")['Jane Doe']).toBe('Person');
    withRulesOff(['owned-product-apposition']);
    expect(types(texts[0]!)['Red Maple']).not.toBe('Product');
    expect(types(texts[1]!)['Hollow Peak']).not.toBe('Product');
  });
  it('keeps a public body named for a trade a public body', () => {
    const text = 'Kaimai informed the Ministry for Primary Industries on Sunday evening, the company said.';
    expect(types(text)['Ministry for Primary Industries']).toBe('GovernmentBody');
    withRulesOff(['trade-word-past-for']);
    expect(types(text)['Ministry for Primary Industries']).toBe('Company');
  });

  it('reads "Materials", "Grocers", "Fruits", "Ingredients" and "Co-operative" as the last words of businesses\' names', () => {
    expect(types('Trzebin Materials, which runs two kilns near Opole, said it was studying the penalty.')['Trzebin Materials']).toBe('Company');
    expect(types('Coastline Grocers, which runs 240 supermarkets in Australia, said it had removed the products.')['Coastline Grocers']).toBe('Company');
    expect(types('The fruit was shipped on behalf of Vergel Fruits, a small importer.')['Vergel Fruits']).toBe('Company');
    // "Co-operative" is a name's word though written with a hyphen and a lower-case part.
    expect(types('Bracken Valley Co-operative said on Tuesday it would merge.')['Bracken Valley Co-operative']).toBe('Company');
  });
  it('reads a Danish company form "A/S" as part of the name', () => {
    const text = 'Halvorsen Spil A/S, the Copenhagen-based maker of board games, agreed to be bought. Halvorsen said the price was fair.';
    expect(types(text)['Halvorsen Spil A/S']).toBe('Company');
    expect(extract(text).entities.find((e) => e.name === 'Halvorsen Spil A/S')?.aliases).toContain('Halvorsen');
  });
});
