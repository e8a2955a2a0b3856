// Rule context-type-over-tagger: an entity named in two sentences or more is given the coarse type the context type
// model (context-type.ts) gives with high probability, pooled over all the entity's name mentions in the document.
import type { Sentence } from '../pipeline/stage-types.js';
import { rootType, type EntityTypeName } from '../schema/schema.js';
import { CONTEXT_LABELS, contextFeatures, contextProbabilities, contextTypeModel } from './context-type.js';
import { retypeUnder, type DraftCluster } from './link-in-document.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { apposedDescriptor, descriptorType } from './descriptors.js';
import { apposedBodyHead, PLACE_MODIFIER } from './name-evidence.js';
import { COMPANY_FORMS, ORG_SUFFIXES } from './lexicon/words.js';
import { EVIDENCE_WEIGHTS } from './evidence-weights.js';

const ROOT_OF_LABEL: Partial<Record<string, EntityTypeName>> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };
const RETYPED_ROOTS = new Set<EntityTypeName>(['Person', 'Organization', 'Location']);

/**
 * Probability the model must give a coarse type for it to replace the pipeline's. Of 0.6, 0.7, 0.8, 0.9 and 0.95,
 * 0.8 gave the best whole `npm run eval` table (reports/recognition.md); 0.6 retyped the sample article's names.
 */
export const CONTEXT_TYPE_SURE = 0.8;
/** Mentions pooled per entity at most. */
const MAX_POOLED = 100;

/** Retypes, in place, the entities whose pooled context surely says another of person, organisation or place. */
export function retypeByContext(clusters: DraftCluster[], sentences: readonly Sentence[]): void {
  if (!RECOGNITION_RULES.contextTypeOverTagger.on) return;
  for (const cluster of clusters) {
    const root = rootType(cluster.type);
    if (!RETYPED_ROOTS.has(root) || cluster.mentions.some((m) => m.fixedType)) continue;
    const names = cluster.mentions.filter((m) => m.kind === 'name');
    // The model's worth is the pooling: a name written in one sentence is read better by the tagger, whose window
    // over that sentence has many more features (and strong local evidence is in that sentence too).
    if (!names.some((m) => m.sentence !== names[0]?.sentence)) continue;
    // "Wales kept their hopes alive", "Wales coach Huw Bevan": a country's name stays the country, whatever its
    // contexts do; a national side is written as the country (rule country-side-stays-country).
    if (RECOGNITION_RULES.countrySideStaysCountry.on && cluster.type === 'Country') continue;
    // "Halvorsen Robotics": the name's own last word says what it is, whatever its contexts do.
    if (RECOGNITION_RULES.nameHeadOverContextType.on && headRoot(cluster.canonical) === root) continue;
    // "swore in Dr. Ifeoma Kachi": an honorific before a name says it is a person's, whatever its contexts do.
    if (
      RECOGNITION_RULES.honorificOverContextType.on &&
      root === 'Person' &&
      names.some((m) => (m.strong?.get('Person') ?? 0) >= EVIDENCE_WEIGHTS.nameItself.value) &&
      // "Miss Universe Inc.": a name whose own words say it is something else is no person for its honorific.
      !names.some((m) => [...(m.strong ?? [])].some(([t, w]) => rootType(t) !== 'Person' && w >= EVIDENCE_WEIGHTS.nameHead.value))
    )
      continue;
    // "Unilever, the maker of Dove soap": a descriptor in apposition says what the name is, whatever its contexts do.
    if (RECOGNITION_RULES.appositionOverContextType.on && names.some((m) => apposedRoot(sentences[m.sentence]!.tokens, m.tokenEnd) === root)) continue;
    // "payments company Kobopoint": a descriptor right before the name says what it is, as one in apposition does.
    if (RECOGNITION_RULES.descriptorBeforeNameOverContextType.on && names.some((m) => precedingRoot(sentences[m.sentence]!.tokens, m.tokenStart) === root))
      continue;
    // "Brückner Wohnen, a Hamburg-based garden furniture retailer": strong local evidence that the entity is an
    // organisation, which outweighed the tagger's readings when the type was chosen, outweighs the pooled context too
    // (rule strong-evidence-over-context-type). A person's or a place's strong evidence is often a title or a word for
    // a site, which the context reads better.
    if (RECOGNITION_RULES.strongEvidenceOverContextType.on && root === 'Organization' && strongRoot(names) === root) continue;
    // The first mentions say what the context says: a name repeated thousands of times costs no more than this.
    const pooled = names.slice(0, MAX_POOLED).map((m) => ({ tokens: sentences[m.sentence]!.tokens, start: m.tokenStart, end: m.tokenEnd }));
    // Read on the first entity that needs it: a document with no name written twice never loads the model.
    const p = contextProbabilities(contextTypeModel(), contextFeatures(pooled));
    const best = p.indexOf(Math.max(...p));
    const to = ROOT_OF_LABEL[CONTEXT_LABELS[best]!];
    if (!to || to === root || p[best]! < CONTEXT_TYPE_SURE) continue;
    cluster.type = retypeUnder(cluster.mentions, to);
  }
}

/** The root type the mentions' strong evidence weighs most for, when it weighs as much as a word beside a name. */
function strongRoot(mentions: DraftCluster['mentions']): EntityTypeName | undefined {
  const weights = new Map<EntityTypeName, number>();
  for (const m of mentions) for (const [t, w] of m.strong ?? []) weights.set(rootType(t), (weights.get(rootType(t)) ?? 0) + w);
  let best: EntityTypeName | undefined;
  for (const [t, w] of weights) if (w >= EVIDENCE_WEIGHTS.neighbourWord.value && (best === undefined || w > weights.get(best)!)) best = t;
  return best;
}

/** The root type of a lower-case descriptor in apposition right after a name (", the maker of …"), if any. */
function apposedRoot(tokens: Sentence['tokens'], end: number): EntityTypeName | undefined {
  const opening = tokens[end + 2]?.text ?? '';
  const basedModifier = RECOGNITION_RULES.basedModifierInApposition.on && PLACE_MODIFIER.test(opening);
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 1]?.text ?? '') || !(/^\p{Ll}/u.test(opening) || basedModifier)) return undefined;
  const after = tokens.slice(end, end + 7).map((t) => t.text.toLowerCase());
  const head = RECOGNITION_RULES.appositionHeadBody.on ? apposedBodyHead(after) : undefined;
  const described = head ?? apposedDescriptor(after);
  return described && rootType(described.type);
}

/** The root type of a lower-case descriptor written right before a name ("payments company", "venture firm"), if any. */
function precedingRoot(tokens: Sentence['tokens'], start: number): EntityTypeName | undefined {
  const last = tokens[start - 1]?.text ?? '';
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(last)) return undefined;
  const two = tokens[start - 2]?.text ?? '';
  const type = (/^\p{Ll}/u.test(two) ? descriptorType(`${two} ${last}`) : undefined) ?? descriptorType(last);
  return type && rootType(type);
}

/** The root type the last word of a name gives it ("Robotics", "Ltd", "Ministry"), if any. */
function headRoot(name: string): EntityTypeName | undefined {
  const last = name.split(' ').pop()?.toLowerCase().replace(/\.$/, '') ?? '';
  if (ORG_SUFFIXES.has(last) || COMPANY_FORMS.has(last)) return 'Organization';
  const described = descriptorType(last);
  return described && rootType(described);
}
