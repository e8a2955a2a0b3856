// "Japan sent 50 tonnes of rice to Nepal", "the ambassador handed over the relief material to the minister": aid or
// supplies sent, donated, dispatched or handed over "to" someone are provided to them (rule aid-sent-to); sent,
// delivered or distributed to people in a place ("to hospitals in Gaza"), to the place (aid-to-recipients-in-place).
// The schema's PROVIDED verbs ("provide", "supply", "give", "deliver") miss these verbs, which also send troops, envoys
// and letters, so the words between the verb and "to" must name aid or supplies.
import type { EmitPair } from './pair-match.js';
import { isBasedPlace, type SentenceView } from './sentence-view.js';
import { relationDef, verbTypes } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { countryOfWord } from '../recognition/nationality-phrases.js';
import { AID_NOUNS } from '../recognition/lexicon/words.js';
import { findAmount } from './amounts.js';
import { FUNDING_NOUNS, NOT_FUNDING } from './funds-raised-from.js';

/** Verbs of sending that take aid as their object; "handed" and "turned" only with "over". */
const SENDING =
  /^(?:sent|sends|send|sending|donated|donates|donate|donating|dispatched|dispatches|dispatch|airlifted|airlifts|shipped|ships|flew|rushed|rushes|handed over|hands over|handing over|hand over)$/;

/** Most words between the verb and "to": the aid and what describes it ("11 tonnes of tents, blankets and medicines"). */
const MAX_OBJECT_WORDS = 12;

/** Words that open another clause between the two, whose sending is another's. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'but', 'after', 'said', 'says', 'when', 'while', 'if', 'because', 'before', ';']);

/** Verbs of handing out that take aid as their object, for aid brought to people in a place. */
const HANDING_OUT = /^(?:delivered|delivers|deliver|delivering|distributed|distributes|distribute|distributing)$/;

/** Who aid is brought to in a place ("to hospitals in Gaza", "to displacement centres in Mocuba"). */
const RECIPIENT_NOUNS = new Set(
  `hospitals hospital clinics clinic families people residents communities centres centers camps villages towns schools
   refugees survivors victims shelters households children patients evacuees districts areas`.split(/\s+/),
);
/** Words that put the recipients in the place named after them. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'around']);
/** Most words from "to" to the place's preposition: the recipients and what describes them. */
const MAX_RECIPIENT_WORDS = 4;

/**
 * Where "to" stands before recipients in a place that ends the words between ("… to hospitals in", "… to displacement
 * centres across"), or -1 (rule aid-to-recipients-in-place).
 */
function toRecipientsIn(between: readonly string[]): number {
  if (!PLACE_PREPOSITIONS.has(between.at(-1) ?? '')) return -1;
  const to = between.lastIndexOf('to');
  const recipients = between.slice(to + 1, -1);
  if (to < 0 || !recipients.length || recipients.length > MAX_RECIPIENT_WORDS) return -1;
  return recipients.every((w) => /^[a-z-]+$/.test(w)) && RECIPIENT_NOUNS.has(recipients.at(-1)!) ? to : -1;
}

/** Emits PROVIDED from the one who sends aid to the one named right after "to", with the aid as its object. */
export function aidSentTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('aid-sent-to')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    // "a Haiphong-based producer that shipped 410,000 tonnes to the EU": the place only says where the producer is, and
    // sends nothing (rule based-place-no-subject).
    if (isBasedPlace(view, source) && ruleOn('based-place-no-subject')) continue;
    const between = words.slice(source.end, target.start);
    // "… delivered 20 tonnes of supplies to hospitals in Gaza": aid brought to people in a place is provided to the
    // place (rule aid-to-recipients-in-place).
    const inPlace = target.slots.every((s) => s.root === 'Location') && ruleOn('aid-to-recipients-in-place') ? toRecipientsIn(between) : -1;
    // "… to Nepal's minister": the possessor before the name is the target, as "to" reaches it.
    const to = inPlace >= 0 ? inPlace : between.at(-1) === 'the' ? between.length - 2 : between.length - 1;
    if (between[to] !== 'to') continue;
    // The verb: at most three words of a verb group after the sender ("has", "on wednesday").
    let verbAt = -1;
    let verbLength = 1;
    for (let k = 0; k < Math.min(4, to); k++) {
      const two = `${between[k]} ${between[k + 1] ?? ''}`;
      if (SENDING.test(two)) [verbAt, verbLength] = [k, 2];
      else if (SENDING.test(between[k] ?? '') && !/^(?:hand|hands|handing|handed)$/.test(between[k] ?? '')) verbAt = k;
      else if (inPlace >= 0 && HANDING_OUT.test(between[k] ?? '')) verbAt = k;
      if (verbAt >= 0) break;
    }
    if (verbAt < 0) continue;
    const object = between.slice(verbAt + verbLength, to);
    if (!object.length || object.length > MAX_OBJECT_WORDS || object.some((w) => CLAUSE_WORDS.has(w))) continue;
    if (!object.some((w) => AID_NOUNS.has(w))) continue;
    const cueAt = source.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(source.slots, target.slots, {
      types: [relationDef('PROVIDED')],
      reverse: false,
      properties: { verb: between.slice(verbAt, verbAt + verbLength).join(' '), object: object.join(' '), ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('aid-sent-to'),
      cueAt,
    });
  }
}

/** Most words of a relative clause read back for its opening ", which". */
const MAX_RELATIVE = 15;

/** The group before the ", which" or ", who" that opens the relative clause holding `at`, if any. */
function subjectOfRelative(view: SentenceView, at: number): SentenceView['groups'][number] | undefined {
  const { words, groups } = view;
  for (let k = at - 1; k > 0 && k >= at - MAX_RELATIVE; k--) {
    if (words[k] === ',' && k < at - 1) return undefined;
    if ((words[k] === 'which' || words[k] === 'who') && words[k - 1] === ',') return groups.find((g) => g.end === k - 1);
  }
  return undefined;
}

/** Verbs of promising or granting money, whose recipient "to" names ("pledged $40 million in grants to"). */
const PLEDGING =
  /^(?:pledged|pledges|pledge|pledging|promised|promises|committed|commits|awarded|awards|granted|earmarked|allocated|allocates|approved|approves)$/;

/**
 * In the words between two names that end in "to" (or "to the"), a verb matching `verb` among their first four (a verb
 * group after the first name: "has", "on friday") and the words of its object up to "to"; undefined when there is none.
 */
function verbBeforeTo(between: readonly string[], verb: RegExp): { verbAt: number; object: string[] } | undefined {
  const to = between.at(-1) === 'the' ? between.length - 2 : between.length - 1;
  return between[to] === 'to' ? verbAndObject(between, to, verb) : undefined;
}

/** The verb among the first words of `between` and the words from it to the "to" at `to`, or undefined. */
function verbAndObject(between: readonly string[], to: number, verb: RegExp): { verbAt: number; object: string[] } | undefined {
  const verbAt = between.slice(0, Math.min(4, to)).findIndex((w) => verb.test(w));
  return verbAt < 0 ? undefined : { verbAt, object: between.slice(verbAt + 1, to) };
}

/**
 * "Japan pledged $40 million in emergency grants to Bangladesh", "the foundation awarded a grant to Kelvane Labs":
 * money pledged, awarded or granted "to" someone funds them (rule funds-pledged-to). The words between the verb and
 * "to" must hold a sum or a noun of funding, and no loan, fine or payment, which are not funding.
 */
export function fundsPledgedTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('funds-pledged-to')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    const between = words.slice(source.end, target.start);
    const found = verbBeforeTo(between, PLEDGING);
    if (!found) continue;
    const { verbAt, object } = found;
    if (!object.length || object.length > MAX_OBJECT_WORDS || object.some((w) => CLAUSE_WORDS.has(w) || NOT_FUNDING.has(w))) continue;
    const cueAt = source.end + verbAt;
    const amount = findAmount(view.texts.slice(cueAt + 1, target.start).join(' '));
    if (!amount && !object.some((w) => FUNDING_NOUNS.has(w))) continue;
    // "awarded a 410 million euro contract to Hanseatic": a contract's sum pays for work done, and funds no one (rule
    // contract-awarded-to reads who does the work).
    if (ruleOn('contract-awarded-to') && object.some((w) => CONTRACT_NOUNS.has(w))) continue;
    // "Japan, which sent a team to General Santos, pledged …": after a comma the verb is the subject's whose relative
    // clause the name before it ends, not that name's.
    const funder = between.slice(0, verbAt).includes(',') ? subjectOfRelative(view, source.start) : source;
    if (!funder) continue;
    const modality = modalityAt(view.texts, cueAt);
    emit(funder.slots, target.slots, {
      types: [relationDef('INVESTED_IN')],
      reverse: false,
      // The sum is read from the sentence as written, after the cue, when the relation is built (relate.ts).
      properties: { verb: between[verbAt]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('funds-pledged-to'),
      cueAt,
    });
  }
}

/** Nouns of work ordered and paid for: the party it is awarded to does the work. */
const CONTRACT_NOUNS = new Set(['contract', 'contracts', 'order', 'orders', 'tender']);
/** Most lower-case words between a "-based" place and the name it places ("Clovis-based developer Sierra Crest"). */
const MAX_BASED_DESCRIPTION = 2;
/** Nouns of a right to run a public asset, awarded as a contract is ("a 25-year concession to run the terminal"). */
const CONCESSION_NOUNS = new Set(['concession', 'concessions', 'licence', 'license', 'franchise']);
/** Most words of what a contract awarded is for, when it is a deed (rule contract-awarded-past-description). */
const MAX_DEED_OBJECT_WORDS = 20;
/** Most place groups passed over inside the object of the award. */
const MAX_PLACES_IN_OBJECT = 2;
/** Most lower-case words describing the contractor between "to" and its name ("to Swedish consultancy Fennoscan"). */
const MAX_CONTRACTOR_WORDS = 3;

/**
 * verbBeforeTo, with a description of the party between "to" and its name ("to Swedish consultancy Fennoscan", "to
 * Turkish builder Demirsoy"): a people's adjective and up to three lower-case words (rule
 * contract-awarded-past-description).
 */
function verbBeforeDescribedTo(view: SentenceView, between: readonly string[], contractorStart: number): { verbAt: number; object: string[] } | undefined {
  let to = between.length - 1;
  let described = 0;
  while (to > 0 && described < MAX_CONTRACTOR_WORDS + 1 && between[to] !== 'to') {
    const text = view.texts[contractorStart - (between.length - to)] ?? '';
    if (!/^[a-z][a-z-]*$/.test(text) && !countryOfWord(text, true)) return undefined;
    to--;
    described++;
  }
  return between[to] === 'to' && described > 0 ? verbAndObject(between, to, AWARDING) : undefined;
}

/** Verbs of awarding a contract. */
const AWARDING = /^(?:awarded|awards|award|awarding|gave|gives|give|handed|hands|granted|grants)$/;

/**
 * "The European Space Agency has awarded a 410 million euro contract to Hanseatic Orbital Systems to design and build
 * a lander": the party a contract or an order is awarded "to" provides what it is for to the party awarding it (rule
 * contract-awarded-to; PROVIDED, from the contractor). A sum in the contract is not funding (funds-pledged-to).
 */
export function contractAwardedTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('contract-awarded-to')) return;
  const { words, groups } = view;
  const past = ruleOn('contract-awarded-past-description');
  for (let i = 0; i + 1 < groups.length; i++) {
    const awarder = itemAt(groups, i);
    // "awarded a concession to run a terminal at the port of Mombasa to Azurite": places named inside what the contract
    // is for are passed over (rule contract-awarded-past-description).
    let next = i + 1;
    while (past && next + 1 < groups.length && next - i <= MAX_PLACES_IN_OBJECT && itemAt(groups, next).slots.every((s) => s.root === 'Location')) {
      const after = words.slice(itemAt(groups, next).end, itemAt(groups, next + 1).start);
      if (!after.includes('to')) break;
      next++;
    }
    const contractor = itemAt(groups, next);
    const between = words.slice(awarder.end, contractor.start);
    const found = verbBeforeTo(between, AWARDING) ?? (past ? verbBeforeDescribedTo(view, between, contractor.start) : undefined);
    if (!found || between.slice(0, found.verbAt).includes(',')) continue;
    const { verbAt, object } = found;
    // A contract for a deed says what the deed is ("to build the first 560-kilometre section of the railway").
    const longest = past ? MAX_DEED_OBJECT_WORDS : MAX_OBJECT_WORDS;
    if (!object.length || object.length > longest || object.some((w) => CLAUSE_WORDS.has(w))) continue;
    // The contract is the head of the object: its last word, or the last before "for" ("a contract for 60 trains"), or,
    // under rule contract-awarded-past-description, the one before "to" and a verb ("a contract to build the line").
    const forAt = object.indexOf('for');
    const head = forAt > 0 ? object[forAt - 1] : object.at(-1);
    const toDo = object.indexOf('to');
    const headToDo = past && toDo > 0 ? object[toDo - 1] : undefined;
    const contractNoun = (w: string | undefined) => CONTRACT_NOUNS.has(w ?? '') || (past && CONCESSION_NOUNS.has(w ?? ''));
    if (!contractNoun(head) && !contractNoun(headToDo)) continue;
    // "to Clovis-based Sierra Crest Development": the place only says where the contractor after it is.
    // "to Dubai's Azurite": the possessor place only says whose the contractor is.
    const possessed =
      past && contractor.slots.every((s) => s.root === 'Location' && s.possessive) && (groups[next + 1]?.start ?? Infinity) <= contractor.end + 1;
    const doer = isBasedPlace(view, contractor) || possessed ? groups[next + 1] : contractor;
    if (past && doer?.slots.some((s) => s.root === 'Location')) continue;
    // "Kenya awards Mombasa terminal concession to Dubai's Azurite": a headline's country stands for the body that
    // awards, which the story names; read past a place, only a named body awards.
    if ((next > i + 1 || possessed) && awarder.slots.some((s) => s.root === 'Location')) continue;
    if (!doer || doer.start > contractor.end + MAX_BASED_DESCRIPTION) continue;
    const cueAt = awarder.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(doer.slots, awarder.slots, {
      types: [relationDef('PROVIDED')],
      reverse: false,
      properties: { verb: between[verbAt]!, object: object.join(' '), ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('contract-awarded-to'),
      cueAt,
    });
  }
}

/** Verbs of winning a contract. */
const WINNING = new Set(['won', 'wins', 'win', 'winning', 'secured', 'secures', 'landed', 'lands']);
/** Most words between the article and the contract's noun ("a five-year, $31 million contract"). */
const MAX_WON_WORDS = 8;

/**
 * "Acme Cleaning won a five-year, $31 million contract from the Transit Authority", "Shreeram Infracon won the PMC
 * contract to build the flyover": the party that wins a contract from a body, or the body's contract, provides what it
 * is for to that body (rule contract-won-from; PROVIDED, from the winner).
 */
export function contractsWon(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('contract-won-from')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const winner = itemAt(groups, i);
    // A place inside a description set off after the winner ("a Pune-based firm") is passed over.
    let j = i + 1;
    while (
      j + 1 < groups.length &&
      words[winner.end] === ',' &&
      itemAt(groups, j).slots.every((s) => s.root === 'Location') &&
      !words.slice(winner.end + 1, itemAt(groups, j).start).includes(',')
    )
      j++;
    const client = itemAt(groups, j);
    if (winner.slots.some((s) => s.root === 'Location') || client.slots.some((s) => s.root !== 'Organization' || s.possessive)) continue;
    const between = words.slice(winner.end, client.start);
    // "Shreeram Infracon, a Pune-based firm, won": a description set off after the winner is passed over.
    const close = between[0] === ',' && /^(?:a|an|the)$/.test(between[1] ?? '') ? between.indexOf(',', 1) : -1;
    const verbAt = between.findIndex((w, k) => k > close && WINNING.has(w));
    if (verbAt < 0 || verbAt - close - 1 > 3 || between.slice(close + 1, verbAt).some((w) => w === ',' || CLAUSE_WORDS.has(w))) continue;
    if (!/^(?:a|an|the)$/.test(between[verbAt + 1] ?? '')) continue;
    const rest = between.slice(verbAt + 2);
    // "won the PMC contract": the body's name qualifies the contract.
    const named = rest.length === 0 && CONTRACT_NOUNS.has(words[client.end] ?? '');
    // "won a five-year, $31 million contract from the Transit Authority".
    const end = rest.at(-1) === 'the' ? rest.length - 2 : rest.length - 1;
    const from =
      rest[end] === 'from' &&
      end >= 1 &&
      end <= MAX_WON_WORDS &&
      (CONTRACT_NOUNS.has(rest[end - 1]!) || CONCESSION_NOUNS.has(rest[end - 1]!)) &&
      !rest.slice(0, end).some((w) => CLAUSE_WORDS.has(w));
    if (!named && !from) continue;
    const cueAt = winner.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(winner.slots, client.slots, {
      types: [relationDef('PROVIDED')],
      reverse: false,
      properties: { verb: 'win', object: named ? words[client.end]! : rest[end - 1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('contract-won-from'),
      cueAt,
    });
  }
}

/** Verbs of ending a tie, by their forms. */
const ENDING_LEMMAS = new Set(['end', 'terminate', 'cancel', 'sever', 'suspend', 'scrap']);
/** The lemma of a verb of ending a tie, read as the schema's verbs are read, or undefined. */
const endingLemma = (w: string): string | undefined => {
  const lemma = verbTypes(w)?.lemma;
  return lemma !== undefined && ENDING_LEMMAS.has(lemma) ? lemma : undefined;
};
/** Nouns of a tie between two parties that one of them can end. */
const TIE_NOUNS = new Set(
  'contract contracts agreement agreements partnership partnerships sponsorship sponsorships deal deals relationship relationships ties subscription subscriptions alliance licence license arrangement'.split(
    ' ',
  ),
);
/** Words that may stand before the verb of ending: auxiliaries, "said it", adverbs. */
const BEFORE_ENDING = new Set('has have had is was were will would said says it also formally abruptly quietly now had been would be'.split(' '));
/** Most words of the tie's noun phrase ("its ten-year sponsorship agreement"). */
const MAX_TIE_WORDS = 4;
/** Articles between "with" and the party. */
const DETERMINERS_BEFORE_PARTY = new Set(['the', 'a', 'an']);

/**
 * "Fjordlys Arts Festival has ended its sponsorship agreement with Havbrann Petroleum", "Tregarth said it was ending its
 * partnership with Sunfield": ending a tie "with" a party ends the service to it (rule ended-tie-with;
 * TERMINATED_SERVICE, whose own object preposition is "to").
 */
export function tiesEndedWith(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('ended-tie-with')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const ender = itemAt(groups, i);
    // "The Spreewelle Film Festival in Berlin has ended its deal": a place is where the ender is, not the ender.
    if (ender.slots.some((s) => s.mention.kind === 'pronoun' || s.root === 'Location')) continue;
    // "its" before the tie stands in the view as the ender again.
    let j = i + 1;
    while (j + 1 < groups.length && itemAt(groups, j).slots.every((s) => s.mention.kind === 'pronoun')) j++;
    const partner = itemAt(groups, j);
    if (partner.slots.some((s) => s.possessive || s.mention.kind === 'pronoun')) continue;
    const between = words.slice(ender.end, partner.start);
    let k = 0;
    while (k < between.length && k < 4 && BEFORE_ENDING.has(between[k]!)) k++;
    const lemma = endingLemma(between[k] ?? '');
    if (!lemma) continue;
    const verbAt = k;
    let withAt = between.length - 1;
    while (withAt > verbAt && DETERMINERS_BEFORE_PARTY.has(between[withAt]!)) withAt--;
    // "with oil producer Havbrann Petroleum": a few lower-case words may describe the party.
    let described = 0;
    while (withAt > verbAt && described < MAX_CONTRACTOR_WORDS && between[withAt] !== 'with' && /^[a-z][a-z-]*$/.test(between[withAt]!)) {
      withAt--;
      described++;
    }
    if (between[withAt] !== 'with') continue;
    const tie = between.slice(verbAt + 1, withAt);
    if (tie.length < 2 || tie.length > MAX_TIE_WORDS || !/^(?:its|their|the|a|an|all)$/.test(tie[0]!) || !TIE_NOUNS.has(tie.at(-1)!)) continue;
    const cueAt = ender.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(ender.slots, partner.slots, {
      types: [relationDef('TERMINATED_SERVICE')],
      reverse: false,
      properties: { verb: lemma, object: tie.slice(1).join(' '), ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('ended-tie-with'),
      cueAt,
    });
  }
}
