// Runs the learned relation classifier over every pair of named people, organisations and places in a sentence
// view, whatever lies between them: it reaches the long-distance facts the neighbour-only patterns cannot
// ("Booth, the actor who later shot Lincoln") and gives the relate stage a second opinion on pattern output.
import { relationDef, type RelationDef } from './signals.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { classifyPair, type RelationModel } from './relation-classifier.js';
import { MAX_GAP, featureWords, pairLabel, type PairMention, type PairType } from './pair-features.js';
import { filterStable, mapStable } from '../util/stable-arrays.js';

/** The schema type each classifier label stands for. */
export const LABEL_TYPES: Record<string, string> = {
  Work_For: 'WORKS_FOR',
  Kill: 'KILLED',
  OrgBased_In: 'LOCATED_IN',
  Live_In: 'LIVES_IN',
  Located_In: 'LOCATED_IN',
};

/** Schema types the classifier has an opinion on (it may veto pattern output of these types). */
export const CLASSIFIED_TYPES = new Set(Object.values(LABEL_TYPES));

export interface ClassifiedPair {
  source: Slot;
  target: Slot;
  type: RelationDef;
  /** How far the model prefers this relation over "none" and over the other direction. */
  margin: number;
}

const PAIR_TYPES = new Set<string>(['Person', 'Organization', 'Location']);

/** The named people, organisations and places of a sentence view, as the classifier sees them. */
export function pairSlots(view: SentenceView): { slots: Slot[]; mentions: PairMention[]; tokens: string[] } {
  // Slots come in text order without overlaps, so the mentions between two of them are the ones listed between.
  // In one layout (stable-arrays.ts), as the classifier's loops read them.
  const slots = filterStable(
    view.groups.flatMap((g) => g.slots),
    (s) => s.mention.kind === 'name' && PAIR_TYPES.has(s.root),
  );
  const tokens = featureWords(view.texts);
  return { slots, tokens, mentions: mapStable(slots, (s) => ({ start: s.start, end: s.end, type: s.root as PairType })) };
}

/** A mention's offsets counted from token `from`. */
function shifted(mention: PairMention, from: number): PairMention {
  return { ...mention, start: mention.start - from, end: mention.end - from };
}

/** Both directions of every named pair the classifier can judge, each with its margin. */
export function classifySentence(view: SentenceView, model: RelationModel): ClassifiedPair[] {
  const { slots, mentions, tokens } = pairSlots(view);
  if (slots.length < 2) return [];
  const out: ClassifiedPair[] = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      if (mentions[j]!.start - mentions[i]!.end > MAX_GAP) break;
      if (slots[i]!.entity.id === slots[j]!.entity.id) continue;
      // Only the mentions between and the one just before matter to the features; a long list stays cheap.
      const others = [...mentions.slice(Math.max(0, i - 1), i), ...mentions.slice(i + 1, j)];
      // "WASHINGTON (Reuters) - Orbitra, the space company founded by Harlan Vosk": a pair after an opening dateline
      // is read from the clause after its dash, as the classifier learnt sentences without datelines (rule
      // classifier-after-dateline).
      const body = view.bodyStart > 0 && mentions[i]!.start >= view.bodyStart && ruleOn('classifier-after-dateline') ? view.bodyStart : 0;
      const prediction = body
        ? classifyPair(
            model,
            tokens.slice(body),
            shifted(mentions[i]!, body),
            shifted(mentions[j]!, body),
            others.filter((m) => m.start >= body).map((m) => shifted(m, body)),
          )
        : classifyPair(model, tokens, mentions[i]!, mentions[j]!, others);
      if (!prediction) continue;
      const { forwardMargin, backwardMargin } = prediction;
      const typeOf = (a: PairMention, b: PairMention) => relationDef(LABEL_TYPES[pairLabel(a.type, b.type)!]!);
      if (forwardMargin > -Infinity) out.push({ source: slots[i]!, target: slots[j]!, type: typeOf(mentions[i]!, mentions[j]!), margin: forwardMargin });
      if (backwardMargin > -Infinity) out.push({ source: slots[j]!, target: slots[i]!, type: typeOf(mentions[j]!, mentions[i]!), margin: backwardMargin });
    }
  }
  return out;
}
