// Writes graph documents into Neo4j: documents, evidence sentences, entities (with every label their type implies),
// mentions, mention counts and relations, each in batched UNWIND statements, one write transaction per batch and two
// batches in flight (the server commits one while the next is sent). Every statement is a
// MERGE keyed by a deterministic id and every SET is order-independent (unions, maxima), so a load can be killed at any
// point and rerun, or run twice, or run beside another load, and the graph ends the same. The merge rules are
// document/merge-rules.ts's, as Cypher; names, types and labels are decided after the load (settle-entities.ts).
import type { GraphDocument } from '../document/graph-document.js';
import type { GraphDatabase } from './connection.js';
import type { Session } from 'neo4j-driver';
import { graphSourceOf, type GraphSource } from '../document/graph-source.js';
import {
  documentRow,
  entityLabels,
  entityRow,
  mentionRows,
  relationRow,
  sentenceRows,
  type DocumentRow,
  type EntityRow,
  type MentionRow,
  type RelationRow,
  type SentenceRow,
} from './graph-rows.js';
import { incomingMentionKeptCypher, mergeDocumentFieldsCypher, smallerValueCypher, unionCypher } from '../document/merge-rules.js';
import { refuseIdCollisions } from './entity-collisions.js';
import { runInTransaction } from './run-transaction.js';
import { mergeRelationsCypher } from './relation-statements.js';
import { entityIdsOf, settleEntities } from './settle-entities.js';
import { DOCUMENT_LABEL, SENTENCE_LABEL, assertIdentifier, ensureGraphSchema } from './schema-setup.js';
import { itemAt } from '../util/checked-index.js';
import { numberField } from './row-fields.js';

// 5,000 rows per transaction measured ~2× faster than 1,000 on a 20k-relation load (fewer commits and round trips),
// with no gain beyond; a batch stays a few megabytes, under the default transaction memory limits.
export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_CONCURRENCY = 2;

export interface LoadProgress {
  stage: 'documents' | 'sentences' | 'entities' | 'mentions' | 'counts' | 'relations';
  done: number;
  /** Known for documents, entities and relations when the source's counts are given, and for counts. */
  total?: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Batches in flight at once, each its own transaction (default 2: the server works on one while the next is sent). */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadReport {
  documents: number;
  sentences: number;
  entities: number;
  mentions: number;
  relations: number;
  counts: number;
  batches: number;
}

/**
 * A list, or null (the property absent) when it is empty: an entity without aliases has no `aliases`, which is also
 * what `kg load --bulk` gives, since a CSV cell cannot hold an empty list.
 */
function nonEmpty(list: string): string {
  return `CASE WHEN size(${list}) > 0 THEN ${list} END`;
}

const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:${DOCUMENT_LABEL} {id: row.id})
// The same text read from two places is one document: each field keeps the smaller value, not the one loaded last.
SET ${mergeDocumentFieldsCypher('d', 'row')}`;

// JS numbers reach Neo4j as floats; offsets and counts are stored as integers so Cypher can use them directly
// (substring(d.text, s.start, s.end - s.start)).
const MERGE_SENTENCES = `
UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.doc})
MERGE (s:${SENTENCE_LABEL} {id: row.id})
SET s.documentId = row.doc, s.start = toInteger(row.start), s.end = toInteger(row.end), s.text = row.text
MERGE (s)-[:IN_DOCUMENT]->(d)`;

/**
 * Entities of one label set. The name and type a node is created with stand until settleEntities decides them from
 * every stored mention (and removes the labels of any other type); every other name becomes an alias.
 */
function mergeEntities(labels: string): string {
  const extraLabels = labels
    .split(':')
    .filter((l) => l !== 'Entity')
    .map(assertIdentifier);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type
SET ${extraLabels.length ? `n:${extraLabels.join(':')},` : ''}
    n.mergeKey = ${smallerValueCypher('n.mergeKey', 'row.mergeKey')},
    n.aliases = ${nonEmpty(`[a IN ${unionCypher('n.aliases', 'row.names')} WHERE a <> n.name]`)},
    n.mergeReasons = ${nonEmpty(unionCypher('n.mergeReasons', 'row.mergeReasons'))}`;
}

const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:${DOCUMENT_LABEL} {id: row.doc})
MERGE (e)-[m:MENTIONED_IN]->(d)
// The same document's mentions stated twice: the statement merge-rules.ts keeps, whichever is loaded last.
WITH m, row WHERE ${incomingMentionKeptCypher('m', 'row')}
SET m.count = toInteger(row.count), m.starts = [x IN row.starts | toInteger(x)], m.ends = [x IN row.ends | toInteger(x)], m.kinds = row.kinds,
    m.names = row.names, m.types = row.types`;

/** Counts kept on entity nodes so the viewer and queries need not aggregate mentions each time. Run once per entity
 * after all mentions are written (not per mention batch), which is most of what the mention stage used to cost. */
const UPDATE_ENTITY_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// Writing first takes the node's lock, so a concurrent load's mentions are committed before they are counted here.
SET e.mentionCount = coalesce(e.mentionCount, 0)
WITH e
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:${DOCUMENT_LABEL})
WITH e, sum(m.count) AS mentions, count(m) AS documents
SET e.mentionCount = mentions, e.documentCount = documents`;

/**
 * Loads one graph document (already validated), as kg load does: refuses an entity id the stored graph holds for
 * another thing, writes it, then decides the touched entities from everything stored (settle-entities.ts), so loads
 * in any order end the same. Creates the constraints and indexes first.
 */
export async function loadGraph(database: GraphDatabase, graph: GraphDocument, options: LoadOptions = {}): Promise<LoadReport> {
  const totals = { documents: graph.documents.length, entities: graph.entities.length, relations: graph.relations.length };
  const source = graphSourceOf(graph);
  await ensureGraphSchema(database);
  await refuseIdCollisions(database, [{ source, where: 'the graph document' }]);
  const report = await loadGraphSource(database, source, { ...options, totals });
  await settleEntities(database, await entityIdsOf(source));
  return report;
}

export interface SourceLoadOptions extends LoadOptions {
  /** How many elements each list holds (from validation), for progress; without them progress gives no totals. */
  totals?: { documents: number; entities: number; relations: number };
}

/**
 * Writes a graph document (already validated) from a source, batch by batch, so that only the batches in flight and
 * the ids needed later are held, never the document. Creates the constraints and indexes first. The caller
 * refuses id collisions first and settles the touched entities after (refuseIdCollisions, settleEntities), once for
 * every document it loads.
 */
export async function loadGraphSource(database: GraphDatabase, source: GraphSource, options: SourceLoadOptions = {}): Promise<LoadReport> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.onProgress ?? (() => {});
  const totals = options.totals;
  await ensureGraphSchema(database);
  const report: LoadReport = { documents: 0, sentences: 0, entities: 0, mentions: 0, counts: 0, relations: 0, batches: 0 };
  const writer = new BatchWriter(database, Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY));
  const submit = (stage: LoadProgress['stage'], cypher: string, batch: unknown[], total: number | undefined, parameter = 'rows') =>
    writer.submit(cypher, { [parameter]: batch }, () => {
      report[stage] += batch.length;
      report.batches += 1;
      progress({ stage, done: report[stage], total });
    });

  try {
    // Two reads of the lists. Nodes first: documents and entities do not refer to each other. Then what MATCHes
    // them, once every node is committed: mentions, relations, and the evidence sentences relations cite (each
    // written once; evidence without its own text takes it from its document, read again only for those).
    const documents = new Batches<DocumentRow>(size, (batch) => submit('documents', MERGE_DOCUMENTS, batch, totals?.documents));
    const entities = new Batches<EntityRow>(size, (batch, labels) => submit('entities', mergeEntities(labels), batch, totals?.entities));
    for await (const element of source.elements(['documents', 'entities'])) {
      if (element.list === 'documents') await documents.add('', documentRow(element.value));
      else if (element.list === 'entities') await entities.add(entityLabels(element.value), entityRow(element.value));
    }
    await documents.flush();
    await entities.flush();
    await writer.drain();

    const mentioned = new Set<string>();
    const written = new Set<string>();
    const untold = new Map<string, SentenceRow[]>();
    // Two batches in flight that link to the same document (or hub entity) in different orders deadlock on its
    // relationship locks; rows sorted by that node take the locks in one order in every transaction.
    const mentions = new Batches<MentionRow>(size, (batch) => submit('mentions', MERGE_MENTIONS, batch.sort(byKeys('doc', 'entity')), undefined));
    const sentences = new Batches<SentenceRow>(size, (batch) => submit('sentences', MERGE_SENTENCES, batch.sort(byKeys('doc', 'id')), undefined));
    const relations = new Batches<RelationRow>(size, (batch, type) =>
      submit('relations', mergeRelationsCypher(type), batch.sort(byKeys('source', 'target')), totals?.relations),
    );
    for await (const element of source.elements(['entities', 'relations'])) {
      if (element.list === 'entities') {
        for (const row of mentionRows(element.value)) {
          mentioned.add(row.entity);
          await mentions.add('', row);
        }
      } else if (element.list === 'relations') {
        const relation = element.value;
        const rows = sentenceRows(relation, () => undefined);
        for (let k = 0; k < rows.length; k++) {
          const row = rows[k]!;
          if (written.has(row.id)) continue;
          written.add(row.id);
          if (itemAt(relation.evidence, k).text === undefined) {
            const waiting = untold.get(row.doc);
            if (waiting) waiting.push(row);
            else untold.set(row.doc, [row]);
          } else await sentences.add('', row);
        }
        await relations.add(relation.type, relationRow(relation));
      }
    }
    written.clear();
    if (untold.size) {
      for await (const element of source.elements(['documents'])) {
        if (element.list !== 'documents') continue;
        const document = element.value;
        for (const row of untold.get(document.id) ?? []) await sentences.add('', { ...row, text: document.text.slice(row.start, row.end) });
      }
    }
    await mentions.flush();
    await sentences.flush();
    await relations.flush();
    await writer.drain();

    // Counts once every mention is written, once per entity.
    const counted = new Batches<string>(size, (batch) => submit('counts', UPDATE_ENTITY_COUNTS, batch, mentioned.size, 'ids'));
    for (const id of mentioned) await counted.add('', id);
    await counted.flush();
    await writer.drain();
  } finally {
    await writer.close();
  }
  return report;
}

/** Orders rows by two string fields, so every transaction locks the nodes they name in the same order. */
function byKeys<K extends string>(first: K, second: K): (a: Record<K, string>, b: Record<K, string>) => number {
  return (a, b) => (a[first] < b[first] ? -1 : a[first] > b[first] ? 1 : a[second] < b[second] ? -1 : a[second] > b[second] ? 1 : 0);
}

/** Rows gathered per group (a label set, a relationship type) and handed out in batches of `size`. */
class Batches<T> {
  private readonly groups = new Map<string, T[]>();

  constructor(
    private readonly size: number,
    private readonly send: (batch: T[], group: string) => Promise<void>,
  ) {}

  async add(group: string, row: T): Promise<void> {
    let rows = this.groups.get(group);
    if (!rows) this.groups.set(group, (rows = []));
    rows.push(row);
    if (rows.length >= this.size) {
      this.groups.set(group, []);
      await this.send(rows, group);
    }
  }

  async flush(): Promise<void> {
    for (const [group, rows] of this.groups) if (rows.length) await this.send(rows, group);
    this.groups.clear();
  }
}

/**
 * Runs write transactions, one batch each, at most `concurrency` at a time on sessions of their own: submit waits
 * only while all are busy, so reading the next rows overlaps the server's work. The first failure is thrown by
 * the next submit or drain, and nothing more is sent after it.
 */
class BatchWriter {
  private readonly sessions: Session[];
  private readonly idle: Session[];
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;

  constructor(database: GraphDatabase, concurrency: number) {
    this.sessions = Array.from({ length: concurrency }, () => database.writeSession());
    this.idle = [...this.sessions];
  }

  async submit(cypher: string, parameters: Record<string, unknown>, done: () => void): Promise<void> {
    while (!this.idle.length && this.failure === undefined) await Promise.race(this.running);
    if (this.failure !== undefined) throw this.failure;
    const session = this.idle.pop();
    if (session === undefined) throw new Error('internal error: no idle session after waiting for one');
    const work: Promise<void> = runInTransaction(session, cypher, parameters)
      .then(
        () => done(),
        (error: unknown) => {
          this.failure ??= error;
        },
      )
      .finally(() => {
        this.running.delete(work);
        this.idle.push(session);
      });
    this.running.add(work);
  }

  /** Waits for every batch sent; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure !== undefined) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.running);
    await Promise.all(this.sessions.map((session) => session.close()));
  }
}

export interface GraphCounts {
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
}

/** Node and relationship counts of what the loader writes, for status lines and tests. */
export async function graphCounts(database: GraphDatabase): Promise<GraphCounts> {
  const session = database.readSession();
  try {
    const result = await session.run(`
CALL { MATCH (d:${DOCUMENT_LABEL}) RETURN count(d) AS documents }
CALL { MATCH (s:${SENTENCE_LABEL}) RETURN count(s) AS sentences }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN documents, sentences, entities, relations`);
    const row = itemAt(result.records, 0).toObject();
    return {
      documents: numberField(row, 'documents'),
      sentences: numberField(row, 'sentences'),
      entities: numberField(row, 'entities'),
      relations: numberField(row, 'relations'),
    };
  } finally {
    await session.close();
  }
}
