// The recognition lexicon: lists built from one base with named additions, and the month and weekday tables the date
// patterns, the sentence splitter and the page-furniture filter are built from.
import { describe, expect, it } from 'vitest';
import {
  MONTH_NUMBERS,
  MONTHS,
  NAME_TITLES,
  PLACE_ROLE_WORDS,
  QUALIFIED_AFTER_ACRONYM,
  ROLE_WORDS,
  SENTENCE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_PREFIXES,
  TITLES,
  WEEKDAY_NAMES,
} from '../../src/recognition/lexicon/words.js';
import { findDate } from '../../src/relations/dates.js';
import { isDateStamp } from '../../src/pipeline/furniture.js';

describe('recognition lexicon', () => {
  it('gives every month name and short form its number ("sept" and "sep" are 9, "may" is 5)', () => {
    expect(MONTH_NUMBERS.get('sept')).toBe(9);
    expect(MONTH_NUMBERS.get('sep')).toBe(9);
    expect(MONTH_NUMBERS.get('september')).toBe(9);
    expect(MONTH_NUMBERS.get('may')).toBe(5);
    expect(new Set(MONTH_NUMBERS.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(MONTHS.has('sept.')).toBe(true);
    expect(MONTHS.has('may.')).toBe(false);
  });
  it('reads every month form the table holds in a date, and only those ("Sepember" is no month)', () => {
    for (const [form, month] of MONTH_NUMBERS) expect(findDate(`on ${form} 5, 2024`)).toBe(`2024-${String(month).padStart(2, '0')}-05`);
    expect(findDate('on Sepember 5, 2024 and May 6, 2024')).toBe('2024-05-06');
    expect(isDateStamp('Sept. 26, 2025 1:05 PM GMT')).toBe(true);
  });
  it('counts weekdays from Sunday, as Date.getUTCDay does', () => {
    WEEKDAY_NAMES.forEach((name, day) =>
      expect(new Date(Date.UTC(2024, 0, 7 + day)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })).toBe(name),
    );
    // Saturday 2024-03-16: "on Monday" is the Monday before it.
    expect(findDate('It was announced on Monday.', '2024-03-16')).toBe('2024-03-11');
  });
  it('draws the purpose lists from the shared title and role words', () => {
    for (const w of NAME_TITLES) expect(TITLES.has(w)).toBe(true);
    for (const w of ['governor', 'mayor', 'judge']) expect(PLACE_ROLE_WORDS.has(w)).toBe(true);
    expect(ROLE_WORDS.has('chairman') && TITLES.has('chairman')).toBe(true);
    for (const w of ['deputy', 'former', 'vice']) expect(TITLE_PREFIXES.has(w) && TITLE_MODIFIERS.has(w)).toBe(true);
    expect(QUALIFIED_AFTER_ACRONYM.has('Ambassador')).toBe(true);
  });
  it('keeps a full stop after the short form of a title, a month or a company form inside the sentence, but not after "Fr"', () => {
    for (const w of ['gen', 'sen', 'dr', 'sept', 'jan', 'corp', 'inc', 'u.s']) expect(SENTENCE_ABBREVIATIONS.has(w)).toBe(true);
    expect(SENTENCE_ABBREVIATIONS.has('fr')).toBe(false);
  });
});
