// Refuses, before anything is written, an entity id that the documents being loaded, or they and the stored graph,
// state for different things: another root type and no name in common (document/merge-rules.ts idCollision).
// Merged, a Person would silently become a [Company, Person] with a foreign alias.
import type { GraphSource } from '../document/graph-source.js';
import { idCollision, idCollisionMessage, type EntityIdentity } from '../document/merge-rules.js';
import { EntityIdCollisionError } from './bulk-rows.js';
import type { GraphDatabase } from './connection.js';
import { rowsInBatches, stringField, stringsField } from './row-fields.js';
import { valueAt } from '../util/checked-index.js';

export { EntityIdCollisionError };

const BATCH = 5000;

const READ_STORED_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases`;

/**
 * Throws EntityIdCollisionError naming both statements when an id collides between the sources (each named by
 * `where`) or with the stored graph. Reads each source's entities once; holds one identity per entity id.
 */
export async function refuseIdCollisions(database: GraphDatabase, sources: readonly { source: GraphSource; where: string }[]): Promise<void> {
  const seen = new Map<string, EntityIdentity & { where: string }>();
  for (const { source, where } of sources) {
    for await (const element of source.elements(['entities'])) {
      if (element.list !== 'entities') continue;
      const { id, name, type, aliases } = element.value;
      const identity = { id, name, type, aliases: aliases ?? [], where };
      const earlier = seen.get(id);
      if (!earlier) seen.set(id, identity);
      else if (idCollision(earlier, identity)) throw new EntityIdCollisionError(idCollisionMessage(earlier, identity));
    }
  }
  const ids = [...seen.keys()];
  for await (const row of rowsInBatches(database, READ_STORED_ENTITIES, ids, BATCH)) {
    const id = stringField(row, 'id');
    const stored = { id, name: stringField(row, 'name'), type: stringField(row, 'type'), aliases: stringsField(row, 'aliases'), where: 'the stored graph' };
    const incoming = valueAt(seen, id);
    if (idCollision(stored, incoming)) throw new EntityIdCollisionError(idCollisionMessage(stored, incoming));
  }
}
