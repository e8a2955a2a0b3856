// Coreference that carries facts: a nationality adjective joins its population group when the article names the
// group ("Palestinian phone calls" → Palestinians); a definite nominal ("the company", "the ministry") joins the
// compatible entity that is the subject of its sentence or of the nearest earlier one; so do "he"/"she" for people. Each such mention is marked kind 'nominal' or 'pronoun' (adjectives stay names).
import type { SegmentedDocument, Token } from '../pipeline/stage-types.js';
import { isA, type EntityTypeName } from '../schema/schema.js';
import { furnitureTest } from './furniture-index.js';
import { countryByPlural } from './lexicon/countries.js';
import { COMMUNITIES } from './lexicon/words.js';
import type { DraftCluster } from './link-in-document.js';
import type { MentionDraft } from './mention-draft.js';

const NOMINALS: Record<string, EntityTypeName> = {
  company: 'Company', firm: 'Company', corporation: 'Company', ministry: 'GovernmentBody', department: 'GovernmentBody',
  agency: 'GovernmentBody', military: 'MilitaryUnit', army: 'MilitaryUnit', unit: 'MilitaryUnit', outlet: 'MediaOrganization',
  newspaper: 'MediaOrganization', magazine: 'MediaOrganization', publication: 'MediaOrganization', broadcaster: 'MediaOrganization',
  country: 'Country', city: 'City', organisation: 'Organization', organization: 'Organization', group: 'Organization',
};
/** Words that may follow a nominal head; anything else makes it a modifier ("the company blog"). */
const AFTER_NOMINAL = /^([.,;:!?)"”’]|['’]s|said|says|has|had|have|is|was|were|are|will|would|could|should|may|might|later|also|added|did|does|not|which|that|who|in|on|at|to|for|with|by|of|and|but|or|after|before|last|this|then|had|declined|denied|confirmed|announced|told)$/i;
/** A verb in the past right after the nominal makes it a subject: "the company sold", "the agency fined". */
const PAST_VERB = /^(?:[a-z]{3,}ed|sold|bought|made|paid|took|gave|won|lost|sent|met|led|held|kept|brought|struck|sued|began|became|built|hit|cut|set|put)$/;
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
const WINDOW = 4;

type Entry = { cluster: DraftCluster; mention: MentionDraft };

/** Tests tokens, visited in text order, against mentions sorted by start: linear over a whole document. */
function occupancy(drafts: MentionDraft[]): (start: number, end: number) => boolean {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (start, end) => {
    while (next < sorted.length && sorted[next].start < end) reach = Math.max(reach, sorted[next++].end);
    return reach > start;
  };
}

/** Earlier name mentions within WINDOW sentences of `sentence`, found by binary search over names sorted by start. */
function earlier(names: Entry[], offset: number, sentence: number): Entry[] {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].mention.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const found: Entry[] = [];
  for (let k = lo - 1; k >= 0 && sentence - names[k].mention.sentence <= WINDOW; k--) found.push(names[k]);
  return found.reverse();
}

/**
 * The antecedent among compatible earlier mentions: the first in the current sentence (its subject, most often),
 * else the first in the nearest earlier sentence that has one ("X agreed to buy Y. The company ..." is X).
 */
function subjectOrRecent(candidates: Entry[], sentence: number): Entry | undefined {
  const here = candidates.filter((e) => e.mention.sentence === sentence);
  if (here.length) return here[0];
  const last = candidates.at(-1);
  return last ? candidates.find((e) => e.mention.sentence === last.mention.sentence) : undefined;
}

/** A one-token draft; built only for the few tokens that become mentions, as the loop below visits them all. */
function tokenDraft(sentence: number, i: number, token: Token) {
  return { sentence, tokenStart: i, tokenEnd: i + 1, start: token.start, end: token.end, text: token.text,
    votes: new Map(), initial: false, possessive: false } as const;
}

/** Adds adjective, nominal and pronoun mentions to the clusters of one document. */
export function addCoreference(doc: SegmentedDocument, clusters: DraftCluster[]): void {
  const occupied = occupancy(clusters.flatMap((c) => c.mentions));
  const inFurniture = furnitureTest(doc.furniture);
  const adjectiveOf = new Map<string, DraftCluster>();
  for (const cluster of clusters) {
    if (cluster.type !== 'Group') continue;
    const country = countryByPlural.get(cluster.key);
    for (const adjective of country?.adjectives ?? []) adjectiveOf.set(adjective, cluster);
    for (const [plural, adjective] of COMMUNITIES) if (plural.toLowerCase() === cluster.key) adjectiveOf.set(adjective, cluster);
  }
  const names: Entry[] = clusters.flatMap((cluster) => cluster.mentions.map((mention) => ({ cluster, mention }))).sort((a, b) => a.mention.start - b.mention.start);
  const added: Entry[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (occupied(token.start, token.end) || inFurniture(token.start, token.end)) continue;
      const group = adjectiveOf.get(token.text);
      if (group) {
        added.push({ cluster: group, mention: { ...tokenDraft(sentence.index, i, token), votes: new Map(), canonical: group.canonical, key: group.key, kind: 'name',
          reason: `the adjective "${token.text}" refers to the ${group.canonical} named in the article` } });
        continue;
      }
      const lower = token.text.toLowerCase();
      const previous = tokens[i - 1]?.text.toLowerCase();
      const wanted = NOMINALS[lower];
      if (wanted && previous === 'the' && (AFTER_NOMINAL.test(tokens[i + 1]?.text ?? '.') || PAST_VERB.test(tokens[i + 1]?.text ?? ''))) {
        const before = earlier(names, token.start, sentence.index);
        // An entity known only as an organisation may be the company or the agency the text goes on to call it.
        const exact = before.filter((e) => isA(e.cluster.type, wanted));
        const candidates = exact.length ? exact : before.filter((e) => e.cluster.type !== wanted && isA(wanted, e.cluster.type) && e.cluster.type !== 'Location');
        const named = candidates.filter((e) => e.cluster.canonical.toLowerCase().includes(lower));
        const antecedent = subjectOrRecent(named.length ? named : candidates, sentence.index);
        if (antecedent) {
          if (isA(wanted, antecedent.cluster.type)) antecedent.cluster.type = wanted;
          const start = tokens[i - 1].start;
          added.push({ cluster: antecedent.cluster, mention: { ...tokenDraft(sentence.index, i, token), votes: new Map(), tokenStart: i - 1, start, text: doc.text.slice(start, token.end),
            canonical: antecedent.cluster.canonical, key: antecedent.cluster.key, kind: 'nominal',
            reason: `"the ${lower}" refers to the most recent ${wanted}: ${antecedent.cluster.canonical}` } });
        }
        continue;
      }
      if (PRONOUNS.has(lower)) {
        const people = earlier(names, token.start, sentence.index).filter((e) => e.cluster.type === 'Person');
        const antecedent = subjectOrRecent(people, sentence.index);
        if (antecedent) {
          added.push({ cluster: antecedent.cluster, mention: { ...tokenDraft(sentence.index, i, token), votes: new Map(), canonical: antecedent.cluster.canonical, key: antecedent.cluster.key,
            kind: 'pronoun', reason: `"${token.text}" refers to ${antecedent.cluster.canonical}, the nearest person before it` } });
        }
      }
    }
  }
  for (const { cluster, mention } of added) cluster.mentions.push(mention);
}
