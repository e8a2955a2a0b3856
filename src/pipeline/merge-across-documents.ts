// Stage 5: groups mentions that name the same real-world thing into entities with deterministic ids. Within a
// document, recognition has already decided each mention's entity key (same name, acronym, surname, coreference);
// across documents, the same root type and key make the same entity, so a second article reuses the node.
// The merge key and the reason each alias joined stay on the entity.
import { entityId, normaliseName } from '../document/ids.js';
import { rootType, typeLineage, type EntityTypeName } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity } from './stage-types.js';
import { valueAt } from '../util/checked-index.js';

/** Merges mentions (from any number of documents) into entities: the same root type and merge key make one entity. */
export function mergeMentionsAcrossDocuments(mentions: MentionCandidate[]): ResolvedEntity[] {
  const groups = new Map<string, MentionCandidate[]>();
  for (const mention of mentions) {
    const mergeKey = mention.key ?? normaliseName(mention.text);
    if (!mergeKey) continue;
    const key = `${rootType(mention.type)}|${mergeKey}`;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const entities: ResolvedEntity[] = [];
  for (const [key, group] of groups) {
    const root = key.slice(0, key.indexOf('|')) as EntityTypeName;
    const mergeKey = key.slice(key.indexOf('|') + 1);
    const names = group.filter((m) => m.kind === 'name');
    const name = decideName(votesByDocument(group));
    const type = decideType(group.map((m) => m.type));
    const aliases: string[] = [];
    const mergeReasons: string[] = [];
    for (const m of names) {
      // An alias is a name, so "Mr Okafor" gives "Okafor".
      const alias = (m.written ?? m.text).replace(/\s+/g, ' ');
      if (alias === name || aliases.includes(alias)) continue;
      aliases.push(alias);
      mergeReasons.push(m.reason ? `"${alias}": ${m.reason}` : `"${alias}" has the same merge key "${mergeKey}"`);
    }
    for (const m of group) if (m.kind !== 'name' && m.reason && !mergeReasons.includes(m.reason)) mergeReasons.push(m.reason);
    entities.push({ id: entityId(root, mergeKey), name, type, mergeKey, aliases, mergeReasons, mentions: group });
  }
  return entities;
}

/** Each document's votes for an entity's name: its mentions' canonical names. */
function votesByDocument(group: MentionCandidate[]): string[][] {
  const byDocument = new Map<string, string[]>();
  for (const m of group) {
    const votes = byDocument.get(m.doc);
    if (votes) votes.push(m.canonical ?? m.text);
    else byDocument.set(m.doc, [m.canonical ?? m.text]);
  }
  return [...byDocument.values()];
}

/**
 * An entity's name from its mentions' votes, given document by document: the name written most often; on a tie, the
 * one more documents write (the more established), then the fuller form (more characters: "Acme Corp" over "Acme",
 * "São Paulo" over "Sao Paulo"), and only between forms as full as each other ("Defence", "Defense") the first
 * in code-point order, so the choice never depends on the order documents are read or loaded in.
 */
export function decideName(votesByDocument: readonly (readonly string[])[]): string {
  const mentions = new Map<string, number>();
  const documents = new Map<string, number>();
  for (const votes of votesByDocument) {
    for (const name of votes) mentions.set(name, (mentions.get(name) ?? 0) + 1);
    for (const name of new Set(votes)) documents.set(name, (documents.get(name) ?? 0) + 1);
  }
  // Characters as read, then with accents counted apart: a name that writes its accents is the fuller one.
  const length = (name: string) => [...name.normalize('NFC')].length;
  const accents = (name: string) => [...name.normalize('NFD')].length - length(name);
  return [...mentions.keys()].sort(
    (a, b) =>
      valueAt(mentions, b) - valueAt(mentions, a) ||
      valueAt(documents, b) - valueAt(documents, a) ||
      length(b) - length(a) ||
      accents(b) - accents(a) ||
      (a < b ? -1 : a > b ? 1 : 0),
  )[0]!;
}

/**
 * An entity's type from its mentions' votes: the most frequent. When tied types lie on one line of the hierarchy
 * (Organization, Company) the most specific wins, since the others do not contradict it; when they diverge (City,
 * Country) the entity gets the most specific type they share (Location): the votes support no more. Never the first
 * in the alphabet, and the same whatever order the votes come in.
 */
export function decideType(votes: EntityTypeName[]): EntityTypeName {
  const counts = new Map<EntityTypeName, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const lineages = [...counts].filter(([, c]) => c === top).map(([t]) => typeLineage(t));
  const deepest = lineages.reduce((a, b) => (b.length > a.length ? b : a));
  if (lineages.every((l) => deepest.includes(l[0]!))) return deepest[0]!;
  return deepest.find((t) => lineages.every((l) => l.includes(t))) ?? deepest[deepest.length - 1]!;
}
