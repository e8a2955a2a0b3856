// First pass over a document: nationality phrases, places written into "-based" modifiers, then capitalised name
// chunks (split and joined again where the statistical tagger reads the names otherwise) with their type evidence,
// skipping page furniture. Drops what capitals alone cannot prove: a lone sentence-initial word never written
// capitalised elsewhere, and runs of adjectives ("Palestinian Islamist").
import type { SegmentedDocument, Sentence, Token } from '../pipeline/stage-types.js';
import { chunkNames, type NameChunk } from './chunk-names.js';
import { descriptorStartingAt, descriptorType } from './descriptors.js';
import { countryByAdjective } from './lexicon/countries.js';
import { CITY_NAMES, REGION_NAMES, US_STATE_ABBREVIATIONS } from './lexicon/places.js';
import {
  COMMUNITIES,
  DESCRIBING_ADJECTIVES,
  FUNCTION_WORDS,
  MONTH_NUMBERS,
  REGIONAL_ADJECTIVES,
  ROLE_WORDS,
  SENTENCE_ABBREVIATIONS,
  TITLE_PREFIXES,
  TITLES,
} from './lexicon/words.js';
import type { MentionDraft } from './mention-draft.js';
import { nameEvidence, placeOfBusinessAfter, type Votes } from './name-evidence.js';
import { nameKey } from './name-key.js';
import { furnitureTest } from './furniture-index.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import {
  chunksFromTags,
  legalFormOfPlaceTags,
  placeBeforeTitle,
  placePossessorOfCompanyTags,
  legislatorTitleTags,
  placeParticleTags,
  bodyParticleTags,
  NO_DEFINED_ACRONYMS,
} from './tagger-spans.js';
import { firmNamesWithAnd } from './firm-names.js';
import { countryOfWord, findNationalityPhrases } from './nationality-phrases.js';
import { quotedProgrammeTitles, quotedTitleMask } from './quoted-titles.js';
import { institutionAfterPlace, isCourtKind, isProsecutorInitials } from './place-institutions.js';
import { EVIDENCE_WEIGHTS } from './evidence-weights.js';
import { itemAt } from '../util/checked-index.js';
import { mapStable } from '../util/stable-arrays.js';
import { isA, rootType, type EntityTypeName } from '../schema/schema.js';
import { KEPT_VIEW_TOKENS } from '../ner/tag-entities.js';

/** Tags a sentence's tokens (IOB2 over PER/ORG/LOC/MISC); absent when no tagger is available. */
export type SentenceTagger = (tokens: readonly string[]) => string[] | { tags: string[]; scores: number[] };

/** Reads a whole document's sentences (once, in order), then tags them one at a time knowing the rest. */
export type DocumentTagger = (sentences: Iterable<readonly string[]>) => SentenceTagger;

const ADJECTIVES = new Set([...countryByAdjective.keys(), ...COMMUNITIES.map(([, a]) => a.toLowerCase()), ...DESCRIBING_ADJECTIVES]);
/** Forms of peoples' names that open only a compound adjective ("Franco-German", "Anglo-Dutch", "Sino-Japanese"). */
const NATIONALITY_COMBINING_FORMS = new Set(['franco', 'anglo', 'sino', 'russo', 'indo', 'austro', 'italo', 'greco', 'hispano', 'luso', 'nippo', 'germano']);
/**
 * "Franco-German rival Alstrava", "Anglo-Dutch group Varnhold": combining forms and a people's adjective joined by
 * hyphens are one adjective, no name (rule compound-nationality-adjective). "Franco" alone is a surname, so the
 * combining forms count only before a hyphen, and the word must end in an adjective ("Indo-Pacific" is a region).
 */
function isCompoundNationality(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  const last = parts.pop() ?? '';
  return parts.length > 0 && parts.every((p) => NATIONALITY_COMBINING_FORMS.has(p) || ADJECTIVES.has(p)) && ADJECTIVES.has(last);
}

/** Adverbs that open a sentence before a comma and have no adverb's ending ("Earlier, …", "Overall, …"). */
const SENTENCE_ADVERBS = new Set([
  'earlier',
  'later',
  'overall',
  'instead',
  'still',
  'elsewhere',
  'nevertheless',
  'nonetheless',
  'furthermore',
  'besides',
  'otherwise',
  'likewise',
  'thus',
  'hence',
  'indeed',
  'afterwards',
  'afterward',
  'again',
]);
/**
 * An adverb made of an adjective and "-ly" ("separately", "additionally", "reportedly", "similarly"): a stem of three
 * letters or more and an adjective's ending before "-ly", so names that end in "ly" ("Italy", "Kelly", "Beverly",
 * "Huntly", "Carly") are not taken for one.
 */
const LY_ADVERB = /^[a-z]{3,}(?:al|ate|ent|ant|ous|ive|ed|ing|ful|less|ar|ib|ab|ic)ly$/;
/** Adverbs that size a number written right after them ("Roughly 300", "Nearly $2 billion", "About 40%"). */
const NUMBER_ADVERBS = new Set(['roughly', 'nearly', 'almost', 'approximately', 'about', 'around', 'some', 'just', 'only', 'over', 'exactly', 'barely']);
const isSentenceAdverb = (word: string) => SENTENCE_ADVERBS.has(word.toLowerCase()) || LY_ADVERB.test(word.toLowerCase());

/** Verbs after which a lone sentence-initial capitalised word is a named subject ("Corvane said"). */
const REPORTING_VERBS = /^(said|says|has|told|announced|confirmed|denied|added|reported|agreed|acquired|warned|insisted)$/;
/** Shared by every chunk without strong evidence; only read (its size), never written. */
const NO_VOTES: Votes = new Map();
const CHAPTER = /^(chapter|branch|affiliate|office|bureau|section)$/i;
/** Read only: the votes of a name a rule types outright, given as its strong evidence too. */
const ORGANISATION_VOTES: Votes = new Map([['Organization', 5]]);
const STATE_VOTES: Votes = new Map([['Region', 6]]);
/** A court's name is strong evidence of a government body. */
const COURT_VOTES: Votes = new Map([['GovernmentBody', 5]]);

function furnitureMask(inFurniture: (start: number, end: number) => boolean, sentence: Sentence): boolean[] {
  return mapStable(sentence.tokens, (t) => inFurniture(t.start, t.end));
}

/** The mean confidence of the tagger over the tokens of [from, to) that carry `label`. */
function tagConfidence(tags: string[] | undefined, scores: number[] | undefined, label: string | undefined, from: number, to: number): number | undefined {
  if (!tags || !scores || !label) return undefined;
  let sum = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    if (!tags[i]?.endsWith(`-${label}`)) continue;
    sum += scores[i] ?? 0;
    n++;
  }
  return n ? sum / n : undefined;
}

/** The tagger's confidence from which its MISC reading of a name outweighs lexicon votes. */
const MISC_SURE = 0.5;

/**
 * Whether a comma after the name opens a noun phrase in apposition: an article or a place's possessive
 * (", a Hamburg-based retailer", ", Poland's largest maker"); a clause (", which accounts for") says less of what it is.
 */
function opensApposition(tokens: Sentence['tokens'], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const opening = tokens[end + 1]?.text ?? '';
  return /^(?:a|an|the)$/i.test(opening) || (/^\p{Lu}/u.test(opening) && tokens[end + 2]?.text === "'s");
}

/** Whether the votes make a person, organisation or place of a name, and no strong evidence backs them. */
function namesCoreType(votes: Votes, strong: Votes): boolean {
  if ([...strong.values()].some((w) => w >= 3)) return false;
  let best: string | undefined;
  let weight = 0;
  for (const [type, w] of votes) if (w > weight) [best, weight] = [type, w];
  return best === undefined || ['Person', 'Organization', 'Location'].includes(rootType(best as EntityTypeName));
}

/** Whether a lower-case word for a kind of body follows ("the Varnian army", "the Yugoslav news agency"). */
function bodyWordAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.text ?? '';
  if (next !== next.toLowerCase()) return false;
  const body = descriptorStartingAt(
    tokens.slice(end, end + 3).map((t) => t.text.toLowerCase()),
    0,
  );
  return body !== undefined && rootType(body.type) === 'Organization';
}

function majorityTag(tags: string[] | undefined, from: number, to: number): string | undefined {
  if (!tags) return undefined;
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const label = tags[i]?.replace(/^[BI]-/, '');
    if (label && label !== 'O') counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [label, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = label;
  return best && (counts.get(best) ?? 0) * 2 >= to - from ? best : undefined;
}

/**
 * A name written in capitals (a dateline, a headline) as it is written in prose: "ADDIS ABABA" is "Addis Ababa", each
 * word capitalised, not "Addis ababa" (rule `capitals-each-word`).
 */
function fromCapitals(display: string): string {
  const lower = display.toLowerCase();
  if (!RECOGNITION_RULES.capitalsEachWord.on) return display[0] + lower.slice(1);
  return lower.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** A capitalised plural word ("Serbs", "Yorkers", "Democrats"), not one ending in -ss or -us ("Congress", "Cyprus"). */
const PLURAL_OF_PEOPLE = /^\p{Lu}\p{Ll}+[^su]s$/u;
/** Only read, never written: the vote of a MISC name that ends in a plural. */
const GROUP_BY_SHAPE: Votes = new Map([['Group', EVIDENCE_WEIGHTS.personShape.value]]);

/** A particle of a person's name ("bin", "al-Hamdan", "van"): the shape of a person's name, more than capitals. */
const NAME_PARTICLE = /^(?:bin|ibn|bint|al|el|van|von|der|de)$|^(?:al|el)-\p{Lu}/u;

/** Whether the tagger reads any word of a chunk as MISC. */
function hasMiscWord(tags: readonly string[], chunk: NameChunk): boolean {
  for (let k = chunk.tokenStart; k < chunk.tokenEnd; k++) if (tags[k]?.endsWith('-MISC')) return true;
  return false;
}

/** Whether a name's only evidence is the weak prior that two to four capitalised words are a person's name. */
function isShapePriorOnly(votes: Votes): boolean {
  return votes.size === 1 && votes.get('Person') === EVIDENCE_WEIGHTS.personShape.value;
}

/**
 * Whether the only vote is the compass-word prior ("South Korean", "North American") and the tagger reads the words
 * as MISC or no name: an adjective of a people or region, not a place (rule tagger-over-compass-prior).
 */
function isCompassPriorOnly(votes: Votes, tag: string | undefined): boolean {
  return (
    RECOGNITION_RULES.taggerOverCompassPrior.on &&
    (tag === undefined || tag === 'MISC') &&
    votes.size === 1 &&
    votes.get('Location') === EVIDENCE_WEIGHTS.compassWord.value
  );
}

/** Lower-case words for an illness that a possessive name before them names ("Crohn's disease"). */
const ILLNESS = /^(?:disease|syndrome|palsy)$/;

/** Whether the name ending at `end` is followed by a possessive and a word for an illness. */
function isEponymOfIllness(tokens: readonly Token[], end: number): boolean {
  return /^['’]s?$/.test(tokens[end]?.text ?? '') && ILLNESS.test(tokens[end + 1]?.text ?? '');
}

/** Lower-case words after a name that make it the name of a virus or a fever ("Marburg virus", "Lassa fever"). */
const PATHOGEN = /^(?:virus|fever)$/;

/**
 * Names of viruses and fevers in a document ("Marburg virus outbreak … no vaccine for Marburg"): named after a place,
 * they are no place wherever the document writes them (rule `name-of-pathogen`).
 */
function pathogenNames(doc: SegmentedDocument): Set<string> {
  const names = new Set<string>();
  if (!RECOGNITION_RULES.nameOfPathogen.on) return names;
  for (const sentence of doc.sentences)
    sentence.tokens.forEach((token, k) => {
      if (k > 0 && PATHOGEN.test(token.text) && /^\p{Lu}\p{Ll}+$/u.test(itemAt(sentence.tokens, k - 1).text)) names.add(itemAt(sentence.tokens, k - 1).text);
    });
  return names;
}

/** The words of tokens[start..end) joined by spaces. */
function spanText(tokens: readonly Token[], start: number, end: number): string {
  return mapStable(tokens.slice(start, end), (t) => t.text).join(' ');
}

/** The draft of a phrase a rule names as a whole ("Israeli military", "a Pune court"), typed by the rule. */
function phraseDraft(
  text: string,
  sentence: Sentence,
  tokenStart: number,
  tokenEnd: number,
  named: Pick<MentionDraft, 'canonical' | 'key' | 'fixedType' | 'reason'>,
): MentionDraft {
  const start = itemAt(sentence.tokens, tokenStart).start;
  const end = itemAt(sentence.tokens, tokenEnd - 1).end;
  return {
    sentence: sentence.index,
    tokenStart,
    tokenEnd,
    start,
    end,
    text: text.slice(start, end),
    canonical: named.canonical,
    key: named.key,
    votes: new Map(),
    fixedType: named.fixedType,
    kind: 'name',
    reason: named.reason,
    initial: false,
    possessive: false,
  };
}

/** Strong evidence is rare: it is gathered in one scratch map and copied only where there is some. */
const scratch: Votes = new Map();

/** A chunk's evidence ({@link nameEvidence}) and the span and flags it was weighed for. */
interface WeighedChunk {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly flags: number;
  readonly votes: Votes;
  readonly strong: Votes;
}

/** The flags of a chunk that its evidence reads besides its span. */
const evidenceFlags = (chunk: NameChunk): number => (chunk.honorific ? 4 : 0) | (chunk.title ? 2 : 0) | (chunk.possessive ? 1 : 0);

function weigh(tokens: Token[], chunk: NameChunk): WeighedChunk {
  const votes = nameEvidence(tokens, chunk, scratch);
  // A map per chunk is a good part of the memory on a long article: empty strong evidence is one shared map.
  const strong = scratch.size ? new Map(scratch) : NO_VOTES;
  scratch.clear();
  return { tokenStart: chunk.tokenStart, tokenEnd: chunk.tokenEnd, flags: evidenceFlags(chunk), votes, strong };
}

/** Whether `weighed` is the evidence of `chunk` as the chunk stands now (a later rule may have moved its end). */
const weighedAsItStands = (weighed: WeighedChunk | undefined, chunk: NameChunk): weighed is WeighedChunk =>
  weighed !== undefined && weighed.tokenStart === chunk.tokenStart && weighed.tokenEnd === chunk.tokenEnd && weighed.flags === evidenceFlags(chunk);

const spanKey = (chunk: NameChunk): string => `${chunk.tokenStart} ${chunk.tokenEnd} ${evidenceFlags(chunk)}`;

/**
 * A sentence's chunks' evidence, worked out once per span while the sentence is read. It depends only on the
 * sentence's tokens and the chunk's span and flags, and most chunks are weighed twice: when the tagger's spans are
 * set against the chunker's, and again when the chunks that stand are read after the whole document. Only the
 * evidence of the chunks that stand is kept for that ({@link ChunkEvidence.keptFor}); the rest goes with the sentence.
 */
class ChunkEvidence {
  private readonly bySpan = new Map<string, WeighedChunk>();

  constructor(private readonly tokens: Token[]) {}

  of(chunk: NameChunk): WeighedChunk {
    const key = spanKey(chunk);
    let found = this.bySpan.get(key);
    if (!found) this.bySpan.set(key, (found = weigh(this.tokens, chunk)));
    return found;
  }

  /** The evidence already weighed of each chunk, by index; undefined when none of them was weighed. */
  keptFor(chunks: readonly NameChunk[]): (WeighedChunk | undefined)[] | undefined {
    if (!this.bySpan.size) return undefined;
    const kept = chunks.map((chunk) => this.bySpan.get(spanKey(chunk)));
    return kept.some((weighed) => weighed !== undefined) ? kept : undefined;
  }
}

/**
 * Whether `word` is a capitalised word for a kind of place ("City", "State") and `next` a lower-case word for a kind of
 * organisation other than a team ("watchdog", "regulator", "television"): the pair names a body by its district.
 */
function placeKindBeforeBody(word: string, next: string): boolean {
  const place = /^\p{Lu}\p{Ll}+$/u.test(word) ? descriptorType(word) : undefined;
  if (!place || rootType(place) !== 'Location' || !/^\p{Ll}+$/u.test(next)) return false;
  const body = descriptorType(next);
  return body !== undefined && rootType(body) === 'Organization' && !isA(body, 'SportsTeam');
}

/** Acronyms written in brackets right after a capitalised word: "Directorate (DNA)", "Office ( OCHA )". */
function acronymsDefinedInBrackets(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}.'’-]*\s*\(\s*(\p{Lu}{2,7})\s*\)/gu)) found.add(m[1]!);
  return found;
}

/** Finds mention drafts in a document, sentence by sentence. */
export function findDrafts(doc: SegmentedDocument, documentTagger?: DocumentTagger): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  // The words of a document's first sentences as the tagger reads them are made once: the document pass and the
  // tagging of the sentence get the same array, by which the tagger finds the view it kept of it. As the tagger keeps
  // views, only the first KEPT_VIEW_TOKENS of a document are held, each until its sentence is tagged.
  const readAs = new Map<Sentence, TaggerWords>();
  let heldTokens = 0;
  const tagger = documentTagger?.(
    (function* () {
      for (const sentence of doc.sentences) {
        const read = taggerWords(sentence.tokens);
        if (heldTokens + read.words.length <= KEPT_VIEW_TOKENS) {
          readAs.set(sentence, read);
          heldTokens += read.words.length;
        }
        yield read.words;
      }
    })(),
  );
  const readAsTagger = (sentence: Sentence): TaggerWords => {
    const held = readAs.get(sentence);
    if (!held) return taggerWords(sentence.tokens);
    readAs.delete(sentence);
    return held;
  };
  const inFurniture = furnitureTest(doc.furniture);
  const pathogens = pathogenNames(doc);
  // "the National Anticorruption Directorate (DNA)": an acronym the text defines in brackets after a name is that
  // body's name wherever it stands, even one that also writes a common noun.
  const definedAcronyms = RECOGNITION_RULES.commonAcronymNoName.on ? acronymsDefinedInBrackets(doc.text) : NO_DEFINED_ACRONYMS;
  const capitalisedInside = new Set<string>();
  // Words the document writes in lower case somewhere ("oil" in "oil explorer"), for rule sector-word-opening-no-place.
  const lowerCaseInside = new Set<string>();
  // Words written as a name of one word inside a sentence ("shares in Corvane"), for rule opening-common-word-no-name:
  // a word capitalised inside a longer name ("Asthma Relief Trust") is no name alone for that.
  const aloneInside = new Set<string>();
  // Each entry's `weighed` is the evidence its chunks were given when the sentence was read, let go once read again.
  const perSentence: { sentence: Sentence; chunks: NameChunk[]; tags?: string[]; scores?: number[]; weighed?: (WeighedChunk | undefined)[] }[] = [];
  const titleCased: { sentence: Sentence; taken: boolean[] }[] = [];
  // A name repeated through a long article is one string, and its key is worked out once.
  const strings = new Map<string, string>();
  const shared = (value: string) => strings.get(value) ?? (strings.set(value, value), value);
  const keys = new Map<string, string>();
  // Drafts with the same evidence share one votes map, read and never written once drafted: a map per mention is a
  // good part of the memory on a long article.
  const votesByContent = new Map<string, Votes>();
  const sharedVotes = (votes: Votes) => {
    const content = [...votes].join(';');
    return votesByContent.get(content) ?? (votesByContent.set(content, votes), votes);
  };
  const keyOf = (display: string) => keys.get(display) ?? (keys.set(display, nameKey(display)), keys.get(display)!);
  for (const sentence of doc.sentences) {
    const taken = furnitureMask(inFurniture, sentence);
    if (taken.every(Boolean)) continue;
    const tokens = sentence.tokens;
    for (const phrase of findNationalityPhrases(sentence, taken, doc.id)) {
      for (let k = phrase.tokenStart; k < phrase.tokenEnd; k++) taken[k] = true;
      // "the Varnia government" stands for the state: its mention is the country's name as written, a name.
      if (RECOGNITION_RULES.countryNameInPhrase.on && phrase.type === 'Country' && phrase.countryNameEnd !== undefined) {
        drafts.push(phraseDraft(doc.text, sentence, phrase.tokenStart, phrase.countryNameEnd, { ...phrase, fixedType: phrase.type }));
        continue;
      }
      const draft = phraseDraft(doc.text, sentence, phrase.tokenStart, phrase.tokenEnd, { ...phrase, fixedType: phrase.type });
      // "the Varnian government", "Varnian troops": a description of the country or its forces, not a name of either.
      drafts.push(RECOGNITION_RULES.nationalityPhraseNominal.on ? { ...draft, kind: 'nominal' } : draft);
    }
    // "the Danish series "Kold Havn"", "“Harbour Lights,” the Irish crime drama": a quoted title named as a programme
    // or a film is that work's name, a product (rule quoted-programme-title).
    for (const title of RECOGNITION_RULES.quotedProgrammeTitle.on ? quotedProgrammeTitles(tokens) : []) {
      if (taken.slice(title.tokenStart, title.tokenEnd).some(Boolean)) continue;
      for (let k = title.tokenStart; k < title.tokenEnd; k++) taken[k] = true;
      const canonical = doc.text.slice(itemAt(tokens, title.tokenStart).start, itemAt(tokens, title.tokenEnd - 1).end);
      drafts.push(
        phraseDraft(doc.text, sentence, title.tokenStart, title.tokenEnd, {
          canonical,
          key: canonical.toLowerCase(),
          fixedType: 'Product',
          reason: 'a quoted title named as a programme or a film',
        }),
      );
    }
    if (isTitleCase(tokens) || (RECOGNITION_RULES.unpunctuatedHeadline.on && isUnpunctuatedHeadline(doc.text, sentence))) {
      titleCased.push({ sentence, taken });
      continue;
    }
    const based = basedPlaces(sentence, taken);
    let chunks = chunkNames(sentence, taken);
    for (const c of chunks) {
      // "The U.S.", "the Netherlands": the article is not part of a place's name.
      if (itemAt(tokens, c.tokenStart).text === 'The' && c.tokenEnd - c.tokenStart > 1 && isPlace(spanText(tokens, c.tokenStart + 1, c.tokenEnd)))
        c.tokenStart++;
    }
    splitDatelineSources(tokens, chunks);
    for (const c of chunks) if (!c.initial) for (let k = c.tokenStart; k < c.tokenEnd; k++) capitalisedInside.add(itemAt(tokens, k).text);
    for (const c of chunks) if (!c.initial && c.tokenEnd - c.tokenStart === 1) aloneInside.add(itemAt(tokens, c.tokenStart).text);
    if (RECOGNITION_RULES.sectorWordOpeningNoPlace.on || RECOGNITION_RULES.openingCommonWordNoName.on)
      for (const t of tokens) if (/^\p{Ll}+$/u.test(t.text)) lowerCaseInside.add(t.text);
    // Tagger first, every sentence is tagged and its spans are the chunks; otherwise tags are read only for chunks
    // (a sentence without any is not tagged, nor are its tags kept until the end).
    const taggerFirst = RECOGNITION_RULES.taggerSpans.on;
    const tagged = tagger && (taggerFirst || chunks.length) ? tagAsWritten(readAsTagger(sentence), tagger) : undefined;
    const seated = tagged && RECOGNITION_RULES.legalFormOfPlace.on ? legalFormOfPlaceTags(tokens, tagged.tags) : tagged?.tags;
    const possessed = seated && RECOGNITION_RULES.placePossessorOfCompany.on ? placePossessorOfCompanyTags(tokens, seated) : seated;
    const titled = possessed && RECOGNITION_RULES.legislatorAcronymBeforeName.on ? legislatorTitleTags(tokens, possessed) : possessed;
    const placed = titled && RECOGNITION_RULES.placeParticleJoin.on ? placeParticleTags(tokens, titled) : titled;
    const tags = placed && RECOGNITION_RULES.bodyParticleJoin.on ? bodyParticleTags(tokens, placed) : placed;
    for (const draft of based) {
      const tagged = tags && RECOGNITION_RULES.basedPlaceWholeName.on ? widenToTaggedName(draft, tokens, tags, taken, doc.text) : draft;
      const place = tagged === draft && RECOGNITION_RULES.basedPlaceKnownWhole.on ? widenToKnownPlace(draft, tokens, taken, doc.text) : tagged;
      drafts.push({ ...place, text: shared(place.text), key: keyOf(place.text) });
      // "San Jose-based": the words the place took before its modifier are no name chunk of their own.
      if (place !== tagged) chunks = chunks.filter((c) => c.tokenEnd <= place.tokenStart || c.tokenStart >= place.tokenEnd);
    }
    const evidence = tags && taggerFirst ? new ChunkEvidence(tokens) : undefined;
    if (tags && evidence) {
      chunks = chunksFromTags(tokens, chunks, tags, taken, (chunk) => evidence.of(chunk), definedAcronyms);
      if (!chunks.length) continue;
    } else if (tags) {
      trimUntaggedLead(tokens, chunks, tags);
      splitAtTaggedStarts(chunks, tags);
      joinTaggedConnectors(tokens, chunks, tags);
    }
    perSentence.push({ sentence, chunks, tags, scores: tagged?.scores, weighed: evidence?.keptFor(chunks) });
  }
  // "the NBC network … NBC's show": lower-case words the tagger read after a name stay out of it only where the
  // document writes the name without them too; elsewhere they are written into it ("the NHK network").
  if (RECOGNITION_RULES.lowerCaseTailOutsideName.on && perSentence.some(({ chunks }) => chunks.some((c) => c.lowerTail))) {
    const written = new Set<string>();
    for (const { sentence, chunks } of perSentence)
      for (const chunk of chunks) if (!chunk.lowerTail) written.add(spanText(sentence.tokens, chunk.tokenStart, chunk.tokenEnd));
    for (const { sentence, chunks } of perSentence)
      for (const chunk of chunks)
        if (chunk.lowerTail && !written.has(spanText(sentence.tokens, chunk.tokenStart, chunk.tokenEnd))) chunk.tokenEnd += chunk.lowerTail;
  }
  // "Harrow and Pike, the London-based law firm": a pair of names joined by "and" that the document calls a firm is one
  // name wherever it is written.
  if (RECOGNITION_RULES.firmNameWithAnd.on)
    for (const firm of firmNamesWithAnd(perSentence)) {
      const draft = phraseDraft(doc.text, firm.sentence, firm.tokenStart, firm.tokenEnd, {
        canonical: spanText(firm.sentence.tokens, firm.tokenStart, firm.tokenEnd),
        key: keyOf(spanText(firm.sentence.tokens, firm.tokenStart, firm.tokenEnd)),
        fixedType: 'Company',
        reason: 'a firm named by two names joined by "and"',
      });
      drafts.push({ ...draft, possessive: firm.possessive });
    }
  // A name read as a person, organisation or place somewhere in the document (by the tagger or by its context)
  // keeps its mentions where the tagger, with less context, reads it as MISC ("The Tribune's inquiry" after
  // "told The Tribune").
  const chunkKey = (tokens: Sentence['tokens'], chunk: NameChunk) =>
    tokens
      .slice(chunk.tokenStart, chunk.tokenEnd)
      .map((t) => t.text)
      .filter((w, i) => i > 0 || w.toLowerCase() !== 'the')
      .join(' ');
  const readings = mapStable(perSentence, (entry) => {
    const { sentence, chunks, tags, scores, weighed } = entry;
    // The readings hold the evidence from here on: the sentence's copy is let go, so the two are never held at once.
    entry.weighed = undefined;
    return mapStable(chunks, (chunk, c) => {
      const tagged = majorityTag(tags, chunk.tokenStart, chunk.tokenEnd);
      const tag = tagged === 'PER' && placeBeforeTitle(sentence.tokens, chunk) ? 'LOC' : tagged;
      const kept = weighed?.[c];
      const { votes, strong } = weighedAsItStands(kept, chunk) ? kept : weigh(sentence.tokens, chunk);
      return { tag, tagScore: tagConfidence(tags, scores, tag, chunk.tokenStart, chunk.tokenEnd), votes, strong, brand: isBrand(sentence.tokens, chunk) };
    });
  });
  const namedSomewhere = new Set<string>();
  const taggedSomewhere = new Set<string>();
  // The last words of the full names read as people's: "Fairbrother said" after "Nadia Fairbrother" names her.
  const surnamesTagged = new Set<string>();
  perSentence.forEach(({ sentence, chunks, tags }, n) =>
    chunks.forEach((chunk, c) => {
      const { tag, votes, brand } = readings[n]![c]!;
      const evidence =
        votes.size > 0 &&
        !(tags && ((RECOGNITION_RULES.taggerOverShapePrior.on && tag !== 'PER' && isShapePriorOnly(votes)) || isCompassPriorOnly(votes, tag)));
      if (((tag && tag !== 'MISC') || evidence || brand) && !chunk.untagged) namedSomewhere.add(chunkKey(sentence.tokens, chunk));
      if (tag && tag !== 'MISC') taggedSomewhere.add(chunkKey(sentence.tokens, chunk));
      if (tag === 'PER' && chunk.tokenEnd - chunk.tokenStart > 1) surnamesTagged.add(itemAt(sentence.tokens, chunk.tokenEnd - 1).text);
    }),
  );
  // "a Pune court", "the Dalmore district attorney's office": the institution is a mention of its own after the
  // place's, which the place keeps.
  const pushPlaceInstitution = (sentence: Sentence, chunk: NameChunk, tag: string | undefined): boolean => {
    const tokens = sentence.tokens;
    // "the Dalmore D.A.'s office": the short title of the office closes the run of capitals after the place.
    const titled = chunk.possessive && chunk.tokenEnd - chunk.tokenStart > 1 && isProsecutorInitials(itemAt(tokens, chunk.tokenEnd - 1).text);
    if (chunk.possessive && !titled) return false;
    const placeEnd = titled ? chunk.tokenEnd - 1 : chunk.tokenEnd;
    const phrase = institutionAfterPlace(tokens, chunk.tokenStart, placeEnd, { placeKnown: (name) => tag === 'LOC' || isPlace(name), person: tag === 'PER' });
    if (!phrase) return false;
    if (titled) {
      chunk.tokenEnd = placeEnd;
      chunk.possessive = false;
    }
    const draft = phraseDraft(doc.text, sentence, phrase.tokenStart, phrase.tokenEnd, {
      canonical: phrase.canonical,
      key: phrase.docScoped ? `${phrase.canonical.toLowerCase()} in ${doc.id}` : prosecutionOfficeKey(phrase.canonical),
      fixedType: 'GovernmentBody',
      reason: phrase.docScoped ? 'a court or jury named by its place, one entity within its article' : 'an office of prosecution named by its place',
    });
    // "a Pune court", "a German court": the words after the place are a common noun, no name of the court.
    const common = tokens.slice(phrase.tokenStart, phrase.tokenEnd).every((t) => t.text === t.text.toLowerCase());
    drafts.push(RECOGNITION_RULES.lowerCaseInstitutionNominal.on && common ? { ...draft, kind: 'nominal' } : draft);
    return true;
  };
  for (const [n, { sentence, chunks, tags }] of perSentence.entries()) {
    const tokens = sentence.tokens;
    // "NHTSA said" in a sentence of prose is an acronym as written; only a line in capitals shouts its names (rule
    // acronym-in-prose-as-written).
    // Asked only of a one-word name in capitals.
    const prose = () => RECOGNITION_RULES.acronymInProseAsWritten.on && tokens.filter((t) => HAS_LOWER.test(t.text)).length * 2 > tokens.length;
    const inTitle = RECOGNITION_RULES.quotedTitleNoName.on ? quotedTitleMask(tokens) : undefined;
    for (let c = 0; c < chunks.length; c++) {
      const chunk = itemAt(chunks, c);
      const qualifiesInstitution = RECOGNITION_RULES.placeQualifiedInstitution.on && pushPlaceInstitution(sentence, chunk, readings[n]![c]!.tag);
      // "Slow Harbor", "Lullaby for Clara": a name inside a quoted title is a word of the title.
      if (inTitle?.[chunk.tokenStart] && inTitle[chunk.tokenEnd - 1]) continue;
      // "Parkinson's disease", "Tourette's syndrome": a name that only names an illness after its describer.
      if (RECOGNITION_RULES.eponymOfIllness.on && isEponymOfIllness(tokens, chunk.tokenEnd)) continue;
      if (chunk.tokenEnd - chunk.tokenStart === 1 && pathogens.has(itemAt(tokens, chunk.tokenStart).text)) continue;
      // "at 11 a.m. EDT": the letters after a time of day are its time zone, no name.
      if (RECOGNITION_RULES.timeZoneAfterTime.on && chunk.tokenEnd - chunk.tokenStart === 1 && isTimeZoneAfterTime(tokens, chunk.tokenStart)) continue;
      // "the January-June period", "Jan-May exports": months joined by a hyphen are a span of time, no name.
      if (RECOGNITION_RULES.monthRangeNoName.on && chunk.tokenEnd - chunk.tokenStart === 1 && isMonthRange(itemAt(tokens, chunk.tokenStart).text)) continue;
      // In one layout (stable-arrays.ts): with `map`, this function's optimised code was thrown away 103 times a run.
      const words = mapStable(tokens.slice(chunk.tokenStart, chunk.tokenEnd), (t) => t.text);
      if (!countryOfWord(words.join(' '), false) && words.every((w) => w.split('-').every((part) => ADJECTIVES.has(part.toLowerCase())))) continue;
      // "Californian media group Altavista Holdings": a state's or a region's adjective alone is no name either.
      if (RECOGNITION_RULES.regionalAdjectiveNoName.on && words.length === 1 && REGIONAL_ADJECTIVES.has(itemAt(words, 0).toLowerCase())) continue;
      // "Costa Rican authorities", "Sri Lankan newspapers": a people's adjective of several words is no name either.
      if (
        RECOGNITION_RULES.adjectiveOfSeveralWords.on &&
        words.length > 1 &&
        !countryOfWord(words.join(' '), false) &&
        countryByAdjective.has(words.join(' ').toLowerCase())
      )
        continue;
      if (RECOGNITION_RULES.compoundNationalityAdjective.on && words.every(isCompoundNationality)) continue;
      const firstWord = itemAt(words, 0);

      const reading = readings[n]![c]!;
      const { brand, tag: read, tagScore } = reading;
      // The body's word after the place was read as the place's descriptor ("Pune court"): it is the body's own.
      const evidence = qualifiesInstitution ? qualifyingPlaceVotes(reading.votes) : reading.votes;
      const strong = qualifiesInstitution ? qualifyingPlaceVotes(reading.strong) : reading.strong;
      // The person-shape prior guesses for words nobody has read; the tagger has read these, and a reading other than
      // PER ("Hong Kong Open" as MISC, "Launch Site One" as no name) outweighs capitals alone.
      // A MISC name ending in a capitalised plural ("Bosnian Serbs", "House Democrats") names people as a body: a group.
      const priorOnly = (RECOGNITION_RULES.taggerOverShapePrior.on && read !== 'PER' && isShapePriorOnly(evidence)) || isCompassPriorOnly(evidence, read);
      const votes =
        tags && priorOnly && !words.some((w) => NAME_PARTICLE.test(w))
          ? read === 'MISC' && PLURAL_OF_PEOPLE.test(itemAt(words, words.length - 1))
            ? GROUP_BY_SHAPE
            : NO_VOTES
          : evidence;
      // A brand is no place or person, whatever the tagger makes of an unknown word ("invested in DataForge").
      const tag = brand && read !== 'ORG' ? undefined : read;
      const lexical = [...votes.values()].some((w) => w >= 3);
      // A lone capitalised word opening a sentence is a name only with support: a lexicon, the tagger, or the same
      // word capitalised mid-sentence elsewhere; a schema descriptor there ("Police", "Parliament") is a common noun.
      if (chunk.initial && words.length === 1 && descriptorType(firstWord)) continue;
      // "fined by the City watchdog", "carried by State television": a lone word for a kind of place, capitalised for
      // the district or the state it stands for, before a lower-case word for a kind of body, only qualifies that body,
      // which is the one meant (rule place-kind-word-before-body). A team's word after it ("City striker") is left
      // alone: "City" is then a club's short name.
      if (RECOGNITION_RULES.placeKindWordBeforeBody.on && words.length === 1 && placeKindBeforeBody(firstWord, tokens[chunk.tokenEnd]?.text ?? '')) continue;
      // "Oil firm Aldane sues Kazakhstan", "Steel giant Korvan …": a lone word opening a sentence before a word for a
      // business and a name says which trade the business is in, not where it is, when the document writes the word
      // in lower case elsewhere ("an oil explorer") and never capitalised inside a sentence (rule
      // sector-word-opening-no-place).
      // Both rules below read a lone word opening the sentence that the document writes in lower case elsewhere and
      // that is no known place.
      const openingWordLowerElsewhere = chunk.initial && words.length === 1 && lowerCaseInside.has(firstWord.toLowerCase()) && !isPlace(firstWord);
      if (
        RECOGNITION_RULES.sectorWordOpeningNoPlace.on &&
        openingWordLowerElsewhere &&
        !capitalisedInside.has(firstWord) &&
        placeOfBusinessAfter(
          tokens.map((t) => t.text),
          chunk.tokenEnd,
        )
      )
        continue;
      // '"Asthma is caused by …"' beside "children with asthma": a lone word that opens a sentence, capitalised only
      // there, is the common noun the document writes in lower case elsewhere; as a name it would join an
      // organisation sharing the word ("Asthma Relief Trust") (rule opening-common-word-no-name). A capitalised word
      // right after it may go on with the name the chunk was cut from ("Breast Cancer Now welcomed …"): left alone.
      if (
        RECOGNITION_RULES.openingCommonWordNoName.on &&
        openingWordLowerElsewhere &&
        !aloneInside.has(firstWord) &&
        !/^\p{Lu}/u.test(tokens[chunk.tokenEnd]?.text ?? '') &&
        !countryOfWord(firstWord, false)
      )
        continue;
      // "Since 2019 it has issued …": a lone word that opens sentences, capitalised only for opening one, is no name,
      // whatever the tagger reads in it (rule opening-function-word-no-name).
      if (RECOGNITION_RULES.openingFunctionWordNoName.on && chunk.initial && words.length === 1 && FUNCTION_WORDS.has(firstWord.toLowerCase())) continue;
      // "Separately, the regulator fined …": an adverb set off by a comma at the head of a sentence is no name, though
      // the apposition-like "…, the regulator" after it votes for one.
      if (
        RECOGNITION_RULES.openingAdverbNoName.on &&
        chunk.initial &&
        words.length === 1 &&
        tokens[chunk.tokenEnd]?.text === ',' &&
        isSentenceAdverb(firstWord)
      )
        continue;
      // "Roughly 300 of the union's members work there": an adverb before a number at the head of a sentence sizes the
      // number, and is no name (rule opening-adverb-before-number).
      if (
        RECOGNITION_RULES.openingAdverbBeforeNumber.on &&
        chunk.initial &&
        words.length === 1 &&
        /^[\d$€£]/.test(tokens[chunk.tokenEnd]?.text ?? '') &&
        NUMBER_ADVERBS.has(firstWord.toLowerCase())
      )
        continue;
      // "Demonstrators said" is a plural common noun: after a verb that does not show number, a word ending in -s
      // is not taken as a name.
      const verb = tokens[chunk.tokenEnd]?.text ?? '';
      // "Okafor, 64, taught …": an age set off by commas follows only a person's name.
      const aged = verb === ',' && /^\d{1,3}$/.test(tokens[chunk.tokenEnd + 1]?.text ?? '') && tokens[chunk.tokenEnd + 2]?.text === ',';
      const actsLikeSubject = aged || chunk.possessive || (REPORTING_VERBS.test(verb) && (!/[^su]s$/.test(firstWord) || /^(says|has|is|was)$/.test(verb)));
      if (chunk.initial && words.length === 1 && !lexical && !actsLikeSubject && !capitalisedInside.has(firstWord) && (tags ? !tag || tag === 'MISC' : true))
        continue;
      if (tag === 'MISC' && votes.size === 0 && !namedSomewhere.has(chunkKey(tokens, chunk))) continue;
      // "the Arctic town", "Moslem men": a name the tagger surely reads as MISC, and nowhere in the document as a
      // person, organisation or place, is not made one by a lexicon or a place word alone; before a word for a body
      // ("the Varnian army") the adjective stands for that body.
      if (
        RECOGNITION_RULES.taggerMiscOverWeakVotes.on &&
        tag === 'MISC' &&
        (tagScore ?? 0) >= MISC_SURE &&
        !brand &&
        !taggedSomewhere.has(chunkKey(tokens, chunk)) &&
        !countryOfWord(words.join(' '), false) &&
        !words.some((w) => NAME_PARTICLE.test(w)) &&
        !bodyWordAfter(tokens, chunk.tokenEnd) &&
        namesCoreType(votes, strong)
      )
        continue;
      // "SCOTTISH LEAGUE RESULTS": a run of capitals kept for one word the tagger reads as MISC, the rest read as no
      // name and nothing else known, is no name.
      if (
        RECOGNITION_RULES.taggerOverShapePrior.on &&
        tags &&
        !tag &&
        votes.size === 0 &&
        !brand &&
        hasMiscWord(tags, chunk) &&
        !namedSomewhere.has(chunkKey(tokens, chunk))
      )
        continue;
      // "Fairbrother told the committee": one word the tagger leaves untagged that ends a person's full name read
      // elsewhere in the document is that person's surname (rule surname-of-tagged-person).
      const surname =
        RECOGNITION_RULES.surnameOfTaggedPerson.on && chunk.tokenEnd - chunk.tokenStart === 1 && surnamesTagged.has(itemAt(tokens, chunk.tokenStart).text);
      if (chunk.untagged && !taggedSomewhere.has(chunkKey(tokens, chunk)) && !surname) continue;
      let tokenEnd = chunk.tokenEnd;
      let canonicalText: string | undefined;
      // "Acme's Ohio state chapter": a branch of an organisation, not the place it is named after.
      const next = chunks[c + 1];
      if (chunk.possessive && next && next.tokenStart === chunk.tokenEnd + 1) {
        let k = next.tokenEnd;
        if (tokens[k]?.text.toLowerCase() === 'state') k++;
        if (CHAPTER.test(tokens[k]?.text ?? '')) {
          tokenEnd = k + 1;
          canonicalText = doc.text.slice(itemAt(tokens, chunk.tokenStart).start, itemAt(tokens, k).end);
          c++;
        }
      }
      // "the Lumen Tech conference", "the Israel-Hamas war": an event's lower-case descriptor belongs to its name.
      let eventKeyText: string | undefined;
      const eventWeight = votes.get('Event') ?? 0;
      if (!canonicalText && !chunk.possessive && eventWeight > 0 && [...votes.values()].every((w) => w <= eventWeight)) {
        const descriptor = descriptorStartingAt(
          tokens.slice(tokenEnd, tokenEnd + 2).map((t) => t.text),
          0,
        );
        if (descriptor?.type === 'Event' && itemAt(tokens, tokenEnd).text === itemAt(tokens, tokenEnd).text.toLowerCase()) {
          eventKeyText = doc.text.slice(itemAt(tokens, chunk.tokenStart).start, itemAt(tokens, tokenEnd - 1).end);
          tokenEnd += descriptor.length;
        }
      }
      // "Dalmore Criminal court": a name ending in a kind of court, before a lower-case "court", ends with it.
      const court =
        RECOGNITION_RULES.courtKindName.on &&
        !canonicalText &&
        !eventKeyText &&
        tokenEnd - chunk.tokenStart > 1 &&
        tokens[tokenEnd]?.text === 'court' &&
        isCourtKind(itemAt(tokens, tokenEnd - 1).text);
      if (court) tokenEnd++;
      // A leading title ("President Lincoln") is part of the mention's span but not of its name.
      const lead = chunk.leadStart ?? chunk.tokenStart;
      const start = itemAt(tokens, RECOGNITION_RULES.titleOutsideMentionSpan.on ? chunk.tokenStart : lead).start;
      const end = itemAt(tokens, tokenEnd - 1).end;
      const text = shared(doc.text.slice(itemAt(tokens, lead).start, end));
      const display = doc.text.slice(itemAt(tokens, chunk.tokenStart).start, end).replace(/\s+/g, ' ');
      const country = countryOfWord(display, false);
      // "Bethany, Conn.": the agency abbreviation of a state after a place is that state.
      const state =
        (tokens[tokenEnd]?.text === '.' || display.endsWith('.')) && tokens[chunk.tokenStart - 1]?.text === ','
          ? US_STATE_ABBREVIATIONS.get(display.replace(/[.\s]/g, '').toLowerCase())
          : undefined;
      const typedBy = canonicalText ? ORGANISATION_VOTES : state ? STATE_VOTES : court ? COURT_VOTES : undefined;
      drafts.push({
        sentence: sentence.index,
        tokenStart: lead,
        tokenEnd,
        start,
        end,
        text,
        canonical: shared(
          canonicalText ??
            country?.name ??
            state ??
            (display === display.toUpperCase() &&
            display.length > 4 &&
            !keepsCapitals(display) &&
            !(!display.includes(' ') && !opensDateline(tokens, chunk.tokenStart) && prose())
              ? fromCapitals(display)
              : display),
        ),
        key: keyOf(eventKeyText ?? state ?? display),
        votes: typedBy ?? sharedVotes(votes),
        ...(typedBy ? { strong: typedBy } : strong.size ? { strong } : {}),
        ...(!typedBy && strong.size && !chunk.possessive && opensApposition(tokens, tokenEnd) ? { apposed: true as const } : {}),
        kind: 'name',
        initial: chunk.initial,
        possessive: chunk.possessive && !canonicalText,
        tag,
        ...(tagScore !== undefined ? { tagScore } : {}),
        ...(lead < chunk.tokenStart ? { written: shared(display) } : {}),
      });
    }
  }
  // Title-case headlines prove nothing by capitals: take from them only names the article writes elsewhere.
  const known = new Map(drafts.filter((d) => d.kind === 'name' && !d.fixedType).map((d) => [d.text.replace(/\s+/g, ' '), d]));
  for (const { sentence, taken } of titleCased) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (let length = Math.min(6, tokens.length - i); length >= 1; length--) {
        if (taken.slice(i, i + length).some(Boolean)) continue;
        const text = tokens
          .slice(i, i + length)
          .map((t) => t.text)
          .join(' ');
        const model = known.get(text);
        if (!model && !isPlace(text)) continue;
        const start = itemAt(tokens, i).start;
        const end = itemAt(tokens, i + length - 1).end;
        if (doc.text.slice(start, end) !== text) continue;
        drafts.push({
          sentence: sentence.index,
          tokenStart: i,
          tokenEnd: i + length,
          start,
          end,
          text,
          canonical: model?.canonical ?? countryOfWord(text, false)?.name ?? text,
          key: model?.key ?? nameKey(text),
          votes: model
            ? new Map()
            : nameEvidence(tokens, { tokenStart: i, tokenEnd: i + length, initial: false, honorific: false, title: false, possessive: false }),
          kind: 'name',
          initial: false,
          possessive: false,
        });
        i += length - 1;
        break;
      }
    }
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** A sentence's words as the tagger reads them, and where each token is read. */
interface TaggerWords {
  readonly words: string[];
  /** For each token, the index of the word the tagger reads it in. */
  readonly wordOf: number[];
}

/**
 * A sentence's tokens as the tagger reads them. The tagger learnt from text where an initial or an abbreviation keeps
 * its full stop ("John A. Georges", "Gov. Ann Doe") and the tokeniser splits it off; read as "A" and ".", a middle
 * initial breaks the name for the tagger. Such pairs are joined for the tagger.
 */
function taggerWords(tokens: readonly Token[]): TaggerWords {
  const words: string[] = [];
  /** For each token, the index of the word the tagger reads it in. */
  const wordOf: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const stop = tokens[k + 1];
    if (stop?.text === '.' && stop.start === token.end && (/^\p{Lu}$/u.test(token.text) || SENTENCE_ABBREVIATIONS.has(token.text.toLowerCase()))) {
      wordOf.push(words.length, words.length);
      words.push(`${token.text}.`);
      k++;
    } else {
      wordOf.push(words.length);
      words.push(token.text);
    }
  }
  return { words, wordOf };
}

/** Tags a sentence's tokens, read as {@link taggerWords} joins them, the full stop of a joined pair taking its word's tag. */
function tagAsWritten({ words, wordOf }: TaggerWords, tagger: SentenceTagger): { tags: string[]; scores?: number[] } {
  const read = tagger(words);
  const { tags, scores } = Array.isArray(read) ? { tags: read, scores: undefined } : read;
  if (words.length === wordOf.length) return { tags, scores };
  return {
    tags: wordOf.map((w, k) => (k > 0 && wordOf[k - 1] === w ? itemAt(tags, w).replace(/^B-/, 'I-') : tags[w]!)),
    scores: scores && wordOf.map((w) => scores[w]!),
  };
}

/**
 * "Foreign Chien Fu will leave…", "Prime Brian Mulroney's party": a word that qualifies a title, cut off from it,
 * opens the run of capitals. Where the tagger reads it as outside any name and the next word as a name's start, it
 * is not part of the name. (A first name the tagger does not know, "Anna Sandhu Ray", is no such word.)
 */
function trimUntaggedLead(tokens: Sentence['tokens'], chunks: NameChunk[], tags: string[]): void {
  for (const chunk of chunks) {
    const first = chunk.tokenStart;
    if (chunk.tokenEnd - first < 2 || tags[first] !== 'O' || !/^B-(?:PER|ORG|LOC)$/.test(tags[first + 1] ?? '')) continue;
    const lower = itemAt(tokens, first).text.toLowerCase();
    if (!TITLE_PREFIXES.has(lower) && !TITLES.has(lower) && !ROLE_WORDS.has(lower)) continue;
    chunk.tokenStart = first + 1;
    chunk.initial = false;
    chunk.leadStart = undefined;
  }
}

const NAME_TAG = /^([BI])-(PER|ORG|LOC)$/;

/**
 * "Austrian Archduke Franz Ferdinand", "the Soviet Navy Nikolai Kuznetsov": a person's name written on from another
 * name or a nationality. Where the tagger starts a person inside a chunk right after a name of another kind, the
 * chunk splits there. (Places and organisations are left whole: the tagger splits "Guatemala City" as often.)
 */
function splitAtTaggedStarts(chunks: NameChunk[], tags: readonly string[]): void {
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    for (let k = chunk.tokenStart + 1; k < chunk.tokenEnd; k++) {
      const here = NAME_TAG.exec(tags[k] ?? '');
      const before = /^[BI]-(\w+)$/.exec(tags[k - 1] ?? '');
      if (!here || here[1] !== 'B' || here[2] !== 'PER' || !before || before[1] === 'PER') continue;
      chunks.splice(c + 1, 0, { ...chunk, tokenStart: k, initial: false, honorific: false, title: false, leadStart: undefined });
      chunks[c] = { ...chunk, tokenEnd: k, possessive: false };
      break;
    }
  }
}

/**
 * "National Aeronautics and Space Administration": a name the chunker cuts at "and" (where "Acme and Globex" are two)
 * is joined again when the tagger reads the two parts and the connector between them as one name, unless the left
 * part ends in a descriptor and so reads as a name of its own.
 */
function joinTaggedConnectors(tokens: Sentence['tokens'], chunks: NameChunk[], tags: readonly string[]): void {
  for (let c = 0; c + 1 < chunks.length; c++) {
    const left = chunks[c]!;
    const right = chunks[c + 1]!;
    const gap = right.tokenStart - left.tokenEnd;
    if (gap < 1 || gap > 2 || left.possessive) continue;
    const type = NAME_TAG.exec(tags[left.tokenStart] ?? '')?.[2];
    if (!type) continue;
    let inside = true;
    for (let k = left.tokenStart + 1; k < right.tokenEnd && inside; k++) inside = tags[k] === `I-${type}`;
    if (!inside || !tokens.slice(left.tokenEnd, right.tokenStart).every((t) => /^(?:and|&|for|of|the|on|de)$/.test(t.text))) continue;
    // A left part that reads as a whole name ("Internal Revenue Service and …") is one name of a list.
    const leftHead = itemAt(tokens, left.tokenEnd - 1).text;
    if (descriptorType(leftHead) || /^(?:service|co|corp|inc|ltd|plc|group)$/i.test(leftHead)) continue;
    chunks.splice(c, 2, { ...left, tokenEnd: right.tokenEnd, possessive: right.possessive });
    c--;
  }
}

/** Words that make the rest of a chunk a broadcaster or news service ("Havana Radio Reloj Network"). */
const BROADCAST = /^(?:radio|television|tv|network|news|agency)$/i;

/**
 * "Paris Radio Monte Carlo", "Guatemala City Teleonce Television": a dateline writes the place and the source as
 * one run of capitals. A chunk that opens with a known place and goes on to a broadcaster's name is split in two.
 */
function splitDatelineSources(tokens: Sentence['tokens'], chunks: NameChunk[]): void {
  for (let c = 0; c < chunks.length; c++) {
    const chunk = itemAt(chunks, c);
    for (let length = Math.min(3, chunk.tokenEnd - chunk.tokenStart - 2); length >= 1; length--) {
      const placeEnd = chunk.tokenStart + length;
      if (
        !isPlace(
          tokens
            .slice(chunk.tokenStart, placeEnd)
            .map((t) => t.text)
            .join(' '),
        )
      )
        continue;
      if (!tokens.slice(placeEnd, chunk.tokenEnd).some((t) => BROADCAST.test(t.text))) continue;
      chunks.splice(c + 1, 0, { ...chunk, tokenStart: placeEnd, initial: false, honorific: false, title: false, leadStart: undefined });
      chunks[c] = { ...chunk, tokenEnd: placeEnd, possessive: false };
      break;
    }
  }
}

/** "Budapest-based", "Ohio-headquartered", "Dublin-born": a place written into the modifier of what is based or born there. */
const BASED = /^(\p{Lu}\p{Ll}+)-(?:based|headquartered|born)$/u;

/** The places named by "-based" and "-born" modifiers in a sentence; their tokens are marked taken. */
function basedPlaces(sentence: Sentence, taken: boolean[]): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  sentence.tokens.forEach((token, k) => {
    const place = taken[k] ? undefined : BASED.exec(token.text)?.[1];
    if (!place) return;
    taken[k] = true;
    const votes = placeVotes([{ ...token, text: place }]);
    drafts.push({
      sentence: sentence.index,
      tokenStart: k,
      tokenEnd: k + 1,
      start: token.start,
      end: token.start + place.length,
      text: place,
      canonical: countryOfWord(place, false)?.name ?? place,
      key: place,
      votes,
      kind: 'name',
      initial: false,
      possessive: false,
    });
  });
  return drafts;
}

/**
 * "New York-based", "Hong Kong-born": the tagger reads the whole modifier as one name, and the place is all of it up
 * to the hyphen, not the last word alone. The words before the modifier that the tagger's span holds join the place.
 */
function widenToTaggedName(draft: MentionDraft, tokens: Sentence['tokens'], tags: readonly string[], taken: boolean[], text: string): MentionDraft {
  let first = draft.tokenStart;
  if (!tags[first]?.startsWith('I-')) return draft;
  const label = tags[first]!.slice(2);
  while (first > 0 && !taken[first - 1] && tags[first - 1]?.slice(2) === label) {
    first--;
    if (tags[first]!.startsWith('B-')) break;
  }
  if (first === draft.tokenStart || !tags[first]!.startsWith('B-')) return draft;
  for (let k = first; k < draft.tokenStart; k++) taken[k] = true;
  const start = itemAt(tokens, first).start;
  const place = text.slice(start, draft.end);
  const votes = placeVotes([...tokens.slice(first, draft.tokenStart), { ...itemAt(tokens, draft.tokenStart), text: draft.text }]);
  return { ...draft, tokenStart: first, start, text: place, canonical: countryOfWord(place, false)?.name ?? place, key: place, votes };
}

/** Most words before a "-based" modifier that a place the lexicons know may open ("Rio de | Janeiro-based"). */
const MAX_PLACE_WORDS_BEFORE = 3;

/**
 * "San Jose-based", "Rio de Janeiro-based": where the tagger reads no name across the modifier, the words right
 * before it that make, with the modifier's place, a place the lexicons know are that place (rule
 * based-place-known-whole); "Jose" alone is no place.
 */
function widenToKnownPlace(draft: MentionDraft, tokens: Sentence['tokens'], taken: boolean[], text: string): MentionDraft {
  for (let n = MAX_PLACE_WORDS_BEFORE; n >= 1; n--) {
    const first = draft.tokenStart - n;
    if (first < 0 || !/^\p{Lu}/u.test(itemAt(tokens, first).text) || taken.slice(first, draft.tokenStart).some(Boolean)) continue;
    const start = itemAt(tokens, first).start;
    const place = text.slice(start, draft.end);
    if (!/^[\p{L}. ]+$/u.test(place) || !isPlace(place)) continue;
    for (let k = first; k < draft.tokenStart; k++) taken[k] = true;
    const votes = placeVotes([...tokens.slice(first, draft.tokenStart), { ...itemAt(tokens, draft.tokenStart), text: draft.text }]);
    return { ...draft, tokenStart: first, start, text: place, canonical: countryOfWord(place, false)?.name ?? place, key: place, votes };
  }
  return draft;
}

/** The type votes of the place a "-based" or "-born" modifier names, written as `words`. */
function placeVotes(words: Sentence['tokens']): Votes {
  const votes = nameEvidence(words, { tokenStart: 0, tokenEnd: words.length, initial: false, honorific: false, title: false, possessive: false });
  // Only a place is "based" on or "born" in: what no lexicon knows is still a location.
  for (const type of [...votes.keys()]) if (!isPlaceType(type)) votes.delete(type);
  if (votes.size === 0) votes.set('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
  return votes;
}

/** The votes of a name that qualifies an institution after it: a place's, with strong evidence that it is one. */
function qualifyingPlaceVotes(votes: Votes): Votes {
  const place: Votes = new Map([...votes].filter(([type]) => isPlaceType(type)));
  place.set('Location', (place.get('Location') ?? 0) + 3);
  return place;
}

function isPlaceType(type: string): boolean {
  return type === 'Location' || type === 'Country' || type === 'Region' || type === 'City';
}

/**
 * "OpenAI", "DeepMind": a single word with a capital inside names a company or a product, never a place, a person, a
 * nationality or an event (surnames written so, "McDonald", "DeSantis", aside).
 */
function isBrand(tokens: Sentence['tokens'], chunk: NameChunk): boolean {
  const text = itemAt(tokens, chunk.tokenStart).text;
  return chunk.tokenEnd - chunk.tokenStart === 1 && /\p{Ll}\p{Lu}/u.test(text) && !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(text);
}

/** A country, region or city in the general lexicons. */
function isPlace(text: string): boolean {
  const lower = text.toLowerCase();
  // Accents are folded away; plain ASCII has none, and most names are plain ASCII.
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  return Boolean(countryOfWord(text, false)) || REGION_NAMES.has(folded) || CITY_NAMES.has(folded);
}

/** Whether the name at `start` opens its sentence before a bracket or a comma, as a dateline's place does ("HOUSTON (Reuters) -"). */
const opensDateline = (tokens: Sentence['tokens'], start: number): boolean => start === 0 && /^[(,]$/.test(tokens[1]?.text ?? '');
/** A word with a lower-case letter: prose, not a line in capitals. */
const HAS_LOWER = /\p{Ll}/u;

/** Fewest words of a headline read without a capitalised function word. */
const MIN_HEADLINE_WORDS = 5;

/** A model code: capitals, a hyphen and a number, perhaps a capital after ("SJ-200", "RX-7L"). */
const MODEL_CODE = /^\p{Lu}{1,4}-\d{1,4}\p{Lu}?$/u;
/** Whether a name in capitals is written so as a model code is, not shouted as a headline is (rule model-code-keeps-capitals). */
const keepsCapitals = (display: string): boolean => MODEL_CODE.test(display) && RECOGNITION_RULES.modelCodeKeepsCapitals.on;

/**
 * "Opposition Leader Convicted of Defaming Rival": the article's first line, set off by a blank line, with no closing
 * stop and no number, of five words or more, every word of four letters or more capitalised, is a headline in title
 * case, though its short words are in lower case (rule unpunctuated-headline). A sentence of prose ends in a stop.
 */
function isUnpunctuatedHeadline(text: string, sentence: { index: number; start: number; end: number; tokens: readonly { text: string }[] }): boolean {
  // The article's first line, set off from the body by a blank line: a table row or a list of names runs on.
  if (sentence.index !== 0 || !/^\r?\n\s*\n/.test(text.slice(sentence.end, sentence.end + 8))) return false;
  let words = 0;
  for (const { text: word } of sentence.tokens) {
    if (/\p{N}/u.test(word)) return false;
    if (!/^\p{L}/u.test(word)) continue;
    if (word.length >= 4 && !/^\p{Lu}/u.test(word)) return false;
    words++;
  }
  const last = sentence.tokens[sentence.tokens.length - 1]?.text ?? '';
  return words >= MIN_HEADLINE_WORDS && /^\p{L}/u.test(last);
}

/** A headline written in title case: most words capitalised, including short function words. */
function isTitleCase(tokens: readonly { text: string }[]): boolean {
  // One pass without intermediate arrays: every sentence of every document is asked.
  let words = 0;
  let capitalised = 0;
  let smallCapitalised = false;
  for (const { text } of tokens) {
    if (!/^\p{L}/u.test(text)) continue;
    if (/^\p{Lu}/u.test(text)) {
      capitalised++;
      if (words > 0 && !smallCapitalised) smallCapitalised = /^(After|To|In|On|For|Of|As|With|Over|Amid|From|At|By|And|Is|Are|Be)$/.test(text);
    }
    words++;
  }
  if (words < 4) return false;
  return capitalised / words >= 0.75 && smallCapitalised;
}

/** "January-June", "Jan-May": two months or more joined by hyphens. */
function isMonthRange(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return parts.length > 1 && parts.every((part) => MONTH_NUMBERS.has(part));
}

/** "11 a.m. EDT", "8 p.m. GMT": a time zone's letters right after "a.m." or "p.m.". */
function isTimeZoneAfterTime(tokens: readonly Token[], k: number): boolean {
  return /^[A-Z]{2,4}T$/.test(itemAt(tokens, k).text) && /^[ap]\.m\.?$/i.test(tokens[k - 1]?.text ?? '');
}

/**
 * The key of an office of prosecution named by its place: the key of its name as written in capitals, with a district
 * attorney's initials spelled out, so "the Brennick D.A.'s office", "the Brennick district attorney's office" and "the
 * Brennick District Attorney's Office" are one office (rule prosecution-office-one-key).
 */
function prosecutionOfficeKey(canonical: string): string {
  if (!RECOGNITION_RULES.prosecutionOfficeOneKey.on) return canonical.toLowerCase();
  return nameKey(canonical.replace(/\bD\.?A\.?(?=['’]s\b)/, 'District Attorney'));
}
