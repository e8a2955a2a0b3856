// What Neo4j already holds about entities a new extraction names: every stored mention's vote for the name and
// type, and the aliases. `kg extract --against-db` decides the new graph's names and types with it
// (resolve-against-stored.ts), by the same rules one extraction of everything would use.
import type { GraphDatabase } from './connection.js';
import { listsOfStringsField, rowsInBatches, stringField, stringsField } from './row-fields.js';

/** The stored evidence about one entity. */
export interface StoredEntityEvidence {
  id: string;
  /** The node's name now. */
  name: string;
  /** Each document's votes for the name. */
  names: string[][];
  types: string[];
  aliases: string[];
}

const READ_STORED_EVIDENCE = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
WITH e, collect(m) AS mentions
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
       [m IN mentions | coalesce(m.names, [i IN range(1, m.count) | e.name])] AS names,
       reduce(acc = [], m IN mentions | acc + coalesce(m.types, [i IN range(1, m.count) | e.type])) AS types`;

const BATCH = 1000;

/** The stored evidence for those of `ids` Neo4j holds, by id. */
export async function storedEntityEvidence(database: GraphDatabase, ids: string[]): Promise<Map<string, StoredEntityEvidence>> {
  const found = new Map<string, StoredEntityEvidence>();
  for await (const row of rowsInBatches(database, READ_STORED_EVIDENCE, ids, BATCH)) {
    const id = stringField(row, 'id');
    found.set(id, {
      id,
      name: stringField(row, 'name'),
      aliases: stringsField(row, 'aliases'),
      names: listsOfStringsField(row, 'names'),
      types: stringsField(row, 'types'),
    });
  }
  return found;
}
