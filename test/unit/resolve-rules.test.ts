// Each resolution rule, pinned with short sentences: possessives, honorifics and surnames, acronyms either way
// round, descriptor-typed names, nominal and pronoun coreference, nationality forms, and merges that must not happen.
import { describe, expect, it } from 'vitest';
import { switchRules } from '../../src/rules/rule-switch.js';
import { entityNamed, extract, mentionTexts } from './recognise-helpers.js';
import { itemAt } from '../../src/util/checked-index.js';

describe('resolution within an article', () => {
  it('merges a possessive into its name', () => {
    const graph = extract("Tarnwell Corp cut jobs. Tarnwell Corp's shares fell.");
    const entities = graph.entities.filter((e) => e.name.startsWith('Tarnwell'));
    expect(entities).toHaveLength(1);
    expect(itemAt(entities, 0).mentions).toHaveLength(2);
  });

  it('merges "Mr Okafor" and "Okafor" into "Daniel Okafor"', () => {
    const graph = extract('Daniel Okafor chairs the board. Mr Okafor said the vote was close. Okafor left early.');
    const person = entityNamed(graph, 'Daniel Okafor')!;
    expect(person.type).toBe('Person');
    // The honorific is inside the mention's span (the text as written) and outside the alias (a name).
    expect(mentionTexts(graph, person)).toEqual(expect.arrayContaining(['Mr Okafor', 'Okafor']));
    expect(person.aliases).toEqual(['Okafor']);
    expect(person.mergeReasons?.some((r) => r.includes('Daniel Okafor'))).toBe(true);
  });

  it('does not merge a surname shared by two people', () => {
    const graph = extract('Anna Berg and Tomas Berg met. Ms Berg spoke first.');
    expect(entityNamed(graph, 'Anna Berg')!.aliases).not.toContain('Berg');
    expect(entityNamed(graph, 'Tomas Berg')!.aliases).not.toContain('Berg');
  });

  it('joins an acronym given in brackets to its expansion', () => {
    const graph = extract('The Council on Ocean Policy (COP) met. COP later issued a report.');
    const body = entityNamed(graph, 'Council on Ocean Policy')!;
    expect(body.aliases).toContain('COP');
    expect(body.mentions).toHaveLength(3);
  });

  it('joins an acronym written in mixed case by the initials of content words', () => {
    const graph = extract('The Alliance for Safer Roads warned drivers. A spokesman for Asr repeated it.');
    expect(entityNamed(graph, 'Alliance for Safer Roads')?.aliases).toContain('Asr');
  });

  it('names a media organisation from its descriptor without the descriptor', () => {
    const graph = extract('The Basque-language outlet Berri Gaur published the files.');
    expect(entityNamed(graph, 'Berri Gaur')?.type).toBe('MediaOrganization');
  });

  it('resolves "the ministry" and "the company" to the subject they refer to', () => {
    const graph = extract(
      'The Ministry of Ports fined Harbex Ltd on Monday. The ministry said the fine was final. Harbex Ltd appealed. The company said it would pay.',
    );
    const ministry = entityNamed(graph, 'Ministry of Ports')!;
    expect(ministry.mentions.filter((m) => m.kind === 'nominal')).toHaveLength(1);
    const company = entityNamed(graph, 'Harbex Ltd')!;
    expect(mentionTexts(graph, company)).toContain('The company');
  });

  it('resolves "he" to the person last named', () => {
    const graph = extract('Coach Pablo Ruiz praised the team. He said the season was long.');
    const person = entityNamed(graph, 'Pablo Ruiz')!;
    expect(person.mentions.find((m) => m.kind === 'pronoun')).toBeDefined();
  });

  it('makes "Chile\'s military" and "Chilean army" one military, and "the Chilean government" a body or the country', () => {
    const text = "Chile's military denied it. The Chilean army later agreed. The Chilean government and Chile signed.";
    const graph = extract(text);
    const military = graph.entities.filter((e) => e.type === 'MilitaryUnit');
    expect(military).toHaveLength(1);
    expect(itemAt(military, 0).mentions).toHaveLength(2);
    expect(entityNamed(graph, 'Chilean government')?.type).toBe('GovernmentBody');
    switchRules({ off: ['government-apart-from-country'] });
    try {
      const chile = entityNamed(extract(text), 'Chile')!;
      expect(chile.type).toBe('Country');
      // A description of the country, not a name of it (rule nationality-phrase-nominal): a nominal mention, no alias.
      expect(chile.mentions.filter((m) => m.kind === 'nominal')).toHaveLength(1);
      expect(chile.aliases).not.toContain('Chilean government');
    } finally {
      switchRules();
    }
  });

  it('keeps a state chapter apart from the state and the place apart from the organisation', () => {
    const graph = extract("Leaders of Fairvote's Ohio state chapter met in Ohio.");
    const chapter = graph.entities.find((e) => e.name.includes('chapter'))!;
    expect(chapter.type).not.toBe('Region');
    const ohio = entityNamed(graph, 'Ohio')!;
    expect(ohio.id).not.toBe(chapter.id);
    expect(ohio.mentions).toHaveLength(1);
  });

  it('does not merge a name into a longer name that contains it', () => {
    const graph = extract('Nimbus sold chips. Activists from No Nimbus for War protested.');
    expect(entityNamed(graph, 'Nimbus')!.id).not.toBe(entityNamed(graph, 'No Nimbus for War')?.id);
  });
});

describe('resolution across articles', () => {
  it('gives the same organisation the same id in two articles and keeps the merge key', () => {
    const one = extract('Shares in Brellow Inc fell.');
    const two = extract('Brellow said on Monday that its chief executive would retire. Analysts at firms like Brellow agreed.');
    const both = extract('Shares in Brellow Inc fell.', 'Brellow said on Monday that its chief executive would retire. Analysts at firms like Brellow agreed.');
    expect(entityNamed(one, 'Brellow Inc')!.id).toBe(entityNamed(two, 'Brellow')!.id);
    const merged = both.entities.filter((e) => e.mergeKey === 'brellow');
    expect(merged).toHaveLength(1);
    expect(new Set(itemAt(merged, 0).mentions.map((m) => m.doc)).size).toBe(2);
  });

  it('keeps unnamed units apart across articles', () => {
    const graph = extract('A Kenyan military unit moved.', 'A Kenyan military unit left.');
    expect(graph.entities.filter((e) => e.type === 'MilitaryUnit')).toHaveLength(2);
  });
});
