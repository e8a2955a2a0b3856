// Offices named by a people's adjective: "Indian Prime Minister Arjun Mehta", "the German finance minister, Anna
// Berg", "Anna Berg, the German finance minister". The adjective names a country; when the article names that country
// as an entity, the person holds the office there (HOLDS_ROLE_IN), stated by this sentence. An envoy's posting may
// stand between the title and the name ("the French ambassador in Berlin, Anne Morel": rule national-envoy-posting).
import { countryOfWord } from '../recognition/nationality-phrases.js';
import type { ResolvedEntity } from '../pipeline/stage-types.js';
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { OFFICE_TITLES, relationDef } from './signals.js';
import { describes } from './place-qualifier.js';
import { OCCUPATIONS, PERSON_HEADS } from '../recognition/lexicon/words.js';
import { descriptorType } from '../recognition/descriptors.js';
import { isTitle, isTitleWordAt } from './structural-patterns.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

const ARTICLES = new Set(['the', 'a', 'an']);

/** Envoys' titles, whose posting may stand between the title and the name ("the French ambassador in Berlin, X"). */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'consul', 'consul-general', 'emissary']);

/**
 * "the French ambassador in Berlin, Anne Morel": the index of the envoy's title before the posting ("in"/"to", an article
 * allowed, then one name) that ends right before the comma at `comma` (rule national-envoy-posting); -1 otherwise.
 */
function titleBeforePosting(view: SentenceView, comma: number): number {
  if (!ruleOn('national-envoy-posting') || view.words[comma] !== ',') return -1;
  const posting = view.groups.find((g) => g.end === comma);
  if (!posting || posting.slots.some((s) => s.root === 'Person')) return -1;
  let k = posting.start - 1;
  if (view.words[k] === 'the') k--;
  if (view.words[k] !== 'in' && view.words[k] !== 'to') return -1;
  return ENVOY_TITLES.has(view.words[k - 1] ?? '') ? k - 1 : -1;
}

/** The title words and the country adjective right before `at` ("[former] Indian Prime Minister"), or undefined. */
function titleBefore(view: SentenceView, at: number): { role: string; adjectiveAt: number } | undefined {
  let k = at - 1;
  if (view.words[k] === ',') k--;
  const envoy = titleBeforePosting(view, at - 1);
  if (envoy >= 0) k = envoy;
  const title: string[] = [];
  while (k >= 0 && title.length < 5 && isTitleWordAt(view.words, k)) title.unshift(view.words[k--]!);
  if (!isTitle(title) || k < 0) return undefined;
  // "the German finance minister, Anna Berg" needs the comma to follow a title that an article opens.
  if (view.words[at - 1] === ',' && !ARTICLES.has(view.words[k - 1] ?? '')) return undefined;
  return { role: title.join(' '), adjectiveAt: k };
}

/** The title words and the country adjective after "Person, the" ("Anna Berg, the German finance minister"). */
function titleAfter(view: SentenceView, end: number): { role: string; adjectiveAt: number } | undefined {
  if (view.words[end] !== ',' || !ARTICLES.has(view.words[end + 1] ?? '')) return undefined;
  let k = end + 2;
  while (k < view.words.length && (view.words[k] === 'former' || view.words[k] === 'then')) k++;
  const adjectiveAt = k;
  const title: string[] = [];
  for (k++; k < view.words.length && title.length < 5 && isTitleWordAt(view.words, k); k++) title.push(view.words[k]!);
  // "the German finance minister's office" is about the office, not her.
  if (!isTitle(title) || /^['’]/.test(view.words[k] ?? '')) return undefined;
  return { role: title.join(' '), adjectiveAt };
}

/** Possessives that tie a counterpart to the person the sentence has just named ("met his Philippine counterpart"). */
const COUNTERPART_POSSESSIVES = new Set(['his', 'her', 'their']);

/**
 * "met his Philippine counterpart, Ramon Cruz": the one who holds the same office for the country the adjective names
 * (rule `national-counterpart`). The role is not written, so "counterpart" stands for it.
 */
function counterpartBefore(view: SentenceView, at: number): { role: string; adjectiveAt: number } | undefined {
  let k = at - 1;
  if (view.words[k] === ',') k--;
  if (view.words[k] !== 'counterpart' || !COUNTERPART_POSSESSIVES.has(view.words[k - 2] ?? '')) return undefined;
  return ruleOn('national-counterpart') ? { role: 'counterpart', adjectiveAt: k - 1 } : undefined;
}

/**
 * Emits HOLDS_ROLE_IN for each named person whose title a country's adjective qualifies, when `countryNamed` finds
 * that country among the article's entities.
 */
export function nationalOffices(view: SentenceView, countryNamed: (name: string) => ResolvedEntity | undefined, emit: EmitPair): void {
  for (const group of view.groups) {
    for (const slot of group.slots) {
      if (slot.root !== 'Person' || slot.mention.kind !== 'name') continue;
      const titled = titleBefore(view, slot.start) ?? titleAfter(view, slot.end);
      const found = titled && titled.role.split(' ').some((w) => OFFICE_TITLES.has(w)) ? titled : counterpartBefore(view, slot.start);
      if (!found) continue;
      const adjective = view.sentence.tokens[found.adjectiveAt]?.text ?? '';
      const country = countryOfWord(adjective, true);
      const entity = country && countryNamed(country.name);
      if (!entity) continue;
      const mention = itemAt(entity.mentions, 0);
      const place: Slot = { entity, mention, root: 'Location', start: found.adjectiveAt, end: found.adjectiveAt + 1, possessive: false };
      emit([slot], [place], {
        types: [relationDef('HOLDS_ROLE_IN')],
        reverse: false,
        properties: { role: found.role },
        ...statedBy('national-office'),
        cueAt: found.adjectiveAt,
      });
    }
  }
}

/** Most describing nouns between a people's adjective and the body's name ("Dutch e-bike maker Brenkhorst"). */
const MAX_KIND_WORDS = 3;

/** Words for numbers, which count what follows rather than describe it ("grounds eight Archipelago Airways jets"). */
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands'.split(' '));

/** A word that describes a body: a plain noun, or a compound such as "state-owned" or "family-run". */
const describesBody = (w: string) => (describes(w) && !NUMBER_WORDS.has(w)) || /^[a-z]+-(?:owned|run|backed|listed|controlled)$/.test(w);

/**
 * A noun for a person, which heads no body's description ("young Bosnian nationalist X", "Dutch coach X"); a word the
 * schema gives a body as well ("developer", "contractor") is the body's.
 */
const personNoun = (w: string) => !descriptorType(w) && (PERSON_HEADS.has(w) || OCCUPATIONS.has(w) || /(?:ist|ian)s?$/.test(w));

/** The country a people's adjective at `at` names, of one word or two ("South African"). */
function adjectiveCountryAt(view: SentenceView, at: number): { country: string; at: number } | undefined {
  const word = view.sentence.tokens[at]?.text ?? '';
  const one = countryOfWord(word, true);
  if (one) return { country: one.name, at };
  const two = at > 0 ? countryOfWord(`${view.sentence.tokens[at - 1]?.text ?? ''} ${word}`, true) : undefined;
  return two ? { country: two.name, at: at - 1 } : undefined;
}

/** "Dutch e-bike maker Brenkhorst": the adjective before one to three describing nouns right before `start`. */
function adjectiveBefore(view: SentenceView, start: number): { country: string; at: number } | undefined {
  if (personNoun(view.words[start - 1] ?? '')) return undefined;
  for (let k = start - 1, nouns = 0; k >= 0 && nouns <= MAX_KIND_WORDS; k--, nouns++) {
    if (nouns > 0) {
      const found = adjectiveCountryAt(view, k);
      if (found) return found;
    }
    if (!describesBody(view.words[k] ?? '')) return undefined;
  }
  return undefined;
}

/** "Veldhuis Bank, a Dutch lender", "Stroomhof, the Dutch unit of …": the adjective opening an apposition after `end`. */
function adjectiveAfter(view: SentenceView, end: number): { country: string; at: number } | undefined {
  if (view.words[end] !== ',' || !ARTICLES.has(view.words[end + 1] ?? '')) return undefined;
  // The adjective, of one word or two ("a South African miner"), opens the apposition; the body's kind follows it.
  const one = adjectiveCountryAt(view, end + 2);
  const found = one?.at === end + 2 ? one : adjectiveCountryAt(view, end + 3);
  const kindAt = found === one ? end + 3 : end + 4;
  return found?.at === end + 2 && describesBody(view.words[kindAt] ?? '') ? found : undefined;
}

/**
 * Emits LOCATED_IN for each named organisation that a people's adjective describes, before its name or in an apposition
 * after it ("Dutch e-bike maker Brenkhorst", "Veldhuis Bank, a Dutch lender"), when `countryNamed` finds that country
 * among the article's entities (rule national-kind-of-body). The adjective qualifies the body's kind, which is the body itself.
 */
export function nationalKindsOfBodies(view: SentenceView, countryNamed: (name: string) => ResolvedEntity | undefined, emit: EmitPair): void {
  for (const group of view.groups) {
    for (const slot of group.slots) {
      if (slot.root !== 'Organization' || slot.mention.kind !== 'name' || slot.possessive) continue;
      const found = adjectiveBefore(view, slot.start) ?? adjectiveAfter(view, slot.end);
      const entity = found && countryNamed(found.country);
      if (!found || !entity || entity.id === slot.entity.id) continue;
      const place: Slot = { entity, mention: itemAt(entity.mentions, 0), root: 'Location', start: found.at, end: found.at + 1, possessive: false };
      emit([slot], [place], { types: [relationDef('LOCATED_IN')], reverse: false, properties: {}, ...statedBy('national-kind-of-body'), cueAt: found.at });
    }
  }
}
