// Stage 5: groups mentions that name the same real-world thing into entities with deterministic ids.
// Baseline: mentions merge when their root type and normalised name agree.
import { entityId, normaliseName } from '../document/ids.js';
import { rootType } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity } from './stage-types.js';

/** Resolves mentions (from any number of documents) into entities. */
export function resolveEntities(mentions: MentionCandidate[]): ResolvedEntity[] {
  const byKey = new Map<string, ResolvedEntity>();
  for (const mention of mentions) {
    const mergeKey = normaliseName(mention.text);
    if (!mergeKey) continue;
    const root = rootType(mention.type);
    const key = `${root}|${mergeKey}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: entityId(root, mergeKey), name: mention.text, type: mention.type, mergeKey, aliases: [], mergeReasons: [], mentions: [] };
      byKey.set(key, entity);
    }
    entity.mentions.push(mention);
    if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) {
      entity.aliases.push(mention.text);
      entity.mergeReasons.push(`"${mention.text}" has the same normalised name "${mergeKey}"`);
    }
  }
  return [...byKey.values()];
}
