// "NSW Police said on Thursday that Nick Stavrou, 47, had been charged with …", "The Lagos State Police Command said
// the company's managing director, Olakunle Famakinwa, had been arrested on Wednesday and charged": a body of law
// enforcement that reports an arrest or a charge in the passive, with no agent named, is the one that made it (rule
// enforcer-reports-charge).
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { MONTH_NUMBERS, WEEKDAYS } from '../recognition/lexicon/words.js';

/** Words of the names of bodies that arrest, charge or prosecute. */
const ENFORCER_WORDS =
  /\b(?:police|prosecutors?|prosecution|attorney|sheriff|sheriff's|constabulary|gendarmerie|carabinieri|anti-?corruption|crime|investigation|marshals|customs|garda)\b/i;
/** Verbs of reporting the body's news. */
const REPORTING = new Set(['said', 'says', 'announced', 'confirmed', 'stated']);
/** Words between the body and its verb of reporting, or between that verb and what it reports ("on Thursday that"). */
const REPORT_FILLER = new Set(['on', 'in', 'a', 'late', 'early', 'earlier', 'statement', 'that', ',', 'today', 'yesterday']);
/** What the body does to the one it reports on, written as a passive participle. */
const CHARGING_PARTICIPLES = new Set(['charged', 'arrested', 'detained', 'indicted', 'prosecuted', 'extradited']);
/** Most words read for an apposition set off between the name and its verb (", 47,", ", a former mayor,"). */
const MAX_APPOSITION = 6;

/** Whether a word is a day, a month or a number, which a report's time is written with ("on Thursday"). */
const timeWord = (word: string): boolean => WEEKDAYS.has(word) || MONTH_NUMBERS.has(word) || /^\d+$/.test(word);

/** Where the passive participle after a name stands ("had been arrested", "was charged"), if it follows the name. */
function passiveParticipleAfter(words: readonly string[], end: number): number | undefined {
  let k = end;
  if (words[k] === ',' && !/^(?:had|has|have|was|were)$/.test(words[k + 1] ?? '')) {
    const close = words.slice(k + 1, k + 1 + MAX_APPOSITION).indexOf(',');
    if (close < 0) return undefined;
    k += close + 2;
  } else if (words[k] === ',') k++;
  if (/^(?:had|has|have)$/.test(words[k] ?? '') && words[k + 1] === 'been') k += 2;
  else if (/^(?:was|were)$/.test(words[k] ?? '')) k += 1;
  else return undefined;
  if (!CHARGING_PARTICIPLES.has(words[k] ?? '') || words[k + 1] === 'by') return undefined;
  return k;
}

/** Emits CHARGED from a body of law enforcement to the one it reports arrested or charged. */
export function enforcerReportsCharge(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('enforcer-reports-charge')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const sayer = itemAt(groups, i);
    if (sayer.slots.length !== 1) continue;
    const body = itemAt(sayer.slots, 0);
    if (body.root !== 'Organization' || body.possessive || ![body.entity.name, ...body.entity.aliases].some((n) => ENFORCER_WORDS.test(n))) continue;
    let k = sayer.end;
    while (k < sayer.end + 4 && (REPORT_FILLER.has(words[k] ?? '') || timeWord(words[k] ?? ''))) k++;
    if (!REPORTING.has(words[k] ?? '')) continue;
    for (let j = i + 1; j < groups.length; j++) {
      const charged = itemAt(groups, j);
      if (charged.slots.some((s) => s.possessive || (s.root !== 'Person' && s.root !== 'Organization') || s.entity.id === body.entity.id)) continue;
      const verbAt = passiveParticipleAfter(words, charged.end);
      if (verbAt === undefined) continue;
      const modality = modalityAt(view.texts, verbAt);
      emit([body], charged.slots, {
        types: [relationDef('CHARGED')],
        reverse: false,
        properties: { verb: words[verbAt]!, ...(modality ? { negated: true, modality } : {}) },
        ...statedBy('enforcer-reports-charge'),
        cueAt: verbAt,
      });
    }
  }
}
