// Words no person's, organisation's or place's name runs on through: a verb written in lower case between two names
// ("Harlow Logistics supplies Network Rail", "Mary Smith says Kenya Airways …") ends the first name, though the
// tagger, reading a name's last word and the next one's first, may carry one name over it (rule verb-ends-name).
// Function words that names do hold ("Bank of England", "Vale do Rio Doce", "Bild am Sonntag") are no verbs here.
import { verbTypesByLemma } from '../relations/signals.js';

/** Forms of "be", "have", the modal verbs and the verbs of saying that news puts between a subject and what follows. */
const CLAUSE_VERBS = new Set(
  `is are was were been being has have had will would shall should can could may might must does did
   said says told tells added asked announced reported claimed stated warned wrote`.split(/\s+/),
);

const LOWER_CASE_WORD = /^[a-z]+$/;

/**
 * Whether `token` is a verb no name runs on through: a clause verb, or a schema relation verb written inflected for
 * the third person or the past ("supplies", "hired", "bought"); its bare form and its -ing form may be words of a name.
 */
export function breaksName(token: string): boolean {
  if (!LOWER_CASE_WORD.test(token)) return false;
  if (CLAUSE_VERBS.has(token)) return true;
  const reading = verbTypesByLemma(token);
  return reading !== undefined && reading.lemma !== token && !token.endsWith('ing');
}
