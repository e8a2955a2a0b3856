// "Aldgate Asset Management, which holds about 8 per cent of Harwell Foods", "Tasker Holdings controls 51% of Carrow":
// a share of a business held, written as a percentage after a verb of holding, says the holder owns part of it (rule
// share-held). The schema's OWNS verbs hold "own" but not "hold" or "control", and the classifier reads no percentage.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs of holding a share. */
const HOLDING = new Set(['holds', 'held', 'hold', 'holding', 'controls', 'controlled', 'control', 'owns', 'owned', 'own']);
/** Words that may stand between the holder and the verb ("which holds", ", which now holds", "also owns"). */
const BEFORE_HOLDING = new Set([',', 'which', 'who', 'that', 'now', 'already', 'also', 'still', 'currently', 'has', 'had', 'long']);
/** Words that qualify the percentage ("about 8 per cent", "just over half", "more than 30%"). */
const QUALIFIERS = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'approximately',
  'over',
  'under',
  'just',
  'more',
  'less',
  'than',
  'a',
  'an',
]);
/** A percentage as news writes it: "8", "8.5" or "8%" before "per cent", "percent" or "%". */
const NUMBER = /^\d+(?:\.\d+)?%?$/;

/**
 * The words between the holder and the business, read as a share held: the verb, the percentage and "of" or "in" (a
 * "stake" or "holding" may follow the percentage). The share as written ("8 per cent"), or undefined.
 */
function shareBetween(between: readonly string[]): { verbAt: number; phraseEnd: number; share: string } | undefined {
  let k = 0;
  while (k < between.length && BEFORE_HOLDING.has(between[k]!)) k++;
  const verbAt = k;
  if (!HOLDING.has(between[k] ?? '')) return undefined;
  k++;
  while (k < between.length && QUALIFIERS.has(between[k]!)) k++;
  const from = k;
  if (!NUMBER.test(between[k] ?? '')) return undefined;
  k++;
  if (!between[k - 1]!.endsWith('%')) {
    if (between[k] === 'per' && between[k + 1] === 'cent') k += 2;
    else if (between[k] === 'percent' || between[k] === '%') k++;
    else return undefined;
  }
  const share = between.slice(from, k).join(' ');
  if (between[k] === 'stake' || between[k] === 'holding') k++;
  if (!/^(?:of|in)$/.test(between[k] ?? '')) return undefined;
  k++;
  // Only a determiner may stand between the preposition and the business ("of the company" is no name).
  return between.slice(k).every((w) => w === 'the') ? { verbAt, phraseEnd: k, share } : undefined;
}

/** Emits OWNS from the holder to the business a share of which it holds, with the share as written. */
export function sharesHeld(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('share-held')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const holder = itemAt(groups, i);
    const business = itemAt(groups, i + 1);
    if (!business.slots.every((s) => s.root === 'Organization')) continue;
    if (!holder.slots.every((s) => s.root === 'Organization' || s.root === 'Person')) continue;
    const found = shareBetween(words.slice(holder.end, business.start));
    if (!found) continue;
    const cueAt = holder.end + found.verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(holder.slots, business.slots, {
      types: [relationDef('OWNS')],
      reverse: false,
      // The phrase from the verb to the preposition signals the fact: "holds a 33% stake in".
      properties: {
        verb: words.slice(cueAt, holder.end + found.phraseEnd).join(' '),
        share: found.share,
        ...(modality ? { negated: true, modality } : {}),
      },
      ...statedBy('share-held'),
      cueAt,
    });
  }
}
