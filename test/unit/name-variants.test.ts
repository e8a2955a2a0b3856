// Spelling variants and forms of one name make one entity, within an article and across articles (so across loads,
// whose ids come from the same key): British and American spelling, a company's legal form, accents and dotted
// initials. The original spellings stay as aliases, the name shown is decided by votes whatever the order of the
// articles, and names that differ by more than a form stay apart.
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/recognition/name-key.js';
import { decideName } from '../../src/pipeline/merge-across-documents.js';
import { entityNamed, extract } from './recognise-helpers.js';

describe('merge keys of spelling variants and forms', () => {
  it('folds British and American spellings to one key', () => {
    expect(nameKey('Ministry of Defence')).toBe(nameKey('Ministry of Defense'));
    expect(nameKey('World Health Organisation')).toBe(nameKey('World Health Organization'));
    expect(nameKey('Labour Party')).toBe(nameKey('Labor Party'));
    expect(nameKey('Lincoln Centre for the Performing Arts')).toBe(nameKey('Lincoln Center for the Performing Arts'));
    expect(nameKey('United Nations Development Programme')).toBe(nameKey('United Nations Development Program'));
  });

  it('leaves words that only look like British spellings as they are', () => {
    expect(nameKey('Four Seasons')).not.toBe(nameKey('For Seasons'));
    expect(nameKey('Prise Holdings')).not.toBe(nameKey('Prize Holdings'));
    expect(nameKey('Tour Group')).not.toBe(nameKey('Tor Group'));
  });

  it("takes a company's legal form off its name, however it is written", () => {
    for (const written of ['Acme Corp.', 'Acme Corp', 'Acme, Inc.', 'ACME Ltd', 'Acme Co., Ltd.', 'Acme & Co.', 'Acme L.L.C.'])
      expect(nameKey(written)).toBe(nameKey('Acme'));
  });

  it('keeps a word that changes the name: "Acme Capital" is not "Acme"', () => {
    expect(nameKey('Acme Capital')).not.toBe(nameKey('Acme'));
    expect(nameKey('Acme Capital Inc.')).toBe(nameKey('Acme Capital'));
    expect(nameKey('Corp')).toBe('corp');
  });

  it('folds accents, dotted initials and "and" written as "&"', () => {
    expect(nameKey('São Paulo')).toBe(nameKey('Sao Paulo'));
    expect(nameKey('J.P. Morgan')).toBe(nameKey('JP Morgan'));
    expect(nameKey('Procter and Gamble')).toBe(nameKey('Procter & Gamble'));
  });
});

describe('entities of spelling variants and forms', () => {
  it('makes "Ministry of Defence" and "Ministry of Defense" one entity within an article, keeping both spellings', () => {
    const graph = extract(
      'The Ministry of Defence said the drills were planned. A Ministry of Defense spokesman later confirmed it, and the Ministry of Defence published a map.',
    );
    const ministry = entityNamed(graph, 'Ministry of Defence')!;
    expect(ministry.name).toBe('Ministry of Defence');
    expect(ministry.aliases).toContain('Ministry of Defense');
    expect(graph.entities.filter((e) => /Ministry/.test(e.name))).toHaveLength(1);
  });

  it('makes one company of "Acme Corp." in one article and "Acme" in another, named as most articles write it', () => {
    const graph = extract(
      'Acme Corp. said on Monday it would build a plant in Ohio.',
      'The engineering company Acme hired 200 engineers. Acme said the plant would open in May.',
      'Acme, the engineering company, raised its forecast on Friday.',
    );
    const acme = graph.entities.filter((e) => e.name.startsWith('Acme'));
    expect(acme).toHaveLength(1);
    expect(acme[0]).toMatchObject({ name: 'Acme', aliases: ['Acme Corp.'] });
  });

  it('keeps "Acme" and "Acme Capital" apart across articles', () => {
    const graph = extract('Acme Corp. reported higher sales in Ohio.', 'Acme Capital invested in a start-up in Berlin.');
    expect(entityNamed(graph, 'Acme Corp.')!.id).not.toBe(entityNamed(graph, 'Acme Capital')!.id);
  });

  it('makes "Labour Party" and "Labor Party" in two articles one party', () => {
    const graph = extract('The Labour Party won the election in Wellington.', 'Leaders of the Labor Party met in Wellington on Friday.');
    const party = entityNamed(graph, 'Labour Party')!;
    expect(party.aliases.concat(party.name).sort()).toEqual(['Labor Party', 'Labour Party']);
    expect(graph.entities.filter((e) => /Labou?r/.test(e.name))).toHaveLength(1);
  });

  it("keeps a person and the company named after them apart when the company's form is folded", () => {
    const graph = extract('Henry Ford built cars in Detroit.', 'Ford Motor Co. reported higher profits. Ford Motor said sales rose.');
    const person = entityNamed(graph, 'Henry Ford')!;
    const company = entityNamed(graph, 'Ford Motor Co.') ?? entityNamed(graph, 'Ford Motor');
    expect(person.type).toBe('Person');
    expect(company).toBeDefined();
    expect(company!.id).not.toBe(person.id);
  });

  it('gives the same entity the same name whichever order the articles come in', () => {
    const articles = ['The Ministry of Defence announced new drills near Plymouth.', 'The Ministry of Defense said the drills had ended near Plymouth.'];
    const forward = extract(...articles).entities.find((e) => /Ministry/.test(e.name))!;
    const backward = extract(...[...articles].reverse()).entities.find((e) => /Ministry/.test(e.name))!;
    expect(backward.id).toBe(forward.id);
    expect(backward.name).toBe(forward.name);
  });
});

describe('the name an entity is shown by', () => {
  it('is the one written most often', () => {
    expect(decideName([['Acme Corp', 'Acme'], ['Acme']])).toBe('Acme');
  });

  it('on a tie of mentions, is the one more documents write', () => {
    expect(decideName([['Ministry of Defense', 'Ministry of Defense'], ['Ministry of Defence'], ['Ministry of Defence']])).toBe('Ministry of Defence');
  });

  it('on a tie of mentions and documents, is the fuller form, accents counted', () => {
    expect(decideName([['Acme'], ['Acme Corp']])).toBe('Acme Corp');
    expect(decideName([['Sao Paulo'], ['São Paulo']])).toBe('São Paulo');
  });

  it('does not depend on the order of the votes', () => {
    const votes = [['Ministry of Defense'], ['Ministry of Defence']];
    expect(decideName(votes)).toBe(decideName([...votes].reverse()));
  });
});
