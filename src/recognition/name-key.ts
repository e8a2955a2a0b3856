// The identity key of a name within and across articles, and so (with the root type) of the entity's id: case,
// quotes, possessives, a leading "The", accents, dotted initials, a company's legal form ("Acme Corp.", "Acme, Inc."
// and "Acme" are one company), British and American spelling ("Harbour Authority" is "Harbor Authority") and the
// nationality form ("French Ministry of Finance" is "France Ministry of Finance") do not make a different thing.
// Because the id comes from the key, the same folding joins the forms within one extraction and against whatever an
// earlier load stored. Only forms are folded: a word that changes the name ("Acme Capital") keeps it apart.
import { normaliseName } from '../document/ids.js';
import { countryOfWord } from './nationality-phrases.js';
import { itemAt } from '../util/checked-index.js';
import { COMPANY_FORMS, NORDIC_COMPANY_FORMS } from './lexicon/words.js';
import { RECOGNITION_RULES } from './recognition-rules.js';

const MILITARY_NAME = /^(military|army|armed forces|defence forces|defense forces|forces)$/;

/**
 * British spellings and the American ones they fold to, by word ending. Each needs a stem long enough that no
 * other word is hit ("four", "hour", "prise"/"prize" and "size" keep theirs), and none turns one real word into
 * another, so folding both sides of a comparison never joins two different names.
 */
const SPELLING_FOLDS: [RegExp, string][] = [
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2'], // organisation, privatise
  [/^(\p{L}{3,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'], // analyse, catalyse
  [/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|er|ers)?$/u, '$1or$2'], // labour, honours, favourite
  [/^(\p{L}{2,})tre(s|d)?$/u, '$1ter$2'], // centre, theatre, metres
  [/^(\p{L}{2,}[cft])ence(s)?$/u, '$1ense$2'], // defence, offence, licence, pretence
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'], // catalogue, dialogue
  [/^(\p{L}+)gramme(s)?$/u, '$1gram$2'], // programme
];

/**
 * The endings SPELLING_FOLDS can change, as one plain pattern: it turns most words away before the Unicode patterns
 * run, which are slow (slowest in the first article, before V8 compiles them).
 */
const FOLDABLE_ENDING = /(?:[iy]s(?:e|es|ed|ing|ation|ations|er|ers)|our(?:s|ed|ing|ite|ites|able|er|ers)?|tre[sd]?|[cft]ences?|ogues?|grammes?)$/;

/** A word of a normalised name in its American spelling. */
export function foldSpelling(word: string): string {
  if (word.length < 5 || !FOLDABLE_ENDING.test(word)) return word;
  for (const [british, american] of SPELLING_FOLDS) if (british.test(word)) return word.replace(british, american);
  return word;
}

/**
 * A normalised name with its forms folded: accents dropped, dotted initials joined ("j p morgan" is "jp morgan"),
 * "and" as "&", each word in American spelling, and the company's legal forms at the end taken off ("samsung
 * electronics co ltd" is "samsung electronics"), unless nothing would be left.
 */
export function foldNameForms(normalised: string): string {
  const words: string[] = [];
  let initials = false;
  for (const word of normalised
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(' ')) {
    if (!word) continue;
    const initial = /^\p{L}$/u.test(word);
    if (initial && initials) words[words.length - 1] += word;
    else words.push(word === 'and' ? '&' : foldSpelling(word));
    initials = initial;
  }
  let end = words.length;
  const isForm = (word: string) => COMPANY_FORMS.has(word) || (NORDIC_COMPANY_FORMS.has(word) && RECOGNITION_RULES.nordicCompanyForm.on);
  while (end > 1 && (isForm(words[end - 1]!) || (words[end - 1] === '&' && end < words.length))) end--;
  return words.slice(0, end).join(' ');
}

/** Merge key for a name as written. */
export function nameKey(text: string): string {
  const words = text.split(/\s+/);
  const country = countryOfWord(words.join(' '), false);
  if (country) return country.name.toLowerCase();
  const first = itemAt(words, 0);
  const lead = countryOfWord(first, true) ?? countryOfWord(first.replace(/['’]s$/, ''), false);

  let key = normaliseName(text.replace(/['’]s(?=\s)/g, ''));
  if (lead && words.length > 1) {
    const rest = normaliseName(words.slice(1).join(' '));
    if (MILITARY_NAME.test(rest)) return `${lead.name.toLowerCase()} military`;
    key = `${lead.name.toLowerCase()} ${rest}`;
  }
  return foldNameForms(key) || key;
}
