// Words no person's, organisation's or place's name runs on through: a verb written in lower case between two names
// ("Harlow Logistics supplies Network Rail", "Mary Smith says Kenya Airways …") ends the first name, though the
// tagger, reading a name's last word and the next one's first, may carry one name over it (rule verb-ends-name).
// Function words that names do hold ("Bank of England", "Vale do Rio Doce", "Bild am Sonntag") are no verbs here.
import { relationTypes } from '../schema/schema.js';
import { lemmaCandidates } from '../relations/lemma.js';

/** Forms of "be", "have", the modal verbs and the verbs of saying that news puts between a subject and what follows. */
const CLAUSE_VERBS = new Set(
  `is are was were been being has have had will would shall should can could may might must does did
   said says told tells added asked announced reported claimed stated warned wrote`.split(/\s+/),
);

/** The lemmas of the schema's relation verbs ("supply", "buy", "sue", "hire"). */
const SCHEMA_VERBS = new Set(relationTypes.flatMap((t) => t.signals.verbs.filter((v) => !v.includes(' '))));

/** Written as a verb's inflected form: third person, past or participle ("supplies", "hired", "bought"). */
function inflectedSchemaVerb(word: string): boolean {
  const [first, ...rest] = lemmaCandidates(word);
  // An irregular form comes back as its lemma first ("bought" → "buy"); a regular one as itself, then its stems.
  if (first !== word) return SCHEMA_VERBS.has(first);
  return /(?:s|ed)$/.test(word) && rest.some((lemma) => lemma !== word && SCHEMA_VERBS.has(lemma));
}

const LOWER_CASE_WORD = /^[a-z]+$/;

/** Each lower-case word's reading, kept: the tagger asks of every token. Bounded like the tagger's word cache. */
const readings = new Map<string, boolean>();
const MAX_READINGS = 100_000;

/** Whether `token` is a verb no name runs on through. */
export function breaksName(token: string): boolean {
  if (!LOWER_CASE_WORD.test(token)) return false;
  let breaks = readings.get(token);
  if (breaks === undefined) {
    breaks = CLAUSE_VERBS.has(token) || inflectedSchemaVerb(token);
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(token, breaks);
  }
  return breaks;
}
