// Where the viewer's data comes from: the `kg serve` API over Neo4j, or a graph document opened offline (file picker,
// drag and drop, `?file=`) with no server. Both answer the same questions in the same shapes (src/viewer/viewer-data.ts),
// the file's through src/viewer/graph-document-api.ts.
import type { QueryResult } from '../../src/neo4j/run-read-query.js';
import type { ArticleSummary, ArticleText, EntityDetails, RelationDetails, SearchHit, Timeline, ViewerGraphData } from '../../src/viewer/viewer-data.js';
import { GraphDocumentApi } from '../../src/viewer/graph-document-api.js';
import { readOpenedDocument, type OpenedDocument } from '../../src/viewer/opened-document.js';
import { isRecord } from '../../src/util/json-shapes.js';
import {
  articleAnswer,
  articlesAnswer,
  assertApiAnswer,
  entityAnswer,
  pathAnswer,
  queryAnswer,
  relationAnswer,
  searchAnswer,
  timelineAnswer,
  viewerGraphAnswer,
} from '../../src/viewer/api-answers.js';
import type { Shape } from '../../src/util/json-shapes.js';

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
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Called when a request failed for want of a connection (to the server or, through it, to Neo4j). */
let onConnectionError: () => void = () => {};
export function whenConnectionFails(listener: () => void): void {
  onConnectionError = listener;
}

/** Fetches `path` and checks the answer's shape (src/viewer/api-answers.ts) before it is used as a T. */
async function getJson<T>(path: string, shape: Shape<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    onConnectionError();
    throw new ApiError(0, 'the viewer server (kg serve) is not answering; start it again, then reload this page');
  }
  if (response.status === 503) onConnectionError();
  const body: unknown = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
  if (!response.ok) {
    const error = isRecord(body) && typeof body.error === 'string' ? body.error : `the server answered ${response.status}`;
    throw new ApiError(response.status, error);
  }
  assertApiAnswer(body, shape, new URL(path, 'http://viewer').pathname);
  return body;
}

export class ServerSource implements ViewerDataSource {
  readonly kind = 'server' as const;
  readonly label = 'Neo4j';

  overview() {
    return getJson('/api/overview', viewerGraphAnswer);
  }

  async search(text: string) {
    return (await getJson(`/api/search?q=${encodeURIComponent(text)}`, searchAnswer)).hits;
  }

  async entity(id: string) {
    try {
      return await getJson(`/api/entity?id=${encodeURIComponent(id)}`, entityAnswer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  async relation(id: string, type?: string) {
    try {
      return await getJson(`/api/relation?id=${encodeURIComponent(id)}${type ? `&type=${encodeURIComponent(type)}` : ''}`, relationAnswer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  ego(id: string, depth: number) {
    return getJson(depth === 1 ? `/api/expand?id=${encodeURIComponent(id)}` : `/api/ego?id=${encodeURIComponent(id)}&depth=${depth}`, viewerGraphAnswer);
  }

  async articles(of: { entity: string } | { relation: string }) {
    const query = 'entity' in of ? `entity=${encodeURIComponent(of.entity)}` : `relation=${encodeURIComponent(of.relation)}`;
    return (await getJson(`/api/articles?${query}`, articlesAnswer)).articles;
  }

  async article(id: string) {
    try {
      return await getJson(`/api/article?id=${encodeURIComponent(id)}`, articleAnswer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  timeline() {
    return getJson('/api/timeline', timelineAnswer);
  }

  path(from: string, to: string) {
    return getJson(`/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, pathAnswer);
  }

  query(cypher: string) {
    return getJson('/api/query', queryAnswer, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cypher }) });
  }
}

/**
 * A graph document's text as the viewer opens it: JSON, with the fields the viewer reads checked and typed
 * (src/viewer/opened-document.ts); the full schema check is `kg load`'s job. Throws an error naming what is wrong.
 */
export function parseGraphDocument(text: string, name: string): OpenedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON; open a graph document written by kg extract`);
  }
  return readOpenedDocument(value, name);
}

/**
 * A graph document in memory, answering the API's questions itself through the same code as the server's answers
 * (src/viewer/graph-document-api.ts over an indexed graph). The whole document is already in memory, so the overview
 * is not capped.
 */
export class DocumentSource extends GraphDocumentApi implements ViewerDataSource {
  readonly kind = 'file' as const;

  constructor(
    document: OpenedDocument,
    readonly label: string,
  ) {
    super(document);
  }
}
