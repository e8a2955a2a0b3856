// Whether a name is a place the gazetteers know, and whether the text writes a mention as a place: after a word of
// location ("in Bluecrest", not "a stake in Bluecrest"), before a "-based" modifier, or opening a dateline. A word the
// tagger reads as a place by its shape alone, and the text never uses so, names no place (rules
// unused-place-short-form, place-named-body-needs-place).
import { CITY_NAMES, REGION_NAMES, US_STATES } from './lexicon/places.js';
import { countryByName } from './lexicon/countries.js';
import { RECOGNITION_RULES } from './recognition-rules.js';

/** Whether a name written alone is a place the gazetteers know ("Wales", "Yorkshire", "Tel Aviv"). */
export function isKnownPlaceName(name: string): boolean {
  const lower = name.toLowerCase();
  return CITY_NAMES.has(lower) || REGION_NAMES.has(lower) || US_STATES.has(lower) || countryByName.has(lower);
}

/** Words before a name that use it as a place; "from" and "to" name a party as often. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|around|throughout)\s+$/i;
/** "in" after a share of a business ("a stake in Bluecrest", "shares in") names the business. */
const SHARE_IN_BEFORE = /\b(?:stake|stakes|shares|interest|investment|investments|holding|holdings)\s+in\s+$/i;
/**
 * "at" after a span of work or a word for working ("a decade at Ostara", "years at", "worked at") names the employer
 * (rule at-employer-not-place).
 */
const EMPLOYER_AT_BEFORE =
  /\b(?:year|years|decade|decades|month|months|career|stint|spell|tenure|job|jobs|role|roles|worked|works|working|employed|employee|employees|staff)\s+at\s+$/i;
/** A modifier written onto a place ("Bluecrest-based"): what follows is based there. */
const PLACE_MODIFIER_AFTER = /^-(?:based|headquartered|born)\b/;
/** Characters read before a mention for its word of location. */
const READ_BEFORE = 24;

/** Whether the text uses the mention at `start`–`end` as a place: after a word of location, before "-based", or opening a dateline. */
export function writtenAsPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - READ_BEFORE), start);
  const employer = RECOGNITION_RULES.atEmployerNotPlace.on && EMPLOYER_AT_BEFORE.test(before);
  if ((LOCATIVE_BEFORE.test(before) && !SHARE_IN_BEFORE.test(before) && !employer) || PLACE_MODIFIER_AFTER.test(text.slice(end, end + 16))) return true;
  const lineStart = start === 0 || text[start - 1] === '\n';
  return lineStart && /^\s*[,(]/.test(text.slice(end, end + 3));
}
