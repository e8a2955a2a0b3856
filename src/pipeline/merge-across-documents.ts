// Stage 5: groups mentions that name the same real-world thing into entities with deterministic ids. Within a
// document, recognition has already decided each mention's entity key (same name, acronym, surname, coreference);
// across documents, the same root type and key make the same entity, so a second article reuses the node.
// The merge key and the reason each alias joined stay on the entity.
import { entityId, normaliseName } from '../document/ids.js';
import { rootType, typeLineage, type EntityTypeName } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity } from './stage-types.js';

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
    const name = decideName(group.map((m) => m.canonical ?? m.text));
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

/** An entity's name from its mentions' votes: the most frequent, ties to the smaller string. */
export function decideName(votes: string[]): string {
  return mostCommon(votes);
}

/** An entity's type from its mentions' votes: the most frequent, ties to the more specific type, then by name. */
export function decideType(votes: EntityTypeName[]): EntityTypeName {
  return mostCommon(votes, (a, b) => typeLineage(b).length - typeLineage(a).length);
}

/** The most frequent value; ties go to `prefer` then to the smaller string, so output is deterministic. */
function mostCommon<T extends string>(values: T[], prefer: (a: T, b: T) => number = () => 0): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || prefer(a[0], b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
}
