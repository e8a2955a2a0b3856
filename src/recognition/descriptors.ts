// Descriptor words from graph-schema/entity-types.json ("outlet", "ministry", "software"), indexed for lookup by
// one or two words, singular or plural. A descriptor shared by a type and its parent ("group") types the parent;
// one shared by unrelated types ("network": media or product) types nothing on its own.
import { entityTypes, isA, type EntityTypeName } from '../schema/schema.js';
import { OCCUPATIONS, PERSON_HEADS, REPORTING_AFTER_NOMINAL, SHELTER_WORDS } from './lexicon/words.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const byPhrase = new Map<string, EntityTypeName[]>();
for (const type of entityTypes) {
  for (const descriptor of type.descriptors) {
    const forms = [descriptor, `${descriptor}s`, descriptor.replace(/y$/, 'ies'), `${descriptor}es`];
    for (const form of forms) {
      const list = byPhrase.get(form) ?? [];
      if (!list.includes(type.name)) list.push(type.name);
      byPhrase.set(form, list);
    }
  }
}

function commonType(types: EntityTypeName[]): EntityTypeName | undefined {
  if (types.length === 1) return types[0];
  const general = types.find((t) => types.every((u) => isA(u, t)));
  return general;
}

/** The type a descriptor phrase ("campaign group", "outlets") signals, or undefined when none or ambiguous. */
export function descriptorType(phrase: string): EntityTypeName | undefined {
  const types = byPhrase.get(phrase.toLowerCase());
  return types ? commonType(types) : undefined;
}

/**
 * The descriptor ending at `words[end - 1]`, preferring two-word phrases ("campaign group" over "group").
 * Returns its type and how many words it spans.
 */
export function descriptorEndingAt(words: readonly string[], end: number): { type: EntityTypeName; length: number } | undefined {
  if (end >= 2) {
    const type = descriptorType(`${words[end - 2]} ${words[end - 1]}`);
    if (type) return { type, length: 2 };
  }
  const last = words[end - 1];
  const type = end >= 1 && last !== undefined ? descriptorType(last) : undefined;
  return type ? { type, length: 1 } : undefined;
}

/** The descriptor starting at `words[start]`, preferring two-word phrases ("air force" over "air"). */
export function descriptorStartingAt(words: readonly string[], start: number): { type: EntityTypeName; length: number } | undefined {
  if (start + 1 < words.length) {
    const type = descriptorType(`${words[start]} ${words[start + 1]}`);
    if (type) return { type, length: 2 };
  }
  const first = words[start];
  const type = first !== undefined ? descriptorType(first) : undefined;

  return type ? { type, length: 1 } : undefined;
}

/**
 * A noun for a person by its word or its ending: the schema's and the lexicon's words for people ("minister",
 * "spokesman", "engineer") and the endings of agent nouns ("presenter", "commentator", "economist", "historian",
 * "consultant", "correspondent").
 */
function isPersonNoun(word: string): boolean {
  return PERSON_HEADS.has(word) || OCCUPATIONS.has(word) || /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)s?$/u.test(word);
}

/**
 * The descriptor of an apposition: `after` holds the lower-case words from the comma after a name on (", the French
 * energy group"), and the descriptor starts at one of its words 2 to 4. A descriptor a verb of saying follows
 * (", the national news agency reported") is the subject of a reporting clause, which says nothing of the name.
 */
export function apposedDescriptor(after: readonly string[]): { type: EntityTypeName; length: number } | undefined {
  for (const start of [2, 3, 4]) {
    const described = descriptorStartingAt(after, start) ?? medicineAt(after, start) ?? shelterAt(after, start);
    if (!described) continue;
    // "Julia Carling, a television presenter": a descriptor before a noun for a person only qualifies that person.
    if (RECOGNITION_RULES.descriptorBeforePersonNoun.on && isPersonNoun(after[start + described.length] ?? '')) continue;
    const subject = RECOGNITION_RULES.reportingSubjectNoApposition.on && REPORTING_AFTER_NOMINAL.has(after[start + described.length] ?? '');
    return subject ? undefined : described;
  }
  return undefined;
}

/** Words for a medicine, which a drug's name is: "Zelvoprant, a migraine treatment developed by …". */
const MEDICINE_WORDS = set(`drug drugs medicine medicines treatment treatments therapy therapies vaccine vaccines pill pills tablet
  tablets medication medications antibiotic antibiotics antiviral antivirals painkiller painkillers`);
/** Words after a medicine's word that end its noun phrase: what it is for, by whom it is made, which it is. */
const AFTER_MEDICINE = set('that which for from by against to in with of used approved developed made sold marketed designed licensed');

/**
 * A word for a medicine at `after[start]` that ends the apposition's noun ("a cancer drug,", "a vaccine against",
 * "a migraine treatment developed by"): the name is a product. One before another noun ("a drug company", "a
 * treatment centre", "a vaccine trial") only qualifies that noun (rule medicine-in-apposition).
 */
function medicineAt(after: readonly string[], start: number): { type: EntityTypeName; length: number } | undefined {
  if (!MEDICINE_WORDS.has(after[start] ?? '') || !RECOGNITION_RULES.medicineInApposition.on) return undefined;
  const next = after[start + 1];
  const ends = next === undefined || !/^\p{Ll}/u.test(next) || AFTER_MEDICINE.has(next);
  return ends ? { type: 'Product', length: 1 } : undefined;
}

/**
 * A word for a shelter at `after[start]` ("Casa Lumbre, a shelter run by nuns in Tijuana,", "a migrant refuge in"): the
 * name is a body, whatever its words look like (rule shelter-in-apposition). One before another noun ("a shelter
 * manager") only qualifies that noun.
 */
function shelterAt(after: readonly string[], start: number): { type: EntityTypeName; length: number } | undefined {
  if (!SHELTER_WORDS.has(after[start] ?? '') || !RECOGNITION_RULES.shelterInApposition.on) return undefined;
  const next = after[start + 1];
  const ends = next === undefined || !/^\p{Ll}/u.test(next) || AFTER_MEDICINE.has(next) || /^(?:run|operated|managed|funded)$/.test(next);
  return ends ? { type: 'Organization', length: 1 } : undefined;
}

/** Whether a word is a descriptor of any type, even one shared by unrelated types ("service", "network"). */
export function isDescriptor(word: string): boolean {
  return byPhrase.has(word.toLowerCase());
}

/** Whether a word is a descriptor of a product, even one shared with other types ("service", "network"). */
export function isProductDescriptor(word: string): boolean {
  return byPhrase.get(word.toLowerCase())?.includes('Product') ?? false;
}
