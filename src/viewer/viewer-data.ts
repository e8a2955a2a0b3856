// The data the viewer shows, in one JSON shape whether it comes from Neo4j (through `kg serve`'s API) or from a graph
// document opened offline. Pure types: imported by the server, the Neo4j queries and the browser app alike.
import { itemAt } from '../util/checked-index.js';

/** An entity as a node of the viewer graph. */
export interface ViewerEntity {
  id: string;
  name: string;
  /** Most specific type from graph-schema/entity-types.json. */
  type: string;
  aliases: string[];
  mentionCount: number;
  /** Articles that mention it (absent from sources that do not count them). */
  documentCount?: number;
}

/** A relation as an edge of the viewer graph (evidence is fetched on demand). */
export interface ViewerRelation {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence: number;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the sentence or article gives one. */
  date?: string;
  /** Publication day (YYYY-MM-DD) of the earliest article that states it, when articles carry one. */
  published?: string;
  negated?: boolean;
  verb?: string;
  object?: string;
}

/** A subgraph plus the totals of the whole graph it was cut from. */
export interface ViewerGraphData {
  entities: ViewerEntity[];
  relations: ViewerRelation[];
  /** Totals in the whole graph, so the legend can say "12 of 340". */
  counts: { entities: number; relations: number; entityTypes: Record<string, number>; relationTypes: Record<string, number> };
  /** True when entities or relations were cut to the cap. */
  truncated: boolean;
}

export interface SourceArticle {
  id: string;
  source: string;
  title?: string;
  published?: string;
}

/** A range of the sentence (offsets relative to the sentence text) naming one endpoint of the relation. */
export interface Highlight {
  start: number;
  end: number;
  role: 'source' | 'target';
}

/** One sentence that states a relation, with the article it came from. */
export interface EvidenceSentence {
  text: string;
  /** UTF-16 offsets of the sentence in the article text. */
  start: number;
  end: number;
  article: SourceArticle;
  highlights: Highlight[];
}

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** A relation with both endpoints, its properties and every sentence that states it. */
export interface RelationDetails {
  id: string;
  type: string;
  family: string;
  source: EntityRef;
  target: EntityRef;
  confidence: number;
  properties: Record<string, string | number | boolean>;
  evidence: EvidenceSentence[];
}

export interface RelationGroup {
  type: string;
  family: string;
  relations: RelationDetails[];
}

export interface EntityDetails {
  entity: ViewerEntity & { documentCount: number };
  /** Relations touching the entity, grouped by relation type (largest group first). */
  relationGroups: RelationGroup[];
}

export interface SearchHit {
  /** An entity found by its name, or a relation found by the words of its evidence sentence. */
  kind: 'entity' | 'relation';
  id: string;
  name: string;
  /** The entity type, or the relation type. */
  type: string;
  aliases: string[];
  score: number;
  /** For a relation: the evidence sentence that matched, and the entity it starts from. */
  sentence?: string;
  entityId?: string;
}

/** Groups relations by type, largest group first, then by type name; within a group by confidence. */
export function groupRelations(relations: RelationDetails[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const group = groups.get(relation.type) ?? { type: relation.type, family: relation.family, relations: [] };
    group.relations.push(relation);
    groups.set(relation.type, group);
  }
  for (const group of groups.values()) group.relations.sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : 1));
  return [...groups.values()].sort((a, b) => b.relations.length - a.relations.length || (a.type < b.type ? -1 : 1));
}

/** Keeps the mention ranges that fall inside the sentence, made relative to it, sorted and without overlaps. */
export function sentenceHighlights(sentence: { start: number; end: number }, ranges: { start: number; end: number; role: 'source' | 'target' }[]): Highlight[] {
  const inside = ranges
    .filter((r) => r.start >= sentence.start && r.end <= sentence.end && r.end > r.start)
    .map((r) => ({ start: r.start - sentence.start, end: r.end - sentence.start, role: r.role }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const h of inside) if (kept.length === 0 || h.start >= itemAt(kept, kept.length - 1).end) kept.push(h);
  return kept;
}

/** An article in a list (an entity's or a relation's articles). */
export interface ArticleSummary extends SourceArticle {
  /** Mentions of the entity in it (entity lists), or evidence sentences of the relation in it (relation lists). */
  hits: number;
}

/** An entity's mention in an article, in UTF-16 offsets of the article text. */
export interface ArticleMention {
  entity: EntityRef;
  start: number;
  end: number;
}

/** A sentence of the article that states a relation. */
export interface ArticleEvidence {
  relationId: string;
  relationType: string;
  source: EntityRef;
  target: EntityRef;
  start: number;
  end: number;
}

/** An article to read, with every recognised mention and every relation evidence in it. */
export interface ArticleText extends SourceArticle {
  text: string;
  mentions: ArticleMention[];
  evidence: ArticleEvidence[];
}

/** Counts per day (YYYY-MM-DD, or a shorter ISO prefix for facts dated only by month or year). */
export interface Timeline {
  articles: { day: string; count: number }[];
}
