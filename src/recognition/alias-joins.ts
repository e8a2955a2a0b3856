// Joins of one entity's name forms that the key alone keeps apart, each a named rule (recognition-rules.ts): a
// first name spelt two ways ("Viktor Makarov", "Victor Makarov"), a name with a country before it ("US Secret
// Service" beside "Secret Service"), and a short form of several words ("Dalmore Police" beside "Dalmore Police
// Department"). Each works on the keys of one document, grouped into mention lists, and moves a list into another.
import type { EntityTypeName } from '../schema/schema.js';
import { isA, rootType } from '../schema/schema.js';
import type { MentionDraft } from './mention-draft.js';
import { countryOfWord } from './nationality-phrases.js';
import { isKnownPlaceName, writtenAsPlace } from './place-use.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { BUSINESS_WORDS_OPENING_NAMES, COMPANY_NAME_ENDINGS, FOREIGN_BODY_OPENERS, MEMBER_BODY_HEADS, foreignBusinessEnding } from './lexicon/words.js';
import { itemAt, valueAt } from '../util/checked-index.js';
import { firstIndexNotBefore } from '../util/sorted-search.js';
import { foldNameForms } from './name-key.js';

type Merged = Map<string, MentionDraft[]>;
type TypeOf = (mentions: MentionDraft[]) => EntityTypeName;

/** Moves the mentions of `from` into `into`, each with why it joined, and drops `from`. */
function moveInto(merged: Merged, from: string, into: string, why: (m: MentionDraft) => string): void {
  const target = valueAt(merged, into);
  for (const m of valueAt(merged, from)) {
    m.reason ??= why(m);
    target.push(m);
  }
  merged.delete(from);
}

/** Where an entity's mentions first appear in the text. */
const firstStart = (mentions: readonly MentionDraft[]): number => mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
/** Where the first of `mentions` written after the headline (which ends at `bodyStart`) starts; Infinity if none is. */
export const firstInBody = (mentions: readonly MentionDraft[], bodyStart: number): number => firstStart(mentions.filter((m) => m.start >= bodyStart));

/**
 * Letters that spell one sound in transliterated names ("Viktor"/"Victor", "Dmitri"/"Dmitry", "Tatjana"/"Tatyana");
 * any other letter changed makes another name ("Maria"/"Marta").
 */
const SAME_SOUND = new Set(['ck', 'kc', 'iy', 'yi', 'sz', 'zs', 'jy', 'yj']);

/** Whether two words of one length, five letters or more, differ in exactly one letter of one sound. */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a[0] !== b[0]) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (!SAME_SOUND.has(`${a[i]}${b[i]}`) || ++differ > 1)) return false;
  return differ === 1;
}

/**
 * Rule first-name-spelling-variant: two full names of people with one surname whose first names differ in one letter
 * of one sound ("Viktor Makarov" and "Victor Makarov") are one person spelt two ways; the later-written form joins the earlier.
 */
export function joinSpellingVariants(merged: Merged, typeOf: TypeOf): void {
  const people = [...merged.keys()]
    .filter((k) => /^\S+ \S+$/.test(k) && typeOf(valueAt(merged, k)) === 'Person')
    .sort((a, b) => firstStart(valueAt(merged, a)) - firstStart(valueAt(merged, b)));
  // Only names of one surname are compared: the places in `people` of each surname, in order.
  const bySurname = new Map<string, number[]>();
  people.forEach((k, i) => {
    const surname = k.split(' ')[1]!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), i]);
  });
  for (let i = 0; i < people.length; i++) {
    const [first, last] = itemAt(people, i).split(' ') as [string, string];
    for (const j of bySurname.get(last) ?? []) {
      if (j <= i) continue;
      const later = itemAt(people, j);
      const [otherFirst, otherLast] = later.split(' ') as [string, string];
      if (!merged.has(later) || !merged.has(itemAt(people, i)) || otherLast !== last || !oneLetterApart(first, otherFirst)) continue;
      const name = itemAt(valueAt(merged, itemAt(people, i)), 0).canonical;
      moveInto(merged, later, itemAt(people, i), (m) => `"${m.text}" spells the first name of "${name}" with one letter changed`);
    }
  }
}

/**
 * Rule country-qualified-name: a name written after a country's name ("US Secret Service", "US Rexwell",
 * "Russia's Gazprom"; not its adjective, which opens names of their own: "American League") is the name written without it in the same document ("Secret Service", "Rexwell"), when neither is a
 * place: the country says where, not which.
 */
export function joinCountryQualified(merged: Merged, typeOf: TypeOf): void {
  for (const [key, mentions] of [...merged]) {
    const words = itemAt(mentions, 0).canonical.split(' ');
    if (words.length < 2 || mentions.some((m) => m.fixedType)) continue;
    // The country's name, not its adjective: "American League" and "British Airways" are names of their own.
    const lead = countryOfWord(itemAt(words, 0).replace(/['’]s$/, ''), false);
    if (!lead) continue;
    const prefix = `${lead.name.toLowerCase()} `;
    const bare = key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
    if (!bare || !merged.has(bare) || bare === key) continue;
    const bareMentions = valueAt(merged, bare);
    if (bareMentions.some((m) => m.fixedType) || isA(typeOf(mentions), 'Location') || isA(typeOf(bareMentions), 'Location')) continue;
    const name = itemAt(bareMentions, 0).canonical;
    moveInto(merged, key, bare, (m) => `"${m.text}" is "${name}" with the country it is in written before it`);
  }
}

/**
 * Rule short-name-of-several-words: a name of several words that is an organisation's longer name less its last words,
 * each saying what kind of body it is ("Dalmore Police" for "Dalmore Police Department"), is that organisation's short
 * name, when exactly one organisation's name extends it so. `kindWord` tells the words that say a kind of body.
 */
export function joinShortNamesOfSeveralWords(merged: Merged, typeOf: TypeOf, kindWord: (word: string) => boolean): void {
  // Sorted, so the names a key starts are found by binary search instead of by reading every organisation's name.
  const organisations = [...merged.keys()].filter((k) => k.includes(' ') && isA(typeOf(valueAt(merged, k)), 'Organization')).sort();
  for (const [key, mentions] of [...merged]) {
    if (!key.includes(' ') || mentions.some((m) => m.fixedType) || !isA(typeOf(mentions), 'Organization')) continue;
    const owners = namesStartingWith(organisations, `${key} `).filter(
      (o) =>
        o !== key &&
        merged.has(o) &&
        o.startsWith(`${key} `) &&
        o
          .slice(key.length + 1)
          .split(' ')
          .every(kindWord),
    );
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined) continue;
    const name = itemAt(valueAt(merged, owner), 0).canonical;
    moveInto(merged, key, owner, (m) => `"${m.text}" is the only organisation name in the article that it starts: "${name}"`);
  }
}

/**
 * Rule short-form-finer-evidence: "prepaid funeral firm Daeyun Life" in a headline beside "Daeyun Life Service", which
 * nothing types finer than an organisation: evidence of a kind of organisation says no more than the full name is,
 * a company being one.
 */
const finerKindOfOrganisation = (type: EntityTypeName, ownerType: EntityTypeName): boolean =>
  RECOGNITION_RULES.shortFormFinerEvidence.on && ownerType === 'Organization' && isA(type, ownerType);

/**
 * Whether a mention's context gives no vote for anything but an organisation, the shape prior aside, and no strong
 * evidence but what `ownerType` already is ("Pennine Crosslink, which runs trains" says only that it is an
 * organisation; "Brennan Fabrications, a steel maker" says a company, which a pension scheme is not). Without
 * `ownerType`, no strong evidence at all.
 */
const readByShapeAlone = (m: MentionDraft, isShapePrior: (type: EntityTypeName, weight: number) => boolean, ownerType?: EntityTypeName): boolean =>
  [...(m.strong ?? [])].every(([t]) => ownerType !== undefined && (isA(ownerType, t) || finerKindOfOrganisation(t, ownerType))) &&
  [...m.votes].every(([t, w]) => isA(t, 'Organization') || isShapePrior(t, w));

/** Last words of a body that a business or another body sets up as one of its own (lower case, as name keys are). */
const OWN_BODY_ENDINGS = new Set([...MEMBER_BODY_HEADS, 'scheme', 'fund', 'plan', 'charity', 'institute', 'academy', 'school', 'museum', 'club', 'team']);

/**
 * Rule several-word-short-form-after-full-name: a name of several words first written (after the headline, which ends
 * at `bodyStart`) after the one organisation name of the article that it opens is that organisation's short form
 * ("Sea Lantern" after "Sea Lantern Shipmanagement", "Cuu Long" after "Cuu Long Agrifood JSC"), when no context reads
 * it as any kind of thing: the two capitalised words a person's name is guessed from prove nothing here.
 * The tagger's labels of the short form, read by its shape, no longer vote for the organisation's type.
 */
export function joinSeveralWordShortFormsAfterFullName(
  merged: Merged,
  typeOf: TypeOf,
  isShapePrior: (type: EntityTypeName, weight: number) => boolean,
  bodyStart: number,
): void {
  const sorted = [...merged.keys()].filter((k) => k.includes(' ')).sort();
  const organisations = new Set(sorted.filter((k) => isA(typeOf(valueAt(merged, k)), 'Organization')));
  const opened = RECOGNITION_RULES.shortFormAfterOpeningKindWord.on ? namesAfterOpeningKindWords(sorted) : [];
  for (const [key, mentions] of [...merged]) {
    if (!key.includes(' ') || mentions.some((m) => m.fixedType || m.written)) continue;
    // A longer name it opens that is not an organisation's ("Harbor Lane" beside a person "Harbor Lane Smith") leaves
    // it unclear which is meant. "Serra Alta" opens "Mineração Serra Alta" too, after the words for a kind of business
    // a Portuguese or Spanish name is written with first (rule short-form-after-opening-kind-word).
    const longer = namesStartingWith(sorted, `${key} `)
      .concat(opened.filter(({ rest }) => rest === key || rest.startsWith(`${key} `)).map(({ name }) => name))
      .filter((k) => merged.has(k));
    const [owner] = longer;
    if (longer.length !== 1 || owner === undefined || !organisations.has(owner)) continue;
    const ownerMentions = valueAt(merged, owner);
    // "Brennan Fabrications" after "Brennan Fabrications Pension Scheme" names a body of its own, as its context says.
    // A full name ending in a body of its own ("Brennan Fabrications Pension Scheme", "Corvane Workers Union") is not
    // the short form's, whose context may well read it as an organisation too.
    const ownBody = OWN_BODY_ENDINGS.has(owner.slice(owner.lastIndexOf(' ') + 1));
    const ownerType = RECOGNITION_RULES.shortFormOrganisationEvidence.on && !ownBody ? typeOf(ownerMentions) : undefined;
    if (!mentions.every((m) => readByShapeAlone(m, isShapePrior, ownerType))) continue;
    if (firstInBody(mentions, bodyStart) <= firstStart(ownerMentions)) continue;
    // Joined on the strength of evidence that it is an organisation, it must leave the organisation one (its tagger
    // labels no longer voting, as once joined).
    const unvoted = () => mentions.map((m) => ({ ...m, tagNoVote: true }));
    if (mentions.some((m) => m.strong?.size) && !isA(typeOf([...ownerMentions, ...unvoted()]), 'Organization')) continue;
    for (const m of mentions) m.tagNoVote = true;
    const name = itemAt(ownerMentions, 0).canonical;
    moveInto(merged, key, owner, (m) => `"${m.text}" is written after "${name}", the one name in the article it opens`);
  }
}

/**
 * Words of other languages for a kind of body that open its name, as name keys write them ("fundacion", "stichting"):
 * "Lezerhuis" after "Stichting Lezerhuis" is its short form as "Orlova" is of "Bank Orlova" (rule
 * foreign-body-opener-short-form).
 */
const FOREIGN_BODY_OPENER_KEYS = new Set([...FOREIGN_BODY_OPENERS, 'stichting', 'vereniging', 'verein'].map(foldNameForms));
const foreignBodyOpener = (w: string) => RECOGNITION_RULES.foreignBodyOpenerShortForm.on && FOREIGN_BODY_OPENER_KEYS.has(w);

/** Words for a kind of business that open a name, as name keys write them (without accents: "mineracao"). */
const OPENING_KIND_WORD_KEYS = new Set([...BUSINESS_WORDS_OPENING_NAMES].map(foldNameForms));

/**
 * The names of `sorted` opened by one or two words for a kind of business written before a name ("grupo", "banco",
 * "mineração"), each with what follows those words: "serra alta" for "mineracao serra alta".
 */
function namesAfterOpeningKindWords(sorted: readonly string[]): { rest: string; name: string }[] {
  const found: { rest: string; name: string }[] = [];
  for (const name of sorted) {
    const words = name.split(' ');
    let k = 0;
    while (k < 2 && k < words.length - 1 && OPENING_KIND_WORD_KEYS.has(words[k]!)) k++;
    if (k > 0) found.push({ rest: words.slice(k).join(' '), name });
  }
  return found;
}

/** The names of `sorted` (in code-unit order) that start with `prefix`, in that order. */
function namesStartingWith(sorted: readonly string[], prefix: string): string[] {
  const found: string[] = [];
  for (let k = firstIndexNotBefore(sorted, (name) => name < prefix); k < sorted.length && itemAt(sorted, k).startsWith(prefix); k++)
    found.push(itemAt(sorted, k));
  return found;
}

/**
 * Rule lone-word-of-one-organisation: a one-word name that is a word of exactly one name of several words in the
 * document, that name an organisation's and no person's ("Corvane" beside "Corvane Holdings", "Rovers" beside "Portland
 * Rovers"), is that organisation's short name, when only the tagger's guess or organisation votes read it
 * (`readAsOtherThanOrganisation` tells a mention read surely as a person or place) and the joined entity is still an
 * organisation: a lone word read as a city ("LEEDS, England" beside "Leeds United") stays apart. `bodyStart` is where
 * the story starts after its headline.
 */
export function joinLoneWordOfOneOrganisation(
  merged: Merged,
  typeOf: TypeOf,
  kindWord: (word: string) => boolean,
  readAsOtherThanOrganisation: (m: MentionDraft) => boolean,
  bodyStart = 0,
): void {
  const longNames = [...merged.keys()].filter((k) => k.includes(' '));
  for (const [key, mentions] of [...merged]) {
    if (key.includes(' ') || !/^\p{L}{3,}$/u.test(key) || mentions.some((m) => m.fixedType)) continue;
    if (mentions.some((m) => countryOfWord(m.text, false) || readAsOtherThanOrganisation(m))) continue;
    const type = typeOf(mentions);
    if (!isA(type, 'Organization') && type !== 'Person') continue;
    // "Travessa" beside "Travessa Elevadores" and its "Travessa TR-900" model: a product named after its maker holds
    // the maker's word, and leaves the one organisation whose name holds it (rule maker-word-in-product-name).
    const productName = (k: string) => RECOGNITION_RULES.makerWordInProductName.on && rootType(typeOf(valueAt(merged, k))) === 'Product';
    const allHolders = longNames.filter((k) => merged.has(k) && k.split(' ').includes(key) && !productName(k));
    // "Hanseong" beside "Hanseong Elevator", named first, and "Hanseong Holdings", named after the word: a name first
    // written after the word cannot be what the word stood for (rule short-name-of-body-named-first).
    const wordFirst = firstInBody(mentions, bodyStart);
    const namedBefore = allHolders.filter((k) => firstInBody(valueAt(merged, k), bodyStart) < wordFirst);
    const holdersOfWord = RECOGNITION_RULES.shortNameOfBodyNamedFirst.on && namedBefore.length === 1 ? namedBefore : allHolders;
    const [owner] = holdersOfWord;
    if (holdersOfWord.length !== 1 || owner === undefined) continue;
    const ownerMentions = valueAt(merged, owner);
    const words = owner.split(' ');
    const opens = owner.startsWith(`${key} `);
    const ends = owner.endsWith(` ${key}`);
    // "Torrent" for "Torrent Powertrain": the word opens the name and no word after it says a kind of body, which would
    // make the name a part of the body the word names ("Senate" beside "Senate Judiciary Committee"). "Rovers" alone
    // names the side whose name it ends.
    const opensBrandName = opens && !kindWord(key) && !words.slice(1).some(kindWord);
    const endsSideName = ends && isA(typeOf(ownerMentions), 'SportsTeam');
    // "Orlova" for "Bank Orlova", "Velasur" for "Grupo Velasur": the words before it say what kind of body it is.
    const endsAfterKindWords = ends && !kindWord(key) && words.slice(0, -1).every(kindWord);
    // Rule short-form-after-full-name: a word that opens the name or ends it after words for a kind of body, first
    // written after the full name, is its short form whatever words for a kind follow it ("Vestmark" after
    // "Vestmark Defence Systems", "Valmonte" after "Banco Valmonte"). The tagger reads such a word by its shape,
    // often as a person or place, so its labels there no longer vote for the organisation's type.
    const shortForm =
      RECOGNITION_RULES.shortFormAfterFullName.on &&
      !kindWord(key) &&
      // Words for a kind of body after the word make the name a business's only when they end as one does: "Corvane
      // Workers Alliance" is a union of Corvane's staff, "Vestmark Defence Systems" is Vestmark.
      (opensBrandName ||
        (opens && COMPANY_NAME_ENDINGS.has(words[words.length - 1]!)) ||
        // "Andeluz" after "Andeluz Energía": a business's word of another language ends it as "Energy Ltd" would.
        (opens && RECOGNITION_RULES.foreignBusinessEnding.on && foreignBusinessEnding(words[words.length - 1]!)) ||
        // "Delmont" after "Delmont Rail Services": a business named for the services it sells (rule
        // short-form-of-services-name); "Alberta Health Services" is a place's, which a place's name does not shorten.
        (opens && words.length > 2 && words[words.length - 1] === 'services' && RECOGNITION_RULES.shortFormOfServicesName.on) ||
        // "Pellham" after "Pellham Motor Group": a business group is written by its first word too (rule
        // short-form-of-group-name).
        (opens && words[words.length - 1] === 'group' && words.length > 2 && RECOGNITION_RULES.shortFormOfGroupName.on) ||
        (ends && words.slice(0, -1).every((w) => kindWord(w) || BUSINESS_WORDS_OPENING_NAMES.has(w) || foreignBodyOpener(w)))) &&
      // A headline writes the short form before the story gives the full name.
      firstInBody(mentions, bodyStart) > firstStart(ownerMentions) &&
      isA(typeOf(ownerMentions), 'Organization');
    if (shortForm) {
      for (const m of mentions) m.tagNoVote = true;
      const name = itemAt(ownerMentions, 0).canonical;
      moveInto(merged, key, owner, (m) => `"${m.text}" is written after "${name}", the one name in the article it opens or ends`);
      continue;
    }
    if (!opensBrandName && !endsSideName && !endsAfterKindWords) continue;
    if (!isA(typeOf(ownerMentions), 'Organization') || !isA(typeOf([...ownerMentions, ...mentions]), 'Organization')) continue;
    const name = itemAt(ownerMentions, 0).canonical;
    moveInto(merged, key, owner, (m) => `"${m.text}" is a word of one name in the article, an organisation's: "${name}"`);
  }
}

/**
 * Rule unused-place-short-form: "Bluecrest" after "Bluecrest Cells", "Sanomed" after "Sanomed Distribution": a lone
 * word read as a place by its shape alone (no lexicon knows it as one, and the text never uses it as a place: no "in",
 * "at" or "near" before it, no "-based" after it, no dateline), that opens exactly one organisation's name of several
 * words and is first written after it, is that organisation's short form. Its tagger labels no longer vote.
 */
export function joinUnusedPlaceShortForms(merged: Merged, typeOf: TypeOf, text: string, bodyStart: number): void {
  const longNames = [...merged.keys()].filter((k) => k.includes(' '));
  for (const [key, mentions] of [...merged]) {
    if (key.includes(' ') || !/^\p{L}{3,}$/u.test(key) || mentions.some((m) => m.fixedType)) continue;
    const type = typeOf(mentions);
    if (!isA(type, 'Location') || isA(type, 'Country') || mentions.some((m) => isKnownPlaceName(m.text) || writtenAsPlace(text, m.start, m.end))) continue;
    const owners = longNames.filter((k) => merged.has(k) && k.startsWith(`${key} `));
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined || longNames.some((k) => k !== owner && k.split(' ').includes(key))) continue;
    const ownerMentions = valueAt(merged, owner);
    if (!isA(typeOf(ownerMentions), 'Organization')) continue;
    if (firstInBody(mentions, bodyStart) <= firstStart(ownerMentions)) continue;
    for (const m of mentions) m.tagNoVote = true;
    const name = itemAt(ownerMentions, 0).canonical;
    moveInto(merged, key, owner, (m) => `"${m.text}" is written after "${name}", the one organisation's name it opens, and never as a place`);
  }
}
