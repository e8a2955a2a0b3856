// Pins the relation types news needs beyond companies and their staff, on sentences written for the tests: an office
// held in a country (HOLDS_ROLE_IN), membership of a party or alliance (MEMBER_OF), and contests (DEFEATED,
// COMPETED_AGAINST).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { switchRules } from '../../src/rules/rule-switch.js';
import { relationFamilies, relationTypes } from '../../src/schema/schema.js';
import relationTypesFile from '../../graph-schema/relation-types.json' with { type: 'json' };

function extract(text: string) {
  const { graph } = extractGraph([{ source: 'test.txt', format: 'txt', content: text }], {});
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  const relations = graph.relations.map((r) => ({ ...r, from: name.get(r.source)!, to: name.get(r.target)! }));
  return { relations, find: (type: string, from: string, to: string) => relations.find((r) => r.type === type && r.from.includes(from) && r.to.includes(to)) };
}

describe('news relation types', () => {
  it('gives every relation family a viewer colour in the schema', () => {
    const colors = relationTypesFile.familyColors as Record<string, string>;
    for (const family of Object.keys(relationFamilies)) expect(colors[family], family).toMatch(/^#[0-9a-f]{6}$/);
    for (const type of relationTypes) expect(Object.keys(relationFamilies), type.name).toContain(type.family);
  });

  it("reads the schema's office titles as titles, whether or not they are also an employer's roles", () => {
    const lyon = extract('Lyon prosecutor Ana Roy said on Tuesday that the inquiry was closed.');
    expect(lyon.find('HOLDS_ROLE_IN', 'Ana Roy', 'Lyon')?.properties.role).toBe('prosecutor');
    expect(lyon.find('LIVES_IN', 'Ana Roy', 'Lyon')).toBeUndefined();
  });

  it('reads the seller after a name that was bought', () => {
    const described = 'Halden Capital has agreed to buy Glenmoor Raceway, the motor racing circuit near Newport, from Pryce Leisure Ltd for 62 million pounds.';
    const plain = 'Acme Corp bought Widget Ltd from private equity firm Globex Capital in 2019.';
    try {
      expect(extract(described).find('SOLD_TO', 'Pryce Leisure', 'Halden Capital')).toBeDefined();
      expect(extract(plain).find('SOLD_TO', 'Globex Capital', 'Acme Corp')).toBeDefined();
      // A place after "from" is where it was bought, not who sold it.
      expect(extract('Acme Corp bought Widget Ltd from Spain in 2019.').relations.filter((r) => r.type === 'SOLD_TO')).toEqual([]);
      switchRules({ off: ['seller-after-bought-name'] });
      expect(extract(described).find('SOLD_TO', 'Pryce Leisure', 'Halden Capital')).toBeUndefined();
      expect(extract(plain).find('SOLD_TO', 'Globex Capital', 'Acme Corp')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads goods bought for someone as provided to them', () => {
    const text = 'Armscor buys weapons and equipment for the South African National Defence Force.';
    try {
      expect(extract(text).find('PROVIDED', 'Armscor', 'South African National Defence Force')).toBeDefined();
      expect(extract(text).find('ACQUIRED', 'Armscor', 'South African National Defence Force')).toBeUndefined();
      switchRules({ off: ['bought-for-recipient'] });
      expect(extract(text).find('ACQUIRED', 'Armscor', 'South African National Defence Force')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads a loan of a sum as funding', () => {
    const texts = [
      'The Welsh Government, which lent Pryce Leisure 4 million pounds in 2020, welcomed the sale.',
      'Harlow Bank lent 40 million pounds to Corvo Ltd in 2019.',
    ];
    const funded = () => texts.map((t) => extract(t).relations.filter((r) => r.type === 'INVESTED_IN').length);
    try {
      expect(funded()).toEqual([1, 1]);
      expect(extract('Harlow Bank lent Corvo Ltd its support.').relations.filter((r) => r.type === 'INVESTED_IN')).toEqual([]);
      switchRules({ off: ['lent-funds'] });
      expect(funded()).toEqual([0, 0]);
    } finally {
      switchRules();
    }
  });

  it('reads a loan provided as funding', () => {
    const text = 'Harlow Bank provided a 40 million pound loan to Corvo Ltd.';
    try {
      expect(extract(text).find('INVESTED_IN', 'Harlow Bank', 'Corvo')).toBeDefined();
      expect(
        extract('Lagoon Heritage Bank provides settlement accounts to Kobopoint Ltd.').find('PROVIDED', 'Lagoon Heritage Bank', 'Kobopoint'),
      ).toBeDefined();
      switchRules({ off: ['loan-provided-funds'] });
      expect(extract(text).find('PROVIDED', 'Harlow Bank', 'Corvo')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads one who heads a part of a body as working for it', () => {
    const text =
      "The Chilean Navy said on Thursday it was monitoring 280 vessels. Patricio Venegas Soto, who commands the navy's surveillance operations, said so.";
    const plain = "Jane Okafor, who heads Acme Corp's research unit, resigned on Monday.";
    try {
      expect(extract(text).find('WORKS_FOR', 'Patricio Venegas Soto', 'Chilean Navy')).toBeDefined();
      expect(extract(plain).find('WORKS_FOR', 'Jane Okafor', 'Acme Corp')).toBeDefined();
      switchRules({ off: ['heads-possessed-part'] });
      expect(extract(text).find('WORKS_FOR', 'Patricio Venegas Soto', 'Chilean Navy')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads one who plays or races for a side as on it', () => {
    const texts = ['Mexican driver Mateo Reyes will race for Vireo Motorsport from next season.', 'Mateo Reyes will play for Vireo Rovers from next season.'];
    const ties = () =>
      texts.flatMap((t) =>
        extract(t)
          .relations.filter((r) => r.from.includes('Reyes') || r.to.includes('Reyes'))
          .map((r) => r.type),
      );
    try {
      expect(ties()).toEqual(['WORKS_FOR', 'WORKS_FOR']);
      // Two sides playing each other still compete.
      expect(extract('Vireo Rovers will play Corvallo United on Saturday.').find('COMPETED_AGAINST', 'Corvallo', 'Vireo')).toBeDefined();
      switchRules({ off: ['plays-for-side'] });
      expect(ties()).toContain('COMPETED_AGAINST');
    } finally {
      switchRules();
    }
  });

  it('reads a verdict of guilt as a conviction', () => {
    const verdict = 'A Lagos court found Salim Mwinyi and Joseph Ndirangu guilty of fraud on Monday.';
    const convicted = (text: string) =>
      extract(text)
        .relations.filter((r) => r.type === 'CHARGED' && r.from === 'Lagos court')
        .map((r) => r.to);
    try {
      expect(convicted(verdict)).toEqual(['Salim Mwinyi', 'Joseph Ndirangu']);
      expect(convicted('A Lagos court found Salim Mwinyi not guilty of fraud on Monday.')).toEqual([]);
      expect(convicted('A Lagos court found Salim Mwinyi had lied to it.')).toEqual([]);
      switchRules({ off: ['found-guilty'] });
      expect(convicted(verdict)).toEqual([]);
    } finally {
      switchRules();
    }
  });

  it('reads a title after a country as an office held there, not a home', () => {
    const { find } = extract('Veltrian coach Anders Holm named his squad on Monday. Veltria then played a friendly.');
    expect(find('HOLDS_ROLE_IN', 'Anders Holm', 'Veltria')).toBeUndefined(); // an unknown country is no country
    const france = extract('France coach Didier Deschamps named his squad on Monday.');
    expect(france.find('HOLDS_ROLE_IN', 'Didier Deschamps', 'France')?.properties.role).toBe('coach');
    expect(france.find('LIVES_IN', 'Didier Deschamps', 'France')).toBeUndefined();
  });

  it('reads an office title before a name and the place after "of" as an office held there', () => {
    const text = 'Governor Ruth Amberly of Kestrel County said the count would resume on Monday.';
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ruth Amberly', 'Kestrel County')?.properties.role).toBe('governor');
      expect(extract(text).find('LIVES_IN', 'Ruth Amberly', 'Kestrel County')).toBeUndefined();
      // With no title before the name, "of" still gives only the person's home.
      expect(extract('Ruth Amberly of Kestrel County said the count would resume.').find('HOLDS_ROLE_IN', 'Ruth Amberly', 'Kestrel County')).toBeUndefined();
      // A head of state's title is held in the mention's own span; a dateline's dash before it is no title word.
      const president = extract('OSTRAVIA (Reuters) - President Teodor Vasko of Ostravia met the observers on Monday.');
      expect(president.find('HOLDS_ROLE_IN', 'Teodor Vasko', 'Ostravia')?.properties.role).toBe('president');
      // A name before the title says whose office it is: the place is only where the person is from.
      const council = extract('Harbour Council President Ruth Amberly of Kestrel County said the count would resume.');
      expect(council.find('HOLDS_ROLE_IN', 'Ruth Amberly', 'Kestrel County')).toBeUndefined();
      switchRules({ off: ['office-title-name-of-place'] });
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ruth Amberly', 'Kestrel County')).toBeUndefined();
      expect(extract(text).find('LIVES_IN', 'Ruth Amberly', 'Kestrel County')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reaches the person after a place and an office title, not the place', () => {
    const text = 'House Republicans accused Ohio Governor Jane Doe of abusing her power.';
    try {
      const on = extract(text);
      expect(on.find('CRITICISED', 'House Republicans', 'Jane Doe')).toBeDefined();
      expect(on.find('CRITICISED', 'House Republicans', 'Ohio')).toBeUndefined();
      expect(on.find('HOLDS_ROLE_IN', 'Jane Doe', 'Ohio')?.properties.role).toBe('governor');
      // place-qualifies-name reads the place before the title as qualifying the name too.
      switchRules({ off: ['place-title-head', 'place-qualifies-name'] });
      expect(extract(text).find('CRITICISED', 'House Republicans', 'Ohio')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads an office of a place set off before a name as held there', () => {
    const office = extract('The finance minister of Norway, Ingrid Solvang, said the budget would be cut.');
    expect(office.find('HOLDS_ROLE_IN', 'Ingrid Solvang', 'Norway')?.properties.role).toBe('finance minister');
    expect(office.find('LIVES_IN', 'Ingrid Solvang', 'Norway')).toBeUndefined();
    // A place the person is only in is no office of it.
    expect(extract('The visitors from Norway, Ingrid Solvang and Ola Nordmann, arrived.').find('HOLDS_ROLE_IN', 'Ingrid Solvang', 'Norway')).toBeUndefined();
  });

  it("reads a people's adjective before or after a name as the country the office is in, when the article names it", () => {
    const before = extract('German Finance Minister Anna Berg met bankers. Germany will borrow more.');
    expect(before.find('HOLDS_ROLE_IN', 'Anna Berg', 'Germany')?.properties.role).toBe('finance minister');
    const after = extract('Anna Berg, the German finance minister, met bankers in Germany.');
    expect(after.find('HOLDS_ROLE_IN', 'Anna Berg', 'Germany')).toBeDefined();
    const unnamed = extract('German Finance Minister Anna Berg met bankers in Paris.');
    expect(unnamed.relations.filter((r) => r.type === 'HOLDS_ROLE_IN')).toEqual([]);
  });

  it("reads a counterpart named by a people's adjective as holding office in that country", () => {
    const met = 'Japan and the Philippines held talks. Japanese Defence Minister Kenta Morishima met his Philippine counterpart, Ramon Cruz, on Monday.';
    const hosted = 'Germany and France signed the accord. Chancellor Ulrich Brandmeier hosted her French counterpart Hugo Lanval in Berlin.';
    try {
      expect(extract(met).find('HOLDS_ROLE_IN', 'Ramon Cruz', 'Philippines')?.properties.role).toBe('counterpart');
      expect(extract(hosted).find('HOLDS_ROLE_IN', 'Hugo Lanval', 'France')).toBeDefined();
      // The country must be named in the article, as for any people's adjective.
      expect(extract('Kenta Morishima met his Philippine counterpart, Ramon Cruz.').find('HOLDS_ROLE_IN', 'Ramon Cruz', 'Philippines')).toBeUndefined();
      switchRules({ off: ['national-counterpart'] });
      expect(extract(met).find('HOLDS_ROLE_IN', 'Ramon Cruz', 'Philippines')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a tie ended with a party as ended service to it', () => {
    const ended = 'Halden Brewing has ended its sponsorship agreement with oil producer Havbrann Petroleum.';
    const demanded = 'The union has demanded that Brightwater Stevedoring suspend its contract with Kranich Automation.';
    try {
      expect(extract(ended).find('TERMINATED_SERVICE', 'Halden Brewing', 'Havbrann Petroleum')?.properties.object).toBe('sponsorship agreement');
      expect(extract(demanded).find('TERMINATED_SERVICE', 'Brightwater', 'Kranich')?.properties.negated).toBe(true);
      // A tie signed is no tie ended.
      expect(extract('Halden Brewing signed its contract with Havbrann Petroleum.').find('TERMINATED_SERVICE', 'Halden', 'Havbrann')).toBeUndefined();
      switchRules({ off: ['ended-tie-with'] });
      expect(extract(ended).find('TERMINATED_SERVICE', 'Halden Brewing', 'Havbrann Petroleum')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a contract won from a body as supplied to that body', () => {
    const from = 'Halden Cleaning Services won a five-year, $31 million contract from the Chicago Transit Authority in 2020.';
    const named = 'Shreeram Infracon, a Pune-based firm, won the PMC contract to build the flyover in 2021.';
    try {
      expect(extract(from).find('PROVIDED', 'Halden Cleaning Services', 'Chicago Transit Authority')).toBeDefined();
      expect(extract(named).find('PROVIDED', 'Shreeram Infracon', 'PMC')).toBeDefined();
      // A prize won from no body is no contract.
      expect(extract('Halden Cleaning Services won an award from the Chicago Transit Authority.').find('PROVIDED', 'Halden', 'Chicago')).toBeUndefined();
      switchRules({ off: ['contract-won-from'] });
      expect(extract(from).find('PROVIDED', 'Halden Cleaning Services', 'Chicago Transit Authority')).toBeUndefined();
      expect(extract(named).find('PROVIDED', 'Shreeram Infracon', 'PMC')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a contract awarded to a described party as supplied by that party', () => {
    const described =
      'Bohemian Disposal Services last year awarded a 45 million euro contract for geological surveys at the ridge to Swedish consultancy Fennoscan Geoteknik.';
    const concession =
      'The Kenya Ports Authority has awarded a 25-year concession to run a new container terminal at the port of Mombasa to Dubai-based Azurite Port Holdings.';
    try {
      expect(extract(described).find('PROVIDED', 'Fennoscan Geoteknik', 'Bohemian Disposal Services')).toBeDefined();
      expect(extract(concession).find('PROVIDED', 'Azurite Port Holdings', 'Kenya Ports Authority')).toBeDefined();
      // A place inside what the contract is for provides nothing.
      expect(extract(concession).relations.filter((r) => r.type === 'PROVIDED' && r.from === 'Mombasa')).toEqual([]);
      switchRules({ off: ['contract-awarded-past-description'] });
      expect(extract(described).find('PROVIDED', 'Fennoscan Geoteknik', 'Bohemian Disposal Services')).toBeUndefined();
      expect(extract(concession).find('PROVIDED', 'Azurite Port Holdings', 'Kenya Ports Authority')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("places a body that a people's adjective describes in that country, when the article names it", () => {
    const before = 'Kuanyu Group will buy Dutch e-bike maker Brenkhorst. The deal needs approval in the Netherlands.';
    const after = 'Mabaso Holdings bought Zandvliet Glass from Nordlith, a Swedish packaging group. Sweden has few glassworks left.';
    try {
      expect(extract(before).find('LOCATED_IN', 'Brenkhorst', 'Netherlands')).toBeDefined();
      expect(extract(after).find('LOCATED_IN', 'Nordlith', 'Sweden')).toBeDefined();
      // The buyer is no Dutch body, and a country the article does not name is no endpoint.
      expect(extract(before).find('LOCATED_IN', 'Kuanyu', 'Netherlands')).toBeUndefined();
      expect(extract('Kuanyu Group will buy Dutch e-bike maker Brenkhorst.').relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
      // A number counts what follows; the adjective qualifies another noun ("regulator"), not the airline.
      expect(
        extract('Philippine regulator grounds eight Archipelago Airways jets. The Philippines said so.').find('LOCATED_IN', 'Archipelago', 'Philippines'),
      ).toBeUndefined();
      // A person the adjective describes is no body placed there.
      expect(extract('Former Dutch international Ruud Verbeek coaches Ajax. The Netherlands lost.').find('LOCATED_IN', 'Ruud', 'Netherlands')).toBeUndefined();
      switchRules({ off: ['national-kind-of-body'] });
      expect(extract(before).find('LOCATED_IN', 'Brenkhorst', 'Netherlands')).toBeUndefined();
      expect(extract(after).find('LOCATED_IN', 'Nordlith', 'Sweden')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads "prime minister of" a country as an office', () => {
    const { find } = extract('Jan Novak, prime minister of Slovakia, opened the bridge.');
    expect(find('HOLDS_ROLE_IN', 'Novak', 'Slovakia')?.properties.role).toBe('prime minister');
  });

  it('reads membership of a party or an alliance as MEMBER_OF, and not also as employment', () => {
    const member = extract('John Smith, a member of the Labour Party, resigned on Friday.');
    expect(member.find('MEMBER_OF', 'John Smith', 'Labour Party')).toBeDefined();
    expect(member.find('WORKS_FOR', 'John Smith', 'Labour Party')).toBeUndefined();
    expect(extract('Brazil, a member of the Mercosur bloc, hosted the summit.').find('MEMBER_OF', 'Brazil', 'Mercosur')).toBeDefined();
    expect(extract("Arjun Mehta's NVP party won the vote.").find('MEMBER_OF', 'Arjun Mehta', 'NVP')).toBeDefined();
  });

  it('reads who beat whom, in either voice, and who played whom', () => {
    expect(extract('Arsenal beat Chelsea 2-1 on Saturday.').find('DEFEATED', 'Arsenal', 'Chelsea')).toBeDefined();
    expect(extract('Rafael Nadal was beaten by Novak Djokovic in the final.').find('DEFEATED', 'Novak Djokovic', 'Rafael Nadal')).toBeDefined();
    const played = extract('Spain played against Italy in Berlin.').relations.find((r) => r.type === 'COMPETED_AGAINST');
    expect([played?.from, played?.to].sort()).toEqual(['Italy', 'Spain']);
  });

  it('reads a seat won from a party as DEFEATED', () => {
    const named = 'Marta Velikova won the Ostren North seat from the Civic Union Party in a by-election on Thursday.';
    const plain = 'The Green Workers Party narrowly took two seats from Dario Messeni.';
    try {
      expect(extract(named).find('DEFEATED', 'Marta Velikova', 'Civic Union Party')?.properties.verb).toBe('won seat from');
      expect(extract(named).find('WORKS_FOR', 'Marta Velikova', 'Civic Union Party')).toBeUndefined();
      expect(extract(plain).find('DEFEATED', 'Green Workers Party', 'Dario Messeni')).toBeDefined();
      switchRules({ off: ['seat-won-from'] });
      expect(extract(named).find('DEFEATED', 'Marta Velikova', 'Civic Union Party')).toBeUndefined();
      expect(extract(plain).find('DEFEATED', 'Green Workers Party', 'Dario Messeni')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a share given in a poll as no provision', () => {
    const poll = 'A survey by pollster Varnel Opinion gave Tomas Edling 41 percent support.';
    const seats = 'The Electoral Commission gives the Civic Union Party 212 seats in the final count.';
    const money = 'Halvik Foods gave the Civic Union Party 2 million euros.';
    try {
      expect(extract(poll).find('PROVIDED', 'Varnel Opinion', 'Tomas Edling')).toBeUndefined();
      expect(extract(seats).find('PROVIDED', 'Electoral Commission', 'Civic Union Party')).toBeUndefined();
      // Money given funds the one who gets it (gave-funds).
      expect(extract(money).find('INVESTED_IN', 'Halvik Foods', 'Civic Union Party')).toBeDefined();
      switchRules({ off: ['share-given-no-provision'] });
      expect(extract(poll).find('PROVIDED', 'Varnel Opinion', 'Tomas Edling')).toBeDefined();
      expect(extract(seats).find('PROVIDED', 'Electoral Commission', 'Civic Union Party')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('places an organisation in the place its name opens with, when the article names the place', () => {
    const text = 'The Brenton Fire Service said the blaze was out. The fire began in a warehouse in Brenton.';
    const placed = (on: boolean) => {
      switchRules(on ? { on: ['place-named-body'] } : { off: ['place-named-body'] });
      const found = extract(text).find('LOCATED_IN', 'Brenton Fire Service', 'Brenton');
      switchRules();
      return found;
    };
    expect(placed(true)?.evidence).toHaveLength(1);
    expect(placed(false)).toBeUndefined();
    switchRules({ on: ['place-named-body'] });
    // The place written with a hyphen into the name is a different word: no relation.
    expect(extract('The Brenton-Gazette reported the fire. The fire began in Brenton.').find('LOCATED_IN', 'Brenton-Gazette', 'Brenton')).toBeUndefined();
    // A country's short form opens its national bodies' names and its versions of things: left to national-body.
    const country = extract('The Norway Fire Service said the blaze was out. The fire began in a warehouse in Norway.');
    expect(country.find('LOCATED_IN', 'Norway Fire Service', 'Norway')).toBeUndefined();
    switchRules();
  });

  it('places no paper or broadcaster in the place its name opens with', () => {
    const text = 'Homeowners sued the insurer in Tampa. The Tampa Bay Ledger first reported the emails last week.';
    const council = 'Homeowners sued the insurer in Tampa. The Tampa City Council first reported the emails last week.';
    try {
      expect(extract(text).find('LOCATED_IN', 'Tampa Bay Ledger', 'Tampa')).toBeUndefined();
      expect(extract(council).find('LOCATED_IN', 'Tampa City Council', 'Tampa')).toBeDefined();
      switchRules({ off: ['place-named-media-apart'] });
      expect(extract(text).find('LOCATED_IN', 'Tampa Bay Ledger', 'Tampa')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("reads a passive charge reported by a body of law enforcement as that body's", () => {
    const text = 'Harwick Police said on Thursday that Tomas Reyes, 47, had been charged with two counts of fraud.';
    const agent = 'Harwick Police said Tomas Reyes had been arrested by federal agents.';
    const bank = 'Ostvik Bank said on Thursday that Tomas Reyes had been charged with fraud.';
    try {
      expect(extract(text).find('CHARGED', 'Harwick Police', 'Tomas Reyes')).toBeDefined();
      expect(extract(agent).find('CHARGED', 'Harwick Police', 'Tomas Reyes')).toBeUndefined();
      expect(extract(bank).find('CHARGED', 'Ostvik Bank', 'Tomas Reyes')).toBeUndefined();
      switchRules({ off: ['enforcer-reports-charge'] });
      expect(extract(text).find('CHARGED', 'Harwick Police', 'Tomas Reyes')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('places no organisation in a place the text never uses as one', () => {
    const text =
      'The ministry ordered hospitals to stop using a test made by Singapore-based Corunna Diagnostics. The ministry suspended its supply contract with Corunna. Corunna chief executive Daniel Tan said the company stood by the product.';
    try {
      expect(extract(text).find('LOCATED_IN', 'Corunna Diagnostics', 'Corunna')).toBeUndefined();
      expect(extract(text).find('LOCATED_IN', 'Corunna Diagnostics', 'Singapore')).toBeDefined();
      // unused-place-short-form also joins "Corunna" to the company, which leaves no place to read, and
      // qualified-office-between-names and business-office-between-names read "Corunna chief executive Daniel Tan" as
      // the company's.
      switchRules({
        off: ['place-named-body-needs-place', 'unused-place-short-form', 'qualified-office-between-names', 'business-office-between-names'],
      });
      expect(extract(text).find('LOCATED_IN', 'Corunna Diagnostics', 'Corunna')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads the side lost to as the winner', () => {
    const text = 'In the league on Saturday, Rennart lost 3-0 to Atletico Serrano. The incumbent Dora Velasquez lost to Iker Manso in the runoff.';
    const read = () => {
      const { find } = extract(text);
      return [find('DEFEATED', 'Atletico Serrano', 'Rennart')?.properties.verb, find('DEFEATED', 'Iker Manso', 'Dora Velasquez')?.properties.verb];
    };
    expect(read()).toEqual(['lost 3-0 to', 'lost to']);
    switchRules({ off: ['lost-to-winner'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it('reads a result at a side as a game against it', () => {
    const text = 'Halden United managed a 1-1 draw at Corvallo Rovers on Saturday. Brenno Athletic won 2-0 at Tallow Town on Sunday.';
    const read = () => {
      const { find } = extract(text);
      const draw = find('COMPETED_AGAINST', 'Halden United', 'Corvallo Rovers') ?? find('COMPETED_AGAINST', 'Corvallo Rovers', 'Halden United');
      return [draw?.properties.verb, find('DEFEATED', 'Brenno Athletic', 'Tallow Town')?.properties.verb];
    };
    expect(read()).toEqual(['draw at', 'won at']);
    switchRules({ off: ['result-at-side'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it('reads a game noun against a side past another cue', () => {
    const text = 'Halden United were held in their rain-affected match against Corvallo Rovers on Saturday.';
    const read = () => {
      const { find } = extract(text);
      return (find('COMPETED_AGAINST', 'Halden United', 'Corvallo Rovers') ?? find('COMPETED_AGAINST', 'Corvallo Rovers', 'Halden United'))?.properties.verb;
    };
    expect(read()).toBe('match against');
    switchRules({ off: ['game-noun-against-side'] });
    expect(read()).toBeUndefined();
    switchRules();
  });

  it('reads a results line as a win or a draw', () => {
    const text = 'Results on Saturday :\n\nVeldania 2 , Tamsia 0 ( halftime 0-0 )\n\nHalden Rovers 1 Corvallo United 1\n';
    const read = () => {
      const { find } = extract(text);
      const draw = find('COMPETED_AGAINST', 'Halden Rovers', 'Corvallo United') ?? find('COMPETED_AGAINST', 'Corvallo United', 'Halden Rovers');
      return [find('DEFEATED', 'Veldania', 'Tamsia')?.properties.score, draw?.properties.score];
    };
    expect(read()).toEqual(['2-0', '1-1']);
    switchRules({ off: ['score-line'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it('reads a headline with the score between the sides as a win or a draw', () => {
    const text = 'Tamsia 24-9 Veldania\n\nTamsia ran in three tries in the second half.\n\nBrenno Athletic 0-0 Tallow Town\n\nFans left early.\n';
    const read = () => {
      const { find } = extract(text);
      const draw = find('COMPETED_AGAINST', 'Brenno Athletic', 'Tallow Town') ?? find('COMPETED_AGAINST', 'Tallow Town', 'Brenno Athletic');
      return [find('DEFEATED', 'Tamsia', 'Veldania')?.properties.score, draw?.properties.score];
    };
    expect(read()).toEqual(['24-9', '0-0']);
    switchRules({ off: ['score-between-sides'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it("reads a player's position after a place as the side represented, not a home", () => {
    const text = 'Portugal defender Ivo Marek was booked.\n\nTamsia replacement fly-half Jan Polk kicked the winning penalty.\n';
    const read = () => {
      const { find } = extract(text);
      return [find('HOLDS_ROLE_IN', 'Ivo Marek', 'Portugal')?.properties.role, find('HOLDS_ROLE_IN', 'Jan Polk', 'Tamsia')?.properties.role];
    };
    expect(read()).toEqual(['defender', 'replacement fly-half']);
    expect(extract(text).find('LIVES_IN', 'Ivo Marek', 'Portugal')).toBeUndefined();
    switchRules({ off: ['place-sport-position'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it('reads the players listed after a side and a dash as playing for it', () => {
    const text = 'Brenno Athletic 2 Tallow Town 0\n\nScorers : Brenno Athletic - Ivo Marek ( 47th ) , Jan Polk ( 57th ) , Emil Sarn ( 88th )\n';
    const read = () => {
      const { find } = extract(text);
      return ['Jan Polk', 'Emil Sarn'].map((name) => find('WORKS_FOR', name, 'Brenno Athletic') !== undefined);
    };
    expect(read()).toEqual([true, true]);
    switchRules({ off: ['side-list-players'] });
    expect(read()).toEqual([false, false]);
    switchRules();
  });

  it("reads the players listed after a country and a dash as its national side's, representing it", () => {
    const text = 'Portugal - Rado Vek ( captain ) , Luka Brant , Siro Maal ,\n';
    const read = () => {
      const { find } = extract(text);
      return ['Rado Vek', 'Luka Brant', 'Siro Maal'].map((name) => find('HOLDS_ROLE_IN', name, 'Portugal') !== undefined);
    };
    expect(read()).toEqual([true, true, true]);
    switchRules({ off: ['national-side-list-players'] });
    expect(read()).toEqual([false, false, false]);
    switchRules();
  });

  it("reads a body in brackets after a name as the person's team", () => {
    const text = 'Ivo Marek ( Halvex ) won the sprint .\n\nJan Polk ( Veldanian Farmers Union ) spoke .\n';
    const read = () => {
      const { find } = extract(text);
      return [find('WORKS_FOR', 'Ivo Marek', 'Halvex') !== undefined, find('MEMBER_OF', 'Jan Polk', 'Farmers Union') !== undefined];
    };
    expect(read()).toEqual([true, true]);
    switchRules({ off: ['name-bracket-organisation'] });
    expect(read()).toEqual([false, false]);
    switchRules();
  });

  it('reads the team after a country in a results line', () => {
    const text = 'Leading results of the third stage :\n\n1. Ivo Marek ( Veldania ) Halvex 4:35:12\n\n3. Emil Sarn ( Veldania ) Halvex 0:02 behind\n';
    const read = () => {
      const { find } = extract(text);
      return ['Ivo Marek', 'Emil Sarn'].map((name) => find('WORKS_FOR', name, 'Halvex') !== undefined);
    };
    expect(read()).toEqual([true, true]);
    switchRules({ off: ['results-line-team'] });
    expect(read()).toEqual([false, false]);
    switchRules();
  });

  it('reads a fixture line as a contest', () => {
    const text = 'Games on Sunday :\n\nHALDEN ROVERS AT CORVALLO UNITED\n\nBrenno Athletic v Tallow Town\n';
    const read = () => {
      const { relations } = extract(text);
      return relations
        .filter((r) => r.type === 'COMPETED_AGAINST')
        .map((r) =>
          [r.from, r.to]
            .map((n) => n.toLowerCase())
            .sort()
            .join(' / '),
        )
        .sort();
    };
    expect(read()).toEqual(['brenno athletic / tallow town', 'corvallo united / halden rovers']);
    switchRules({ off: ['fixture-line'] });
    expect(read()).toEqual([]);
    switchRules();
  });

  it('reads a person joining a team as working for it', () => {
    const text = 'Striker Ivo Marek joined Halden Rovers on Monday.';
    const read = (type: string) => extract(text).find(type, 'Ivo Marek', 'Halden Rovers')?.properties.verb;
    expect([read('WORKS_FOR'), read('MEMBER_OF')]).toEqual(['join', undefined]);
    switchRules({ off: ['joined-team-works-for'] });
    expect([read('WORKS_FOR'), read('MEMBER_OF')]).toEqual([undefined, 'join']);
    switchRules();
  });

  it('reads the organisation a person joined from as a former post', () => {
    const text = 'Midfielder Tom Askel joined Corvallo United from Halden Rovers last month.';
    const read = () => extract(text).find('WORKS_FOR', 'Tom Askel', 'Halden Rovers')?.properties.role;
    expect(read()).toBe('former');
    switchRules({ off: ['joined-from'] });
    expect(read()).toBeUndefined();
    switchRules();
  });

  it('reads a past form written as its base after a place as a verb', () => {
    const text = 'Ana Korin of Veldania beat Mila Tosk 6-3 6-4 in the second round on Friday.';
    const read = () => extract(text).find('LIVES_IN', 'Ana Korin', 'Veldania') !== undefined;
    expect(read()).toBe(true);
    switchRules({ off: ['past-as-base-not-descriptor'] });
    expect(read()).toBe(false);
    switchRules();
  });

  it("gives the verb after a person's place of origin to the person", () => {
    const text = 'Ana Korin of Veldania beat Mila Tosk 6-3 6-4 on Friday. Ivo Marek ( Tamsia ) beat Jan Polk ( Veldania ) 6-2 7-5.';
    const read = () => {
      const { find } = extract(text);
      return [find('DEFEATED', 'Ana Korin', 'Mila Tosk')?.properties.verb, find('DEFEATED', 'Ivo Marek', 'Jan Polk')?.properties.verb];
    };
    expect(read()).toEqual(['beat', 'beat']);
    switchRules({ off: ['origin-place-subject'] });
    expect(read()).toEqual([undefined, undefined]);
    switchRules();
  });

  it("reads a person's contract with a team as working for it", () => {
    const text = 'Midfielder Tobias Kessler signed a five-year contract with Valdemoor United on Tuesday.';
    const read = () => extract(text).find('WORKS_FOR', 'Tobias Kessler', 'Valdemoor United')?.properties.verb;
    expect(read()).toBe('contract with');
    switchRules({ off: ['contract-with-team'] });
    expect(read()).toBeUndefined();
    switchRules();
  });

  it('reads a player sold to a side as playing for it', () => {
    const text = 'The sale of top scorer Tom Vell to Premier League side Corvallo United for £4m left Halden Rovers short of goals.';
    const read = () => extract(text).find('WORKS_FOR', 'Tom Vell', 'Corvallo United')?.properties.verb;
    expect(read()).toBe('sale to');
    switchRules({ off: ['sold-player-joins-side'] });
    expect(read()).toBeUndefined();
    switchRules();
  });

  it('reads the team named between a person and a game as the one who plays it', () => {
    const text = 'Jan Polk named an unchanged side for the game against Tarnby Athletic on Saturday.';
    const read = () => extract(text).relations.some((r) => r.type === 'COMPETED_AGAINST');
    expect(read()).toBe(false);
    switchRules({ off: ['team-plays-not-person'] });
    expect(read()).toBe(true);
    switchRules();
    // A person who plays the game keeps it.
    expect(extract('Ana Korin played against Mila Tosk in the final.').relations.some((r) => r.type === 'COMPETED_AGAINST')).toBe(true);
  });

  it('keeps the title before a name from a second name with its own title', () => {
    const text = 'Former Portugal coach Ivo Marek and ex-Tarnby boss Jan Polk are the favourites for the job.';
    const read = () => extract(text).find('HOLDS_ROLE_IN', 'Jan Polk', 'Portugal') !== undefined;
    expect(read()).toBe(false);
    expect(extract(text).find('HOLDS_ROLE_IN', 'Ivo Marek', 'Portugal')).toBeDefined();
    switchRules({ off: ['own-title-after-and'] });
    expect(read()).toBe(true);
    switchRules();
  });

  it("gives no post to the person before an organisation whose title is the next name's", () => {
    const text = 'Portugal coach Ivo Marek and former Tarnby boss Jan Polk were in the crowd on Saturday.';
    const read = () => {
      const { find } = extract(text);
      return [find('WORKS_FOR', 'Ivo Marek', 'Tarnby') !== undefined, find('WORKS_FOR', 'Jan Polk', 'Tarnby') !== undefined];
    };
    expect(read()).toEqual([false, true]);
    switchRules({ off: ['title-of-next-name'] });
    expect(read()).toEqual([true, true]);
    switchRules();
  });

  it("reads a person's contract with any body as working for it", () => {
    const text = 'Coach Anton Tallis, whose contract with the Veldanian Hockey Federation ends in June, said he would stay.';
    const read = (type: string) => extract(text).find(type, 'Anton Tallis', 'Veldanian Hockey Federation')?.properties.verb;
    expect([read('WORKS_FOR'), read('PROVIDED')]).toEqual(['contract with', undefined]);
    switchRules({ off: ['person-contract-with-body'] });
    expect(read('WORKS_FOR')).toBeUndefined();
    switchRules();
  });

  it("reads an artist's recording contract with a label as working for it", () => {
    const text = 'Singer Maren Holt has signed a worldwide recording contract with Tallowind Records, the label said.';
    const read = (type: string) => extract(text).find(type, 'Maren Holt', 'Tallowind Records')?.properties.verb;
    expect(read('WORKS_FOR')).toBe('contract with');
    expect(read('PROVIDED')).toBeUndefined();
    switchRules({ off: ['artist-contract-with-label'] });
    expect(read('PROVIDED')).toBe('contract with');
    switchRules();
  });

  it('reads the party of a contract to buy as the supplier', () => {
    const text = 'The Brassanian Ministry of Defence signed a contract with Orvell Armour to purchase 30 howitzers.';
    const read = () => {
      const { find } = extract(text);
      return [
        find('PROVIDED', 'Orvell Armour', 'Brassanian Ministry of Defence')?.properties.verb,
        find('PROVIDED', 'Brassanian Ministry of Defence', 'Orvell Armour')?.properties.verb,
      ];
    };
    expect(read()).toEqual(['contract with', undefined]);
    switchRules({ off: ['contract-to-buy-supplier'] });
    expect(read()).toEqual([undefined, 'contract with']);
    switchRules();
    // A contract to build or to supply leaves the subject the supplier.
    const { find } = extract('Orvell Armour signed a contract with the Brassanian Ministry of Defence to supply 30 howitzers.');
    expect(find('PROVIDED', 'Orvell Armour', 'Brassanian Ministry of Defence')?.properties.verb).toBe('contract with');
  });

  it("reads the leader of a business's funding round as its investor", () => {
    const texts = [
      "Harborline Ventures, which led Mivrak Labs' $45 million funding round in 2022, declined to comment.",
      "Ridgeback Capital, the San Francisco venture firm that led Brightwell Robotics' $55 million funding round, said it was pleased.",
    ];
    try {
      expect(extract(texts[0]!).find('INVESTED_IN', 'Harborline Ventures', 'Mivrak Labs')).toBeDefined();
      expect(extract(texts[1]!).find('INVESTED_IN', 'Ridgeback Capital', 'Brightwell Robotics')).toBeDefined();
      switchRules({ off: ['round-leader-invests'] });
      expect(extract(texts[0]!).find('INVESTED_IN', 'Harborline Ventures', 'Mivrak Labs')).toBeUndefined();
      expect(extract(texts[1]!).find('INVESTED_IN', 'Ridgeback Capital', 'Brightwell Robotics')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("reads a loan from a lender as its financing of the sentence's subject", () => {
    const text = 'Hallberg Group will finance the purchase with cash on hand and a 2.5 billion euro bridge loan from Ostvik Bank and Marrow Capital.';
    const other = 'Hallberg Group sued Tarvik Foods over a loan from Ostvik Bank.';
    try {
      expect(extract(text).find('INVESTED_IN', 'Ostvik Bank', 'Hallberg Group')).toBeDefined();
      expect(extract(text).find('INVESTED_IN', 'Marrow Capital', 'Hallberg Group')).toBeDefined();
      expect(extract(other).find('INVESTED_IN', 'Ostvik Bank', 'Hallberg Group')).toBeUndefined();
      switchRules({ off: ['loan-from-lender'] });
      expect(extract(text).find('INVESTED_IN', 'Ostvik Bank', 'Hallberg Group')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads parties that agreed to form a joint venture as partners', () => {
    const texts = [
      'Aldmark Motors and Seoul-based Korvel Energy said on Tuesday they had agreed to form a joint venture.',
      'Aldmark Motors and Korvel Energy will form a joint venture to build a plant.',
    ];
    const partners = (text: string) => extract(text).find('PARTNERED_WITH', 'Aldmark Motors', 'Korvel Energy');
    try {
      for (const text of texts) expect(partners(text)).toBeDefined();
      switchRules({ off: ['agreed-to-form-together'] });
      for (const text of texts) expect(partners(text)).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a joint venture formed by a coordinated pair as a partnership', () => {
    const text = 'Shipbuilders Tessaly Marine Corp. and Varn Electronics Ltd. have formed a joint venture to build frigates.';
    const read = () => {
      const { find } = extract(text);
      return (
        find('PARTNERED_WITH', 'Tessaly Marine Corp.', 'Varn Electronics Ltd.') ?? find('PARTNERED_WITH', 'Varn Electronics Ltd.', 'Tessaly Marine Corp.')
      )?.properties.verb;
    };
    expect(read()).toBe('joint venture');
    switchRules({ off: ['partnership-formed-together'] });
    expect(read()).toBeUndefined();
    switchRules();
    // A joint act is no shared body, and a partnership with a third party is that party's.
    const joint = extract('Tessaly Marine Corp. and Varn Electronics Ltd. signed a joint statement on Monday.');
    expect(joint.relations.filter((r) => r.type === 'PARTNERED_WITH')).toHaveLength(0);
  });

  it('reads a light verb after a time phrase', () => {
    const text =
      'The European Union last month imposed sanctions on Brevik Tech. The regulator Ostmark Finance on Monday opened an investigation into Halvard Bank.';
    const read = () => {
      const { find } = extract(text);
      return [find('FINED', 'European Union', 'Brevik Tech')?.properties.verb, find('INVESTIGATED', 'Ostmark Finance', 'Halvard Bank')?.properties.verb];
    };
    expect(read()).toEqual(['sanctions on', 'investigation into']);
    switchRules({ off: ['time-phrase-before-light-verb'] });
    expect(read()[0]).toBeUndefined();
    switchRules();
  });

  it('reads a schema phrase with a score inside it', () => {
    const text = 'In Munich, Bayern Munich drew 1-1 with Hertha Berlin. Ajax won 2-0 against PSV Eindhoven on Sunday.';
    const read = () => {
      const { find } = extract(text);
      return [find('COMPETED_AGAINST', 'Bayern', 'Hertha')?.properties.verb, find('DEFEATED', 'Ajax', 'PSV')?.properties.verb];
    };
    expect(read()).toEqual(['drew 1-1 with', 'won 2-0 against']);
    switchRules({ off: ['score-inside-phrase'] });
    expect(read()[0]).toBeUndefined();
    expect(read()[1]).not.toBe('won 2-0 against');
    switchRules();
  });

  it('reads a schema phrase with a manner adverb inside it', () => {
    const text = 'Corvane Logistics is working very closely with Halvern Port Authority on the new berth.';
    const read = () => extract(text).find('PARTNERED_WITH', 'Corvane', 'Halvern')?.properties.verb;
    expect(read()).toBe('working very closely with');
    switchRules({ off: ['manner-adverb-inside-phrase'] });
    expect(read()).toBeUndefined();
    switchRules();
  });

  it('reads a reduced relative\'s "to" and "by" as a passive\'s', () => {
    const text = 'The dead workers were casual staff supplied to Kiboko Express by Tumaini Staffing Solutions.';
    expect(extract(text).find('PROVIDED', 'Tumaini', 'Kiboko')).toBeDefined();
    switchRules({ off: ['reduced-relative-to-by'] });
    expect(extract(text).find('PROVIDED', 'Tumaini', 'Kiboko')).toBeUndefined();
    switchRules();
  });

  it('reads the one a fronted statement or letter went to as the one told', () => {
    const texts = [
      'In a statement sent to the East African Courier, Oyelaran Cosmetics said its products were safe.',
      'In an interview with the regional newspaper Le Courrier Lyonnais, Hélène Ardouin said she would stay.',
    ];
    const read = () => texts.map((text) => extract(text).relations.some((r) => r.type === 'TOLD'));
    expect(read()).toEqual([true, true]);
    // What saw the letter is no one it went to.
    const seen = extract('In a letter to trustees seen by Meridian Wire, Ashby Marsh said it had found nothing.');
    expect(seen.find('TOLD', 'Ashby Marsh', 'Meridian Wire')).toBeUndefined();
    switchRules({ off: ['fronted-channel-opening'] });
    expect(read()).toEqual([false, false]);
    switchRules();
  });

  it("reads a court's finding on a party as a ruling", () => {
    const text = "The Amsterdam District Court found that Stroomhof Logistics set the drivers' routes.";
    expect(extract(text).find('RULED_ON', 'Amsterdam District Court', 'Stroomhof')?.properties.verb).toBe('find');
    // A regulator's finding is an investigation's.
    const regulator = extract('The Maritime Safety Authority found that Malembo Dockyard added a deck.');
    expect(regulator.find('RULED_ON', 'Maritime', 'Malembo')).toBeUndefined();
    switchRules({ off: ['court-found-party'] });
    expect(extract(text).find('RULED_ON', 'Amsterdam District Court', 'Stroomhof')).toBeUndefined();
    switchRules();
  });

  it('reads the party ordered past what it is', () => {
    const text = 'The Delhi High Court on Friday ordered Halvern Books, a Pune-based publisher that scans books, to remove 14,000 titles.';
    const ruled = () => extract(text).find('RULED_ON', 'Delhi High Court', 'Halvern Books');
    expect(ruled()?.properties.verb).toBe('order');
    // A comma that closes no description opened by an article leaves the name in another clause.
    expect(
      extract('The Delhi High Court on Friday ordered Halvern Books, which appealed, to remove 14,000 titles.').find('RULED_ON', 'Delhi', 'Halvern'),
    ).toBeUndefined();
    switchRules({ off: ['order-past-party-apposition'] });
    expect(ruled()).toBeUndefined();
    switchRules();
  });

  it('reads an order past what the party is and a party before it', () => {
    const text =
      'The Civil Court of Curitiba on Tuesday ordered shopping centre operator Grupo Moraleda and escalator manufacturer Dorvane Elevadores to pay damages.';
    const ruled = (party: string) => extract(text).find('RULED_ON', 'Civil Court of Curitiba', party);
    expect(ruled('Grupo Moraleda')?.properties.verb).toBe('order');
    expect(ruled('Dorvane Elevadores')?.properties.verb).toBe('order');
    switchRules({ off: ['order-past-described-party'] });
    expect(ruled('Grupo Moraleda')).toBeUndefined();
    expect(ruled('Dorvane Elevadores')).toBeUndefined();
    switchRules();
  });

  it("reads a public body's order as a ruling against the party ordered", () => {
    const text = 'The Regional Labour Court on Saturday ordered Sintralimp to keep 40% of crews working.';
    expect(extract(text).find('RULED_ON', 'Regional Labour Court', 'Sintralimp')?.properties.verb).toBe('order');
    const barred = extract('The Maritime Safety Authority also barred Malembo Dockyard from working on passenger ships.');
    expect(barred.find('RULED_ON', 'Maritime Safety Authority', 'Malembo Dockyard')?.properties.verb).toBe('bar');
    // The party ordered may follow an article.
    const council = extract('The Supreme Court of Veldania on Friday ordered the City of Tarrindale to pay damages.');
    expect(council.find('RULED_ON', 'Supreme Court', 'City of Tarrindale')?.properties.verb).toBe('order');
    // A business's order is a purchase, no ruling.
    expect(extract('Acme Holdings ordered Boeing to deliver the planes.').find('RULED_ON', 'Acme', 'Boeing')).toBeUndefined();
    switchRules({ off: ['body-ordered-party'] });
    expect(extract(text).find('RULED_ON', 'Regional Labour Court', 'Sintralimp')).toBeUndefined();
    switchRules();
  });

  it("reads a schema phrase with a place's qualifier after its article", () => {
    const texts = ['Stroomhof, the Dutch unit of Dervaux Groupe, said it would appeal.', 'Halvern Foods, a British unit of Corvane Group, denied the claims.'];
    const read = () => texts.map((text) => extract(text).relations.some((r) => r.type === 'OWNS'));
    expect(read()).toEqual([true, true]);
    switchRules({ off: ['qualifier-inside-article-phrase'] });
    expect(read()).toEqual([false, false]);
    switchRules();
  });

  it('reads "coached by" as the coach working for the team', () => {
    const { find } = extract('Altona FC, coached by former Dutch international Ruud Verbeek, had led through a penalty.');
    expect(find('WORKS_FOR', 'Ruud Verbeek', 'Altona FC')?.properties.verb).toBe('coached by');
  });

  it('reads a coalition with a party as a partnership', () => {
    const { find } = extract('The Castrenian Green Party formed a coalition with the Homeland Union in March.');
    const partnered = find('PARTNERED_WITH', 'Castrenian Green Party', 'Homeland Union') ?? find('PARTNERED_WITH', 'Homeland Union', 'Castrenian Green Party');
    expect(partnered?.properties.verb).toBe('coalition with');
  });

  it('reads a strike by a body of workers as a protest against the employer', () => {
    const struck = 'The Royal Nursing Guild struck against Kestova Health for the third time.';
    const organised = 'The Rail Workers Union has organised three strikes against Halden Logistics since 2022.';
    const denied = 'The Rail Workers Union has not called a strike at Halden Logistics.';
    try {
      expect(extract(struck).find('PROTESTED', 'Royal Nursing Guild', 'Kestova')).toBeDefined();
      expect(extract(struck).find('ATTACKED', 'Royal Nursing Guild', 'Kestova')).toBeUndefined();
      expect(extract(organised).find('PROTESTED', 'Rail Workers Union', 'Halden')?.properties.negated).toBeUndefined();
      expect(extract(denied).find('PROTESTED', 'Rail Workers Union', 'Halden')?.properties.negated).toBe(true);
      // An armed force's strike stays an attack.
      expect(extract('The Northern Army struck against Varesh Province on Monday.').find('PROTESTED', 'Northern Army', 'Varesh')).toBeUndefined();
      switchRules({ off: ['labour-strike'] });
      expect(extract(struck).find('ATTACKED', 'Royal Nursing Guild', 'Kestova')).toBeDefined();
      expect(extract(organised).find('PROTESTED', 'Rail Workers Union', 'Halden')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a body of workers reporting a strike against an employer as protesting it', () => {
    const dispute = 'Hundreds of bus drivers walked out on Monday in a dispute with Orlen Transport Group over rosters, the Metro Workers Union said.';
    const threat = 'Drivers could walk out next month in a dispute with Orlen Transport Group, the Metro Workers Union said.';
    const deal = 'Drivers at Orlen Transport Group struck a deal with managers on Friday, the Metro Workers Union said.';
    try {
      expect(extract(dispute).find('PROTESTED', 'Metro Workers Union', 'Orlen')?.properties.verb).toBe('strike');
      expect(extract(dispute).find('PROTESTED', 'Metro Workers Union', 'Orlen')?.properties.negated).toBeUndefined();
      expect(extract(threat).find('PROTESTED', 'Metro Workers Union', 'Orlen')?.properties.negated).toBe(true);
      expect(extract(deal).find('PROTESTED', 'Metro Workers Union', 'Orlen')).toBeUndefined();
      switchRules({ off: ['labour-dispute-sayer'] });
      expect(extract(dispute).find('PROTESTED', 'Metro Workers Union', 'Orlen')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("reads a sayer calling a named claimant's claim baseless as criticism", () => {
    const asked = "Asked about the Harbour Trust's objections, Orlen chief executive Mara Velde said they were completely unfounded.";
    const fair = "Asked about the Harbour Trust's objections, Orlen chief executive Mara Velde said they were fair.";
    try {
      expect(extract(asked).find('CRITICISED', 'Mara Velde', 'Harbour Trust')?.properties.verb).toBe('unfounded');
      expect(extract(fair).find('CRITICISED', 'Mara Velde', 'Harbour Trust')).toBeUndefined();
      switchRules({ off: ['dismissed-when-asked'] });
      expect(extract(asked).find('CRITICISED', 'Mara Velde', 'Harbour Trust')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a person betrayed or abandoned by a state or body as protesting it', () => {
    const claimed = 'Ilse Marrow claims she has been betrayed by the Orvane Port Authority.';
    const felt = 'Ilse Marrow said she felt let down by Tessaro Foods.';
    try {
      expect(extract(claimed).find('PROTESTED', 'Ilse Marrow', 'Orvane Port Authority')?.properties.verb).toBe('betrayed');
      expect(extract(felt).find('PROTESTED', 'Ilse Marrow', 'Tessaro Foods')?.properties.verb).toBe('let down');
      switchRules({ off: ['betrayal-grievance'] });
      expect(extract(claimed).find('PROTESTED', 'Ilse Marrow', 'Orvane Port Authority')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads money raised or received from a party as its investment', () => {
    const round = 'Tarnell Robotics raised 9 million dollars in a funding round led by Pexley Capital, with participation from Odran Ventures.';
    const grant = 'Calloway College has received a research grant from the Brightmoor Trust.';
    const sum = 'Tarnell Robotics raised 9 million dollars from Pexley Capital and Odran Ventures.';
    const damages = 'Tarnell Robotics won 9 million dollars in damages from Pexley Capital.';
    const payment = 'Tarnell Robotics received 9 million dollars from Pexley Capital for the plant.';
    try {
      expect(extract(round).find('INVESTED_IN', 'Pexley Capital', 'Tarnell Robotics')?.properties.amount).toBe('9 million dollars');
      expect(extract(round).find('INVESTED_IN', 'Odran Ventures', 'Tarnell Robotics')).toBeDefined();
      expect(extract(grant).find('INVESTED_IN', 'Brightmoor Trust', 'Calloway College')).toBeDefined();
      expect(extract(sum).find('INVESTED_IN', 'Odran Ventures', 'Tarnell Robotics')).toBeDefined();
      expect(extract(damages).relations.find((r) => r.type === 'INVESTED_IN')).toBeUndefined();
      expect(extract(payment).relations.find((r) => r.type === 'INVESTED_IN')).toBeUndefined();
      switchRules({ off: ['funds-raised-from'] });
      expect(extract(round).find('INVESTED_IN', 'Pexley Capital', 'Tarnell Robotics')).toBeUndefined();
      expect(extract(grant).find('INVESTED_IN', 'Brightmoor Trust', 'Calloway College')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads money raised in a relative clause, from a funder after a "-based" place, as its investment', () => {
    const text = 'Tarnell Robotics, which raised 9 million dollars last year from Madrid-based Pexley Capital, opened a plant.';
    try {
      expect(extract(text).find('INVESTED_IN', 'Pexley Capital', 'Tarnell Robotics')).toBeDefined();
      switchRules({ off: ['funds-raised-relative-and-based'] });
      expect(extract(text).find('INVESTED_IN', 'Pexley Capital', 'Tarnell Robotics')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads serving in a post as no provision', () => {
    const post = 'Olga Petrenko served in the government of Prime Minister Arne Solheim from 2016 to 2020.';
    const army = 'Olga Petrenko served in the Ostravian Army for ten years.';
    const customer = 'Halvik Foods served Brenner Retail for a decade.';
    try {
      expect(extract(post).find('PROVIDED', 'Olga Petrenko', 'Arne Solheim')).toBeUndefined();
      expect(extract(army).find('WORKS_FOR', 'Olga Petrenko', 'Ostravian Army')).toBeDefined();
      expect(extract(army).find('PROVIDED', 'Olga Petrenko', 'Ostravian Army')).toBeUndefined();
      expect(extract(customer).find('PROVIDED', 'Halvik Foods', 'Brenner Retail')).toBeDefined();
      switchRules({ off: ['served-in-post-no-provision'] });
      expect(extract(post).find('PROVIDED', 'Olga Petrenko', 'Arne Solheim')).toBeDefined();
      expect(extract(army).find('PROVIDED', 'Olga Petrenko', 'Ostravian Army')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("reads ending one's own contract with a party as ending the tie", () => {
    const text = 'The Lorvane Transit Authority has suspended its contract with Quennel Data after a breach.';
    const read = () => {
      const { find } = extract(text);
      return [
        find('TERMINATED_SERVICE', 'Lorvane Transit Authority', 'Quennel Data')?.properties.object,
        find('PROVIDED', 'Lorvane Transit Authority', 'Quennel Data')?.properties.verb,
      ];
    };
    try {
      expect(read()).toEqual(['contract', undefined]);
      // ended-tie-with reads the same tie ended from the words alone.
      switchRules({ off: ['terminated-own-contract', 'ended-tie-with'] });
      expect(read()).toEqual([undefined, 'contract']);
    } finally {
      switchRules();
    }
    // Signing one's own contract is still a contract with the party.
    const signed = extract('The Lorvane Transit Authority has signed its first contract with Quennel Data.');
    expect(signed.find('TERMINATED_SERVICE', 'Lorvane Transit Authority', 'Quennel Data')).toBeUndefined();
  });

  it('reads the British past of a verb in one "l"', () => {
    const text = 'The Lorvane Transit Authority cancelled a contract with Quennel Data on Friday.';
    const read = () => extract(text).find('TERMINATED_SERVICE', 'Lorvane Transit Authority', 'Quennel Data')?.properties.verb;
    try {
      expect(read()).toBe('cancel');
      switchRules({ off: ['doubled-l-past'] });
      expect(read()).toBeUndefined();
    } finally {
      switchRules();
    }
    // A stem in "ll" whose lemma keeps both is read first.
    const called = extract('The Lorvane Transit Authority called on Quennel Data to explain the breach.');
    expect(called.find('DEMANDED', 'Lorvane Transit Authority', 'Quennel Data')?.properties.verb).toBe('called on');
  });

  it('reads the five-letter "-ing" form of a verb as the verb', () => {
    const text = 'The Lorvane Transit Authority is suing Quennel Data.\n\nBrask Freight is using Halvric Systems to track its lorries.\n';
    const read = () => {
      const { find } = extract(text);
      return [find('SUED', 'Lorvane Transit Authority', 'Quennel Data')?.properties.verb, find('USES', 'Brask Freight', 'Halvric Systems')?.properties.verb];
    };
    try {
      expect(read()).toEqual(['sue', 'use']);
      switchRules({ off: ['short-ing-form'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('reads the customers a possessor lists as users of it', () => {
    const text = 'Corvane Software sells billing software. Its customers include Marlow Freight and the Lorvane Transit Authority.';
    const read = () => {
      const { find } = extract(text);
      return [
        find('USES', 'Marlow Freight', 'Corvane Software')?.properties.verb,
        find('USES', 'Lorvane Transit Authority', 'Corvane Software')?.properties.verb,
      ];
    };
    try {
      expect(read()).toEqual(['customers', 'customers']);
      switchRules({ off: ['customers-include'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
    const whose = extract('Corvane Software, whose clients include Marlow Freight, said it had been hacked.');
    expect(whose.find('USES', 'Marlow Freight', 'Corvane Software')?.properties.verb).toBe('clients');
    // A kind of customer between "include" and the name is no customer named.
    const kinds = extract("Corvane Software's customers include hauliers such as Marlow Freight.");
    expect(kinds.find('USES', 'Marlow Freight', 'Corvane Software')).toBeUndefined();
  });

  it("reads a possessor's partners at an organisation as partnering with it", () => {
    const texts = [
      'Brenwick Robotics said its partners at the Ostley Transit Authority had approved the design.',
      "Brenwick Robotics' longtime research partners at Halvard University tested the drone.",
    ];
    // PARTNERED_WITH is symmetric: stored once, endpoints in id order.
    const partnered = (text: string) => extract(text).relations.some((r) => r.type === 'PARTNERED_WITH' && [r.from, r.to].some((n) => n.includes('Brenwick')));
    try {
      expect(texts.map(partnered)).toEqual([true, true]);
      // A person's partners at a firm are fellow partners in it.
      const person = extract('Ola Berg said his partners at Brenwick Legal had left.');
      expect(person.relations.filter((r) => r.type === 'PARTNERED_WITH')).toEqual([]);
      switchRules({ off: ['partners-at'] });
      expect(texts.map(partnered)).toEqual([false, false]);
    } finally {
      switchRules();
    }
  });

  it('reads expelling or disqualifying a member as ending the tie', () => {
    const expelled = 'The Progress Union expelled Sven Aldahl from the party on Tuesday.';
    const disqualified = 'Sven Aldahl was disqualified by the Electoral Commission last week.';
    const read = () => [
      extract(expelled).find('TERMINATED_SERVICE', 'Progress Union', 'Sven Aldahl')?.properties,
      extract(disqualified).find('TERMINATED_SERVICE', 'Electoral Commission', 'Sven Aldahl')?.properties,
    ];
    try {
      expect(read().map((p) => p?.verb)).toEqual(['expel', 'disqualify']);
      expect(read().map((p) => p?.negated)).toEqual([undefined, undefined]);
      // A demand or a plan to expel is no expulsion.
      const demanded = extract('Deputies demanded that the Nordmark Assembly expel Jonas Tell.');
      expect(demanded.find('TERMINATED_SERVICE', 'Nordmark Assembly', 'Jonas Tell')?.properties.negated).toBe(true);
      switchRules({ off: ['expelled-member'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('reads an organisation firing or dismissing a person as ending the tie', () => {
    const texts = [
      'Radio Norvel fired its director, Henrik Moe, on Monday.',
      'Ostbury Rovers sacked manager Ivo Marsh on Sunday.',
      'Henrik Moe was dismissed by Radio Norvel last week.',
    ];
    const read = () => texts.map((t) => extract(t).relations.find((r) => r.type === 'TERMINATED_SERVICE')?.properties.verb);
    try {
      expect(read()).toEqual(['fire', 'sack', 'dismiss']);
      // Shots, lawsuits and a court's rulings are no dismissal of a person.
      for (const other of [
        'Halvik Security fired shots at Anna Berg on Friday.',
        'Halvik Security dismissed the lawsuit against Anna Berg.',
        'Anna Berg was dismissed by the Torvik District Court.',
      ])
        expect(
          extract(other).relations.filter((r) => r.type === 'TERMINATED_SERVICE'),
          other,
        ).toEqual([]);
      switchRules({ off: ['dismissed-person'] });
      expect(read()).toEqual([undefined, undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('ties a person to the place they were confined in, and reads no home there', () => {
    const texts = [
      'Ansel Brody was jailed in Huntsville prison on Tuesday for taking bribes.',
      'Mira Kessel, who was held at Camp Verity for three months, spoke to reporters.',
      'Teodor Vinn remains imprisoned in Zarvek jail.',
      'Separately, a former deputy, Ansel Brody, was jailed in Huntsville prison on Tuesday for taking bribes.',
      'Ansel Brody, 52, was detained in Marloe on Friday.',
    ];
    const read = () => texts.map((t) => extract(t).relations.find((r) => r.type === 'RELATED_TO')?.properties.verb);
    const home = (t: string) => extract(t).relations.filter((r) => r.type === 'LIVES_IN');
    try {
      expect(read()).toEqual(['jailed in', 'held at', 'imprisoned in', 'jailed in', 'detained in']);
      for (const text of texts) expect(home(text), text).toEqual([]);
      // A place held for something else than a person's confinement is no such tie.
      expect(extract('The talks between Ansel Brody and the union were held in Huntsville.').relations.filter((r) => r.type === 'RELATED_TO')).toEqual([]);
      switchRules({ off: ['confinement-place'] });
      expect(read()).toEqual([undefined, undefined, undefined, undefined, undefined]);
      // The pair classifier reads "X was jailed in Y" as a home.
      expect(home(texts[3]!).length).toBeGreaterThan(0);
    } finally {
      switchRules();
    }
  });

  it('ties a person to the place they were confined in past an adverb of when', () => {
    const texts = ['One of the men, Ramon Avila, was previously jailed in Kordun prison.', 'Teodor Vinn had once been held at Camp Verity.'];
    const read = () => texts.map((t) => extract(t).relations.find((r) => r.type === 'RELATED_TO')?.properties.verb);
    try {
      expect(read()).toEqual(['jailed in', 'held at']);
      switchRules({ off: ['confinement-time-adverb'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('reads campaigning in a place or with an ally as no protest', () => {
    const text = 'Senator Robert Vane campaigned in Dakota with Jim Carlow on Tuesday. Clara Voss campaigned against Lena Frost in Tarrow.';
    try {
      const on = extract(text);
      expect(on.find('PROTESTED', 'Robert Vane', 'Dakota')).toBeUndefined();
      expect(on.find('PROTESTED', 'Robert Vane', 'Jim Carlow')).toBeUndefined();
      expect(on.find('PROTESTED', 'Clara Voss', 'Lena Frost')).toBeDefined(); // "against" names the opponent
      switchRules({ off: ['protest-verb-without-opponent'] });
      expect(extract(text).find('PROTESTED', 'Robert Vane', 'Dakota')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("leaves a name after a time clause out of the verb's object", () => {
    const text = 'Westria coach Dan Hollis praised the bowlers after Kent captain Rob Nales took four wickets.';
    try {
      const on = extract(text);
      expect(on.find('WELCOMED', 'Dan Hollis', 'Rob Nales')).toBeUndefined();
      expect(on.find('WORKS_FOR', 'Rob Nales', 'Kent')).toBeDefined();
      switchRules({ off: ['time-clause-ends-object'] });
      expect(extract(text).find('WELCOMED', 'Dan Hollis', 'Rob Nales')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads a pair after "between" as no subject of the verb', () => {
    const text = 'Talks between Ostrava and Kurdania on a ceasefire ended in Geneva on Thursday.';
    try {
      expect(extract(text).relations.filter((r) => r.type === 'TERMINATED_SERVICE')).toHaveLength(0);
      switchRules({ off: ['between-pair-not-subject'] });
      expect(extract(text).find('TERMINATED_SERVICE', 'Ostrava', 'Geneva')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads a noun in a reported clause as no act of the sayer', () => {
    const text = 'Chief executive Eric Vance said strong sales in Ostrava had lifted results.';
    try {
      expect(extract(text).find('PROVIDED', 'Eric Vance', 'Ostrava')).toBeUndefined();
      switchRules({ off: ['nominal-in-reported-clause'] });
      expect(extract(text).find('PROVIDED', 'Eric Vance', 'Ostrava')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("reads the place after a match's other side as the venue, not its seat", () => {
    const text = 'In the other group match, Tessia drew 0-0 with Calvia in Port Aven. Norland play Tessia in Grenvik on Wednesday.';
    try {
      const on = extract(text);
      expect(on.find('LOCATED_IN', 'Calvia', 'Port Aven')).toBeUndefined();
      expect(on.find('LOCATED_IN', 'Tessia', 'Grenvik')).toBeUndefined();
      // Competition is symmetric: either side may be written as the source.
      expect(on.find('COMPETED_AGAINST', 'Tessia', 'Calvia') ?? on.find('COMPETED_AGAINST', 'Calvia', 'Tessia')).toBeDefined();
      switchRules({ off: ['match-venue-not-seat'] });
      expect(extract(text).find('LOCATED_IN', 'Calvia', 'Port Aven')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads a place after a modified noun that is also a verb as locating the noun', () => {
    const text = 'Corvia Steel said on Monday it had a loss. The Delmont-based company blamed weak demand in Asia.';
    try {
      expect(extract(text).relations.filter((r) => r.type === 'CRITICISED')).toHaveLength(0);
      switchRules({ off: ['modified-verb-word-noun'] });
      expect(extract(text).find('CRITICISED', 'Corvia Steel', 'Asia')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads where a person was arrested as no home', () => {
    const text = 'Police arrested Harold Finch at Delmont airport in March. Border guards detained Ruth Baines in Tarrow last week.';
    try {
      const on = extract(text);
      expect(on.find('LIVES_IN', 'Harold Finch', 'Delmont')).toBeUndefined();
      expect(on.find('LIVES_IN', 'Ruth Baines', 'Tarrow')).toBeUndefined();
      switchRules({ off: ['arrest-place-not-home'] });
      expect(extract(text).find('LIVES_IN', 'Harold Finch', 'Delmont')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("leaves a name in the relative clause of a nearer name out of the classifier's pairs", () => {
    const text = 'Striker Milan Hrabe scored twice for Ostrava, who are now top of Group Four.';
    try {
      expect(extract(text).find('WORKS_FOR', 'Milan Hrabe', 'Group Four')).toBeUndefined();
      switchRules({ off: ['relative-of-nearer-name'] });
      expect(extract(text).find('WORKS_FOR', 'Milan Hrabe', 'Group Four')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("reads an envoy's posting as no home", () => {
    const text = "Norland's ambassador to Ostrava, Gunnar Lied, welcomed the agreement.";
    try {
      const on = extract(text);
      expect(on.find('LIVES_IN', 'Gunnar Lied', 'Ostrava')).toBeUndefined();
      expect(on.find('HOLDS_ROLE_IN', 'Gunnar Lied', 'Norland')?.properties.role).toBe('ambassador');
      switchRules({ off: ['envoy-posting-not-home'] });
      expect(extract(text).find('LIVES_IN', 'Gunnar Lied', 'Ostrava')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads a walk off the job as a strike', () => {
    const text = 'Miners at the Borsod Mining Company walked off the job on Monday, the Ozd Mining Union said.';
    try {
      expect(extract(text).relations.find((r) => r.type === 'PROTESTED')?.properties.verb).toBe('strike');
      switchRules({ off: ['walked-off-job'] });
      expect(extract(text).relations.find((r) => r.type === 'PROTESTED')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('ties a defector to the body or country defected to', () => {
    const texts = [
      'Teodor Vinn, a former Halvik Security officer who defected to Norcastle Intelligence in 1986, has died.',
      'Mira Kessel, who defected to the Varnish Bureau in 2019, testified against him.',
      'Ansel Brody defected to Sweden in 1991.',
    ];
    const read = () => texts.map((t) => extract(t).relations.find((r) => r.type === 'RELATED_TO')?.to);
    try {
      expect(read()).toEqual(['Norcastle Intelligence', 'Varnish Bureau', 'Sweden']);
      // The body named in the description is where the person worked, not where they defected to.
      expect(extract(texts[0]!).find('RELATED_TO', 'Teodor Vinn', 'Halvik Security')).toBeUndefined();
      // A sentence about someone else's defection ties the person to nothing.
      expect(extract('Ansel Brody said the colonel defected to Sweden.').relations.filter((r) => r.type === 'RELATED_TO')).toEqual([]);
      switchRules({ off: ['defected-to'] });
      expect(read()).toEqual([undefined, undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('ties a protester to the place of the protest, and reads no home or job there', () => {
    const texts = [
      'Ansel Brody, 44, camped outside the Foreign Office for three weeks.',
      'Mira Kessel staged a sit-in at Parliament Square last year.',
      'Teodor Vinn began a 21-day hunger strike near Westhall Palace on Friday.',
    ];
    const read = () => texts.map((t) => extract(t).relations.find((r) => r.type === 'RELATED_TO')?.properties.verb);
    try {
      expect(read()).toEqual(['camped outside', 'sit-in at', 'hunger strike near']);
      for (const text of texts)
        expect(
          extract(text).relations.filter((r) => r.type !== 'RELATED_TO'),
          text,
        ).toEqual([]);
      // A meeting held at a place is no protest; "camped at" is a stay.
      for (const other of ['Ansel Brody held a meeting at Teller Park.', 'Ansel Brody camped at Teller Park.'])
        expect(
          extract(other).relations.filter((r) => r.type === 'RELATED_TO'),
          other,
        ).toEqual([]);
      switchRules({ off: ['protest-place'] });
      expect(read()).toEqual([undefined, undefined, undefined]);
      // The pair classifier reads the office camped outside as the protester's employer.
      expect(extract(texts[0]!).relations.some((r) => r.type === 'WORKS_FOR')).toBe(true);
    } finally {
      switchRules();
    }
  });

  it('relates a programme to the broadcaster it aired on', () => {
    const texts = [
      'The drama series “Harbour Lights” first aired on Kestrel Television in March.',
      'Lumos bought “Harbour Lights,” the crime drama that became a surprise hit on Kestrel Television last year.',
      'The documentary series “Pitch Side” is broadcast by Kestrel Television on Sundays.',
      'Kestrel Television will stream the documentary series “Pitch Side” from May.',
    ];
    const verbs = () => texts.map((text) => extract(text).relations.find((r) => r.type === 'RELATED_TO' && r.from === 'Kestrel Television')?.properties.verb);
    try {
      expect(verbs()).toEqual(['air', 'hit on', 'broadcast', 'stream']);
      switchRules({ off: ['programme-on-broadcaster'] });
      expect(verbs()).toEqual([undefined, undefined, undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('reads any form of a two-word verb of the schema', () => {
    const texts = ['Calder Sports Group has taken over Rivenford United.', 'Rivenford United was taken over by Calder Sports Group in 2022.'];
    const read = () => texts.map((text) => extract(text).find('ACQUIRED', 'Calder Sports Group', 'Rivenford United')?.properties.verb);
    try {
      expect(read()).toEqual(['taken over', 'taken over']);
      switchRules({ off: ['phrasal-verb-forms'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
    // The forms the schema's phrases list are read without the rule.
    expect(extract('Calder Sports Group took over Rivenford United.').find('ACQUIRED', 'Calder Sports Group', 'Rivenford United')).toBeDefined();
  });

  it('reads taking over as a title as no acquisition', () => {
    const texts = ['Marta Lind took over as chief executive of Calder Sports Group in May.', 'Marta Lind has taken over as chairman of Calder Sports Group.'];
    const read = () => texts.map((text) => extract(text).find('ACQUIRED', 'Marta Lind', 'Calder Sports Group')?.properties.verb);
    try {
      expect(read()).toEqual([undefined, undefined]);
      switchRules({ off: ['took-over-as-post'] });
      expect(read()).toEqual(['took over', 'taken over']);
    } finally {
      switchRules();
    }
  });

  it('reads a quoted title as the object of the verb before it', () => {
    const text = 'Tarvo Labs acquired the drama “Kold Havn” in 2023.';
    try {
      expect(extract(text).find('ACQUIRED', 'Tarvo Labs', 'Kold Havn')).toBeDefined();
      switchRules({ off: ['quoted-name-marks'] });
      expect(extract(text).find('ACQUIRED', 'Tarvo Labs', 'Kold Havn')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads a work made for an organisation as PROVIDED', () => {
    const texts = [
      'Studio news\n\nMarrowfield Pictures produces the series for cable channel TerraView Networks.',
      'Studio news\n\nMarrowfield Pictures, which makes the show for US broadcaster TerraView Networks, filed a claim.',
    ];
    const read = () => texts.map((text) => extract(text).find('PROVIDED', 'Marrowfield', 'TerraView')?.properties.object);
    try {
      expect(read()).toEqual(['the series', 'the show']);
      // A work made for a place or for people is no supply to an organisation.
      expect(extract('Studio news\n\nMarrowfield Pictures makes the show for viewers in Ostland.').relations.filter((r) => r.type === 'PROVIDED')).toEqual([]);
      switchRules({ off: ['work-made-for-client'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it('reads no investigation of a product by its own maker', () => {
    const text =
      "Brenwick Aerospace said it is making design changes to its BX-4 engine. The company's investigation of the mishap found a crack in the nozzle of the BX-4 engine.";
    try {
      expect(extract(text).find('DEVELOPED', 'Brenwick', 'BX-4')).toBeDefined();
      expect(extract(text).find('INVESTIGATED', 'Brenwick', 'BX-4')).toBeUndefined();
      switchRules({ off: ['own-product-not-examined'] });
      expect(extract(text).find('INVESTIGATED', 'Brenwick', 'BX-4')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('places no government in its own country', () => {
    const varnia = 'Maghra Phosphates Corp, which is 94% owned by the Moroccan government, ships most of its fertiliser from Morocco.';
    try {
      expect(extract(varnia).find('OWNS', 'Moroccan government', 'Maghra Phosphates Corp')).toBeDefined();
      expect(extract(varnia).find('LOCATED_IN', 'Moroccan government', 'Morocco')).toBeUndefined();
      switchRules({ off: ['government-not-in-own-country'] });
      expect(extract(varnia).find('LOCATED_IN', 'Moroccan government', 'Morocco')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads "helped found" as founding', () => {
    const text = 'Helga Brandt, who helped found Corvane Holdings in 1994, will join the board.';
    const read = () => extract(text).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    try {
      expect(read()).toEqual(['Helga Brandt WORKS_FOR Corvane Holdings']);
      switchRules({ off: ['helped-found-founding'] });
      expect(read()).not.toContain('Helga Brandt WORKS_FOR Corvane Holdings');
    } finally {
      switchRules();
    }
  });

  it('reads "one of the founders of" as the role of founder', () => {
    const texts = ['Sean Mulvey, one of the founders of Dunmore Stores, said he was saddened.', 'Pavel Sorin is one of the co-founders of Merkur Capital.'];
    const read = () => texts.map((text) => extract(text).find('WORKS_FOR', '', '')?.properties.role);
    try {
      expect(read()).toEqual(['founder', 'co-founder']);
      switchRules({ off: ['one-of-the-role'] });
      expect(read()).toEqual([undefined, undefined]);
    } finally {
      switchRules();
    }
  });

  it("reads a party after a possessive pronoun as the subject's party", () => {
    const his = 'Marek Kerrigan said on Friday his Progressive Unity Party had taken the town of Velbruck.';
    const her = 'Lena Dorsch told reporters her Green Renewal Party would not join the coalition.';
    const other = 'Marek Kerrigan said Lena Dorsch and her Green Renewal Party had lost the vote.';
    try {
      expect(extract(his).find('MEMBER_OF', 'Marek Kerrigan', 'Progressive Unity Party')).toBeDefined();
      expect(extract(his).relations.some((r) => r.to === 'Velbruck' && r.from === 'Marek Kerrigan')).toBe(false);
      expect(extract(her).find('MEMBER_OF', 'Lena Dorsch', 'Green Renewal Party')).toBeDefined();
      expect(extract(other).find('MEMBER_OF', 'Marek Kerrigan', 'Green Renewal Party')).toBeUndefined();
      switchRules({ off: ['possessive-pronoun-party'] });
      expect(extract(his).find('MEMBER_OF', 'Marek Kerrigan', 'Progressive Unity Party')).toBeUndefined();
      expect(extract(her).find('MEMBER_OF', 'Lena Dorsch', 'Green Renewal Party')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads a title with its portfolio after "for" as an office held in the place', () => {
    const text = "Kenya's Minister for Foreign Affairs Joseph Kamau met the delegation on Friday.";
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Joseph Kamau', 'Kenya')?.properties.role).toBe('minister for foreign affairs');
      switchRules({ off: ['portfolio-after-minister'] });
      expect(extract(text).find('HOLDS_ROLE_IN', 'Joseph Kamau', 'Kenya')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads aid brought to people in a place as provided to the place', () => {
    const delivered = 'The Halden Relief Agency delivered 120 tonnes of maize to displacement centres in Mocuba on Friday.';
    const sent = 'Norway sent medical supplies to hospitals across Malawi.';
    // A speech is no aid.
    const speech = 'Maria Lenz delivered a speech to students in Paris.';
    try {
      expect(extract(delivered).find('PROVIDED', 'Halden Relief Agency', 'Mocuba')?.properties.object).toBe('120 tonnes of maize');
      expect(extract(sent).find('PROVIDED', 'Norway', 'Malawi')).toBeDefined();
      expect(extract(speech).find('PROVIDED', 'Maria Lenz', 'Paris')).toBeUndefined();
      switchRules({ off: ['aid-to-recipients-in-place'] });
      expect(extract(delivered).find('PROVIDED', 'Halden Relief Agency', 'Mocuba')).toBeUndefined();
      expect(extract(sent).find('PROVIDED', 'Norway', 'Malawi')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads money pledged or awarded to someone as funding them', () => {
    const pledged = 'Norway pledged $25 million in emergency grants to Malawi on Sunday.';
    const awarded = 'The Halden Foundation awarded a research grant to Kelvane Labs.';
    // A loan or damages are no funding.
    const loan = 'The Halden Bank approved a $500 million loan to Kelvane Labs.';
    try {
      expect(extract(pledged).find('INVESTED_IN', 'Norway', 'Malawi')?.properties.amount).toBe('$25 million');
      expect(extract(awarded).find('INVESTED_IN', 'Halden Foundation', 'Kelvane Labs')).toBeDefined();
      expect(extract(loan).find('INVESTED_IN', 'Halden Bank', 'Kelvane Labs')).toBeUndefined();
      // The verb after a relative clause is its subject's, not the last name's in the clause.
      const relative = 'Norway, which sent a rescue team to Lilongwe on Monday, pledged a $2 million grant to the Tamba Foundation.';
      expect(extract(relative).find('INVESTED_IN', 'Norway', 'Tamba Foundation')).toBeDefined();
      expect(extract(relative).find('INVESTED_IN', 'Lilongwe', 'Tamba Foundation')).toBeUndefined();
      switchRules({ off: ['funds-pledged-to'] });
      expect(extract(pledged).find('INVESTED_IN', 'Norway', 'Malawi')).toBeUndefined();
      expect(extract(awarded).find('INVESTED_IN', 'Halden Foundation', 'Kelvane Labs')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads a contract awarded to someone as their work for the one awarding it', () => {
    const awarded = 'The European Space Agency has awarded a 410 million euro ($445 million) contract to Tessaly Orbital Systems to build a lander.';
    try {
      expect(extract(awarded).find('PROVIDED', 'Tessaly Orbital Systems', 'European Space Agency')).toBeDefined();
      expect(extract(awarded).find('INVESTED_IN', 'European Space Agency', 'Tessaly Orbital Systems')).toBeUndefined();
      switchRules({ off: ['contract-awarded-to'] });
      expect(extract(awarded).find('PROVIDED', 'Tessaly Orbital Systems', 'European Space Agency')).toBeUndefined();
      expect(extract(awarded).find('INVESTED_IN', 'European Space Agency', 'Tessaly Orbital Systems')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads aid sent or handed over to someone as provided to them', () => {
    const sent = 'Norway airlifted 40 tonnes of tents and blankets to Malawi on Sunday.';
    const handed = 'The Caritas Foundation handed over the medical supplies to Lilongwe Central Hospital.';
    // Troops sent are no aid.
    const troops = 'Tanzania sent troops to Malawi on Sunday.';
    try {
      expect(extract(sent).find('PROVIDED', 'Norway', 'Malawi')?.properties.object).toBe('40 tonnes of tents and blankets');
      expect(extract(handed).find('PROVIDED', 'Caritas Foundation', 'Lilongwe Central Hospital')?.properties.verb).toBe('handed over');
      expect(extract(troops).find('PROVIDED', 'Tanzania', 'Malawi')).toBeUndefined();
      switchRules({ off: ['aid-sent-to'] });
      expect(extract(sent).find('PROVIDED', 'Norway', 'Malawi')).toBeUndefined();
      expect(extract(handed).find('PROVIDED', 'Caritas Foundation', 'Lilongwe Central Hospital')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads criticism met from someone as that one criticising the subject', () => {
    const drew = 'Veltra Mining drew sharp criticism from Greenwatch over the spill.';
    const fire = 'Kelvora Airlines came under fire from the Aviators Guild on Monday.';
    // Criticism the subject itself voices goes the other way, and is no criticism "from" the one named after it.
    const voiced = 'Kelvora Airlines voiced criticism of the Aviators Guild on Monday.';
    try {
      expect(extract(drew).find('CRITICISED', 'Greenwatch', 'Veltra Mining')?.properties.verb).toBe('criticism');
      expect(extract(fire).find('CRITICISED', 'Aviators Guild', 'Kelvora Airlines')?.properties.verb).toBe('fire');
      expect(extract(voiced).find('CRITICISED', 'Aviators Guild', 'Kelvora Airlines')).toBeUndefined();
      switchRules({ off: ['criticism-from'] });
      expect(extract(drew).find('CRITICISED', 'Greenwatch', 'Veltra Mining')).toBeUndefined();
      expect(extract(fire).find('CRITICISED', 'Aviators Guild', 'Kelvora Airlines')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads sanctions imposed on a state as protesting it', () => {
    const text = 'The Union of Nations imposed sanctions on Veldania on Tuesday.';
    // Lifting sanctions is no boycott.
    const lifted = 'The Union of Nations lifted sanctions on Veldania on Tuesday.';
    try {
      expect(extract(text).find('PROTESTED', 'Union of Nations', 'Veldania')?.properties.verb).toBe('sanctions');
      expect(extract(lifted).find('PROTESTED', 'Union of Nations', 'Veldania')).toBeUndefined();
      switchRules({ off: ['sanctions-on'] });
      expect(extract(text).find('PROTESTED', 'Union of Nations', 'Veldania')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a party tie as membership and keeps a party out of a nominal of another kind', () => {
    const candidate = 'Anton Hallick, the Reform Alliance candidate, said the vote would be held in May.';
    const before = 'Freedom Party lawmaker Vera Lind told reporters the talks had failed.';
    const ruling = 'Greta Solvik of the ruling Unity Party said the army would retake Velbruck.';
    const leader = 'Freedom Party leader Otto Brannic said the talks had failed.';
    try {
      expect(extract(candidate).find('MEMBER_OF', 'Anton Hallick', 'Reform Alliance')?.properties.role).toBe('candidate');
      expect(extract(candidate).find('WORKS_FOR', 'Anton Hallick', 'Reform Alliance')).toBeUndefined();
      expect(extract(before).find('MEMBER_OF', 'Vera Lind', 'Freedom Party')?.properties.role).toBe('lawmaker');
      expect(extract(ruling).relations.some((r) => r.from === 'Greta Solvik' && r.to === 'Unity Party')).toBe(true);
      // A party's officer holds a post in it, as at any body.
      expect(extract(leader).find('WORKS_FOR', 'Otto Brannic', 'Freedom Party')?.properties.role).toBe('leader');
      switchRules({ off: ['party-tie-member'] });
      expect(extract(candidate).find('MEMBER_OF', 'Anton Hallick', 'Reform Alliance')).toBeUndefined();
      expect(extract(before).find('MEMBER_OF', 'Vera Lind', 'Freedom Party')).toBeUndefined();
      expect(extract(ruling).relations.some((r) => r.from === 'Greta Solvik' && r.to === 'Unity Party')).toBe(false);
      switchRules({ off: ['kind-nominal-not-party'] });
      const army = extractGraph([{ source: 'test.txt', format: 'txt', content: ruling }], {}).graph.entities.find((e) => e.name === 'Unity Party');
      expect(army?.type).toBe('MilitaryUnit');
      switchRules();
      const party = extractGraph([{ source: 'test.txt', format: 'txt', content: ruling }], {}).graph.entities.find((e) => e.name === 'Unity Party');
      expect(party?.type).toBe('Organization');
    } finally {
      switchRules();
    }
  });
  it('reads a place named before a seat of an organisation as where it is located', () => {
    const texts = ['The Orsk branch of Brennic Bank was robbed on Friday.', 'Harlow Group closed its Tamsk office on Friday.'];
    const seats = () => texts.map((text) => extract(text).find('LOCATED_IN', '', '') !== undefined);
    try {
      expect(extract(texts[0]!).find('LOCATED_IN', 'Brennic Bank', 'Orsk')).toBeDefined();
      expect(extract(texts[1]!).find('LOCATED_IN', 'Harlow Group', 'Tamsk')).toBeDefined();
      switchRules({ off: ['place-branch-of'] });
      expect(seats()).toEqual([false, false]);
    } finally {
      switchRules();
    }
  });

  it('places an organisation where its described seat is', () => {
    const pronoun = 'Volmaris Automobiles said it would close its assembly plant in Charleroi.';
    const possessed = "Volmaris Automobiles reported a loss. Harlow Group's main plant in Lerin closed on Friday.";
    try {
      expect(extract(pronoun).find('LOCATED_IN', 'Volmaris Automobiles', 'Charleroi')).toBeDefined();
      expect(extract(possessed).find('LOCATED_IN', 'Harlow Group', 'Lerin')).toBeDefined();
      switchRules({ off: ['seat-after-owner-modifiers'] });
      expect(extract(pronoun).find('LOCATED_IN', 'Volmaris Automobiles', 'Charleroi')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a place after an organisation\'s own seat and "in" as where it is located', () => {
    const texts = ['Brennic Bank said its branch in Orsk was robbed.', 'Harlow Group closed its office in Tamsk and its plant in Lerin on Friday.'];
    try {
      expect(extract(texts[0]!).find('LOCATED_IN', 'Brennic Bank', 'Orsk')).toBeDefined();
      expect(extract(texts[1]!).find('LOCATED_IN', 'Harlow Group', 'Tamsk')).toBeDefined();
      expect(extract(texts[1]!).find('LOCATED_IN', 'Harlow Group', 'Lerin')).toBeDefined();
      switchRules({ off: ['place-after-own-seat'] });
      expect(extract(texts[0]!).find('LOCATED_IN', 'Brennic Bank', 'Orsk')).toBeUndefined();
      expect(extract(texts[1]!).find('LOCATED_IN', 'Harlow Group', 'Tamsk')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a passive of providing with "to" and "by" as provided by the one after "by"', () => {
    const aid = 'The food aid was delivered to Veldania by the Harlow Trust on Monday.';
    const sale = 'The drones were sold to Veldania by Tamsia in 2022.';
    const troops = 'Troops were sent to Veldania by Tamsia in 2022.';
    try {
      expect(extract(aid).find('PROVIDED', 'Harlow Trust', 'Veldania')).toBeDefined();
      expect(extract(aid).find('LOCATED_IN', 'Harlow Trust', 'Veldania')).toBeUndefined();
      expect(extract(sale).find('SOLD_TO', 'Tamsia', 'Veldania')).toBeDefined();
      expect(extract(troops).find('PROVIDED', 'Tamsia', 'Veldania')).toBeUndefined();
      switchRules({ off: ['passive-to-by'] });
      expect(extract(aid).find('PROVIDED', 'Harlow Trust', 'Veldania')).toBeUndefined();
      expect(extract(sale).find('SOLD_TO', 'Tamsia', 'Veldania')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads the speaker of a legislature as holding a post in it', () => {
    const of = 'The speaker of the Veldan Parliament, Lukas Morenz, said the assembly would vote on the budget next week.';
    const before = 'Veldan Parliament speaker Hanna Ostberg said the vote had been delayed.';
    const after = 'Lukas Morenz, the deputy speaker of the Veldan Parliament, said the vote had been delayed.';
    try {
      expect(extract(of).find('WORKS_FOR', 'Lukas Morenz', 'Veldan Parliament')?.properties.role).toBe('speaker');
      expect(extract(before).find('WORKS_FOR', 'Hanna Ostberg', 'Veldan Parliament')?.properties.role).toBe('speaker');
      expect(extract(after).find('WORKS_FOR', 'Lukas Morenz', 'Veldan Parliament')?.properties.role).toBe('deputy speaker');
      switchRules({ off: ['legislature-speaker'] });
      expect(extract(of).find('WORKS_FOR', 'Lukas Morenz', 'Veldan Parliament')).toBeUndefined();
      expect(extract(before).find('WORKS_FOR', 'Hanna Ostberg', 'Veldan Parliament')?.properties.role).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads a place described in an apposition as part of the next place', () => {
    const text = 'Shells hit Orsk, capital of Dravik province, on Monday.';
    try {
      expect(extract(text).find('LOCATED_IN', 'Orsk', 'Dravik')).toBeDefined();
      expect(extract(text).find('LOCATED_IN', 'Dravik', 'Orsk')).toBeUndefined();
      switchRules({ off: ['apposed-place-part-of'] });
      expect(extract(text).find('LOCATED_IN', 'Orsk', 'Dravik')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("reads a movement's word before a title as part of the title", () => {
    const place = 'Tamsk rebel leader Kasimir Holt said his fighters would not lay down their arms.';
    const body = 'Civic Front opposition leader Mira Sandor called for new elections.';
    try {
      expect(extract(place).find('HOLDS_ROLE_IN', 'Kasimir Holt', 'Tamsk')?.properties.role).toBe('rebel leader');
      expect(extract(body).find('WORKS_FOR', 'Mira Sandor', 'Civic Front')?.properties.role).toBe('opposition leader');
      switchRules({ off: ['movement-before-title'] });
      expect(extract(place).find('HOLDS_ROLE_IN', 'Kasimir Holt', 'Tamsk')).toBeUndefined();
      expect(extract(body).find('WORKS_FOR', 'Mira Sandor', 'Civic Front')?.properties.role).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it("reads a summoned envoy as a protest to the envoy's state", () => {
    const text = "Veldania summoned Tamsia's ambassador to protest the raids.";
    // Meeting an envoy is no protest.
    const met = "The Union of Nations met Tamsia's ambassador on Monday.";
    try {
      expect(extract(text).find('PROTESTED', 'Veldania', 'Tamsia')?.properties.verb).toBe('summon');
      expect(extract(met).find('PROTESTED', 'Union', 'Tamsia')).toBeUndefined();
      switchRules({ off: ['summoned-envoy'] });
      expect(extract(text).find('PROTESTED', 'Veldania', 'Tamsia')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("reads a place before a title that stands for a person as the office's place", () => {
    const text = 'Labour MP Ruth Calder tabled a motion on Monday. "It is about clean air," the Dunmore East MP said.';
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ruth Calder', 'Dunmore East')?.properties.role).toBe('mp');
      expect(extract(text).find('LIVES_IN', 'Ruth Calder', 'Dunmore East')).toBeUndefined();
      switchRules({ off: ['place-before-nominal-office'] });
      expect(extract(text).find('LIVES_IN', 'Ruth Calder', 'Dunmore East')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it('reads the seat of a member set off after the name as an office held there', () => {
    const text = 'Ivo Brand, the Tory member for Kessel Vale, said the levy was unfair.';
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ivo Brand', 'Kessel Vale')?.properties.role).toBe('member');
      expect(extract(text).find('LOCATED_IN', 'Tory', 'Kessel Vale')).toBeUndefined();
      switchRules({ off: ['member-for-seat'] });
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ivo Brand', 'Kessel Vale')).toBeUndefined();
      switchRules({ off: ['party-not-in-seat'] });
      expect(extract(text).find('LOCATED_IN', 'Tory', 'Kessel Vale')).toBeDefined();
    } finally {
      switchRules();
    }
  });

  it("reads a people's adjective before an envoy's title and posting as the office's country", () => {
    const text = 'The Norwegian ambassador in Riga, Ola Brun, was recalled on Monday. Norway gave no reason.';
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ola Brun', 'Norway')?.properties.role).toBe('ambassador');
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ola Brun', 'Riga')).toBeUndefined();
      switchRules({ off: ['national-envoy-posting'] });
      expect(extract(text).find('HOLDS_ROLE_IN', 'Ola Brun', 'Norway')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it("reads an envoy summoned by a people's adjective as a protest to that country", () => {
    const text = 'The Foreign Office summoned the Norwegian ambassador on Friday. Norway said the meeting was routine.';
    const met = 'The Foreign Office met the Norwegian ambassador on Friday. Norway said the meeting was routine.';
    try {
      expect(extract(text).find('PROTESTED', 'Foreign Office', 'Norway')?.properties.verb).toBe('summon');
      expect(extract(met).find('PROTESTED', 'Foreign Office', 'Norway')).toBeUndefined();
      switchRules({ off: ['summoned-national-envoy'] });
      expect(extract(text).find('PROTESTED', 'Foreign Office', 'Norway')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads the one talked to in an opening clause as the one told', () => {
    const text = 'Speaking to the Harbour Post from Orsk, where she has lived since May, Greta Solvik said the vote had been rigged.';
    const interview = 'In an interview with Radio Kestrel, Ivo Darek said he would stand again.';
    // A place one speaks in is no one told.
    const place = 'Speaking in Orsk on Monday, Greta Solvik said the vote had been rigged.';
    try {
      expect(extract(text).find('TOLD', 'Greta Solvik', 'Harbour Post')).toBeDefined();
      expect(extract(interview).find('TOLD', 'Ivo Darek', 'Radio Kestrel')).toBeDefined();
      expect(extract(place).relations.filter((r) => r.type === 'TOLD')).toEqual([]);
      switchRules({ off: ['speaking-to-opening'] });
      expect(extract(text).find('TOLD', 'Greta Solvik', 'Harbour Post')).toBeUndefined();
      expect(extract(interview).find('TOLD', 'Ivo Darek', 'Radio Kestrel')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('reads a name taken or advanced on by fighters or a party as a place', () => {
    const text = 'Marek Kerrigan said his fighters had captured Wexley and were advancing on Dunmore.';
    const typeOf = (content: string, name: string) =>
      extractGraph([{ source: 'test.txt', format: 'txt', content }], {}).graph.entities.find((e) => e.name === name)?.type;
    try {
      expect(typeOf(text, 'Wexley')).not.toBe('Person');
      expect(typeOf(text, 'Dunmore')).not.toBe('Organization');
      expect(typeOf(text, 'Dunmore')).toBeDefined();
      expect(typeOf('The rebels had taken Dorn Velic hostage in March.', 'Dorn Velic')).toBe('Person');
      switchRules({ off: ['territory-taken-place'] });
      expect(typeOf(text, 'Wexley')).toBe('Person');
    } finally {
      switchRules();
    }
  });

  it('reads an apposition opened by a participle of appointment as the title held', () => {
    const office = 'Ilya Ostrova, elected governor of Tamsk last year, said the region would remain neutral.';
    const post = 'Dana Prell, named chief executive of Orvane Holdings in May, said the plan was sound.';
    try {
      expect(extract(office).find('HOLDS_ROLE_IN', 'Ilya Ostrova', 'Tamsk')?.properties.role).toBe('governor');
      expect(extract(post).find('WORKS_FOR', 'Dana Prell', 'Orvane Holdings')?.properties.role).toBe('chief executive');
      switchRules({ off: ['participle-appointed-apposition'] });
      expect(extract(office).find('HOLDS_ROLE_IN', 'Ilya Ostrova', 'Tamsk')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads a signed deal as a partnership, not a provision', () => {
    const text = 'Harlow Group signed a supply deal with Brennic Bank on Friday.';
    // A state takes no partnership: its peace deal relates nothing.
    const peace = 'Veldania signed a peace deal with the Free Kessa Front.';
    try {
      expect(extract(text).find('PARTNERED_WITH', '', '')).toBeDefined();
      expect(extract(text).find('PROVIDED', '', '')).toBeUndefined();
      expect(extract(peace).relations).toEqual([]);
      switchRules({ off: ['signed-deal-partnership'] });
      expect(extract(text).find('PROVIDED', 'Harlow Group', 'Brennic Bank')).toBeDefined();
    } finally {
      switchRules();
    }
  });
  it('reads a body of members that backs someone as support, not investment', () => {
    const text = 'The Northern Writers Guild, which backs Harbour Records, said the deal was unfair.';
    const fund = 'Harlow Ventures, which backs Harbour Records, said the deal was unfair.';
    try {
      expect(extract(text).find('WELCOMED', 'Northern Writers Guild', 'Harbour')).toBeDefined();
      expect(extract(text).find('INVESTED_IN', 'Northern Writers Guild', 'Harbour')).toBeUndefined();
      // A business or a fund still backs with money.
      expect(extract(fund).find('WELCOMED', 'Harlow Ventures', 'Harbour')).toBeUndefined();
      switchRules({ off: ['backer-not-business-supports'] });
      expect(extract(text).find('INVESTED_IN', 'Northern Writers Guild', 'Harbour')).toBeDefined();
    } finally {
      switchRules();
    }
  });
  it('reads an abbreviated office between a place and a name as an office held there', () => {
    // US news writes the office short ("Gov.", "Sen.", "Rep."); read as a bare capitalised word it was a home.
    const text = 'Oregon Gov. Lydia Farrow vetoed the measure on Tuesday.';
    try {
      expect(extract(text).find('HOLDS_ROLE_IN', 'Lydia Farrow', 'Oregon')?.properties.role).toBe('governor');
      expect(extract(text).find('LIVES_IN', 'Lydia Farrow', 'Oregon')).toBeUndefined();
      switchRules({ off: ['abbreviated-office-title'] });
      expect(extract(text).find('HOLDS_ROLE_IN', 'Lydia Farrow', 'Oregon')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
  it('reads taking someone to court as suing them', () => {
    const text = 'Kelvane Software has taken Brightwell Systems to the High Court over unpaid fees.';
    try {
      expect(extract(text).find('SUED', 'Kelvane', 'Brightwell')).toBeDefined();
      // Taken somewhere else, no one is sued.
      expect(extract('Kelvane Software took Brightwell Systems to the trade fair in Leeds.').find('SUED', 'Kelvane', 'Brightwell')).toBeUndefined();
      switchRules({ off: ['taken-to-court'] });
      expect(extract(text).find('SUED', 'Kelvane', 'Brightwell')).toBeUndefined();
    } finally {
      switchRules();
    }
  });
});
