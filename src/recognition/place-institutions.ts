// Courts, juries and prosecutors' offices named only by the place they sit in: "a Dalmore grand jury indicted …",
// "a Pune court convicted …", "the Dalmore district attorney's office said", "a German court ruled". News names
// these bodies no other way, and they are the ones that indict, convict and sentence; without an entity of their own
// their acts land on the place (rule place-qualified-institution).
import type { Token } from '../pipeline/stage-types.js';
import { countryOfWord } from './nationality-phrases.js';

export interface InstitutionPhrase {
  /** The institution's words after the place ("grand jury", "district attorney's office"), the mention's span. */
  tokenStart: number;
  tokenEnd: number;
  /** The institution as named: the place (or the country's adjective) and the institution's words. */
  canonical: string;
  /** A place has many courts and juries, one per case: those are one entity only within their article. */
  docScoped: boolean;
}

/** Words that may stand between the place and "court" ("a Paris appeals court", "a Dalmore federal court"). */
const COURT_KINDS = new Set([
  'federal',
  'district',
  'appeals',
  'appeal',
  'criminal',
  'civil',
  'high',
  'trial',
  'magistrate',
  'magistrates',
  'county',
  'city',
  'state',
  'military',
  'juvenile',
  'family',
  'labour',
  'labor',
  'administrative',
]);
/** A capitalised kind of court ending a name before a lower-case "court" ("Dalmore Criminal court"). */
export const isCourtKind = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word) && COURT_KINDS.has(word.toLowerCase());
/** Offices of prosecution, each ended by "'s office" or "s' office": "district attorney's office", "prosecutors' office". */
const PROSECUTION_OFFICES = [
  ['district', 'attorney'],
  ['attorney', 'general'],
  ['state', 'attorney'],
  ['prosecutor'],
  ['public', 'prosecutor'],
  ['prosecutors'],
];
const DETERMINERS = /^(a|an|the)$/i;
/** Last words of the names of venues: "the Stadium court", "the Grandstand court" are courts of sport. */
const VENUE_WORDS = /^(stadium|arena|centre|center|grandstand|court|park|garden|gardens|club|hall|dome|field|ground)$/i;

const lower = (tokens: readonly Token[], i: number): string => tokens[i]?.text.toLowerCase() ?? '';

/** "D.A.", "DA": a district attorney's initials, which news writes before "'s office". */
export const isProsecutorInitials = (word: string): boolean => /^D\.?A\.?$/.test(word);

/** The institution's words from `at` on, as [length, docScoped], or undefined. All but initials are in lower case. */
function institutionWords(tokens: readonly Token[], at: number): [number, boolean] | undefined {
  if (isProsecutorInitials(tokens[at]?.text ?? '') && /^['’]s$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === 'office') return [3, false];
  const word = (i: number) => {
    const text = tokens[at + i]?.text ?? '';
    return text === text.toLowerCase() ? text : '';
  };
  if (word(0) === 'grand' && word(1) === 'jury') return [2, true];
  if (word(0) === 'jury') return [1, true];
  if (word(0) === 'court') return [1, true];
  if (COURT_KINDS.has(word(0)) && word(1) === 'court') return [2, true];
  for (const office of PROSECUTION_OFFICES) {
    if (!office.every((w, i) => word(i) === w)) continue;
    const n = office.length;
    // "district attorney's office", "prosecutors' office"
    if (/^['’]s?$/.test(word(n)) && word(n + 1) === 'office') return [n + 2, false];
  }
  return undefined;
}

/** Nouns that may follow "court" or "jury" in a compound, where the name before may be a party, not the place. */
const COMPOUND_AFTER =
  /^(case|cases|battle|battles|fight|fights|ruling|rulings|order|orders|hearing|hearings|filing|filings|documents|papers|records|date|appearance|challenge|victory|defeat|loss|win|action|proceedings|trial|verdict|verdicts|selection|duty|pool|deliberations|summons|fees|costs|settlement|dispute|disputes|saga|drama|clash|showdown)$/;

/**
 * The institution a place or a country's adjective qualifies in "a/the PLACE institution", where the name spans
 * [start, end). The determiner before the name is required: it shows that the name only qualifies the institution
 * ("the Pune court"). A name read as a person never qualifies one ("the Warren court" is an era), nor does a venue's
 * ("the Stadium court" is a tennis court); a name nobody has
 * read as a place (`placeKnown`) may be a party, so before a noun that would make a compound of the institution ("the
 * Apple court case") it names none.
 */
export function institutionAfterPlace(
  tokens: readonly Token[],
  start: number,
  end: number,
  reading: { placeKnown: (name: string) => boolean; person: boolean },
): InstitutionPhrase | undefined {
  if (!DETERMINERS.test(lower(tokens, start - 1)) || reading.person || VENUE_WORDS.test(tokens[end - 1]?.text ?? '')) return undefined;
  // Most runs of capitals are followed by no institution word: that is looked at first, the lexicons only after.
  const found = institutionWords(tokens, end);
  if (!found) return undefined;
  const name = tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
  const adjective = end - start === 1 ? countryOfWord(name, true) : undefined;
  const [length, docScoped] = found;
  if (!adjective && COMPOUND_AFTER.test(tokens[end + length]?.text ?? '') && !reading.placeKnown(name)) return undefined;
  const words = tokens.slice(end, end + length).map((t) => t.text);
  const institution = words.join(' ').replace(/ (['’]s?)(?= |$)/g, '$1');
  return { tokenStart: end, tokenEnd: end + length, canonical: `${name} ${institution}`, docScoped };
}
