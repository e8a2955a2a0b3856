// "Petr Dahl, who defected to the BND in 2019,", "Valensky, a former KGB officer who defected to MI6": a person who
// defected to an agency or a country is tied to it (RELATED_TO with the verb). The pair patterns see neighbouring names
// only, and the body named in the person's description ("a former KGB officer") stands between the two (rule
// defected-to).
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { statedBy } from './relation-confidences.js';
import { relationDef } from './signals.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

const DEFECTED = new Set(['defected', 'defects', 'defect', 'defecting']);
/** Auxiliaries and adverbs between the person, or "who", and the verb ("who later defected", "had defected"). */
const BEFORE_VERB = new Set(['has', 'had', 'have', 'later', 'then', 'also', 'eventually', 'finally', 'would', 'to']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Most lower-case words of a description between its article and "who" ("a former senior officer who"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * Whether the words between a person's name and the verb make the person its subject: nothing, ", who", or ", a
 * former officer who" (an article, a few lower-case words, at most one name among them, and "who").
 */
function subjectBefore(words: readonly string[], from: number, verbAt: number, namedInside: (k: number) => boolean): boolean {
  let k = verbAt;
  while (k > from && BEFORE_VERB.has(words[k - 1]!)) k--;
  if (k === from) return true;
  if (words[k - 1] !== 'who' || words[from] !== ',') return false;
  if (k - 1 === from + 1) return true;
  const description = words.slice(from + 2, k - 1);
  if (!ARTICLES.has(words[from + 1] ?? '') || description.length > MAX_DESCRIPTION_WORDS + 1) return false;
  return description.every((w, j) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) || namedInside(from + 2 + j));
}

/** Emits RELATED_TO from a person to the body or country the sentence says they defected to. */
export function defectionsTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('defected-to')) return;
  const { groups, words } = view;
  const tokens = view.texts;
  for (let i = 0; i + 1 < groups.length; i++) {
    const person = itemAt(groups, i);
    if (person.slots.length !== 1 || itemAt(person.slots, 0).root !== 'Person' || itemAt(person.slots, 0).possessive) continue;
    // The target is the next group, or the one after a body named inside the person's description.
    for (const j of [i + 1, i + 2]) {
      const target = groups[j];
      if (!target || target.slots.some((s) => s.root !== 'Organization' && s.root !== 'Location')) break;
      const to = words[target.start - 1] === 'the' ? target.start - 2 : target.start - 1;
      const verbAt = to - 1;
      if (words[to] !== 'to' || !DEFECTED.has(words[verbAt] ?? '') || verbAt < person.end) continue;
      const middle = j === i + 2 ? itemAt(groups, i + 1) : undefined;
      const namedInside = (k: number) => middle !== undefined && k >= middle.start && k < middle.end;
      if (!subjectBefore(words, person.end, verbAt, namedInside)) continue;
      const modality = modalityAt(tokens, verbAt);
      emit(person.slots, target.slots, {
        types: [relationDef('RELATED_TO')],
        reverse: false,
        properties: { verb: 'defect to', ...(modality ? { negated: true, modality } : {}) },
        ...statedBy('defected-to'),
        cueAt: verbAt,
      });
    }
  }
}
