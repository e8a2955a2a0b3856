// Each entity type of graph-schema, recognised from short sentences by lexicons, descriptors and context.
import { describe, expect, it } from 'vitest';
import { entityNamed, extract, mentionTexts } from './recognise-helpers.js';
import { switchRules } from '../../src/rules/rule-switch.js';

const typeOf = (text: string, name: string) => entityNamed(extract(text), name)?.type;

describe('recognition types names by descriptors and context', () => {
  it('types a person named after an honorific and strips the honorific', () => {
    expect(typeOf('The talks were led by Mrs Odile Brandt of the agency.', 'Odile Brandt')).toBe('Person');
  });
  it('types a person after a title run ("Prime Minister")', () => {
    const graph = extract('Prime Minister Kaito Arase visited the port.');
    expect(entityNamed(graph, 'Kaito Arase')?.type).toBe('Person');
    expect(entityNamed(graph, 'Prime Minister Kaito Arase')).toBeUndefined();
  });
  it('types a company by a suffix and by "firms like X"', () => {
    expect(typeOf('Shares in Brellow Inc rose sharply.', 'Brellow Inc')).toBe('Company');
    expect(typeOf('Regulators questioned firms like Quintara about the leak.', 'Quintara')).toBe('Company');
  });
  it('types a government body by "Ministry of X"', () => {
    expect(typeOf('A spokesman for the Ministry of Water denied the report.', 'Ministry of Water')).toBe('GovernmentBody');
  });
  it('types a grand prix or a rally as an event, not the place it is named after', () => {
    const graph = extract('Tomas Halvorsen was disqualified from the Atlantic Grand Prix in Portimao on Sunday.');
    expect(entityNamed(graph, 'Atlantic Grand Prix')?.type).toBe('Event');
    expect(entityNamed(graph, 'Atlantic')).toBeUndefined();
    expect(typeOf('Owen Drummond pushed a steward at the Rally of the Lakes last month.', 'Rally of the Lakes')).toBe('Event');
  });
  it('types a name after "the auction house" as a company', () => {
    expect(typeOf('The Brazos Museum has sued the auction house Pemberton Rowe over a looted statue.', 'Pemberton Rowe')).toBe('Company');
  });
  it('types a nationality and "Customs" as a public body, not as a people', () => {
    expect(typeOf('Lithuanian Customs seized 40 tonnes of tobacco on Monday.', 'Lithuanian Customs')).toBe('GovernmentBody');
  });
  it("types a business by a trade's word ending its name", () => {
    expect(typeOf("Among those charged is Telvik Cargo's director, Anton Marek, who was held on Monday.", 'Telvik Cargo')).toBe('Company');
    expect(typeOf('Boxes of Vesta Red, a brand made by Dravna Tobacco, were seized.', 'Dravna Tobacco')).toBe('Company');
    expect(typeOf('The club signed a deal with online bookmaker Quarrow Gaming on Monday.', 'Quarrow Gaming')).toBe('Company');
    expect(typeOf('Workers at Lotus Pearl Apparel walked out on Monday.', 'Lotus Pearl Apparel')).toBe('Company');
    expect(typeOf('Orders from Kestmoor Textiles fell by half.', 'Kestmoor Textiles')).toBe('Company');
    expect(typeOf('Buyers such as Harrowgate Garments stopped ordering.', 'Harrowgate Garments')).toBe('Company');
    expect(typeOf('The logs were bought by Brakmoor Timber last year.', 'Brakmoor Timber')).toBe('Company');
    expect(typeOf('Shoppers queued at Pinecrest Outfitters on Saturday.', 'Pinecrest Outfitters')).toBe('Company');
    expect(typeOf('Sales of Cirrane Vapour rose by a third.', 'Cirrane Vapour')).toBe('Company');
    expect(typeOf('Brightwell Vapor agreed to pay a fine.', 'Brightwell Vapor')).toBe('Company');
    expect(typeOf('Cocoa trader Halvan Agri said it had stopped buying from the union.', 'Halvan Agri')).toBe('Company');
  });
  it('types a racing team by its last word, not the sport of racing', () => {
    expect(typeOf('Arkwright Racing driver Tomas Halvorsen was disqualified on Sunday.', 'Arkwright Racing')).toBe('Organization');
    expect(typeOf('Tomas Halvorsen will drive for Vireo Motorsport next season.', 'Vireo Motorsport')).toBe('Organization');
    expect(typeOf('The union demanded written guarantees from Meridale Hospitality on Monday.', 'Meridale Hospitality')).toBe('Company');
    expect(typeOf('MOTOR RACING - HILL WINS IN JAPAN .', 'MOTOR RACING')).toBeUndefined();
  });
  it('types a conservation or environmental group as an advocacy group', () => {
    expect(typeOf('Conservation group Havlund, which campaigns for lower quotas, welcomed the fine.', 'Havlund')).toBe('AdvocacyGroup');
    expect(typeOf('Environmental group Greenmark sued the ministry on Monday.', 'Greenmark')).toBe('AdvocacyGroup');
  });
  it('types a tribunal as a government body, and "the tribunal" as one', () => {
    const text = 'The agency asked the Special Tribunal in Harare to set aside the contract on Monday. The tribunal will rule in May.';
    const graph = extract(text);
    expect(entityNamed(graph, 'Special Tribunal')?.type).toBe('GovernmentBody');
    expect(mentionTexts(graph, entityNamed(graph, 'Special Tribunal')!).map((t) => t.toLowerCase())).toContain('the tribunal');
  });
  it('types "<Nationality> military" as a military unit named for the country', () => {
    expect(typeOf('Talks with the Peruvian military stalled.', 'Peruvian military')).toBe('MilitaryUnit');
  });
  it('marks a nationality phrase as a nominal mention, not a name', () => {
    const text = 'Peruvian authorities said Peruvian troops had left the border town.';
    const kinds = (graph: ReturnType<typeof extract>, name: string) => entityNamed(graph, name)?.mentions.map((m) => m.kind ?? 'name');
    const graph = extract(text);
    expect(kinds(graph, 'Peru')).toEqual(['nominal']);
    expect(kinds(graph, 'Peruvian military')).toEqual(['nominal']);
    expect(entityNamed(graph, 'Peruvian military')?.type).toBe('MilitaryUnit');
    switchRules({ off: ['nationality-phrase-nominal'] });
    expect(kinds(extract(text), 'Peru')).toEqual(['name']);
    switchRules();
  });
  it('keeps a country written by name inside a nationality phrase as a name', () => {
    const text = "The Peru government said the U.S. government and Chile's government had agreed.";
    const named = (graph: ReturnType<typeof extract>, name: string) => {
      const entity = entityNamed(graph, name);
      return entity && mentionTexts(graph, entity).map((t, i) => `${entity.mentions[i]?.kind ?? 'name'} ${t}`);
    };
    // With each government a body of its own the phrases name no country; read as the state, the country's name in
    // them is its mention.
    switchRules({ off: ['government-apart-from-country'] });
    try {
      const graph = extract(text);
      expect(named(graph, 'Peru')).toEqual(['name Peru']);
      expect(named(graph, 'United States')).toEqual(['name U.S.']);
      expect(named(graph, 'Chile')).toEqual(['name Chile']);
      switchRules({ off: ['government-apart-from-country', 'country-name-in-phrase'] });
      expect(named(extract(text), 'Peru')).toEqual(['nominal Peru government']);
    } finally {
      switchRules();
    }
  });
  it("reads a people's adjective of several words as an adjective", () => {
    const text = 'Costa Rican authorities said the Costa Rican government had not been told, Sri Lankan newspapers reported.';
    const names = (graph: ReturnType<typeof extract>) => graph.entities.map((e) => e.name).sort();
    expect(names(extract(text))).toEqual(['Costa Rica', 'Costa Rican government']);
    // "Costa Rican authorities" stand for the state (rule national-authorities); "the Costa Rican government" is a body
    // of its own (rule government-apart-from-country).
    expect(entityNamed(extract(text), 'Costa Rica')?.mentions.map((m) => m.kind)).toEqual(['nominal']);
    switchRules({ off: ['adjective-of-several-words'] });
    expect(names(extract(text))).toEqual(expect.arrayContaining(['Costa Rican', 'Sri Lankan']));
    switchRules();
  });
  it("reads a people's adjective before authorities as the country", () => {
    const text = 'Anton Kessrov says he has been betrayed by the British authorities.';
    try {
      expect(entityNamed(extract(text), 'United Kingdom')?.type).toBe('Country');
      const named = extract("Kessrov wrote to Britain's authorities.");
      expect(mentionTexts(named, entityNamed(named, 'United Kingdom')!)).toEqual(['Britain']);
      switchRules({ off: ['national-authorities'] });
      expect(entityNamed(extract(text), 'United Kingdom')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('types a media organisation by "outlet X" and "X Magazine"', () => {
    expect(typeOf('The Welsh-language outlet Cwm Daily reported the leak.', 'Cwm Daily')).toBe('MediaOrganization');
    expect(typeOf('An editor at Larchmont Magazine resigned.', 'Larchmont Magazine')).toBe('MediaOrganization');
  });
  it('types an advocacy group by "campaign group named X", keeping lower-case connectors inside the name', () => {
    expect(typeOf('A campaign group named Rivers for Everyone sued the council.', 'Rivers for Everyone')).toBe('AdvocacyGroup');
  });
  it('types a body of states from the general list', () => {
    expect(typeOf('Envoys met at NATO headquarters in the morning.', 'NATO')).toBe('InternationalOrganization');
  });
  it('types countries, regions and cities from general lexicons and "City, State"', () => {
    const graph = extract('Protesters gathered in Tacoma, Oregon, and later in Portugal and Central Asia.');
    expect(entityNamed(graph, 'Tacoma')?.type).toBe('City');
    expect(entityNamed(graph, 'Oregon')?.type).toBe('Region');
    expect(entityNamed(graph, 'Portugal')?.type).toBe('Country');
    expect(entityNamed(graph, 'Central Asia')?.type).toBe('Region');
  });
  it('types a product named before a product word', () => {
    expect(typeOf("The bank moved its records to Halvard's Stratus software last year.", 'Stratus')).toBe('Product');
  });
  it('types an event named before an event word', () => {
    const graph = extract('Thousands attended the Lumen Tech conference in spring. Lumen Tech sold out.');
    expect(entityNamed(graph, 'Lumen Tech conference')?.type).toBe('Event');
    expect(entityNamed(graph, 'Lumen Tech conference')?.mentions).toHaveLength(2);
  });
  it('types a population group from a demonym plural and joins its adjective when the group is named', () => {
    const graph = extract('Ukrainians abroad sent aid. Many Ukrainian families fled west.');
    const group = entityNamed(graph, 'Ukrainians');
    expect(group?.type).toBe('Group');
    expect(group?.aliases).toContain('Ukrainian');
  });
  it('splits a title inside a capitalised run into an organisation and a person', () => {
    const graph = extract('Talks resumed after Orvale Chief Executive Nadia Sorensen arrived.');
    expect(entityNamed(graph, 'Nadia Sorensen')?.type).toBe('Person');
    expect(entityNamed(graph, 'Orvale')).toBeDefined();
  });
  it('leaves a title qualifier cut off from its title out of the name ("Deputy Tomas Reyes")', () => {
    const graph = extract('Deputy Tomas Reyes will leave for Lisbon on Monday. Acting Helena Marsh took over the ministry.');
    expect(entityNamed(graph, 'Tomas Reyes')?.type).toBe('Person');
    expect(entityNamed(graph, 'Helena Marsh')?.type).toBe('Person');
    expect(graph.entities.map((e) => e.name)).not.toContain('Deputy Tomas Reyes');
  });
  it('reads a title word before a generational suffix as a surname ("Martin Luther King Jr.")', () => {
    const graph = extract('The march was led by Martin Luther King Jr. in the spring.');
    const person = graph.entities.find((e) => e.name.startsWith('Martin Luther King'));
    expect(person?.type).toBe('Person');
    expect(person?.name).toMatch(/^Martin Luther King Jr\.?$/);
    expect(graph.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });
  it("keeps name particles inside people's names and types a person by apposition", () => {
    const graph = extract('Emir Khalid bin Rashid met Faisal al-Hamdan. Jean-Paul Garnier, a spokesman for the bank, agreed.');
    expect(entityNamed(graph, 'Khalid bin Rashid')?.type).toBe('Person');
    expect(entityNamed(graph, 'Faisal al-Hamdan')?.type).toBe('Person');
    expect(entityNamed(graph, 'Jean-Paul Garnier')?.type).toBe('Person');
  });
  it('takes from a title-case headline only names written elsewhere or known places', () => {
    const graph = extract('Council Votes To Close Harbour After Storm In Chile\n\nThe Brightwater Council voted on Monday.');
    expect(graph.entities.map((e) => e.name).sort()).toEqual(['Brightwater Council', 'Chile']);
  });
  it("types a person written with a middle initial, the initial's full stop read as the tagger learnt it", () => {
    expect(typeOf('Harold Q. Penwick said nothing.', 'Harold Q. Penwick')).toBe('Person');
    expect(typeOf('Kiran T. Oyelaran, 47, was named on Thursday.', 'Kiran T. Oyelaran')).toBe('Person');
  });
  it('types a name after a part of a place and a preposition of place as a place ("in suburban Quellmont")', () => {
    // Read without the preposition and the part, the tagger takes each of these for an organisation or a person.
    expect(typeOf('Storms closed schools across rural Tallowmere on Tuesday.', 'Tallowmere')).toBe('Location');
    expect(typeOf('The plant in downtown Brackwell will close, the company said.', 'Brackwell')).toBe('Location');
    expect(typeOf('Police searched homes in northern Ostmark after the attack.', 'Ostmark')).toBe('Location');
  });
  it('types the name before "administration" as a person', () => {
    const text = "Rights groups criticised the Biden administration's asylum rules. The Trump administration had cut refugee numbers.";
    expect(typeOf(text, 'Biden')).toBe('Person');
    expect(typeOf(text, 'Trump')).toBe('Person');
    expect(typeOf('Analysts said the Obama administration never reached a deal with Iran.', 'Obama')).toBe('Person');
    switchRules({ off: ['leader-before-administration'] });
    expect(typeOf(text, 'Biden')).not.toBe('Person');
    switchRules();
  });
  it('types a name before "agents" as an organisation ("Border Patrol agents")', () => {
    expect(
      typeOf(
        'EL PASO, Texas (AP) - Border Patrol agents found 41 migrants hidden in a freight train near the town of Sierra Blanca on Friday.',
        'Border Patrol',
      ),
    ).toMatch(/Organization|GovernmentBody/);
  });
  it('types a person by an apposition that names an owner and a role ("the bank\'s chairman")', () => {
    expect(typeOf("The merger was approved, said Harold Q. Penwick, the bank's chairman.", 'Harold Q. Penwick')).toBe('Person');
  });
  it('keeps a name with "and" inside whole where the tagger reads it as one, and a list of two names apart', () => {
    const graph = extract('The Food and Drug Administration approved the drug on Monday.');
    expect(entityNamed(graph, 'Food and Drug Administration')).toBeDefined();
    expect(entityNamed(graph, 'Food')).toBeUndefined();
    const list = extract('Shares of Brellow and Quintara fell on Monday.');
    expect(list.entities.map((e) => e.name).sort()).toEqual(['Brellow', 'Quintara']);
  });
  it('reads an agency abbreviation of a state after a place as that state ("Bethany, Conn.", "Grants, N.M.")', () => {
    const graph = extract('Marie Ferraro, 50, of Bethany, Conn., was hurt. Her cousin lives in Grants, N.M. He said so.');
    expect(entityNamed(graph, 'Connecticut')?.type).toBe('Region');
    expect(entityNamed(graph, 'New Mexico')?.type).toBe('Region');
  });
  it('takes a lone word opening a sentence as a person when an age follows it ("Okafor, 64, taught …")', () => {
    expect(typeOf('Okafor, 64, taught at the school for a decade.', 'Okafor')).toBe('Person');
    // A number that is no age set off by commas does not make a name.
    expect(extract('Demand, 12 percent higher, kept prices up.').entities.map((e) => e.name)).toEqual([]);
  });
  it('emits no entity for sentence-initial common words, months, captions or bare adjectives', () => {
    const graph = extract('FILE PHOTO: Boycotts spread in May.\n\nBoycotts and protests\n\nDemonstrators said Danish shops closed.');
    expect(graph.entities.map((e) => e.name)).toEqual([]);
  });
  it('keeps a place named across "of" whole ("Sea of Japan")', () => {
    const graph = extract('Fishing boats returned to the Sea of Okhotsk on Monday.');
    expect(entityNamed(graph, 'Sea of Okhotsk')?.type).toBe('Location');
  });
  it('keeps a public body named after what it oversees across "of the" whole', () => {
    const graph = extract('In January, the Superintendency of the Environment fined Tamarugo Lithium. The Directorate of Fisheries agreed.');
    expect(entityNamed(graph, 'Superintendency of the Environment')?.type).toBeDefined();
    expect(entityNamed(graph, 'Directorate of Fisheries')?.type).toBeDefined();
    expect(entityNamed(graph, 'Environment')).toBeUndefined();
  });
  it('keeps an honorific inside the mention but outside the name and aliases', () => {
    const graph = extract('Helen Okafor chairs the trust. Mrs. Okafor said the vote was close.');
    const person = entityNamed(graph, 'Helen Okafor')!;
    expect(mentionTexts(graph, person)).toContain('Mrs. Okafor');
    expect(person.aliases).toEqual(['Okafor']);
  });
  it('does not take a capitalised occupation opening a sentence into the name', () => {
    const graph = extract('Composer Aldo Verrini is a native of Lecco.');
    expect(entityNamed(graph, 'Aldo Verrini')?.type).toBe('Person');
    expect(graph.entities.map((e) => e.name)).not.toContain('Composer Aldo Verrini');
  });
  it('types the place of a dateline as a city ("ODESSA, Ukraine (AP) —")', () => {
    const graph = extract('KHERSONKA, Ukraine (AP) — Floods closed the port on Monday.');
    expect(entityNamed(graph, 'Khersonka')?.type).toBe('City');
  });
  it('types the one killed as a person, even with a place\'s name ("assassin of Lincoln")', () => {
    expect(typeOf('Edwin Marsh, assassin of Lincoln, was cornered by soldiers in a barn.', 'Lincoln')).toBe('Person');
  });
  it('types a name headed by "Parish" or "County" as a place', () => {
    expect(typeOf('Floods reached Vermilion Parish on Monday.', 'Vermilion Parish')).toBe('Location');
  });
  it('does not take a people\'s adjective before a title for a person ("Roman Emperor …")', () => {
    const graph = extract('Roman Emperor Marcus Varro was praised by the senate.');
    expect(entityNamed(graph, 'Marcus Varro')?.type).toBe('Person');
    expect(graph.entities.map((e) => e.name)).not.toContain('Roman');
  });
  it('types a name by the last word of its apposition ("X, a City Council member")', () => {
    expect(typeOf('The plan is sound, said Mirela Vanc, a City Council member and bank director.', 'Mirela Vanc')).toBe('Person');
    expect(typeOf('Dov Arel, a senior Defence Ministry official, declined to comment.', 'Dov Arel')).toBe('Person');
  });
  it('types a fleet as a military unit, numbered or named', () => {
    expect(typeOf('Ships of the 7th Fleet left port.', '7th Fleet')).toBe('MilitaryUnit');
    expect(typeOf('Officers of the Baltic Fleet met in Riga.', 'Baltic Fleet')).toBe('MilitaryUnit');
  });
  it('types who has a home somewhere as a person ("Sohn\'s New Jersey home")', () => {
    expect(typeOf("Agents arrived at Varga's New Mexico home before dawn.", 'Varga')).toBe('Person');
  });
  it('keeps those typing rules to what they say', () => {
    // Kinship and gender words open names ("Mother Teresa"); a name ending like a people's adjective is a name.
    expect(entityNamed(extract('Mother Agnes visited the clinic in Leeds.'), 'Mother Agnes')).toBeDefined();
    expect(entityNamed(extract('Gorman Chairman Jane Okoro spoke to investors.'), 'Gorman')).toBeDefined();
    // A name before a noun only qualifies it, so "the killing of Hamas commanders" says nothing of Hamas's type.
    expect(typeOf('The killing of Tarnwell commanders in Lebanon angered the group.', 'Tarnwell')).not.toBe('Person');
    // The head of an apposition comes before its preposition: a lender to the mayor is a lender.
    expect(typeOf('Norvik Bank, a lender to the mayor, declined to comment.', 'Norvik Bank')).not.toBe('Person');
    // A list of countries after a name is no dateline.
    expect(typeOf('Representatives of Zentek, Canada, Mexico and Peru met on Monday.', 'Zentek')).not.toBe('City');
  });
  it('types a tribe named as a body as an organisation, its whole name kept', () => {
    const graph = extract('The Standing Rock Sioux Tribe welcomed the fine.');
    expect(entityNamed(graph, 'Standing Rock Sioux Tribe')?.type).toBe('Organization');
  });

  it("leaves a sheriff's title out of the name after it", () => {
    // "Sheriff" is a title before a name as "Judge" is; without it the person was named "Sheriff Dale Horn".
    const graph = extract('"We will find them," Sheriff Dale Horn said.');
    expect(entityNamed(graph, 'Dale Horn')?.type).toBe('Person');
    expect(entityNamed(graph, 'Sheriff Dale Horn')).toBeUndefined();
  });
});
