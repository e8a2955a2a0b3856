// Resolution keeps the right things apart and together: a person and the organisation named after them, a country and
// its people's adjective, a short name and the long one the document licenses, and month-like words inside names.
import { describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { entityNamed, extract, mentionTexts } from './recognise-helpers.js';

describe('resolution of names', () => {
  it('keeps a person and the company named after them apart', () => {
    const graph = extract('Henry Ford built cars in Detroit. Ford Motor Company reported higher profits on Monday.');
    const person = entityNamed(graph, 'Henry Ford');
    const company = entityNamed(graph, 'Ford Motor Company');
    expect(person?.type).toBe('Person');
    expect(company?.type).toBe('Company');
    expect(person?.id).not.toBe(company?.id);
  });

  it('makes a country and its people\'s adjective before a body one entity ("Brazilian" → Brazil) when its government is not kept apart', () => {
    switchRules({ off: ['government-apart-from-country'] });
    try {
      const graph = extract('Brazil won the final. The Brazilian government welcomed the result.');
      const brazil = entityNamed(graph, 'Brazil')!;
      expect(brazil.type).toBe('Country');
      expect(mentionTexts(graph, brazil)).toEqual(['Brazil', 'Brazilian government']);
      expect(graph.entities.filter((e) => e.type === 'Country')).toHaveLength(1);
    } finally {
      switchRules();
    }
  });

  it("makes a country's government one body apart from the country, however written", () => {
    const text = "Brazil won the final. The Brazilian government welcomed the result. Brazil's government declared a holiday.";
    const graph = extract(text);
    const brazil = entityNamed(graph, 'Brazil')!;
    expect(brazil.type).toBe('Country');
    expect(mentionTexts(graph, brazil)).toEqual(['Brazil']);
    const government = entityNamed(graph, 'Brazilian government')!;
    expect(government.type).toBe('GovernmentBody');
    expect(mentionTexts(graph, government)).toEqual(['Brazilian government', "Brazil's government"]);
    switchRules({ off: ['government-apart-from-country'] });
    try {
      const asCountry = extract(text);
      // The country's name inside the phrase is its mention (rule country-name-in-phrase).
      expect(mentionTexts(asCountry, entityNamed(asCountry, 'Brazil')!)).toEqual(['Brazil', 'Brazilian government', 'Brazil']);
    } finally {
      switchRules();
    }
  });

  it('joins a short name to its long form only when the document writes the long form', () => {
    const licensed = extract('Globex Industries reported a loss. Globex said it would cut jobs.');
    const globex = entityNamed(licensed, 'Globex Industries')!;
    expect(globex.aliases).toContain('Globex');
    expect(licensed.entities.filter((e) => e.name === 'Globex')).toEqual([]);
    const alone = extract('Globex said it would cut jobs. Initech, a rival, declined to comment.');
    expect(entityNamed(alone, 'Globex')?.name).toBe('Globex');
    expect(alone.entities.map((e) => e.name)).not.toContain('Globex Industries');
  });

  it('reads a month-like word that opens a name as part of it', () => {
    const graph = extract('The March of Dimes raised money for research. August Capital invested in the firm in March.');
    expect(entityNamed(graph, 'March of Dimes')).toBeDefined();
    expect(entityNamed(graph, 'August Capital')?.type).toBe('Company');
    expect(graph.entities.map((e) => e.name)).not.toContain('Dimes');
    expect(graph.entities.map((e) => e.name)).not.toContain('March');
    switchRules({ off: ['month-in-name'] });
    try {
      expect(entityNamed(extract('The March of Dimes raised money for research.'), 'March of Dimes')).toBeUndefined();
    } finally {
      switchRules();
    }
  });

  it('still reads a month before a day or alone as a date, not a name', () => {
    const graph = extract('Acme Corp said on March 5 that sales rose in May.');
    expect(graph.entities.map((e) => e.name)).toEqual(['Acme Corp']);
  });
  it('names a model code in its capitals', () => {
    const text = 'Nordavia said it had grounded its six SJ-200 regional jets after an inspection.';
    const name = () => extract(text).entities.find((e) => e.name.toLowerCase() === 'sj-200')?.name;
    expect(name()).toBe('SJ-200');
    // acronym-in-prose-as-written also keeps a one-word name of a sentence of prose as written.
    switchRules({ off: ['model-code-keeps-capitals', 'acronym-in-prose-as-written'] });
    expect(name()).toBe('Sj-200');
    switchRules();
  });

  it('names an entity as prose writes it rather than in capitals', () => {
    const text = 'KYIV, March 3 (Reuters) - Drones struck an oil depot overnight. Moscow accused Kyiv of the attack.';
    expect(entityNamed(extract(text), 'Kyiv')).toBeDefined();
    switchRules({ off: ['mixed-case-canonical'] });
    expect(entityNamed(extract(text), 'KYIV')).toBeDefined();
    switchRules();
  });
});
