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
  const opened = before && openingSale(view);
  if (!before || !opened) return undefined;
  const { buyer, noun, object } = opened;
  const seller = subjectSelling(before.sentence, before.mentions);
  if (!seller || buyer.slots.some((s: Slot) => s.entity === seller.entity)) return undefined;
  return { seller, buyer, cueAt: noun, ...(object ? { object } : {}) };
}

/** The sentence's opening "The sale (of what) to" and its buyer; undefined when it opens otherwise. */
function openingSale(view: SentenceView): { buyer: Group; noun: number; object?: string } | undefined {
  const { words, groups } = view;
  const open = view.bodyStart;
  if (view.sentence.tokens[open]?.text !== 'The') return undefined;
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
  // The words as written: no space where the text has none ("33%").
  const sold = view.sentence.tokens
    .slice(noun + 2, to)
    .map((t, k, all) => (k > 0 && all[k - 1]!.end === t.start ? t.text : ` ${t.text}`))
    .join('')
    .trim();
  return { buyer, noun, ...(words[noun + 1] === 'of' && sold ? { object: sold } : {}) };
}

/** Nouns of what a sale brings its seller ("a lifeline to Jarvo", "a windfall for Kessler Energy"). */
const SELLERS_GAIN = new Set(['lifeline', 'boost', 'windfall', 'relief', 'reprieve']);
/** Most words between the buyer and the noun of the seller's gain ("for £146m is a much-needed"). */
const MAX_BEFORE_GAIN = 10;

export interface LaterSale {
  seller: Group;
  buyer: Group;
  object?: string;
  cueAt: number;
}

/**
 * "The sale of the 33% stake to Spain's Ferrovan for £146m is a lifeline to Jarvo": a sentence that opens with the
 * sale and its buyer and calls it a lifeline, a boost or a windfall to (or for) the next name says who sold (rule
 * sale-noun-later-seller). Only plain words, sums and "a"/"an" between the buyer and that noun.
 */
export function laterSale(view: SentenceView): LaterSale | undefined {
  const opened = openingSale(view);
  if (!opened) return undefined;
  const { words, groups } = view;
  const { buyer } = opened;
  const gainAt = words.findIndex((w, k) => k >= buyer.end && k - buyer.end <= MAX_BEFORE_GAIN && SELLERS_GAIN.has(w));
  if (gainAt < 0 || !/^(?:to|for)$/.test(words[gainAt + 1] ?? '')) return undefined;
  const between = words.slice(buyer.end, gainAt);
  if (between.some((w) => !/^(?:[a-z-]+|[£$€]|\d[\d.,]*(?:m|bn)?%?)$/.test(w)) || groups.some((g) => g.start >= buyer.end && g.start < gainAt))
    return undefined;
  const sellerAt = words[gainAt + 2] === 'the' ? gainAt + 3 : gainAt + 2;
  const seller = groups.find((g) => g.start === sellerAt);
  if (!seller || seller.slots.some((s) => rootType(s.entity.type) !== 'Organization' || itemAt(seller.slots, 0).possessive)) return undefined;
  if (seller.slots.some((s) => buyer.slots.some((b) => b.entity === s.entity))) return undefined;
  return { seller, buyer, cueAt: opened.noun, ...(opened.object ? { object: opened.object } : {}) };
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

/** Verbs of buying after "which in turn was" ("which in turn was bought by Petrova"). */
const BOUGHT = new Set(['bought', 'acquired', 'purchased']);

/**
 * "the forced sale of Halvek Mining - first to a little-known shell company, which in turn was bought by Petrova",
 * "sold Yelva to a shell company, which in turn was acquired by Petrova": what was sold to a buyer left unnamed
 * passed, through it, to the one "in turn" names as buying that buyer (rule sale-chain-in-turn). Only the named ends
 * of the chain are related, and only when no other name stands between them.
 */
export function chainOfSale(view: SentenceView): { bought: Group; buyer: Group; cueAt: number } | undefined {
  const { words, groups } = view;
  const turn = words.findIndex((w, k) => w === 'which' && words[k + 1] === 'in' && words[k + 2] === 'turn');
  if (turn < 0 || !/^(?:was|were)$/.test(words[turn + 3] ?? '')) return undefined;
  const verbAt = words[turn + 4] === 'later' ? turn + 5 : turn + 4;
  const takenOver = words[verbAt] === 'taken' && words[verbAt + 1] === 'over';
  const byAt = takenOver ? verbAt + 2 : verbAt + 1;
  if ((!BOUGHT.has(words[verbAt] ?? '') && !takenOver) || words[byAt] !== 'by') return undefined;
  const buyer = groups.find((g) => g.start === byAt + 1);
  const sold = groups.filter(
    (g) => g.end <= turn && (words[g.start - 1] === 'sold' || (words[g.start - 1] === 'of' && /^sale$/.test(words[g.start - 2] ?? ''))),
  );
  if (!buyer || sold.length !== 1) return undefined;
  const bought = itemAt(sold, 0);
  // The unnamed buyer in the middle: a name between the two ends may be that buyer, or a seller, and is left alone.
  if (groups.some((g) => g.start >= bought.end && g.end <= turn) || !words.slice(bought.end, turn).includes('to')) return undefined;
  const organisations = (g: Group) => g.slots.every((s) => rootType(s.entity.type) === 'Organization');
  if (!organisations(bought) || !organisations(buyer) || itemAt(bought.slots, 0).possessive) return undefined;
  return { bought, buyer, cueAt: turn };
}
