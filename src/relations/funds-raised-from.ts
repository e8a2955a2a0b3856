// "Voltaris Energy raised $12 million from Greyhaven Capital", "Brakka Labs received a grant from the Halden
// Foundation", "raised €8m in a funding round led by Sorbek Ventures": the party the money comes from funds the one
// that raised or received it (rule funds-raised-from). No verb of the schema stands between the two, and the funder
// is the source though it is named last.
import type { EmitPair } from './pair-match.js';
import { CLAUSE_BREAKS } from './pair-match.js';
import { isBasedPlace, type SentenceView } from './sentence-view.js';
import { relationDef, verbTypes } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { findAmount } from './amounts.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs of raising money: with a sum as their object, the party after "from" can only be an investor. */
const RAISING_VERBS = new Set(['raise', 'raises', 'raised', 'raising']);
/** Verbs of getting something, which say funding only when their object is a noun of funding ("received a grant"). */
const RECEIVING_VERBS = new Set([
  ...RAISING_VERBS,
  ...['receive', 'receives', 'received', 'secure', 'secures', 'secured', 'win', 'wins', 'won', 'obtain', 'obtains', 'obtained'],
  ...['attract', 'attracts', 'attracted', 'land', 'lands', 'landed'],
]);
/** Words that may stand between the one funded and the verb ("has also raised"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'recently', 'already', 'now']);
/** Nouns of money given to fund the receiver; a loan, a payment or damages are no funding. */
export const FUNDING_NOUNS = new Set([
  'funding',
  'grant',
  'grants',
  'investment',
  'investments',
  'financing',
  'backing',
  'donation',
  'donations',
  'endowment',
  'capital',
]);
/** Nouns in the object that make the money something other than funding ("$5m in damages from Globex"). */
export const NOT_FUNDING = new Set(['damages', 'compensation', 'settlement', 'refund', 'payment', 'payments', 'fine', 'fines', 'loan', 'loans']);
/** Most words between the verb and "from" or "led by" ("12 million dollars in a new funding round"). */
const MAX_OBJECT = 12;
/** Most words between "from" or "led by" and the funder's name ("the venture capital firm"). */
const MAX_DESCRIBING = 4;
/** Nouns of taking part in a round after ", with" that name a further funder ("with participation from Sorbek"). */
const JOINING_NOUNS = new Set(['participation', 'backing', 'funding', 'support', 'money', 'investment']);

/** True when the words from `at` to `end` are at most a few lower-case words describing a name ("the venture firm"). */
const describesName = (words: readonly string[], at: number, end: number) =>
  end - at <= MAX_DESCRIBING && words.slice(at, end).every((w) => /^[\p{Ll}-]+$/u.test(w) && verbTypes(w) === undefined);

/** The group after a funder that joins it in the round (", with participation from Sorbek Ventures"), if any. */
function joiningFunder(view: SentenceView, funder: { end: number }, next: { start: number } | undefined): boolean {
  const { words } = view;
  let at = funder.end;
  if (!next || words[at] !== ',' || words[at + 1] !== 'with') return false;
  at += 2;
  if (words[at] === 'additional' || words[at] === 'further') at++;
  if (!JOINING_NOUNS.has(words[at] ?? '') || words[at + 1] !== 'from') return false;
  return describesName(words, at + 2, next.start);
}

/** The object before the words that lead to the funder ("from", or "led by" after a round) and where the lead ends. */
function funderLead(words: readonly string[], from: number, to: number): { object: readonly string[]; at: number; via: string } | undefined {
  for (let k = from; k < to && k - from <= MAX_OBJECT; k++) {
    const w = words[k]!;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === 'and' || w === 'or' || w === 'which' || w === 'that' || w === 'who') return undefined;
    if (w === 'from') return { object: words.slice(from, k), at: k + 1, via: 'from' };
    if (w === 'led' && words[k + 1] === 'by' && /^rounds?$/.test(words[k - 1] ?? '')) return { object: words.slice(from, k), at: k + 2, via: 'round led by' };
  }
  return undefined;
}

/** Emits INVESTED_IN from the party money was raised or received from to the organisation that raised or received it. */
export function fundsRaisedFrom(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('funds-raised-from')) return;
  const { groups, words } = view;
  const tokens = view.texts;
  for (let i = 0; i + 1 < groups.length; i++) {
    const funded = itemAt(groups, i);
    if (!funded.slots.every((s) => s.root === 'Organization') || itemAt(funded.slots, funded.slots.length - 1).possessive) continue;
    // "Casalume, which raised 40 million euros from …": a relative clause set off after the name is the name's
    // (rule funds-raised-relative-and-based).
    const relative = words[funded.end] === ',' && words[funded.end + 1] === 'which' && ruleOn('funds-raised-relative-and-based');
    const clauseAt = relative ? funded.end + 2 : funded.end;
    let verbAt = clauseAt;
    while (BEFORE_VERB.has(words[verbAt] ?? '') && verbAt < clauseAt + 2) verbAt++;
    const verb = words[verbAt] ?? '';
    if (!RECEIVING_VERBS.has(verb)) continue;
    // "from Madrid-based Meseta Ventures": the place of a "-based" modifier only says where the funder is.
    const placed = itemAt(groups, i + 1);
    const afterPlace = groups[i + 2];
    const basedPlace = isBasedPlace(view, placed) && afterPlace?.start === placed.end && ruleOn('funds-raised-relative-and-based');
    const funder = basedPlace ? afterPlace : placed;
    const lead = funderLead(words, verbAt + 1, funder.start);
    if (!lead) continue;
    if (!describesName(words, lead.at, funder.start)) continue;
    if (lead.object.some((w) => NOT_FUNDING.has(w))) continue;
    const objectText = tokens.slice(verbAt + 1, verbAt + 1 + lead.object.length).join(' ');
    const namesFunding = lead.object.some((w) => FUNDING_NOUNS.has(w) || w === 'round' || w === 'rounds');
    const raisedSum = RAISING_VERBS.has(verb) && findAmount(objectText) !== undefined;
    if (!namesFunding && !raisedSum) continue;
    if (!funder.slots.every((s) => s.root === 'Organization' || s.root === 'Person')) continue;
    const found = modalityAt(tokens, verbAt);
    const match = {
      types: [relationDef('INVESTED_IN')],
      reverse: false,
      properties: { verb: `${verb} ${lead.via}`, ...(found ? { negated: true, modality: found } : {}) },
      ...statedBy('funds-raised-from'),
      cueAt: verbAt,
    };
    emit(funder.slots, funded.slots, match);
    const next = groups[i + (basedPlace ? 3 : 2)];
    if (next && joiningFunder(view, funder, next) && next.slots.every((s) => s.root === 'Organization' || s.root === 'Person'))
      emit(next.slots, funded.slots, match);
  }
}

/** Most words between a round's leader and "led" (", the San Francisco venture firm that led"). */
const MAX_BEFORE_LED = 10;
/** Most words between "led" and "round" ("a £75m Series B funding round", "Brightwell's $55 million funding round"). */
const MAX_ROUND_WORDS = 10;

/**
 * "Harborline Ventures, which led Mivrak Labs' $45 million funding round": the leader of a round invests in the
 * business whose round it is, named in the possessive before the round (rule round-leader-invests).
 */
export function roundLeaders(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('round-leader-invests')) return;
  const { groups, words } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const leader = itemAt(groups, i);
    if (!leader.slots.every((s) => s.root === 'Organization' || s.root === 'Person') || leader.slots.some((s) => s.possessive)) continue;
    // "led" after the leader, past at most a description that ends in "which", "that" or "who" and names no party.
    let ledAt = -1;
    for (let k = leader.end; k < words.length && k <= leader.end + MAX_BEFORE_LED; k++) {
      if (words[k] === 'led') {
        ledAt = k;
        break;
      }
    }
    if (ledAt < 0) continue;
    const opener = words[ledAt - 1] ?? '';
    if (ledAt !== leader.end && !/^(?:which|that|who|also|has|had)$/.test(opener)) continue;
    const inside = groups.filter((g) => g.start >= leader.end && g.end <= ledAt);
    if (inside.some((g) => g.slots.some((s) => s.root !== 'Location'))) continue;
    if (!words.slice(ledAt + 1, ledAt + 1 + MAX_ROUND_WORDS).some((w) => w === 'round' || w === 'rounds')) continue;
    // The business: the possessor right after "led" ("led a round in X" is funding-round-nominal's).
    const funded = groups.find((g) => g.start === ledAt + 1 && g.slots.every((s) => s.root === 'Organization') && g.slots.some((s) => s.possessive));
    if (!funded || funded.slots.some((s) => leader.slots.some((l) => l.entity.id === s.entity.id))) continue;
    const found = modalityAt(view.texts, ledAt);
    emit(leader.slots, funded.slots, {
      types: [relationDef('INVESTED_IN')],
      reverse: false,
      properties: { verb: 'led round', ...(found ? { negated: true, modality: found } : {}) },
      ...statedBy('funds-raised-from'),
      cueAt: ledAt,
    });
  }
}
