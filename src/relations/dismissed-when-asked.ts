// "Asked about Green Tide's objections, Sunil Rama said they were absurd": a sayer who answers a question about what
// someone claims or demands by calling it baseless criticises that someone (rule dismissed-when-asked). The one
// criticised stands in the opening phrase, and the verdict in the reported clause after "said".
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/** Openings that put a question or a topic to the sayer ("Asked about", "Commenting on", "Responding to"). */
const OPENINGS = new Map([
  ['asked', new Set(['about'])],
  ['commenting', new Set(['on'])],
  ['responding', new Set(['to'])],
  ['reacting', new Set(['to'])],
]);
/** Words of what someone puts forward, which a sayer may dismiss. */
const CLAIM_NOUNS = new Set(
  'demands demand claims claim objections objection complaints complaint allegations allegation accusations accusation criticism proposals proposal comments remarks case'.split(
    ' ',
  ),
);
/** Verdicts that dismiss a claim as without ground or sense. */
const DISMISSIVE = new Set(
  'absurd unrealistic exaggerated ridiculous baseless unfounded groundless false untrue misleading outrageous nonsense nonsensical wrong unacceptable reckless irresponsible ludicrous laughable preposterous'.split(
    ' ',
  ),
);
/** What refers back to the claim in the reported clause ("they were", "it was", "the claims were"). */
const CLAIM_PRONOUNS = new Set(['they', 'it', 'these', 'those', 'this']);
const BE = new Set(['were', 'was', 'are', 'is']);
/** Words between "said" and the reported clause ("said last month that", "said on Monday"). */
const AFTER_SAID = new Set([
  'that',
  'on',
  'last',
  'this',
  'earlier',
  'later',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'week',
  'month',
  'year',
]);
/** Most words between the opening's comma and the sayer ("the trust's chief executive Alan Fenwick"). */
const MAX_BEFORE_SAYER = 6;
/** Adverbs of degree before the verdict ("were completely absurd"). */
const DEGREE = new Set(['completely', 'totally', 'utterly', 'simply', 'entirely', 'wholly', 'quite', 'absolutely', 'frankly', 'clearly']);

/** Emits CRITICISED from the sayer to the one whose claim the opening names, when the sayer calls it baseless. */
export function dismissedWhenAsked(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('dismissed-when-asked')) return;
  const { words, groups } = view;
  const open = view.bodyStart;
  const prepositions = OPENINGS.get(words[open] ?? '');
  if (!prepositions || !prepositions.has(words[open + 1] ?? '')) return;
  const comma = words.indexOf(',', open + 2);
  if (comma < 0) return;
  // "Asked about Green Tide's objections,": the claimant is the possessor of the claim noun.
  const claimant = groups.find((g) => g.end < comma && g.slots.length === 1 && itemAt(g.slots, 0).possessive && CLAIM_NOUNS.has(words[g.end + 1] ?? ''));
  if (!claimant || !words.slice(claimant.end + 2, comma).every((w) => w === '’' || w === "'")) return;
  const sayer = groups.find((g) => g.start > comma && (words[g.end] === 'said' || words[g.end] === 'says'));
  if (!sayer || sayer.slots.length !== 1 || sayer.start > comma + MAX_BEFORE_SAYER) return;
  let at = sayer.end + 1;
  while (AFTER_SAID.has(words[at] ?? '') && at < sayer.end + 4) at++;
  if (words[at] === 'the' && CLAIM_NOUNS.has(words[at + 1] ?? '')) at++;
  if (!(CLAIM_PRONOUNS.has(words[at] ?? '') || CLAIM_NOUNS.has(words[at] ?? '')) || !BE.has(words[at + 1] ?? '')) return;
  let verdict = at + 2;
  if (DEGREE.has(words[verdict] ?? '')) verdict++;
  if (!DISMISSIVE.has(words[verdict] ?? '')) return;
  const source = itemAt(sayer.slots, 0);
  if (source.entity.id === itemAt(claimant.slots, 0).entity.id || !(source.root === 'Person' || source.root === 'Organization')) return;
  emit(sayer.slots, claimant.slots, {
    types: [relationDef('CRITICISED')],
    reverse: false,
    properties: { verb: words[verdict]! },
    ...statedBy('dismissed-when-asked'),
    cueAt: verdict,
  });
}
