// The rows of several graph documents folded into one set, by the rules `kg load` applies when it loads them one
// after another (document/merge-rules.ts): an entity's name, type and labels are decided from all its mentions' votes,
// every other name becomes an alias, lists are unions, confidence is the maximum (compounded over the statements),
// plain properties keep the smaller value, relations the decided types do not allow are withheld (written as
// :WithheldRelation nodes, as kg load's settle step keeps them), and an id reused
// for another thing is refused. The bulk import writes these rows once, so its graph is the graph `kg load` would
// give, in whatever order the documents come.
//
// The sources are read twice, element by element, and never held whole. The first read (the survey) folds the
// entities, which are few, counts how often each document occurs and finds the relation ids and evidence spans that
// occur more than once. The second hands out every row: a row whose id occurs once is handed out as it is read, and
// only what occurs more than once is held and folded until the end. Memory then follows the entities and the ids, not
// the rows (a million relations: about 1 GB instead of 4). One document on its own needs no fold: its ids occur once
// each, so it is read once, as it is validated, and its rows handed out as they come. No driver, no files.
import type { Entity, GraphDocument, Relation, SourceDocument } from '../document/graph-document.js';
import { GRAPH_LISTS, graphSourceOf, type GraphElement, type GraphSource } from '../document/graph-source.js';
import {
  decideEntity,
  keptMention,
  idCollision,
  idCollisionMessage,
  mergeDocumentFields,
  mergePlainProperties,
  settledConfidence,
  unionInto,
} from '../document/merge-rules.js';
import { endpointsAllowed, isEntityType, isRelationType, labelsFor } from '../schema/schema.js';
import type { DocumentRow, EntityRow, MentionRow, RelationRow, SentenceRow } from './graph-rows.js';
import { documentRow, entityLabels, entityRow, mentionRows, relationRow, sentenceRows } from './graph-rows.js';
import { itemAt } from '../util/checked-index.js';

/** One entity node as it ends after every load: labels are the union of what each document implied. */
export interface BulkEntity extends EntityRow {
  labels: Set<string>;
  aliases: string[];
  /** Sum of mention counts and number of documents; undefined when no document mentions it (kg load sets none). */
  mentionCount?: number;
  documentCount?: number;
}

export interface BulkRelation extends RelationRow {
  type: string;
}

export type BulkRow =
  | { kind: 'document'; row: DocumentRow }
  | { kind: 'sentence'; row: SentenceRow }
  | { kind: 'entity'; row: BulkEntity }
  | { kind: 'mention'; row: MentionRow }
  | { kind: 'relation'; row: BulkRelation }
  /** A relation the decided types of its endpoints do not allow: stored as a :WithheldRelation node (settle-entities.ts). */
  | { kind: 'withheld'; row: BulkRelation };

/** Adds one mention row to its entity's mention and document counts. */
function countMention(entity: BulkEntity, mention: MentionRow): void {
  entity.mentionCount = (entity.mentionCount ?? 0) + mention.count;
  entity.documentCount = (entity.documentCount ?? 0) + 1;
}

/** The key of an evidence span before it is hashed into a sentence id. */
function spanKey(doc: string, start: number, end: number): string {
  return `${doc}|${start}|${end}`;
}

/** Two documents state one entity id for different things (merge-rules.ts idCollision); nothing is imported. */
export class EntityIdCollisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntityIdCollisionError';
  }
}

/**
 * What the first read learns: the folded entities, how often each document occurs, and which relations and evidence
 * spans occur more than once. Every relation and span id is held while
 * surveying; once the second read starts only the repeated ones are (forgetSeen), which keeps that read's heap small.
 */
export class BulkSurvey {
  readonly entities = new Map<string, BulkEntity & { occurrences: number; where: string }>();
  /** Per entity, its mentions per document (of two statements of one document's, the one merge-rules.ts keeps): the votes. */
  private readonly votes = new Map<string, Map<string, MentionRow>>();
  private decided = false;
  readonly documentOccurrences = new Map<string, number>();
  readonly repeatedRelations = new Set<string>();
  readonly repeatedSpans = new Set<string>();
  private seenRelations = new Set<string>();
  private seenSpans = new Set<string>();
  /** Documents that evidence without text of its own points into: their text is needed for the sentences. */
  readonly documentsGivingText = new Set<string>();

  /**
   * Learns from one element; elements are fed source by source, in the order they are read. `where` names the
   * element's document for the message refusing an id collision.
   */
  add(element: GraphElement, where = 'another graph document'): void {
    if (element.list === 'documents') this.documentOccurrences.set(element.value.id, (this.documentOccurrences.get(element.value.id) ?? 0) + 1);
    else if (element.list === 'entities') this.addEntity(element.value, where);
    else this.addRelation(element.value);
  }

  private addEntity(element: Entity, where: string): void {
    const row = entityRow(element);
    let entity = this.entities.get(row.id);
    if (!entity) {
      entity = { ...row, labels: new Set(), aliases: [], mergeReasons: [], occurrences: 0, names: [], where };
      this.entities.set(row.id, entity);
    } else if (idCollision(entity, { ...row, aliases: row.names })) {
      throw new EntityIdCollisionError(idCollisionMessage({ ...entity, where: entity.where }, { ...row, where }));
    }
    entity.occurrences += 1;
    for (const label of entityLabels(element).split(':')) entity.labels.add(label);
    entity.mergeKey ??= row.mergeKey;
    let votes = this.votes.get(row.id);
    if (!votes) this.votes.set(row.id, (votes = new Map()));
    for (const mention of mentionRows(element)) votes.set(mention.doc, keptMention(votes.get(mention.doc), mention));
    unionInto(entity.names, row.names);
    unionInto(entity.mergeReasons, row.mergeReasons);
  }

  /** Lets go of the ids seen once, and decides the entities stated more than once; call when the survey is complete. */
  forgetSeen(): void {
    this.seenRelations = new Set();
    this.seenSpans = new Set();
    this.decideEntities();
  }

  /**
   * An entity stated in several elements takes the name, type, labels, aliases and merge reasons all its mentions'
   * votes decide (as kg load's settle step does), whichever came first.
   */
  private decideEntities(): void {
    if (this.decided) return;
    this.decided = true;
    for (const entity of this.entities.values()) {
      if (entity.occurrences < 2) continue;
      const votes = [...(this.votes.get(entity.id)?.values() ?? [])];
      const decided = decideEntity({
        ...entity,
        aliases: entity.names.filter((name) => name !== entity.name),
        votes,
      });
      entity.name = decided.name;
      entity.type = decided.type;
      entity.labels = new Set(decided.labels);
      entity.mergeReasons = decided.mergeReasons;
      entity.names = [decided.name, ...decided.aliases];
    }
    this.votes.clear();
  }

  /** Whether the schema allows a relation between its endpoints' decided types (unknown endpoints: as kg load, kept). */
  allows(relation: Relation): boolean {
    const source = this.entities.get(relation.source);
    const target = this.entities.get(relation.target);
    if (!source || !target || (source.occurrences < 2 && target.occurrences < 2)) return true;
    if (!isRelationType(relation.type) || !isEntityType(source.type) || !isEntityType(target.type)) return true;
    return endpointsAllowed(relation.type, source.type, target.type);
  }

  private addRelation(relation: Relation): void {
    if (this.seenRelations.has(relation.id)) this.repeatedRelations.add(relation.id);
    else this.seenRelations.add(relation.id);
    for (const { doc, start, end } of relation.evidence) {
      const key = spanKey(doc, start, end);
      if (this.seenSpans.has(key)) this.repeatedSpans.add(key);
      else this.seenSpans.add(key);
    }
    for (const evidence of relation.evidence) if (evidence.text === undefined) this.documentsGivingText.add(evidence.doc);
  }
}

/** The first read of the sources (kg load --bulk does it while validating them, see validateGraphSource). */
export async function surveyBulk(sources: readonly GraphSource[]): Promise<BulkSurvey> {
  const survey = new BulkSurvey();
  for (const source of sources) {
    for await (const element of source.elements(GRAPH_LISTS)) survey.add(element);
  }
  return survey;
}

/**
 * Hands every row of the folded graph to `emit`, once, as elements are added; `finish` hands out what is held back.
 * Rows go to a callback rather than out of an async generator: a million relations are several million rows, and a
 * promise per row was a third of the time.
 *
 * With a survey (the second read of several sources), documents come at their last occurrence (folded), a
 * sentence at its first (every occurrence is the same span), relations and mentions as read unless their id occurs
 * again, in which case they are folded and come at the end, with the entities and their mention counts.
 *
 * Without one, the rows come in a single read of one validated document, whose ids occur once each (the validator
 * rejects a repeated id): nothing needs folding, an entity comes as it is read, and every document's text is kept
 * for evidence that has none.
 */
export class BulkRowEmitter {
  private readonly survey: BulkSurvey;
  private readonly onePass: boolean;
  private readonly documentsLeft: Map<string, number>;
  private readonly foldedRelations = new Map<string, BulkRelation>();
  /** Ids of folded relations the decided types do not allow. */
  private readonly withheldRelations = new Set<string>();
  /** Documents stated more than once, folded (merge-rules.ts) until their last occurrence. */
  private readonly foldedDocuments = new Map<string, DocumentRow>();
  // Mentions of an entity that occurs in one element only are unique; the others are keyed by entity and document,
  // and the row merge-rules.ts keeps wins, as in kg load.
  private readonly heldMentions = new Map<string, MentionRow>();
  private readonly writtenSentences = new Set<string>();
  private readonly textOf = new Map<string, string>();
  private readonly waitingForText = new Map<string, SentenceRow[]>();
  private readonly labelSets = new Map<string, Set<string>>();

  constructor(
    private readonly emit: (row: BulkRow) => void,
    survey?: BulkSurvey,
  ) {
    this.onePass = survey === undefined;
    this.survey = survey ?? new BulkSurvey();
    this.survey.forgetSeen();
    this.documentsLeft = new Map(this.survey.documentOccurrences);
  }

  add(element: GraphElement): void {
    if (element.list === 'documents') this.addDocument(element.value);
    else if (element.list === 'entities') this.addEntity(element.value);
    else this.addRelation(element.value);
  }

  /** Hands out the rows held back: sentences still waiting for a text, folded relations and mentions, entities. */
  finish(): void {
    // Evidence pointing at a document no source holds keeps an empty text, as kg load leaves it.
    for (const waiting of this.waitingForText.values()) for (const sentence of waiting) this.emit({ kind: 'sentence', row: sentence });
    for (const row of this.foldedRelations.values()) {
      row.confidence = settledConfidence(row.confidence, row.statedConfidence, row.evidenceIds.length);
      this.emit({ kind: this.withheldRelations.has(row.id) ? 'withheld' : 'relation', row });
    }
    for (const mention of this.heldMentions.values()) {
      this.counted(mention);
      this.emit({ kind: 'mention', row: mention });
    }
    for (const { occurrences: _occurrences, where: _where, ...entity } of this.survey.entities.values()) {
      this.emit({ kind: 'entity', row: { ...entity, aliases: entity.names.filter((name) => name !== entity.name) } });
    }
  }

  private labelSetOf(entity: Entity): Set<string> {
    let labels = this.labelSets.get(entity.type);
    if (!labels) this.labelSets.set(entity.type, (labels = new Set(labelsFor(entity.type))));
    return labels;
  }

  private counted(mention: MentionRow): void {
    const entity = this.survey.entities.get(mention.entity);
    if (entity) countMention(entity, mention);
  }

  private addDocument(document: SourceDocument): void {
    let row = documentRow(document);
    if (!this.onePass && this.survey.documentOccurrences.get(document.id)! > 1) {
      const folded = this.foldedDocuments.get(document.id);
      row = folded ? mergeDocumentFields(folded, row) : row;
      const left = this.documentsLeft.get(document.id)! - 1;
      this.documentsLeft.set(document.id, left);
      if (left > 0) {
        this.foldedDocuments.set(document.id, row);
        return;
      }
      this.foldedDocuments.delete(document.id);
    }
    this.emit({ kind: 'document', row });
    if (!this.onePass && !this.survey.documentsGivingText.has(document.id)) return;
    this.textOf.set(document.id, document.text);
    for (const sentence of this.waitingForText.get(document.id) ?? []) {
      this.emit({ kind: 'sentence', row: { ...sentence, text: document.text.slice(sentence.start, sentence.end) } });
    }
    this.waitingForText.delete(document.id);
  }

  private addEntity(entity: Entity): void {
    if (this.onePass) {
      // The entity occurs once: its node is complete as read, and is handed out at once rather than held.
      const row = entityRow(entity);
      const mentions = mentionRows(entity);
      // The counts are set when the node is made, not added one mention at a time: an object that grows properties
      // after it is made changes shape, and a million such nodes were a tenth of the conversion.
      let mentionCount = 0;
      for (const mention of mentions) {
        mentionCount += mention.count;
        this.emit({ kind: 'mention', row: mention });
      }
      // Written out rather than spread, so every node has one shape. Nodes of one type share their label set:
      // nothing changes it once the node is complete.
      const node: BulkEntity = {
        id: row.id,
        name: row.name,
        type: row.type,
        names: row.names,
        mergeKey: row.mergeKey,
        mergeReasons: row.mergeReasons,
        labels: this.labelSetOf(entity),
        aliases: row.names.filter((name) => name !== row.name),
        mentionCount: mentions.length ? mentionCount : undefined,
        documentCount: mentions.length ? mentions.length : undefined,
      };
      this.emit({ kind: 'entity', row: node });
      return;
    }
    const unique = this.survey.entities.get(entity.id)!.occurrences === 1;
    for (const mention of mentionRows(entity)) {
      if (unique) {
        this.counted(mention);
        this.emit({ kind: 'mention', row: mention });
      } else {
        const key = `${mention.entity}|${mention.doc}`;
        this.heldMentions.set(key, keptMention(this.heldMentions.get(key), mention));
      }
    }
  }

  private addRelation(relation: Relation): void {
    const sentences = sentenceRows(relation, (doc) => this.textOf.get(doc));
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k]!;
      if (this.onePass || this.survey.repeatedSpans.has(spanKey(sentence.doc, sentence.start, sentence.end))) {
        if (this.writtenSentences.has(sentence.id)) continue;
        this.writtenSentences.add(sentence.id);
      }
      if (itemAt(relation.evidence, k).text === undefined && !this.textOf.has(sentence.doc)) {
        const waiting = this.waitingForText.get(sentence.doc);
        if (waiting) waiting.push(sentence);
        else this.waitingForText.set(sentence.doc, [sentence]);
      } else this.emit({ kind: 'sentence', row: sentence });
    }
    // Withheld where the decided types do not allow it, as kg load's settle step withholds it.
    const withheld = !this.onePass && !this.survey.allows(relation);
    const row: BulkRelation = { ...relationRow(relation, sentences), type: relation.type };
    // One pass: the validator has rejected a repeated relation id in the document.
    if (this.onePass || !this.survey.repeatedRelations.has(row.id)) {
      this.emit({ kind: withheld ? 'withheld' : 'relation', row });
      return;
    }
    if (withheld) this.withheldRelations.add(row.id);
    const existing = this.foldedRelations.get(row.id);
    if (!existing) {
      this.foldedRelations.set(row.id, row);
      return;
    }
    mergePlainProperties(existing.properties, row.properties);
    existing.confidence = Math.max(existing.confidence, row.confidence);
    // The greater of the two, as kg load keeps it; a row without one changes nothing.
    if (row.statedConfidence !== undefined) existing.statedConfidence = Math.max(existing.statedConfidence ?? row.statedConfidence, row.statedConfidence);
    unionInto(existing.evidenceIds, row.evidenceIds);
    unionInto(existing.documentIds, row.documentIds);
  }
}

/** Hands every row of a graph to `emit`, and resolves once the last is handed out. */
export type BulkRowSource = (emit: (row: BulkRow) => void) => Promise<void>;

/** The folded rows of several sources, read twice: surveyed first (unless `survey` is given), then emitted. */
export function foldedRows(sources: readonly GraphSource[], survey?: BulkSurvey): BulkRowSource {
  return async (emit) => emitBulkRows(sources, survey ?? (await surveyBulk(sources)), emit);
}

/** The second read of several sources: every row of their folded graph, handed to `emit` (BulkRowEmitter). */
export async function emitBulkRows(sources: readonly GraphSource[], survey: BulkSurvey, emit: (row: BulkRow) => void): Promise<void> {
  const emitter = new BulkRowEmitter(emit, survey);
  for (const source of sources) {
    for await (const element of source.elements(GRAPH_LISTS)) emitter.add(element);
  }
  emitter.finish();
}

export interface BulkRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  entities: BulkEntity[];
  mentions: MentionRow[];
  relations: BulkRelation[];
  withheld: BulkRelation[];
}

/** Every folded row of the sources gathered in lists (for small graphs and tests: this holds them all). */
export async function collectBulkRows(sources: readonly GraphSource[]): Promise<BulkRows> {
  const rows: BulkRows = { documents: [], sentences: [], entities: [], mentions: [], relations: [], withheld: [] };
  await emitBulkRows(sources, await surveyBulk(sources), ({ kind, row }) => {
    if (kind === 'document') rows.documents.push(row);
    else if (kind === 'sentence') rows.sentences.push(row);
    else if (kind === 'entity') rows.entities.push(row);
    else if (kind === 'mention') rows.mentions.push(row);
    else if (kind === 'relation') rows.relations.push(row);
    else rows.withheld.push(row);
  });
  return rows;
}

/** Every folded row of graph documents held in memory. */
export function bulkRows(graphs: readonly GraphDocument[]): Promise<BulkRows> {
  return collectBulkRows(graphs.map(graphSourceOf));
}

/** The label set of an entity in a stable order (schema lineage order first), used to group CSV files. */
export function labelKey(entity: BulkEntity): string {
  const ordered = labelsFor(entity.type).filter((label) => entity.labels.has(label));
  for (const label of [...entity.labels].sort()) if (!ordered.includes(label)) ordered.push(label);
  return ordered.join(':');
}
