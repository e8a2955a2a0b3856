// "Carrow Group is selling its stake in Rail Links. The sale of the 33% stake to Spain's Ferrovan for £146m will …":
// a sentence that opens with "The sale" or "The disposal" and names only its buyer, after "to", speaks of the sale the
// sentence before it says its subject is making; that subject sold to the buyer (rule sale-noun-earlier-seller).
import { rootType } from '../schema/schema.js';
import type { Sentence } from '../pipeline/stage-types.js';
import type { Group, SentenceView, Slot } from './sentence-view.js';
import type { SentenceMention } from './titled-sayer.js';
import { datelineBodyStart } from './dateline-prefix.js';
import { recipientGroup } from './held-object.js';
import { itemAt } from '../util/checked-index.js';

/** Nouns of a sale that open the sentence ("The sale", "The £85m disposal"). */
const SALE_NOUNS = new Set(['sale', 'disposal']);
/** Most words between "The" and the noun: a sum and a qualifier ("The proposed £85m sale"). */
const MAX_BEFORE_NOUN = 4;
/** Most words of what is sold between "of" and "to" ("the 33% stake", "its cement unit"). */
const MAX_SOLD_WORDS = 6;
/** Forms of selling that make the subject of the sentence before the seller. */
const SELLING = new Set(['sell', 'sells', 'selling', 'sold']);
/** Words that may stand between that subject and its verb of selling ("is selling", "has agreed to sell"). */
const BEFORE_SELLING = new Set(['is', 'was', 'has', 'had', 'have', 'will', 'would', 'agreed', 'agrees', 'plans', 'planned', 'wants', 'to', 'also', 'now']);
/** Most words between that subject and its verb. */
const MAX_BEFORE_SELLING = 3;

export interface EarlierSale {
  /** The seller, as the sentence before names it. */
  seller: SentenceMention;
  /** The buyer, after "to". */
  buyer: Group;
  /** What the sale is of, where the sentence says it. */
  object?: string;
  /** Where the noun of the sale stands. */
  cueAt: number;
}

/** True when a word between "The" and the noun may qualify a sale: a sum, a currency, an adjective in lower case. */
function qualifiesSale(word: string): boolean {
  return /^[£$€]?\d[\d.,]*(?:m|bn|k)?$/.test(word) || /^[£$€]$/.test(word) || /^(?:m|bn|million|billion)$/.test(word) || /^[a-z-]+$/.test(word);
}

/**
 * The seller the sentence before names and the buyer this one names after "The sale … to", when this sentence opens
 * with the noun and names nothing before the buyer; undefined otherwise.
 */
export function earlierSale(view: SentenceView, before: { sentence: Sentence; mentions: readonly SentenceMention[] } | undefined): EarlierSale | undefined {
  const { words, groups } = view;
  const open = view.bodyStart;
  if (!before || view.sentence.tokens[open]?.text !== 'The') return undefined;
  let noun = open + 1;
  while (noun < words.length && noun - open <= MAX_BEFORE_NOUN && !SALE_NOUNS.has(words[noun]!) && qualifiesSale(words[noun]!)) noun++;
  if (!SALE_NOUNS.has(words[noun] ?? '')) return undefined;
  let to = noun + 1;
  if (words[to] === 'of') {
    to++;
    while (to < words.length && to - noun - 2 < MAX_SOLD_WORDS && words[to] !== 'to' && /^(?:[a-z-]+|\d[\d.,]*%?|%)$/.test(words[to]!)) to++;
  }
  if (words[to] !== 'to' || !groups.length) return undefined;
  const first = itemAt(groups, 0);
  if (first.start !== to + 1) return undefined;
  const buyer = recipientGroup(view, first, groups[1]);
  if (buyer.slots.some((s) => rootType(s.entity.type) !== 'Organization' && rootType(s.entity.type) !== 'Person')) return undefined;
  const seller = subjectSelling(before.sentence, before.mentions);
  if (!seller || buyer.slots.some((s: Slot) => s.entity === seller.entity)) return undefined;
  // The words as written: no space where the text has none ("33%").
  const sold = view.sentence.tokens
    .slice(noun + 2, to)
    .map((t, k, all) => (k > 0 && all[k - 1]!.end === t.start ? t.text : ` ${t.text}`))
    .join('')
    .trim();
  return { seller, buyer, cueAt: noun, ...(words[noun + 1] === 'of' && sold ? { object: sold } : {}) };
}

/** The organisation that opens `sentence` as its subject, when its verb, a few words on, is one of selling. */
function subjectSelling(sentence: Sentence, mentions: readonly SentenceMention[]): SentenceMention | undefined {
  const tokens = sentence.tokens;
  const bodyStart = datelineBodyStart(tokens);
  const opening = tokens[bodyStart]?.text === 'The' ? bodyStart + 1 : bodyStart;
  const subject = mentions.find((m) => m.mention.tokenStart === opening && rootType(m.entity.type) === 'Organization');
  if (!subject) return undefined;
  let k = subject.mention.tokenEnd;
  while (k < tokens.length && k - subject.mention.tokenEnd < MAX_BEFORE_SELLING && BEFORE_SELLING.has(tokens[k]!.text)) k++;
  return SELLING.has(tokens[k]?.text ?? '') ? subject : undefined;
}
