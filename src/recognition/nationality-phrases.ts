// Phrases built on a nationality or a country that name a state institution without a proper name:
// "Israeli military" / "Israel's army" (the country's military), "an Israeli military unit" (an unnamed unit,
// resolved only within its article) and "the French government" (the state itself, as ACE-style annotation treats
// governments: a user looking for France expects its government's acts on the France node; or, with the rule
// government-apart-from-country, a government body apart from the country, one entity however written).
import type { Sentence, Token } from '../pipeline/stage-types.js';
import type { EntityTypeName } from '../schema/schema.js';
import { countryByAdjective, countryByName, type CountryEntry } from './lexicon/countries.js';
import { itemAt } from '../util/checked-index.js';
import { RECOGNITION_RULES } from './recognition-rules.js';

export interface PhraseMention {
  tokenStart: number;
  tokenEnd: number;
  type: EntityTypeName;
  canonical: string;
  key: string;
  /** Unnamed things ("a military unit") are one entity only within their own article. */
  docScoped: boolean;
  reason: string;
  /** The token end of the country's name when the phrase writes the country by name ("the U.S. government"). */
  countryNameEnd?: number;
}

const MILITARY_WORDS = new Map([
  ['military', 'military'],
  ['army', 'military'],
  ['armed forces', 'military'],
  ['defence forces', 'military'],
  ['defense forces', 'military'],
  ['forces', 'military'],
  ['troops', 'military'],
  ['navy', 'navy'],
  ['air force', 'air force'],
]);
const SUB_UNIT_WORDS = new Set(['unit', 'agency', 'branch', 'wing', 'division', 'brigade', 'battalion']);

/** Country a capitalised token (or "X's") stands for: exact case for short all-capital forms ("US", never "us"). */
export function countryOfWord(word: string, adjective: boolean): CountryEntry | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const found = adjective ? countryByAdjective.get(lower) : countryByName.get(lower);
  if (!found) return undefined;
  const forms = adjective ? found.adjectives : found.names;
  return forms.some((f) => f === word || (f.length > 3 && f.toLowerCase() === lower)) ? found : undefined;
}

/** First words of the country names: a token that starts none is not worth joining with the next ones. */
const NAME_FIRST_WORDS = new Set([...countryByName.keys()].map((name) => name.split(' ')[0]));

/** The country named by tokens[i..] as an adjective or "Country('s)"; returns the country and tokens used. */
function countryAt(tokens: Token[], i: number): { country: CountryEntry; length: number; adjective: boolean; nameLength?: number } | undefined {
  const word = tokens[i]?.text;
  if (!word || !/^\p{Lu}/u.test(word)) return undefined;
  const adjective = countryOfWord(word, true);
  // "U.S." is the country's adjective and its name both.
  if (adjective) return { country: adjective, length: 1, adjective: true, ...(countryOfWord(word, false) === adjective ? { nameLength: 1 } : {}) };
  // "the Costa Rican government": a people's adjective of several words.
  if (RECOGNITION_RULES.adjectiveOfSeveralWords.on && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
    const several = countryOfWord(`${word} ${itemAt(tokens, i + 1).text}`, true);
    if (several) return { country: several, length: 2, adjective: true };
  }
  if (!NAME_FIRST_WORDS.has(word.toLowerCase())) return undefined;
  for (const length of [3, 2, 1]) {
    if (i + length > tokens.length) continue;
    const name = tokens
      .slice(i, i + length)
      .map((t) => t.text)
      .join(' ');
    const country = countryOfWord(name, false);
    if (!country) continue;
    const possessive = /^['’]s$/i.test(tokens[i + length]?.text ?? '');
    return { country, length: length + (possessive ? 1 : 0), adjective: false, nameLength: length };
  }
  return undefined;
}

/** Finds nationality phrases in a sentence, lowest token first; `taken` marks furniture tokens. */
export function findNationalityPhrases(sentence: Sentence, taken: readonly boolean[], docId: string): PhraseMention[] {
  const tokens = sentence.tokens;
  const found: PhraseMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const at = countryAt(tokens, i);
    if (!at) continue;
    // "the New South Wales government": a country's name that ends a longer name ("New South Wales") is a word of
    // that name, not the country (rule country-word-inside-longer-name).
    const before = tokens[i - 1]?.text ?? '';
    if (RECOGNITION_RULES.countryWordInsideLongerName.on && !at.adjective && /^\p{Lu}\p{Ll}+$/u.test(before) && !/^the$/i.test(before)) continue;
    const j = i + at.length;
    const w1 = tokens[j]?.text ?? '';
    const w2 = tokens[j + 1]?.text ?? '';
    if (w1 !== w1.toLowerCase()) continue;
    const country = at.country;
    const adjective = country.adjectives.find((a) => !/^[A-Z.]+$/.test(a)) ?? country.adjectives[0] ?? country.name;
    const lowerW1 = w1.toLowerCase();
    const two = `${lowerW1} ${w2.toLowerCase()}`;
    const military = MILITARY_WORDS.get(two) ?? MILITARY_WORDS.get(lowerW1);
    if (military) {
      const length = MILITARY_WORDS.has(two) ? 2 : 1;
      const next = tokens[j + length]?.text.toLowerCase() ?? '';
      if (SUB_UNIT_WORDS.has(next)) {
        found.push({
          tokenStart: i,
          tokenEnd: j + length + 1,
          type: 'MilitaryUnit',
          canonical: `${adjective} military unit`,
          key: `${country.name.toLowerCase()} military unit in ${docId}`,
          docScoped: true,
          reason: 'an unnamed unit of the same military, named alike within one article',
        });
      } else {
        found.push({
          tokenStart: i,
          tokenEnd: j + length,
          type: 'MilitaryUnit',
          canonical: `${adjective} ${military}`,
          key: `${country.name.toLowerCase()} ${military}`,
          docScoped: false,
          reason: `the ${military} of ${country.name}, however written`,
        });
      }
      i = itemAt(found, found.length - 1).tokenEnd - 1;
    } else if (lowerW1 === 'government' && !/^(ministry|department|agency|official|officials|spokesman|spokeswoman)$/i.test(w2)) {
      found.push({
        ...(at.nameLength !== undefined ? { countryNameEnd: i + at.nameLength } : {}),
        tokenStart: i,
        tokenEnd: j + 1,
        docScoped: false,
        ...(RECOGNITION_RULES.governmentApartFromCountry.on
          ? {
              type: 'GovernmentBody',
              canonical: `${adjective} government`,
              key: `${country.name.toLowerCase()} government`,
              reason: `the government of ${country.name}, however written`,
            }
          : {
              type: 'Country',
              canonical: country.name,
              key: country.name.toLowerCase(),
              reason: `"the ${at.adjective ? adjective : country.name} government" stands for the state of ${country.name}`,
            }),
      });
      i = j;
    } else if (lowerW1 === 'authorities' && at.adjective && RECOGNITION_RULES.nationalAuthorities.on) {
      // "betrayed by the British authorities": a people's adjective before "authorities" stands for the state, as
      // "the British government" does.
      found.push({
        tokenStart: i,
        tokenEnd: j + 1,
        docScoped: false,
        type: 'Country',
        canonical: country.name,
        key: country.name.toLowerCase(),
        reason: `"the ${adjective} authorities" stand for the state of ${country.name}`,
      });
      i = j;
    }
  }
  return found;
}
