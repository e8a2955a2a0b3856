// In-document resolution of name mentions: same key → same entity; acronyms join their expansion, written
// either way round ("Council on Foo Relations (CFR)", case-insensitive on the initials of content words);
// a lone surname joins the one full name that ends with it, only when no other person shares it; then each
// entity's type is voted from all its mentions' evidence (a phrase rule's type wins).
import type { EntityTypeName } from '../schema/schema.js';
import { isA, rootType, typeLineage } from '../schema/schema.js';
import type { MentionDraft } from './mention-draft.js';
import type { Votes } from './name-evidence.js';
import {
  ARMS_MAKER_NAME_ENDINGS,
  foreignBusinessWord,
  CLUB_TOWN_WORDS,
  GENERIC_BODY_HEADS,
  GENERIC_BODY_WORDS,
  MASTHEAD_WORDS,
  MEMBER_BODY_HEADS,
  ORG_SUFFIXES,
  TRANSPORT_NAME_ENDINGS,
} from './lexicon/words.js';
import { CITY_NAMES, REGION_NAMES } from './lexicon/places.js';
import { descriptorType } from './descriptors.js';
import { countryOfWord } from './nationality-phrases.js';
import { isKnownPlaceName } from './place-use.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { EVIDENCE_WEIGHTS } from './evidence-weights.js';
import { itemAt, valueAt } from '../util/checked-index.js';

/** Particles that open a European surname written without the given name ("van Luyk", "De Jong", "von der Heide"). */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'ter', 'ten']);
import {
  firstInBody,
  joinCountryQualified,
  joinLoneWordOfOneOrganisation,
  joinShortNamesOfSeveralWords,
  joinSeveralWordShortFormsAfterFullName,
  joinSpellingVariants,
  joinUnusedPlaceShortForms,
} from './alias-joins.js';

export interface DraftCluster {
  key: string;
  canonical: string;
  type: EntityTypeName;
  mentions: MentionDraft[];
}

/** A family's word right after a surname ("the Ashcombe family", "the Halloran clan"). */
const FAMILY_AFTER = /^\s+(?:family|families|clan|dynasty)\b/;
/** Characters read after a surname for the family's word. */
const MAX_FAMILY_GAP = 12;

const CONTENT_SKIP = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'at', 'to', 'de', 'la', 'du', '&']);
const TAG_TYPE: Record<string, EntityTypeName> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };
const TYPE_ORDER: EntityTypeName[] = ['Person', 'Organization', 'Location', 'Product', 'Event', 'Group'];

/**
 * Joins each one-word name in `words` of type `kind` to the one name of several words of that type that ends with it
 * ("Herald" to "The Northgate Herald", "Commission" to "European Commission"); with two such names it joins neither.
 */
function joinLastWordShortNames(
  merged: Map<string, MentionDraft[]>,
  clusterType: (mentions: MentionDraft[]) => EntityTypeName,
  words: ReadonlySet<string>,
  kind: EntityTypeName,
  what: string,
): void {
  const named = [...merged.keys()].filter((k) => k.includes(' ') && isA(clusterType(merged.get(k)!), kind));
  for (const [key, mentions] of [...merged]) {
    if (key.includes(' ') || !words.has(key) || !isA(clusterType(mentions), kind)) continue;
    const owners = named.filter((o) => o.endsWith(` ${key}`));
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined) continue;
    const ownerMentions = valueAt(merged, owner);
    for (const m of mentions) m.reason ??= `"${m.text}" ends the name of the one ${what} in the article: "${itemAt(ownerMentions, 0).canonical}"`;
    for (const m of mentions) ownerMentions.push(m);
    merged.delete(key);
  }
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONTENT_SKIP.has(w.toLowerCase()))
    .map((w) => itemAt(w, 0).toLowerCase())
    .join('');
}

function looksLikeAcronym(text: string): boolean {
  return /^\p{Lu}[\p{L}]{1,5}$/u.test(text) && !text.includes(' ') && (text === text.toUpperCase() || /^\p{Lu}\p{Ll}+$/u.test(text));
}

/** "BfArM", "DfE", "FinCEN": a short word with two capitals or more, and no surname's "Mc" or "Mac". */
function mixedCaseAcronym(text: string): boolean {
  return /^\p{Lu}\p{L}{1,6}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^Ma?c\p{Lu}/u.test(text);
}

/**
 * Whether `short`, one capitalised word in brackets after `long`, is a short name coined for a body whose name of
 * several words has a body's word ("Metalworkers' Union of Camborema (Sindimec)", "Office of Communications (Ofcom)"):
 * no known place, and not the name of a person (rule body-short-name-in-brackets).
 */
function bodyShortName(long: MentionDraft, short: MentionDraft): boolean {
  if (!RECOGNITION_RULES.bodyShortNameInBrackets.on || !/^\p{Lu}\p{Ll}{3,11}$/u.test(short.text) || isKnownPlaceName(short.text)) return false;
  // The tagger reads a place or a person in brackets ("the Ministry of Health (Lusaka)") as such.
  if (short.tag === 'LOC' || short.tag === 'PER') return false;
  const words = long.canonical.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  return words.some((w) => {
    const described = descriptorType(w);
    return ORG_SUFFIXES.has(w) || (described !== undefined && isA(described, 'Organization'));
  });
}

/**
 * Chooses a type from summed votes: the root with most weight (or the root given, the tagger's), then its most
 * specific well-supported subtype.
 */
export function voteType(votes: Votes, givenRoot?: EntityTypeName): EntityTypeName {
  const byRoot = new Map<EntityTypeName, number>();
  for (const [type, weight] of votes) byRoot.set(rootType(type), (byRoot.get(rootType(type)) ?? 0) + weight);
  let root: EntityTypeName = givenRoot ?? 'Organization';
  let best = 0;
  if (!givenRoot) for (const candidate of TYPE_ORDER) if ((byRoot.get(candidate) ?? 0) > best) [root, best] = [candidate, byRoot.get(candidate) ?? 0];
  let chosen: EntityTypeName = root;
  let chosenWeight = 0;
  for (const [type, weight] of votes) {
    if (type === root || !isA(type, root)) continue;
    if (weight > chosenWeight || (weight === chosenWeight && typeLineage(type).length > typeLineage(chosen).length)) [chosen, chosenWeight] = [type, weight];
  }
  return chosen;
}

/**
 * Below this confidence the tagger's label is a guess: on CoNLL valid, wrongly tagged entity tokens have a median
 * confidence near 0.6 (src/ner/tag-entities.ts).
 */
const MIN_TAG_CONFIDENCE = 0.5;

/**
 * The tagger's coarse type for an entity: the PER/ORG/LOC label with most confidence summed over its tagged mentions,
 * ties going to the label of the earliest such mention. Undefined when no mention was surely tagged PER, ORG or LOC.
 */
export function taggedRoot(mentions: readonly MentionDraft[]): EntityTypeName | undefined {
  const counts = new Map<string, number>();
  let first: string | undefined;
  const sure = RECOGNITION_RULES.taggerConfidence.on;
  for (const m of mentions) {
    if (!m.tag || !TAG_TYPE[m.tag] || m.tagNoVote) continue;
    // An unsure tag is no vote ("watched Zürich" read as a person at 0.40): the lexicons and context decide.
    if (sure && m.tagScore !== undefined && m.tagScore < MIN_TAG_CONFIDENCE) continue;
    first ??= m.tag;
    counts.set(m.tag, (counts.get(m.tag) ?? 0) + (sure ? (m.tagScore ?? 1) : 1));
  }
  if (!first) return undefined;
  let best = first;
  for (const [tag, n] of counts) if (n > valueAt(counts, best)) best = tag;
  return TAG_TYPE[best];
}

/**
 * The tagger's confidence summed over the mentions it surely reads as `root`, less what it gives the other coarse
 * types: a tagger that reads one name as a person here and a place there ("Silver Line") is not sure of either.
 */
function sureTagWeight(mentions: readonly MentionDraft[], root: EntityTypeName): number {
  let sum = 0;
  // "Halcott Pharma … Halcott said": the first word of a name that its own words type is read by its shape alone, as a
  // surname; the tagger's label of that short form is no evidence against the full name.
  // The keys such a name starts with, gathered once: an entity mentioned tens of thousands of times in one long text
  // must not compare every mention with every other.
  const shortKeys = new Set<string>();
  if (RECOGNITION_RULES.shortFormTagNoVote.on)
    for (const key of new Set(mentions.filter((m) => m.strong?.size).map((m) => m.key))) {
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) shortKeys.add(words.slice(0, n).join(' '));
    }
  const shortForm = (m: MentionDraft) => shortKeys.has(m.key);
  for (const m of mentions) {
    if (shortForm(m)) continue;
    const type = m.tag && !m.tagNoVote ? TAG_TYPE[m.tag] : undefined;
    if (!type || (m.tagScore ?? 1) < MIN_TAG_CONFIDENCE) continue;
    sum += (type === root ? 1 : -1) * (m.tagScore ?? 1);
  }
  return Math.max(0, sum);
}

/** The type the votes weigh most for (the first of equals), if any weighs more than nothing. */
function heaviest(votes: Votes): EntityTypeName | undefined {
  let best: EntityTypeName | undefined;
  let most = 0;
  for (const [type, weight] of votes) if (weight > most) [best, most] = [type, weight];
  return best;
}

/**
 * What the tagger's sure labels of `root` weigh against strong evidence for `best`. Each weighs as the tagger's vote
 * does (taggerType): one descriptor beside one of twenty mentions the tagger reads as a person ("the Mehta rally") does
 * not make the person an event. An apposition is the writer saying what the name is: against it the tagger, reading
 * each repeat of one unknown name by the same shape, speaks once (rule apposition-outweighs-repeated-tags).
 */
function taggerAgainst(mentions: readonly MentionDraft[], root: EntityTypeName, best: EntityTypeName): number {
  if (!RECOGNITION_RULES.taggerWeighsAgainstStrong.on) return 0;
  const tagWeight = sureTagWeight(mentions, root);
  const apposed = RECOGNITION_RULES.appositionOutweighsRepeatedTags.on && mentions.some((m) => m.apposed && rootType(heaviest(m.strong!)!) === best);
  return (apposed ? Math.min(1, tagWeight) : tagWeight) * EVIDENCE_WEIGHTS.taggerType.value;
}

/** An entity's type: a phrase rule's, else the tagger's coarse type refined by the votes, else the votes alone. */
function clusterType(mentions: MentionDraft[]): EntityTypeName {
  const fixed = mentions.find((m) => m.fixedType)?.fixedType;
  if (fixed) return fixed;
  let root = RECOGNITION_RULES.taggerRootType.on ? taggedRoot(mentions) : undefined;
  if (root && RECOGNITION_RULES.strongEvidenceType.on) {
    // Strong local evidence for another root outweighs the tagger: "+44 Review" is no person.
    const strong: Votes = new Map();
    for (const m of mentions) for (const [t, w] of m.strong ?? []) strong.set(rootType(t), (strong.get(rootType(t)) ?? 0) + w);
    const best = heaviest(strong);
    const weight = best === undefined ? 0 : strong.get(best)!;
    if (best && best !== root && weight >= 3 && weight > (strong.get(root) ?? 0) + taggerAgainst(mentions, root, best)) root = best;
  }
  return root ? voteType(clusterVotes(mentions), root) : voteType(clusterVotes(mentions));
}

/** An entity's type under a coarse type chosen elsewhere: the most specific subtype its votes support. */
export function retypeUnder(mentions: MentionDraft[], root: EntityTypeName): EntityTypeName {
  return voteType(clusterVotes(mentions), root);
}

function clusterVotes(mentions: MentionDraft[]): Votes {
  const votes: Votes = new Map();
  const tags = new Map<string, number>();
  for (const m of mentions) {
    for (const [t, w] of m.votes) votes.set(t, (votes.get(t) ?? 0) + w);
    if (m.tag && !m.tagNoVote) tags.set(m.tag, (tags.get(m.tag) ?? 0) + 1);
  }
  // The tagger speaks once per entity, so a name repeated often does not outvote what its descriptors say.
  const top = [...tags].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const taggedType = top && TAG_TYPE[top[0]];
  if (taggedType) votes.set(taggedType, (votes.get(taggedType) ?? 0) + EVIDENCE_WEIGHTS.taggerType.value);
  return votes;
}

/** The tagger's confidence from which a mention's own PER/ORG/LOC label is all but always right (98% on CoNLL valid). */
const SURE_TAG_CONFIDENCE = 0.9;

/**
 * "NEW YORK 1996-08-29" above a table where "NEW YORK" is a baseball side: one name for two things in one document.
 * Where the tagger is sure of different coarse types for mentions of one name, the mentions are split by those types;
 * a mention it is unsure of goes with the reading of most sure mentions. One sure reading keeps the mentions together.
 */
function apartBySureTag(mentions: MentionDraft[], text: string): MentionDraft[][] {
  const sureRoot = (m: MentionDraft) => (!m.fixedType && m.tag && TAG_TYPE[m.tag] && (m.tagScore ?? 0) >= SURE_TAG_CONFIDENCE ? m.tag : undefined);
  const groups = new Map<string, MentionDraft[]>();
  for (const m of mentions) {
    const root = sureRoot(m);
    if (!root) continue;
    // Appended in place: a name mentioned tens of thousands of times in one long text must not be copied per mention.
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  }
  if (groups.size < 2) return [mentions];
  // In running prose the tagger's reading of one name turns with its neighbours ("shares in Acme" reads as a place):
  // two things of one name show where a line is layout, a dateline, heading or table row, not a sentence.
  if (RECOGNITION_RULES.apartOnlyByLayout.on && ![...groups.values()].some((g) => g.some((m) => onLayoutLine(text, m)))) return [mentions];
  // Ties between the readings go to the earliest sure mention's, so the split does not depend on label names.
  const ranked = [...groups].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
  const [, main] = ranked[0]!;
  for (const m of mentions) if (!sureRoot(m)) main.push(m);
  return ranked.map(([, part]) => part);
}

/** How far either side of a mention a line break is looked for: a longer line is prose (and the cost stays linear). */
const LAYOUT_LINE_REACH = 160;

/**
 * Whether a mention stands on a line of layout rather than prose: a line without a lower-case letter ("MILAN
 * 1996-08-30", a headline in capitals) or one whose words are mostly numbers (a table row, "Milan 3 2 1 0 7 3").
 */
export function onLayoutLine(text: string, m: { start: number; end: number }): boolean {
  const from = Math.max(0, m.start - LAYOUT_LINE_REACH);
  const before = text.lastIndexOf('\n', m.start - 1);
  if (before < from && from > 0) return false;
  const after = text.indexOf('\n', m.end);
  const end = after < 0 ? text.length : after;
  if (end - m.end > LAYOUT_LINE_REACH) return false;
  const line = text.slice(before + 1, end);
  if (!/\p{Ll}/u.test(line)) return true;
  const words = line.split(/\s+/).filter(Boolean);
  return words.filter((w) => /^[\d.,:/-]+$/.test(w)).length * 2 >= words.length;
}

/** A dash after a closing bracket, as a dateline's credit ends ("NEW YORK (AP) - ", "(AFP) —"). */
const DASH_AFTER_BRACKET = /^\s*[-–—]/;

/** Longest first line read as a headline; a longer one is prose. */
const HEADLINE_MAX_CHARS = 200;

/**
 * Where the document's headline ends: its first line when more text follows it and it does not end as a sentence
 * does (no stop, question or exclamation mark, colon or closing quote after one); 0 when there is none.
 */
export function headlineEnd(text: string): number {
  const end = text.indexOf('\n');
  // A text of one line has no headline: it is all body.
  if (end <= 0 || end > HEADLINE_MAX_CHARS || !/\S/.test(text.slice(end))) return 0;
  const line = text.slice(0, end).trimEnd();
  return /\p{Ll}/u.test(line) && !/[.!?:;]["'\u201d\u2019]?$/u.test(line) ? end : 0;
}

/**
 * Rule headline-tag-needs-sure: a headline drops the words the tagger reads a name's kind by ("Jordan signs Abu Dhabi
 * solar deal"), so there only a sure label (as sure as apartBySureTag asks) is the tagger's vote for the entity.
 */
function markUnsureHeadlineTags(drafts: readonly MentionDraft[], end: number): void {
  for (const d of drafts) {
    if (d.start >= end) break;
    if (d.tag && (d.tagScore ?? 1) < SURE_TAG_CONFIDENCE) d.tagNoVote = true;
  }
}

/** The possessive ending right before a name ("China's "), as written. */
const POSSESSIVE_BEFORE = /(['’])s\s+$/u;

/** The country named in the possessive right before `start` ("Iran's", "South Korea's"): the name as written and its country. */
function countryPossessiveBefore(text: string, start: number): { written: string; country: string } | undefined {
  const before = text.slice(Math.max(0, start - 48), start);
  const possessive = POSSESSIVE_BEFORE.exec(before);
  if (!possessive) return undefined;
  const words = before.slice(0, possessive.index).split(/\s+/);
  // The longest run of the last one to four words that names a country: "South Korea" before "Korea".
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const written = words.slice(-n).join(' ');
    const country = countryOfWord(written, false);
    if (country) return { written: `${written}${possessive[1]}s`, country: country.name };
  }
  return undefined;
}

/**
 * Rule country-possessive-keeps-bodies-apart: "China's Foreign Ministry … Iran's Foreign Ministry": a body's name made
 * only of words for a kind of body and its field, written after two countries' names in the possessive, names two
 * bodies, one of each country; each is named with its country as written.
 */
function qualifyGenericBodiesByCountry(drafts: readonly MentionDraft[], text: string): void {
  const qualified = new Map<string, { draft: MentionDraft; country: string; written: string }[]>();
  for (const d of drafts) {
    if (d.fixedType || d.kind !== 'name') continue;
    const words = d.canonical.toLowerCase().split(/\s+/);
    // The kind of body ends the name ("Foreign Ministry") or opens it before "of" ("Ministry of Culture").
    const headed = GENERIC_BODY_HEADS.has(words[words.length - 1]!) || (GENERIC_BODY_HEADS.has(words[0]!) && words[1] === 'of');
    if (words.length < 2 || !headed || !words.every((w) => GENERIC_BODY_WORDS.has(w))) continue;
    const owner = countryPossessiveBefore(text, d.start);
    if (!owner) continue;
    const list = qualified.get(d.key) ?? [];
    list.push({ draft: d, country: owner.country, written: `${owner.written} ${d.canonical}` });
    qualified.set(d.key, list);
  }
  for (const list of qualified.values()) {
    if (new Set(list.map((q) => q.country)).size < 2) {
      // "Norway's Ministry of Culture": with one country the body keeps its name, and the form with the country's
      // possessive, which says whose body it is, is a name the text writes for it (rule country-possessive-body-alias).
      if (RECOGNITION_RULES.countryPossessiveBodyAlias.on) for (const { draft, written } of list) draft.written ??= written;
      continue;
    }
    for (const { draft, country, written } of list) {
      draft.key = `${country.toLowerCase()} ${draft.key}`;
      draft.canonical = written;
    }
  }
}

/** Groups a document's drafts into entities and types them. */
export function linkInDocument(drafts: MentionDraft[], text: string): DraftCluster[] {
  // Where the story starts after its headline: several rules below read the two apart.
  const bodyStart = headlineEnd(text);
  if (RECOGNITION_RULES.headlineTagNeedsSure.on) markUnsureHeadlineTags(drafts, bodyStart);
  if (RECOGNITION_RULES.countryPossessiveKeepsBodiesApart.on) qualifyGenericBodiesByCountry(drafts, text);
  const byKey = new Map<string, MentionDraft[]>();
  for (const d of drafts) {
    const list = byKey.get(d.key);
    if (list) list.push(d);
    else byKey.set(d.key, [d]);
  }
  const alias = new Map<string, { key: string; reason: string }>();

  // Acronym defined in brackets right after its expansion: "Council on Foo Relations (CFR)".
  for (let i = 0; i + 1 < drafts.length; i++) {
    const long = itemAt(drafts, i);
    const short = itemAt(drafts, i + 1);
    const between = text.slice(long.end, short.start);
    // "NEW YORK (AP) - …": a dash after the brackets makes them a dateline's credit, the agency that filed the story.
    const datelineCredit = RECOGNITION_RULES.datelineCreditNoAcronym.on && DASH_AFTER_BRACKET.test(text.slice(short.end + 1, short.end + 4));
    if (
      /^\s*\($/.test(between) &&
      text[short.end] === ')' &&
      !datelineCredit &&
      (looksLikeAcronym(short.text) || (RECOGNITION_RULES.mixedCaseAcronymInBrackets.on && mixedCaseAcronym(short.text)) || bodyShortName(long, short)) &&
      long.key.includes(' ') &&
      short.key !== long.key
    ) {
      alias.set(short.key, { key: long.key, reason: `"${short.text}" is given in brackets as the acronym of "${long.canonical}"` });
      // Bodies, not people, are given acronyms.
      // A copy: drafts with the same evidence share one votes map (find-drafts.ts).
      long.votes = new Map(long.votes).set('Organization', (long.votes.get('Organization') ?? 0) + EVIDENCE_WEIGHTS.weakNeighbourWord.value);
    }
  }
  // Acronym matched on initials, case-insensitively ("Nato" for "North Atlantic Treaty Organization").
  // The names of several words by their initials, worked out once: most short names look like an acronym ("Anna").
  const byInitials = new Map<string, string[]>();
  for (const k of byKey.keys()) {
    if (!k.includes(' ')) continue;
    const of = initials(k);
    byInitials.set(of, [...(byInitials.get(of) ?? []), k]);
  }
  for (const [key, mentions] of byKey) {
    if (alias.has(key) || !looksLikeAcronym(itemAt(mentions, 0).text) || mentions.every((m) => m.fixedType)) continue;
    const matches = byInitials.get(key.replace(/[^a-z]/g, '')) ?? [];
    const [match] = matches;
    if (matches.length === 1 && match !== undefined)
      alias.set(key, { key: match, reason: `"${itemAt(mentions, 0).text}" matches the initials of "${itemAt(valueAt(byKey, match), 0).canonical}"` });
  }
  const merged = new Map<string, MentionDraft[]>();
  for (const [key, mentions] of byKey) {
    const target = alias.get(key);
    const into = target && byKey.has(target.key) ? target.key : key;
    if (target && into !== key) for (const m of mentions) m.reason ??= target.reason;
    const list = merged.get(into);
    if (list) for (const m of mentions) list.push(m);
    else merged.set(into, [...mentions]);
  }

  if (RECOGNITION_RULES.firstNameSpellingVariant.on) joinSpellingVariants(merged, clusterType);
  if (RECOGNITION_RULES.countryQualifiedName.on) joinCountryQualified(merged, clusterType);

  // Surnames: "Mr Smith" or "Smith" after "Jane Smith", when exactly one full name ends with it.
  const typed = new Map([...merged].map(([k, ms]) => [k, clusterType(ms)]));
  const oneWord = (mentions: MentionDraft[]) => mentions.every((m) => !/\s/.test(m.canonical.trim()));
  // "Van Luyk replaces Tidwell" after "Gerrit van Luyk": a surname opened by its particles is one surname.
  const particleSurname = (mentions: MentionDraft[]) =>
    RECOGNITION_RULES.particleSurname.on &&
    mentions.every((m) => {
      const words = m.canonical.trim().split(/\s+/);
      return words.length > 1 && words.slice(0, -1).every((w) => SURNAME_PARTICLES.has(w.toLowerCase()));
    });
  const surnameOnly = (mentions: MentionDraft[]) => oneWord(mentions) || particleSurname(mentions);
  const people = [...merged.keys()].filter((k) => typed.get(k) === 'Person' && !surnameOnly(merged.get(k)!));
  const firstSentenceOf = (mentions: MentionDraft[]) => mentions.reduce((a, m) => Math.min(a, m.sentence), Infinity);
  const firmNamedBeforePerson = (key: string, mentions: MentionDraft[], person: string) => {
    if (mentions.some((m) => [...m.votes.keys()].some((t) => rootType(t) === 'Person'))) return undefined;
    const personFirst = firstSentenceOf(valueAt(merged, person));
    const firms = [...merged.keys()].filter((k) => k.startsWith(`${key} `) && isA(typed.get(k)!, 'Organization'));
    const [firm] = firms;
    const before = firms.length === 1 && firm !== undefined && firstSentenceOf(valueAt(merged, firm)) < personFirst && firstSentenceOf(mentions) < personFirst;
    return before ? firm : undefined;
  };
  for (const [key, mentions] of [...merged]) {
    if (!surnameOnly(mentions) || !merged.has(key)) continue;
    const type = typed.get(key);
    if (type !== 'Person' && (type !== 'Organization' || mentions.some((m) => m.votes.size > 0))) continue;
    let owners = people.filter((p) => p.endsWith(` ${key}`) || p.startsWith(`${key} `));
    // "Calderón" after "Inés Calderón Ruiz", "Mok" after "Helena Mok Wai-ling", "McAllister" after "Fiona McAllister
    // KC": names of two surnames, a family name before a given one, or letters after the name put the surname inside
    // (rule surname-inside-full-name).
    if (owners.length === 0 && RECOGNITION_RULES.surnameInsideFullName.on) owners = people.filter((p) => p.split(' ').slice(1, -1).includes(key));
    // News names a second person of one surname in full each time: the bare surname is the one introduced first, in
    // a sentence of its own ("Anna Berg and Tomas Berg met" leaves "Ms Berg" to neither).
    if (owners.length > 1 && RECOGNITION_RULES.surnameOfFirstNamed.on) {
      const firstSentence = (k: string) => valueAt(merged, k).reduce((a, m) => Math.min(a, m.sentence), Infinity);
      owners.sort((a, b) => firstSentence(a) - firstSentence(b));
      if (firstSentence(itemAt(owners, 0)) < firstSentence(itemAt(owners, 1))) owners.splice(1);
    }
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined) continue;
    // "Orvannes" after "Orvannes Commodities SA" and before "its founder, Aurèle Orvannes": a word written before the
    // person is named in full is not yet the person's surname: the one organisation named first whose name it opens
    // owns it (rule surname-of-firm-named-first).
    const firm = RECOGNITION_RULES.surnameOfFirmNamedFirst.on ? firmNamedBeforePerson(key, mentions, owner) : undefined;
    if (firm !== undefined) {
      const firmMentions = valueAt(merged, firm);
      const firmName = itemAt(firmMentions, 0).canonical;
      for (const m of mentions) m.reason ??= `"${m.text}" is written before the person of that surname is named, after "${firmName}"`;
      for (const m of mentions) firmMentions.push(m);
      merged.delete(key);
      continue;
    }
    // "controlled by the Ashcombe family": the surname before "family" names the family, not the one member written in
    // full; those mentions stay apart (rule family-name-not-person).
    const ofFamily = (m: MentionDraft) => RECOGNITION_RULES.familyNameNotPerson.on && FAMILY_AFTER.test(text.slice(m.end, m.end + MAX_FAMILY_GAP));
    const family = mentions.filter(ofFamily);
    const members = mentions.filter((m) => !ofFamily(m));
    if (members.length === 0) continue;
    const ownerMentions = valueAt(merged, owner);
    const ownerName = itemAt(ownerMentions, 0).canonical;
    for (const m of members) m.reason ??= `"${m.text}" is the only full name in the article containing it: "${ownerName}"`;
    for (const m of members) ownerMentions.push(m);
    if (family.length > 0) merged.set(key, family);
    else merged.delete(key);
  }

  // "HALDEN, Norway (AP)" and "Fjellvik beat Halden 2-1" beside "Halden FK": a side named after the city it plays in
  // is the team whose name the word starts, and only the mentions read as a place stay the city.
  if (RECOGNITION_RULES.teamApartFromItsCity.on) {
    const teams = [...merged.keys()].filter((k) => k.includes(' ') && isA(clusterType(merged.get(k)!), 'SportsTeam'));
    const placeVote = (m: MentionDraft) => [...(m.strong ?? new Map<EntityTypeName, number>()).keys()].some((t) => rootType(t) === 'Location');
    for (const [key, mentions] of [...merged]) {
      if (key.includes(' ') || mentions.some((m) => m.fixedType)) continue;
      const teamVoted = mentions.some((m) => m.strong?.has('SportsTeam') && !placeVote(m));
      const place = mentions.filter(placeVote);
      const owners = teams.filter((t) => t.startsWith(`${key} `));
      const [owner] = owners;
      if (!teamVoted || place.length === 0 || owners.length !== 1 || owner === undefined) continue;
      const ownerMentions = valueAt(merged, owner);
      const ownerName = itemAt(ownerMentions, 0).canonical;
      for (const m of mentions) {
        if (placeVote(m)) continue;
        m.reason ??= `"${m.text}" is read as a side, and "${ownerName}" is the one team in the article whose name it starts`;
        ownerMentions.push(m);
      }
      merged.set(key, place);
    }
  }

  // Short names of organisations: "Skyward" after "Skyward Robotics", when exactly one organisation's name is the
  // word followed only by words that say what kind of body it is ("Robotics", "Holdings", "Bank").
  const organisations = [...merged.keys()].filter((k) => k.includes(' ') && isA(clusterType(merged.get(k)!), 'Organization'));
  // "Velmoor" after "Velmoor Rail", "Sundvik" after "Sundvik Ferries", "Orvika" after "Orvika Line": the word that ends
  // a transport operator's name says what kind of body it is, as "Airways" does. A singular "Line" that names a place
  // ("the Maginot Line") makes no organisation, so it owns no short name.
  const transportWord = (w: string) => TRANSPORT_NAME_ENDINGS.has(w) || w === 'line';
  const kindOfBodyWord = (w: string) =>
    ORG_SUFFIXES.has(w) ||
    descriptorType(w) !== undefined ||
    (RECOGNITION_RULES.transportOperatorShortName.on && transportWord(w)) ||
    // "Ferrin" after "Ferrin Avionics": the word that ends an arms maker's name says what kind of body it is.
    (RECOGNITION_RULES.armsMakerEnding.on && ARMS_MAKER_NAME_ENDINGS.has(w)) ||
    // "Dalvenhof" after "Dalvenhof Beheer": a business's word in another language says what kind of body it is too.
    (RECOGNITION_RULES.foreignBusinessEnding.on && foreignBusinessWord(w));
  const namedFirstElsewhere = (key: string, mentions: MentionDraft[], owner: string) => {
    const wordFirst = firstInBody(mentions, bodyStart);
    if (firstInBody(valueAt(merged, owner), bodyStart) < wordFirst) return false;
    return organisations.some((o) => o !== owner && o.startsWith(`${key} `) && merged.has(o) && firstInBody(valueAt(merged, o), bodyStart) < wordFirst);
  };
  for (const [key, mentions] of [...merged]) {
    if (!oneWord(mentions) || key.includes(' ') || mentions.some((m) => m.fixedType)) continue;
    // "Russia" beside "the Russian army": a country's name names the country, never a body called after it.
    if (RECOGNITION_RULES.countryNameNoShortName.on && mentions.some((m) => countryOfWord(m.text, false))) continue;
    const type = clusterType(mentions);
    // A person only by the tagger's reading: no mention has a vote at all. With rule short-name-over-tagger-person, a
    // person or a place only by the tagger's reading, where what votes there are call it an organisation ("Ridgefield
    // denied wrongdoing", "said Ridgefield spokesman Daniel Frey" after "Ridgefield Foods").
    const unvoted = type === 'Person' && mentions.every((m) => m.votes.size === 0);
    const voted = mentions.some((m) => m.votes.size > 0);
    const organisationVotesOnly = mentions.every((m) => [...m.votes.keys()].every((t) => rootType(t) === 'Organization'));
    // "HALDEN, Norland" and "the city of Halden" beside "the Halden police" and "Halden University Hospital": a
    // reading the tagger is sure of somewhere is more than its guess, and the place stays apart.
    const surelyTagged =
      RECOGNITION_RULES.sureTagKeepsShortNameApart.on &&
      mentions.some((m) => m.tag !== undefined && m.tag !== 'ORG' && TAG_TYPE[m.tag] !== undefined && (m.tagScore ?? 0) >= SURE_TAG_CONFIDENCE);
    const taggerOnly =
      RECOGNITION_RULES.shortNameOverTaggerPerson.on &&
      organisationVotesOnly &&
      !surelyTagged &&
      (type === 'Person' || (rootType(type) === 'Location' && voted));
    if (!isA(type, 'Organization') && !unvoted && !taggerOnly) continue;
    const owners = organisations.filter(
      (o) =>
        o.startsWith(`${key} `) &&
        o
          .slice(key.length + 1)
          .split(' ')
          .every(kindOfBodyWord),
    );
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined) continue;
    // "Hanseong" after "Hanseong Elevator" and before "Hanseong Holdings" is named: a short name written before the
    // body its kind words point to, with another body it opens named before it, is that other body's; the lone-word
    // join reads it (rule short-name-of-body-named-first).
    if (RECOGNITION_RULES.shortNameOfBodyNamedFirst.on && namedFirstElsewhere(key, mentions, owner)) continue;
    const ownerMentions = valueAt(merged, owner);
    const ownerName = itemAt(ownerMentions, 0).canonical;
    for (const m of mentions) m.reason ??= `"${m.text}" is the only organisation name in the article that it starts: "${ownerName}"`;
    for (const m of mentions) ownerMentions.push(m);

    merged.delete(key);
  }

  if (RECOGNITION_RULES.shortNameOfSeveralWords.on) joinShortNamesOfSeveralWords(merged, clusterType, kindOfBodyWord);
  if (RECOGNITION_RULES.severalWordShortFormAfterFullName.on)
    joinSeveralWordShortFormsAfterFullName(merged, clusterType, (type, weight) => type === 'Person' && weight <= EVIDENCE_WEIGHTS.personShape.value, bodyStart);
  // A person or place read from its context ("Mr Torrent", "in Torrent"), or a place the tagger is sure of ("LEEDS,
  // England"), is no short name. The tagger's sure person is not enough: no person's name in the article holds the word.
  const readAsOtherThanOrganisation = (m: MentionDraft) =>
    [...m.votes.keys()].some((t) => rootType(t) !== 'Organization') || (m.tag === 'LOC' && (m.tagScore ?? 0) >= SURE_TAG_CONFIDENCE);
  if (RECOGNITION_RULES.loneWordOfOneOrganisation.on)
    joinLoneWordOfOneOrganisation(merged, clusterType, kindOfBodyWord, readAsOtherThanOrganisation, bodyStart);
  if (RECOGNITION_RULES.unusedPlaceShortForm.on) joinUnusedPlaceShortForms(merged, clusterType, text, bodyStart);

  // "the Herald" after "The Northgate Herald": a paper's last word alone names it, when one outlet's name ends with it.
  if (RECOGNITION_RULES.mastheadShortName.on) joinLastWordShortNames(merged, clusterType, MASTHEAD_WORDS, 'MediaOrganization', 'outlet');
  // "the Commission" after "the European Commission": a public body's head word alone names it, when one organisation's
  // name ends with it (rule body-head-short-name).
  if (RECOGNITION_RULES.bodyHeadShortName.on) joinLastWordShortNames(merged, clusterType, GENERIC_BODY_HEADS, 'Organization', 'body');
  if (RECOGNITION_RULES.memberBodyHeadShortName.on) joinLastWordShortNames(merged, clusterType, MEMBER_BODY_HEADS, 'Organization', 'body');

  // "Pirelli" beside "Pirelli SpA" and "Pirelli Cables", "Ericsson" beside "LM Ericsson AB": a lone word that is a word
  // of an organisation's name and of no person's is that organisation's short name, whatever its shape suggests.
  const shortOfOrganisation = new Set<string>();
  if (RECOGNITION_RULES.wordOfOrganisationName.on) {
    const personWords = new Set<string>();
    const organisationWords = new Set<string>();
    for (const [key, mentions] of merged) {
      if (!key.includes(' ')) continue;
      const type = clusterType(mentions);
      const words = isA(type, 'Person') ? personWords : isA(type, 'Organization') ? organisationWords : undefined;
      if (words) for (const word of key.split(' ')) words.add(word);
    }
    for (const [key, mentions] of merged)
      if (!key.includes(' ') && organisationWords.has(key) && !personWords.has(key) && clusterType(mentions) === 'Person') shortOfOrganisation.add(key);
  }

  // "Ipswich Town", "Stoke City", "Port Vale" beside "Halden Rovers": in a report that names a side, a name ending in a
  // town's word is the club's, not the town (rule club-place-word-in-sports-report), unless the lexicons know the whole
  // name as a place ("Kansas City", "Cape Town").
  const clubOfTownWord = new Set<string>();
  if (RECOGNITION_RULES.clubPlaceWordInSportsReport.on && [...merged.values()].some((ms) => isA(clusterType(ms), 'SportsTeam'))) {
    for (const [key, mentions] of merged) {
      const words = key.split(' ');
      if (words.length < 2 || !CLUB_TOWN_WORDS.has(words[words.length - 1]!) || CITY_NAMES.has(key) || REGION_NAMES.has(key)) continue;
      if (mentions.some((m) => m.fixedType)) continue;
      const root = rootType(clusterType(mentions));
      if (root === 'Location' || root === 'Person') clubOfTownWord.add(key);
    }
  }

  const clusters: DraftCluster[] = [];
  const parts = [...merged].flatMap(([key, mentions]) =>
    (RECOGNITION_RULES.sureTagApart.on ? apartBySureTag(mentions, text) : [mentions]).map((part) => [key, part] as const),
  );
  for (const [key, mentions] of parts) {
    mentions.sort((a, b) => a.start - b.start);
    const type = clubOfTownWord.has(key)
      ? 'SportsTeam'
      : shortOfOrganisation.has(key)
        ? voteType(clusterVotes(mentions), 'Organization')
        : clusterType(mentions);
    // Canonical name: the longest name-form written most often (full names over surnames and acronyms).
    const forms = new Map<string, number>();
    for (const m of mentions) if (!m.reason || m.fixedType) forms.set(m.canonical, (forms.get(m.canonical) ?? 0) + 1);
    // "KYIV" in a dateline and "Kyiv" in prose: the form prose writes names it.
    const shouted = (form: string) =>
      RECOGNITION_RULES.mixedCaseCanonical.on &&
      form === form.toUpperCase() &&
      [...forms.keys()].some((f) => f !== form && f.toLowerCase() === form.toLowerCase())
        ? 1
        : 0;
    const canonical =
      [...forms].sort(
        (a, b) => b[0].split(' ').length - a[0].split(' ').length || shouted(a[0]) - shouted(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
      )[0]?.[0] ?? itemAt(mentions, 0).canonical;
    clusters.push({ key, canonical, type, mentions });
  }
  return clusters;
}
