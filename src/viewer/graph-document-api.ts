// The viewer API over a graph document opened offline (no server): the same questions as the Cypher of
// src/neo4j/viewer-queries.ts and article-queries.ts, with the same orders, caps and shapes, answered from an indexed
// in-memory graph (graphology) so that a click costs the size of the answer, not of the graph. The ego-network
// search is the shared one (ego-network.ts). test/integration/viewer-api-parity.test.ts checks the answers against
// Neo4j's on the same graph.
import graphology from 'graphology';
import MiniSearch from 'minisearch';
import type { SourceDocument } from '../document/graph-document.js';
import type { OpenedDocument, OpenedEntity, OpenedRelation } from './opened-document.js';
import { isRelationType, relationType } from '../schema/schema.js';
import { searchEgoNetwork, subgraphCounts, type NeighbourhoodStore } from './ego-network.js';
import type {
  ArticleEvidence,
  ArticleMention,
  ArticleSummary,
  ArticleText,
  EntityDetails,
  EntityRef,
  EvidenceSentence,
  RelationDetails,
  SearchHit,
  Timeline,
  ViewerEntity,
  ViewerGraphData,
  ViewerRelation,
} from './viewer-data.js';
import { groupRelations, sentenceHighlights } from './viewer-data.js';

const { MultiDirectedGraph } = graphology;

/** What the offline search indexes: an entity by its names, or a relation by one evidence sentence. */
interface SearchEntry {
  key: string;
  kind: 'entity' | 'relation';
  id: string;
  text: string;
  sentence?: string;
}
/** Every word must match, as a prefix or within a fifth of its letters in edits ("Clintn" finds "Clinton"), as the server's fulltext index does. */
const SEARCH_OPTIONS = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const;

interface EntityNode {
  entity: OpenedEntity;
  view: ViewerEntity;
}
interface RelationEdge {
  relation: OpenedRelation;
  view: ViewerRelation;
}

/** Orders as Cypher's ORDER BY does on ids (code points), not as localeCompare would. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Most confident first, then by id: the order of every relation list of the API. */
const byConfidence = (a: ViewerRelation, b: ViewerRelation): number => b.confidence - a.confidence || byText(a.id, b.id);

function articleOf(d: SourceDocument): { id: string; source: string; title?: string; published?: string } {
  return { id: d.id, source: d.source, ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) };
}

/** The viewer API over one graph document, indexed once when opened. */
export class GraphDocumentApi {
  private readonly graph = new MultiDirectedGraph<EntityNode, RelationEdge>();
  private readonly documents = new Map<string, SourceDocument>();
  private readonly mentionsByDocument = new Map<string, ArticleMention[]>();
  private readonly evidenceByDocument = new Map<string, ArticleEvidence[]>();
  private searchIndex: MiniSearch<SearchEntry> | null = null;

  constructor(readonly document: OpenedDocument) {
    for (const d of document.documents) this.documents.set(d.id, d);
    for (const entity of document.entities) {
      const mentions = entity.mentions ?? [];
      const view: ViewerEntity = {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases ?? [],
        mentionCount: mentions.length,
        documentCount: new Set(mentions.map((m) => m.doc)).size,
      };
      this.graph.addNode(entity.id, { entity, view });
      const ref = this.ref(entity);
      for (const m of mentions) this.listOf(this.mentionsByDocument, m.doc).push({ entity: ref, start: m.start, end: m.end });
    }
    for (const list of this.mentionsByDocument.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const relation of document.relations) {
      this.graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, { relation, view: this.viewOf(relation) });
      const source = this.ref(this.node(relation.source).entity);
      const target = this.ref(this.node(relation.target).entity);
      for (const ev of relation.evidence ?? []) {
        this.listOf(this.evidenceByDocument, ev.doc).push({
          relationId: relation.id,
          relationType: relation.type,
          source,
          target,
          start: ev.start,
          end: ev.end,
        });
      }
    }
    for (const list of this.evidenceByDocument.values()) list.sort((a, b) => a.start - b.start || byText(a.relationId, b.relationId));
  }

  private listOf<T>(map: Map<string, T[]>, key: string): T[] {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  }

  private node(id: string): EntityNode {
    return this.graph.getNodeAttributes(id);
  }

  private ref(entity: OpenedEntity): EntityRef {
    return { id: entity.id, name: entity.name, type: entity.type };
  }

  /** A relation as an edge of the viewer graph, dated by the earliest publication day of its articles. */
  private viewOf(r: OpenedRelation): ViewerRelation {
    const relation: ViewerRelation = { id: r.id, source: r.source, target: r.target, type: r.type, confidence: r.confidence ?? 0 };
    const p = r.properties ?? {};
    if (p.date != null) relation.date = String(p.date);
    const days = (r.evidence ?? [])
      .map((ev) => this.documents.get(ev.doc)?.published)
      .filter((d): d is string => Boolean(d))
      .sort(byText);
    if (days[0]) relation.published = days[0].slice(0, 10);
    if (p.negated != null) relation.negated = Boolean(p.negated);
    if (p.verb != null) relation.verb = String(p.verb);
    if (p.object != null) relation.object = String(p.object);
    return relation;
  }

  /** Relations whose both endpoints are among `ids`, most confident first, at most `limit`. */
  private relationsAmong(ids: Iterable<string>, limit: number): ViewerRelation[] {
    const among = new Set(ids);
    const relations: ViewerRelation[] = [];
    for (const id of among) {
      if (!this.graph.hasNode(id)) continue;
      this.graph.forEachOutEdge(id, (_edge, attributes, _source, target) => {
        if (among.has(target)) relations.push(attributes.view);
      });
    }
    return relations.sort(byConfidence).slice(0, limit);
  }

  /** The entities `ids` (by id) and the relations among them. */
  private subgraph(ids: string[], relationLimit: number): ViewerGraphData {
    const entities = ids
      .filter((id) => this.graph.hasNode(id))
      .sort(byText)
      .map((id) => this.node(id).view);
    const relations = this.relationsAmong(ids, relationLimit);
    return { entities, relations, truncated: relations.length >= relationLimit, counts: subgraphCounts(entities, relations) };
  }

  /** The graph the viewer opens with: the most-mentioned entities and the relations among them, with whole-graph totals. */
  async overview(entityLimit = Infinity, relationLimit = Infinity): Promise<ViewerGraphData> {
    const all = this.graph.mapNodes((_id, attributes) => attributes.view);
    const counts = subgraphCounts(
      all,
      this.graph.mapEdges((_id, attributes) => attributes.view),
    );
    const entities = all.sort((a, b) => b.mentionCount - a.mentionCount || byText(a.id, b.id)).slice(0, entityLimit);
    const relations = this.relationsAmong(
      entities.map((e) => e.id),
      relationLimit,
    );
    return { entities, relations, counts, truncated: entities.length < counts.entities || relations.length < counts.relations };
  }

  /** Names and evidence sentences, fuzzy (MiniSearch, built on the first search): entities first, then relations. */
  async search(text: string, limit = 10): Promise<SearchHit[]> {
    if (!text.trim()) return [];
    const index = (this.searchIndex ??= this.buildSearchIndex());
    const entityHits: SearchHit[] = [];
    const relationHits: SearchHit[] = [];
    const seenRelations = new Set<string>();
    for (const result of index.search(text, SEARCH_OPTIONS)) {
      const entry = result as unknown as SearchEntry & { score: number };
      if (entry.kind === 'entity' && entityHits.length < limit) {
        const e = this.node(entry.id).view;
        // Among equal matches, the more mentioned entity first.
        entityHits.push({ kind: 'entity', id: e.id, name: e.name, type: e.type, aliases: e.aliases, score: entry.score + e.mentionCount / 1000 });
      } else if (entry.kind === 'relation' && relationHits.length < 5 && !seenRelations.has(entry.id)) {
        seenRelations.add(entry.id);
        const r = this.graph.getEdgeAttributes(entry.id).view;
        const name = (id: string) => this.node(id).view.name;
        relationHits.push({
          kind: 'relation',
          id: r.id,
          name: `${name(r.source)} — ${r.type.replace(/_/g, ' ').toLowerCase()} — ${name(r.target)}`,
          type: r.type,
          aliases: [],
          score: entry.score,
          sentence: entry.sentence,
          entityId: r.source,
        });
      }
    }
    entityHits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return [...entityHits, ...relationHits];
  }

  private buildSearchIndex(): MiniSearch<SearchEntry> {
    const index = new MiniSearch<SearchEntry>({ idField: 'key', fields: ['text'], storeFields: ['kind', 'id', 'sentence'] });
    const entries: SearchEntry[] = this.graph.mapNodes((id, { view }) => ({
      key: `e:${id}`,
      kind: 'entity' as const,
      id,
      text: [view.name, ...view.aliases].join(' '),
    }));
    for (const r of this.document.relations) {
      (r.evidence ?? []).forEach((ev, i) => {
        const sentence = ev.text ?? this.documents.get(ev.doc)?.text.slice(ev.start, ev.end) ?? '';
        if (sentence) entries.push({ key: `r:${r.id}:${i}`, kind: 'relation', id: r.id, text: sentence, sentence });
      });
    }
    index.addAll(entries);
    return index;
  }

  private relationDetails(edge: RelationEdge): RelationDetails {
    const r = edge.relation;
    const source = this.node(r.source).entity;
    const target = this.node(r.target).entity;
    const seen = new Set<string>();
    const evidence: EvidenceSentence[] = [];
    const sorted = [...(r.evidence ?? [])].sort((a, b) => byText(a.doc, b.doc) || a.start - b.start);
    for (const ev of sorted) {
      const doc = this.documents.get(ev.doc);
      const key = `${ev.doc}:${ev.start}`;
      if (!doc || seen.has(key)) continue;
      seen.add(key);
      const mentions = (entity: OpenedEntity, role: 'source' | 'target') =>
        (entity.mentions ?? []).filter((m) => m.doc === ev.doc).map((m) => ({ start: m.start, end: m.end, role }));
      evidence.push({
        text: ev.text ?? doc.text.slice(ev.start, ev.end),
        start: ev.start,
        end: ev.end,
        article: articleOf(doc),
        highlights: sentenceHighlights(ev, [...mentions(source, 'source'), ...mentions(target, 'target')]),
      });
    }
    const properties: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(r.properties ?? {}))
      if (value != null) properties[key] = typeof value === 'object' ? JSON.stringify(value) : value;
    // As the database shows it (src/neo4j/viewer-queries.ts): only where it differs from the relation's confidence.
    if (r.statedConfidence != null && r.statedConfidence !== (r.confidence ?? 0)) properties.statedConfidence = r.statedConfidence;
    return {
      id: r.id,
      type: r.type,
      family: isRelationType(r.type) ? relationType(r.type).family : 'generic',
      confidence: r.confidence ?? 0,
      properties,
      evidence,
      source: this.ref(source),
      target: this.ref(target),
    };
  }

  /** An entity with every relation touching it (the `relationLimit` most confident), grouped by type, with evidence. */
  async entity(id: string, relationLimit = 300): Promise<EntityDetails | null> {
    if (!this.graph.hasNode(id)) return null;
    const { view } = this.node(id);
    const edges = new Map<string, RelationEdge>();
    this.graph.forEachEdge(id, (edge, attributes) => {
      edges.set(edge, attributes);
    });
    const touching = [...edges.values()].sort((a, b) => byConfidence(a.view, b.view)).slice(0, relationLimit);
    return { entity: { ...view, documentCount: view.documentCount ?? 0 }, relationGroups: groupRelations(touching.map((edge) => this.relationDetails(edge))) };
  }

  /** One relation with all its evidence. */
  async relation(id: string): Promise<RelationDetails | null> {
    return this.graph.hasEdge(id) ? this.relationDetails(this.graph.getEdgeAttributes(id)) : null;
  }

  /** Articles of an entity (its mentions in each) or of a relation (its evidence sentences in each), newest first. */
  async articles(of: { entity: string } | { relation: string }, limit = 200): Promise<ArticleSummary[]> {
    const hits = new Map<string, number>();
    if ('entity' in of) {
      if (this.graph.hasNode(of.entity)) for (const m of this.node(of.entity).entity.mentions ?? []) hits.set(m.doc, (hits.get(m.doc) ?? 0) + 1);
    } else if (this.graph.hasEdge(of.relation)) {
      const sentences = new Set<string>();
      for (const ev of this.graph.getEdgeAttributes(of.relation).relation.evidence ?? []) {
        hits.set(ev.doc, hits.get(ev.doc) ?? 0);
        // Each evidence sentence once, as the database stores sentences.
        const key = `${ev.doc}:${ev.start}:${ev.end}`;
        if (!sentences.has(key)) {
          sentences.add(key);
          hits.set(ev.doc, (hits.get(ev.doc) ?? 0) + 1);
        }
      }
    }
    return [...hits.keys()]
      .flatMap((id) => {
        const d = this.documents.get(id);
        return d ? [{ ...articleOf(d), hits: hits.get(id) ?? 0 }] : [];
      })
      .sort((a, b) => Number(!a.published) - Number(!b.published) || byText(b.published ?? '', a.published ?? '') || byText(a.id, b.id))
      .slice(0, limit);
  }

  /** One article with every mention and every relation evidence in it; null when there is none with this id. */
  async article(id: string): Promise<ArticleText | null> {
    const d = this.documents.get(id);
    if (!d) return null;
    return { ...articleOf(d), text: d.text, mentions: this.mentionsByDocument.get(id) ?? [], evidence: this.evidenceByDocument.get(id) ?? [] };
  }

  /** Articles per publication day. */
  async timeline(): Promise<Timeline> {
    const days = new Map<string, number>();
    for (const d of this.documents.values()) if (d.published) days.set(d.published.slice(0, 10), (days.get(d.published.slice(0, 10)) ?? 0) + 1);
    return { articles: [...days.entries()].sort((a, b) => byText(a[0], b[0])).map(([day, count]) => ({ day, count })) };
  }

  /** A shortest chain of relations (either direction, at most `maxHops`) between two entities, breadth first. */
  async path(from: string, to: string, maxHops = 6): Promise<{ path: string[]; graph: ViewerGraphData | null }> {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) return { path: [], graph: null };
    const previous = new Map<string, string | null>([[from, null]]);
    let frontier = [from];
    for (let hop = 0; hop < maxHops && frontier.length > 0 && !previous.has(to); hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        this.graph.forEachNeighbor(node, (neighbour) => {
          if (!previous.has(neighbour)) {
            previous.set(neighbour, node);
            next.push(neighbour);
          }
        });
      }
      frontier = next;
    }
    if (!previous.has(to) || from === to) return { path: [], graph: null };
    const path: string[] = [];
    for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
    return { path, graph: this.subgraph(path, path.length * 20) };
  }

  /** The ego-network search's questions (ego-network.ts) answered from the index. */
  private readonly store: NeighbourhoodStore = {
    hasEntity: async (id) => this.graph.hasNode(id),
    neighbourIds: async (ids, limit) => {
      const among = new Set(ids);
      const strength = new Map<string, number>();
      for (const id of among) {
        if (!this.graph.hasNode(id)) continue;
        this.graph.forEachEdge(id, (_edge, attributes, source, target) => {
          const other = source === id ? target : source;
          if (!among.has(other)) strength.set(other, Math.max(strength.get(other) ?? -Infinity, attributes.view.confidence));
        });
      }
      return [...strength.entries()]
        .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
        .slice(0, limit)
        .map(([id]) => id);
    },
    subgraph: async (ids, relationLimit) => this.subgraph(ids, relationLimit),
  };

  /** The ego network of `id` within `depth` hops, capped at `entityLimit` entities (ego-network.ts). */
  ego(id: string, depth: number, entityLimit = depth === 1 ? 200 : 500): Promise<ViewerGraphData> {
    return searchEgoNetwork(this.store, id, depth, entityLimit);
  }
}
