// Where the viewer's data comes from: the `kg serve` API over Neo4j, or a graph document opened offline (file picker,
// drag and drop, `?file=`) with no server. Both answer the same questions in the same shapes (src/viewer/viewer-data.ts).
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { QueryResult } from '../../src/neo4j/run-read-query.js';
import type {
  ArticleSummary, ArticleText, EntityDetails, EvidenceSentence, RelationDetails, SearchHit, Timeline, ViewerEntity, ViewerGraphData, ViewerRelation,
} from '../../src/viewer/viewer-data.js';
import { groupRelations, sentenceHighlights } from '../../src/viewer/viewer-data.js';
import MiniSearch from 'minisearch';
import { familyOf } from './schema-view.js';

/** What the offline search indexes: an entity by its names, or a relation by one evidence sentence. */
interface SearchEntry { key: string; kind: 'entity' | 'relation'; id: string; text: string; sentence?: string }
/** Every word must match, as a prefix or within a fifth of its letters in edits ("Clintn" finds "Clinton"), as the server's fulltext index does. */
const SEARCH_OPTIONS = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const;

export interface ViewerDataSource {
  kind: 'server' | 'file';
  /** Shown in the header: the server, or the file's name. */
  label: string;
  overview(): Promise<ViewerGraphData>;
  search(text: string): Promise<SearchHit[]>;
  entity(id: string): Promise<EntityDetails | null>;
  relation(id: string, type?: string): Promise<RelationDetails | null>;
  ego(id: string, depth: number): Promise<ViewerGraphData>;
  /** The articles of an entity or a relation. */
  articles(of: { entity: string } | { relation: string }): Promise<ArticleSummary[]>;
  /** One article with its mentions and evidence marked; null when there is none with this id. */
  article(id: string): Promise<ArticleText | null>;
  /** Articles per publication day. */
  timeline(): Promise<Timeline>;
  /** The shortest chain of relations between two entities: its entity ids in order (empty when none) and its graph. */
  path(from: string, to: string): Promise<{ path: string[]; graph: ViewerGraphData | null }>;
  /** Read-only Cypher; only the server has it. */
  query?(cypher: string): Promise<QueryResult>;
}

/** An error the API answered with; its message is meant for the user. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Called when a request failed for want of a connection (to the server or, through it, to Neo4j). */
let onConnectionError: () => void = () => {};
export function whenConnectionFails(listener: () => void): void {
  onConnectionError = listener;
}

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    onConnectionError();
    throw new ApiError(0, 'the viewer server (kg serve) is not answering; start it again, then reload this page');
  }
  if (response.status === 503) onConnectionError();
  const body = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
  if (!response.ok) throw new ApiError(response.status, (body as { error?: string }).error ?? `the server answered ${response.status}`);
  return body as T;
}

export class ServerSource implements ViewerDataSource {
  readonly kind = 'server' as const;
  readonly label = 'Neo4j';

  overview() {
    return getJson<ViewerGraphData>('/api/overview');
  }

  async search(text: string) {
    return (await getJson<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(text)}`)).hits;
  }

  async entity(id: string) {
    try {
      return await getJson<EntityDetails>(`/api/entity?id=${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  async relation(id: string, type?: string) {
    try {
      return await getJson<RelationDetails>(`/api/relation?id=${encodeURIComponent(id)}${type ? `&type=${encodeURIComponent(type)}` : ''}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  ego(id: string, depth: number) {
    return getJson<ViewerGraphData>(depth === 1 ? `/api/expand?id=${encodeURIComponent(id)}` : `/api/ego?id=${encodeURIComponent(id)}&depth=${depth}`);
  }

  async articles(of: { entity: string } | { relation: string }) {
    const query = 'entity' in of ? `entity=${encodeURIComponent(of.entity)}` : `relation=${encodeURIComponent(of.relation)}`;
    return (await getJson<{ articles: ArticleSummary[] }>(`/api/articles?${query}`)).articles;
  }

  async article(id: string) {
    try {
      return await getJson<ArticleText>(`/api/article?id=${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  timeline() {
    return getJson<Timeline>('/api/timeline');
  }

  path(from: string, to: string) {
    return getJson<{ path: string[]; graph: ViewerGraphData | null }>(`/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  }

  query(cypher: string) {
    return getJson<QueryResult>('/api/query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cypher }) });
  }
}

/** Checks the fields the viewer reads; the full schema check is `kg load`'s job. */
export function parseGraphDocument(text: string, name: string): GraphDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON; open a graph document written by kg extract`);
  }
  const doc = value as Partial<GraphDocument>;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.entities) || !Array.isArray(doc.relations)) {
    throw new Error(`${name} is not a graph document (no "entities" and "relations" lists); open one written by kg extract`);
  }
  for (const e of doc.entities) if (typeof e?.id !== 'string' || typeof e.name !== 'string' || typeof e.type !== 'string') throw new Error(`${name}: an entity lacks id, name or type`);
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const r of doc.relations) {
    if (typeof r?.id !== 'string' || !ids.has(r.source) || !ids.has(r.target)) throw new Error(`${name}: relation ${String(r?.id)} points at an entity the document does not have`);
  }
  return { version: 1, documents: Array.isArray(doc.documents) ? doc.documents : [], entities: doc.entities, relations: doc.relations };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** A graph document in memory, answering the API's questions itself. */
export class DocumentSource implements ViewerDataSource {
  readonly kind = 'file' as const;
  private readonly entities: Map<string, ViewerEntity>;
  private readonly relations: ViewerRelation[];
  private searchIndex: MiniSearch<SearchEntry> | null = null;

  constructor(readonly document: GraphDocument, readonly label: string) {
    this.entities = new Map(document.entities.map((e) => [e.id, {
      id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], mentionCount: (e.mentions ?? []).length,
      documentCount: new Set((e.mentions ?? []).map((m) => m.doc)).size,
    }]));
    const publishedOn = new Map(document.documents.filter((d) => d.published).map((d) => [d.id, d.published!.slice(0, 10)]));
    this.relations = document.relations.map((r) => {
      const relation: ViewerRelation = { id: r.id, source: r.source, target: r.target, type: r.type, confidence: r.confidence ?? 0 };
      const days = (r.evidence ?? []).map((ev) => publishedOn.get(ev.doc)).filter((d): d is string => Boolean(d)).sort();
      if (days.length) relation.published = days[0];
      const p = r.properties ?? {};
      if (p.date != null) relation.date = String(p.date);
      if (p.negated != null) relation.negated = Boolean(p.negated);
      if (p.verb != null) relation.verb = String(p.verb);
      if (p.object != null) relation.object = String(p.object);
      return relation;
    });
  }

  async overview(): Promise<ViewerGraphData> {
    const entities = [...this.entities.values()];
    return {
      entities,
      relations: this.relations,
      truncated: false,
      counts: {
        entities: entities.length, relations: this.relations.length,
        entityTypes: countBy(entities, (e) => e.type), relationTypes: countBy(this.relations, (r) => r.type),
      },
    };
  }

  /** Names and evidence sentences, fuzzy (MiniSearch, built on the first search): entities first, then relations. */
  async search(text: string): Promise<SearchHit[]> {
    if (!text.trim()) return [];
    const index = this.searchIndex ??= this.buildSearchIndex();
    const entityHits: SearchHit[] = [];
    const relationHits: SearchHit[] = [];
    const seenRelations = new Set<string>();
    for (const result of index.search(text, SEARCH_OPTIONS)) {
      const entry = result as unknown as SearchEntry & { score: number };
      if (entry.kind === 'entity' && entityHits.length < 10) {
        const e = this.entities.get(entry.id)!;
        // Among equal matches, the more mentioned entity first.
        entityHits.push({ kind: 'entity', id: e.id, name: e.name, type: e.type, aliases: e.aliases, score: entry.score + e.mentionCount / 1000 });
      } else if (entry.kind === 'relation' && relationHits.length < 5 && !seenRelations.has(entry.id)) {
        seenRelations.add(entry.id);
        const r = this.relations.find((x) => x.id === entry.id)!;
        const name = (id: string) => this.entities.get(id)?.name ?? id;
        relationHits.push({
          kind: 'relation', id: r.id, name: `${name(r.source)} — ${r.type.replace(/_/g, ' ').toLowerCase()} — ${name(r.target)}`,
          type: r.type, aliases: [], score: entry.score, sentence: entry.sentence, entityId: r.source,
        });
      }
    }
    entityHits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return [...entityHits, ...relationHits];
  }

  private buildSearchIndex(): MiniSearch<SearchEntry> {
    const index = new MiniSearch<SearchEntry>({ idField: 'key', fields: ['text'], storeFields: ['kind', 'id', 'sentence'] });
    const entries: SearchEntry[] = [...this.entities.values()].map((e) => ({ key: `e:${e.id}`, kind: 'entity', id: e.id, text: [e.name, ...e.aliases].join(' ') }));
    const texts = new Map(this.document.documents.map((d) => [d.id, d.text]));
    for (const r of this.document.relations) {
      (r.evidence ?? []).forEach((ev, i) => {
        const sentence = ev.text ?? texts.get(ev.doc)?.slice(ev.start, ev.end) ?? '';
        if (sentence) entries.push({ key: `r:${r.id}:${i}`, kind: 'relation', id: r.id, text: sentence, sentence });
      });
    }
    index.addAll(entries);
    return index;
  }

  private relationDetails(id: string): RelationDetails | null {
    const r = this.document.relations.find((x) => x.id === id);
    if (!r) return null;
    const source = this.document.entities.find((e) => e.id === r.source)!;
    const target = this.document.entities.find((e) => e.id === r.target)!;
    const evidence: EvidenceSentence[] = [];
    for (const ev of r.evidence ?? []) {
      const doc = this.document.documents.find((d) => d.id === ev.doc);
      const text = ev.text ?? doc?.text.slice(ev.start, ev.end) ?? '';
      const mentions = (entity: typeof source, role: 'source' | 'target') =>
        (entity.mentions ?? []).filter((m) => m.doc === ev.doc).map((m) => ({ start: m.start, end: m.end, role }));
      evidence.push({
        text, start: ev.start, end: ev.end,
        article: { id: ev.doc, source: doc?.source ?? ev.doc, ...(doc?.title ? { title: doc.title } : {}), ...(doc?.published ? { published: doc.published } : {}) },
        highlights: sentenceHighlights(ev, [...mentions(source, 'source'), ...mentions(target, 'target')]),
      });
    }
    const properties: Record<string, string | number | boolean> = { ...(r.properties ?? {}) };
    return {
      id: r.id, type: r.type, family: familyOf(r.type), confidence: r.confidence ?? 0, properties, evidence,
      source: { id: source.id, name: source.name, type: source.type },
      target: { id: target.id, name: target.name, type: target.type },
    };
  }

  async entity(id: string): Promise<EntityDetails | null> {
    const entity = this.entities.get(id);
    if (!entity) return null;
    const documents = new Set((this.document.entities.find((e) => e.id === id)?.mentions ?? []).map((m) => m.doc));
    const relations = this.document.relations.filter((r) => r.source === id || r.target === id).map((r) => this.relationDetails(r.id)!);
    return { entity: { ...entity, documentCount: documents.size }, relationGroups: groupRelations(relations) };
  }

  async relation(id: string) {
    return this.relationDetails(id);
  }

  async articles(of: { entity: string } | { relation: string }): Promise<ArticleSummary[]> {
    const hits = new Map<string, number>();
    if ('entity' in of) {
      for (const m of this.document.entities.find((e) => e.id === of.entity)?.mentions ?? []) hits.set(m.doc, (hits.get(m.doc) ?? 0) + 1);
    } else {
      for (const ev of this.document.relations.find((r) => r.id === of.relation)?.evidence ?? []) hits.set(ev.doc, (hits.get(ev.doc) ?? 0) + 1);
    }
    return this.document.documents.filter((d) => hits.has(d.id))
      .map((d) => ({ id: d.id, source: d.source, hits: hits.get(d.id)!, ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) }))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
  }

  async article(id: string): Promise<ArticleText | null> {
    const d = this.document.documents.find((x) => x.id === id);
    if (!d) return null;
    const ref = (entityId: string) => { const e = this.document.entities.find((x) => x.id === entityId)!; return { id: e.id, name: e.name, type: e.type }; };
    const mentions = this.document.entities.flatMap((e) => (e.mentions ?? []).filter((m) => m.doc === id).map((m) => ({ entity: { id: e.id, name: e.name, type: e.type }, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const evidence = this.document.relations.flatMap((r) => (r.evidence ?? []).filter((ev) => ev.doc === id)
      .map((ev) => ({ relationId: r.id, relationType: r.type, source: ref(r.source), target: ref(r.target), start: ev.start, end: ev.end })))
      .sort((a, b) => a.start - b.start);
    return { id: d.id, source: d.source, text: d.text, mentions, evidence, ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) };
  }

  async timeline(): Promise<Timeline> {
    const days = new Map<string, number>();
    for (const d of this.document.documents) if (d.published) days.set(d.published.slice(0, 10), (days.get(d.published.slice(0, 10)) ?? 0) + 1);
    return { articles: [...days.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([day, count]) => ({ day, count })) };
  }

  /** Breadth first over the relations, either direction; the whole document is already in view. */
  async path(from: string, to: string): Promise<{ path: string[]; graph: ViewerGraphData | null }> {
    const previous = new Map<string, string | null>([[from, null]]);
    let frontier = [from];
    while (frontier.length > 0 && !previous.has(to)) {
      const next: string[] = [];
      for (const r of this.relations) {
        for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) {
          if (frontier.includes(a) && !previous.has(b)) { previous.set(b, a); next.push(b); }
        }
      }
      frontier = next;
    }
    if (!previous.has(to) || !this.entities.has(to)) return { path: [], graph: null };
    const path: string[] = [];
    for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
    return { path, graph: null };
  }

  /** Offline the whole document is already in view, so the neighbourhood is cut from it. */
  async ego(id: string, depth: number): Promise<ViewerGraphData> {
    const ids = new Set([id]);
    let frontier = [id];
    for (let hop = 0; hop < depth; hop++) {
      const next: string[] = [];
      for (const r of this.relations) {
        for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) if (frontier.includes(a) && !ids.has(b)) { ids.add(b); next.push(b); }
      }
      frontier = next;
    }
    const entities = [...ids].map((i) => this.entities.get(i)!).filter(Boolean);
    const relations = this.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
    return {
      entities, relations, truncated: false,
      counts: { entities: entities.length, relations: relations.length, entityTypes: countBy(entities, (e) => e.type), relationTypes: countBy(relations, (r) => r.type) },
    };
  }
}
