// Whether a sentence states a relation as a fact, read as a scope rather than from words near the cue: a governing
// verb or construction ("demanded that", "urged X to", "plans to", "denied that", "if", a question, a modal or a
// negator in the cue's own verb group) marks what lies in its clause, wherever the subject stands. The relation is
// kept with `negated: true` and the kind of modality, so it can be audited but is not shown as a fact. Words that only
// colour a fact ("reportedly", "tried to", "offered") leave it a fact; so does a decision reported as taken ("agreed
// to", "decided to", "voted to").

import { relationRuleOn as ruleOn } from './relation-rules.js';

export type Modality = 'denied' | 'hypothetical' | 'demanded' | 'planned' | 'question';

/** Verbs whose complement is what someone wants to happen, not what happened: "demanded that …", "urged X to …". */
const DEMAND_THAT = /^(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|recommend(?:s|ed|ing)?)$/;
/** … and those that take it only as "X to …" or "for …" ("called on X to", "pressed X to", "pushed for"). */
const DEMAND_TO =
  /^(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|pleaded|pleads)$/;
const DEMANDING = { test: (w: string) => DEMAND_THAT.test(w) || DEMAND_TO.test(w) };
/** Verbs and nouns of intention before an infinitive ("plans to buy", "a proposal to sell"). */
const PLANNING = new Set(
  `plan plans planned planning want wants wanted wanting seek seeks sought seeking hope hopes hoped hoping aim aims aimed aiming intend intends
  intended intending threaten threatens threatened threatening propose proposes proposed proposing proposal consider considers considered considering
  wish wishes wished prepared preparing mull mulls mulled weigh weighs weighed`.split(/\s+/),
);
/** Nouns of negotiating, and the words that open what is negotiated ("talks about", "negotiations to"). */
const TALKS = new Set(['talks', 'negotiations', 'negotiating']);
const TALKS_ABOUT = new Set(['about', 'over', 'on', 'to']);
/** Verbs of weighing or threatening an act that take it as a noun ("considering legal action", "threatened a lawsuit"). */
const WEIGHING = new Set(
  `consider considers considered considering weigh weighs weighed weighing mull mulls mulled mulling threaten threatens threatened
  threatening contemplate contemplates contemplated contemplating`.split(/\s+/),
);
/** Most words from such a verb to the cue of the act it weighs ("considering possible legal action against"). */
const MAX_WEIGHED_OBJECT = 4;
/** Light verbs in their base form that take the noun of an act ("raise its stake", "take a stake", "file a lawsuit"). */
const LIGHT_VERBS = new Set('raise increase take buy sell cut end file bring launch sign make hold seek build open'.split(' '));
/** Determiners between a light verb and the noun of the act. */
const NOUN_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'a', 'an', 'the']);
/** Verbs that deny what follows ("denied that", "refused to", "failed to", "declined to"). */
const DENYING = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'refuse',
  'refuses',
  'refused',
  'refusing',
  'fail',
  'fails',
  'failed',
  'failing',
  'decline',
  'declines',
  'declined',
  'declining',
  'rejected',
  'rejects',
  'dismissed',
  'refuted',
  'disputed',
  'disputes',
]);
/** Conjunctions that make a whole sentence a condition or an open question. */
const CONDITIONAL = new Set(['if', 'unless']);
const MODALS = new Set(['could', 'might', 'may', 'should', 'would', 'can', 'must']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
/** Words that may stand inside a verb group between a modal or a negator and the cue ("could not have been sold"). */
const VERB_GROUP = new Set([
  'not',
  "n't",
  'never',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'is',
  'was',
  'are',
  'were',
  'do',
  'does',
  'did',
  'longer',
  'yet',
  'also',
  'still',
  'ever',
  'to',
  'the',
  'a',
  'an',
  'any',
  'its',
  'their',
  'his',
  'her',
  'formally',
  'directly',
  'actually',
  'legally',
  'officially',
]);
/** Words that end the reach of a governing verb. */
const SCOPE_ENDS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'because', 'meanwhile', '”', "''", '"']);
/** After a comma, the attribution of a quote or a report ("…, said Jane Doe of Acme") is outside what it reports. */
const ATTRIBUTION = new Set(['said', 'says', 'according', 'added', 'told', 'wrote', 'stated', 'noted']);
/** True when token `j` ends a clause that a governing word or a condition reaches over. */
const endsScope = (words: readonly string[], j: number) =>
  SCOPE_ENDS.has(words[j]!) || (words[j] === ',' && words.slice(j + 1, j + 4).some((w) => ATTRIBUTION.has(w)));
/** "denied reports that …": what the reports say is denied. */
const CLAIMS = new Set([
  'claims',
  'claim',
  'reports',
  'report',
  'allegations',
  'suggestions',
  'accusations',
  'charges',
  'rumors',
  'rumours',
  'speculation',
  'suggestion',
  'idea',
  'notion',
]);
const RELATIVE = new Set(['who', 'which', 'whose']);
/**
 * Nouns in "-ing" that are what is denied, not a denied deed ("has denied wrongdoing and says …", "denied
 * everything"): no clause is governed by the denial (rule denied-noun-in-ing).
 */
const ING_NOUNS = new Set(['wrongdoing', 'wrongdoings', 'everything', 'anything', 'nothing', 'something']);

/** The complement of a demanding verb: "that", "for", or an object (up to six words) followed by "to". */
function opensDemand(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if ((next === 'that' && DEMAND_THAT.test(words[i]!)) || next === 'for' || (next === 'on' && /^call/.test(words[i]!))) return true;
  for (let k = i + 2; k < Math.min(words.length, i + 8); k++) {
    if (words[k] === 'to') return true;
    if (SCOPE_ENDS.has(words[k]!) || words[k] === '.' || words[k] === ',') return false;
  }
  return false;
}

/** The index where the scope of a governing word at `i` ends (exclusive). */
function scopeEnd(words: readonly string[], i: number): number {
  // A governing verb inside a relative clause ("X, which wants Y to …,") reaches only to the clause's closing comma.
  let k = i - 1;
  while (k >= 0 && words[k] !== ',' && !RELATIVE.has(words[k]!)) k--;
  const relative = k >= 0 && RELATIVE.has(words[k]!);
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j]!;
    if (endsScope(words, j) || (relative && w === ',') || (w === ',' && words[j + 1] === 'and' && !DEMANDING.test(words[i]!))) return j;
  }
  return words.length;
}

/** The governing word before `cue` whose scope holds it, with the modality it gives. */
function governing(words: readonly string[], cue: number): Modality | undefined {
  for (let i = cue - 1; i >= 0; i--) {
    const w = words[i]!;
    let modality: Modality | undefined;
    if (DEMANDING.test(w) && opensDemand(words, i)) modality = 'demanded';
    else if (PLANNING.has(w) && (words[i + 1] === 'to' || /ing$/.test(words[i + 1] ?? '') || words[i + 1] === 'that')) modality = 'planned';
    // "in talks about Veloran taking a stake in Nordkapp", "negotiations to buy": what talks are about is not done
    // (rule talks-about-not-done).
    else if (TALKS.has(w) && TALKS_ABOUT.has(words[i + 1] ?? '') && ruleOn('talks-about-not-done')) modality = 'planned';
    // "considering legal action against Veltmar", "threatened a lawsuit against": an act weighed or threatened as a
    // noun close after the verb is not done (rule weighed-action-not-done).
    else if (WEIGHING.has(w) && cue - i <= MAX_WEIGHED_OBJECT && /^[a-z]/.test(words[i + 1] ?? '') && ruleOn('weighed-action-not-done')) modality = 'planned';
    else if (
      DENYING.has(w) &&
      (words[i + 1] === 'to' ||
        words[i + 1] === 'that' ||
        (/ing$/.test(words[i + 1] ?? '') && !(ING_NOUNS.has(words[i + 1]!) && ruleOn('denied-noun-in-ing'))) ||
        (CLAIMS.has(words[i + 1] ?? '') && words[i + 2] === 'that'))
    )
      modality = 'denied';
    // "rumours that the files on Oswald, who was charged with killing Kennedy, …": a relative clause states its own fact.
    if (modality && scopeEnd(words, i) > cue && !words.slice(i, cue).some((x, k) => x === ',' && RELATIVE.has(words[i + k + 1]!))) return modality;
  }
  return undefined;
}

/** Verbs that report what someone announced, whose "would" is the reported "will" ("said it would supply"). */
const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'told', 'stated', 'pledged', 'promised', 'vowed']);
/** Subject pronouns that may stand between the reporting verb and "would". */
const REPORTED_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/**
 * "Germany said it would supply Ukraine with tanks": "would" right after a subject pronoun that follows a verb of
 * reporting is "will" put into reported speech, a stated intention as "Germany will supply" is, not a supposition.
 */
function reportedFuture(words: readonly string[], would: number): boolean {
  if (!ruleOn('reported-will')) return false;
  const subject = words[would - 1] ?? '';
  let verbAt = words[would - 2] === 'that' ? would - 3 : would - 2;
  if (ruleOn('reported-will-after-day')) verbAt -= dayBefore(words, verbAt);
  return REPORTED_SUBJECTS.has(subject) && REPORTING.has(words[verbAt] ?? '');
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * The number of words of a day ("on Tuesday", "late on Monday", "yesterday", "today") that end at `end`: wire copy
 * puts the day between the verb of reporting and what was reported ("said on Tuesday it would give"), where it only
 * dates the saying.
 */
function dayBefore(words: readonly string[], end: number): number {
  const w = words[end] ?? '';
  if (w === 'yesterday' || w === 'today') return 1;
  if (!WEEKDAYS.has(w) || words[end - 1] !== 'on') return 0;
  return words[end - 2] === 'late' || words[end - 2] === 'early' ? 3 : 2;
}

/** Whether word `k` is a modal that supposes: not the month ("in May bought"), nor a reported "will" ("said it would"). */
function supposingModalAt(tokens: readonly string[], words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  return MODALS.has(w) && tokens[k] !== 'May' && !(w === 'would' && reportedFuture(words, k));
}

/** A modal or a negator in the cue's own verb group ("could buy", "did not acquire", "is not a member of"). */
function inVerbGroup(tokens: readonly string[], words: readonly string[], cue: number): Modality | undefined {
  // "could raise its stake in", "may take a stake in": a modal before a light verb and its object, the noun the cue
  // is, supposes the act the noun names (rule modal-before-light-verb).
  // "might take legal action against", "could file suit against": the noun may follow the light verb bare.
  const lightVerbAt = NOUN_DETERMINERS.has(words[cue - 1] ?? '') ? cue - 2 : cue - 1;
  if (LIGHT_VERBS.has(words[lightVerbAt] ?? '') && supposingModalAt(tokens, words, lightVerbAt - 1) && ruleOn('modal-before-light-verb')) return 'hypothetical';
  for (let k = cue - 1; k >= Math.max(0, cue - 5); k--) {
    const w = words[k]!;
    if (NEGATORS.has(w) || /n['’]t$/.test(w)) return 'denied';
    if (supposingModalAt(tokens, words, k)) return 'hypothetical';
    if (!VERB_GROUP.has(w)) return undefined;
  }
  return undefined;
}

/**
 * "If Fox chose Blu-ray, Sony would gain", "Sony would gain, if …": the condition and what hangs on it are both
 * supposed, up to the clause's end; "Acme will buy Globex if regulators agree" supposes only what follows "if".
 */
function conditionalOver(words: readonly string[], cue: number): boolean {
  for (let c = 0; c < words.length; c++) {
    if (!CONDITIONAL.has(words[c]!) || words[c - 1] === 'as' || words[c - 1] === 'even') continue;
    const opensClause = c === 0 || words[c - 1] === ',' || SCOPE_ENDS.has(words[c - 1]!) || words[c - 1] === '“' || words[c - 1] === '``';
    let start = opensClause ? c : c;
    if (opensClause) while (start > 0 && !endsScope(words, start - 1)) start--;
    let end = c + 1;
    while (end < words.length && !endsScope(words, end)) end++;
    if (cue >= start && cue < end) return true;
  }
  return false;
}

/**
 * A sentence's tokens lowered as the sentence view lowers them, once per array: every relation rule of a sentence asks
 * for the modality of its own cue in the same tokens (the view's `texts`).
 */
const loweredByTokens = new WeakMap<readonly string[], string[]>();
function loweredWords(tokens: readonly string[]): string[] {
  let words = loweredByTokens.get(tokens);
  if (!words) loweredByTokens.set(tokens, (words = tokens.map((t) => t.toLowerCase().replace(/’/g, "'"))));
  return words;
}

/**
 * The modality that keeps the relation signalled at token `cue` from being a fact, or undefined when the sentence
 * asserts it. `tokens` are the sentence's tokens as written.
 */
export function modalityAt(tokens: readonly string[], cue: number): Modality | undefined {
  if (!ruleOn('modality-scope')) return undefined;
  const words = loweredWords(tokens);
  if (words[words.length - 1] === '?' || words.includes('?')) return 'question';
  if (conditionalOver(words, cue)) return 'hypothetical';
  return inVerbGroup(tokens, words, cue) ?? governing(words, cue);
}
