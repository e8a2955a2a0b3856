// The shapes of `kg serve`'s API answers as the viewer reads them: each answer is parsed JSON of unknown shape until
// its shape here has checked it, so a server of another version (or a proxy's error page) gives an error naming the
// route and the field instead of a viewer that breaks later somewhere else. Fields the viewer does not know are kept.
import type { PropertyGraph } from '../export/property-graph.js';
import type { QueryResult } from '../neo4j/run-read-query.js';
import { assertShape, boolean, json, list, nullable, number, object, oneOf, optional, recordOf, scalar, string, type Shape } from '../util/json-shapes.js';
import type {
  ArticleSummary,
  ArticleText,
  EntityDetails,
  EntityRef,
  EvidenceSentence,
  RelationDetails,
  SearchHit,
  SourceArticle,
  Timeline,
  ViewerEntity,
  ViewerGraphData,
  ViewerRelation,
} from './viewer-data.js';

const viewerEntity: Shape<ViewerEntity> = object({
  id: string,
  name: string,
  type: string,
  aliases: list(string),
  mentionCount: number,
  documentCount: optional(number),
});

const viewerRelation: Shape<ViewerRelation> = object({
  id: string,
  source: string,
  target: string,
  type: string,
  confidence: number,
  date: optional(string),
  published: optional(string),
  negated: optional(boolean),
  verb: optional(string),
  object: optional(string),
});

/** /api/overview, /api/expand and /api/ego. */
export const viewerGraphAnswer: Shape<ViewerGraphData> = object({
  entities: list(viewerEntity),
  relations: list(viewerRelation),
  counts: object({ entities: number, relations: number, entityTypes: recordOf(number), relationTypes: recordOf(number) }),
  truncated: boolean,
});

const searchHit: Shape<SearchHit> = object({
  kind: oneOf('entity', 'relation'),
  id: string,
  name: string,
  type: string,
  aliases: list(string),
  score: number,
  sentence: optional(string),
  entityId: optional(string),
});

/** /api/search. */
export const searchAnswer: Shape<{ hits: SearchHit[] }> = object({ hits: list(searchHit) });

const entityRef: Shape<EntityRef> = object({ id: string, name: string, type: string });

const sourceArticleFields = { id: string, source: string, title: optional(string), published: optional(string) };
const sourceArticle: Shape<SourceArticle> = object(sourceArticleFields);

const evidenceSentence: Shape<EvidenceSentence> = object({
  text: string,
  start: number,
  end: number,
  article: sourceArticle,
  highlights: list(object({ start: number, end: number, role: oneOf('source', 'target') })),
});

const relationDetailsFields = {
  id: string,
  type: string,
  family: string,
  source: entityRef,
  target: entityRef,
  confidence: number,
  properties: recordOf(scalar),
  evidence: list(evidenceSentence),
};

/** /api/relation. */
export const relationAnswer: Shape<RelationDetails> = object(relationDetailsFields);

/** /api/entity. */
export const entityAnswer: Shape<EntityDetails> = object({
  entity: object({
    id: string,
    name: string,
    type: string,
    aliases: list(string),
    mentionCount: number,
    documentCount: number,
  }),
  relationGroups: list(object({ type: string, family: string, relations: list(relationAnswer) })),
});

/** /api/articles. */
export const articlesAnswer: Shape<{ articles: ArticleSummary[] }> = object({ articles: list(object({ ...sourceArticleFields, hits: number })) });

/** /api/article. */
export const articleAnswer: Shape<ArticleText> = object({
  ...sourceArticleFields,
  text: string,
  mentions: list(object({ entity: entityRef, start: number, end: number })),
  evidence: list(object({ relationId: string, relationType: string, source: entityRef, target: entityRef, start: number, end: number })),
});

/** /api/timeline. */
export const timelineAnswer: Shape<Timeline> = object({ articles: list(object({ day: string, count: number })) });

/** /api/path. */
export const pathAnswer: Shape<{ path: string[]; graph: ViewerGraphData | null }> = object({ path: list(string), graph: nullable(viewerGraphAnswer) });

const propertyGraph: Shape<PropertyGraph> = object({
  nodes: list(object({ id: string, labels: list(string), properties: recordOf(json), propertyTypes: optional(recordOf(string)) })),
  relationships: list(object({ id: string, type: string, start: string, end: string, properties: recordOf(json), propertyTypes: optional(recordOf(string)) })),
});

/** /api/query. */
export const queryAnswer: Shape<QueryResult> = object({
  columns: list(string),
  rows: list(list(json)),
  graph: propertyGraph,
  truncated: boolean,
  queryType: string,
  updates: recordOf(number),
});

/**
 * Checks the answer `value` of API route `route` against `shape` and hands it on typed; otherwise throws an error
 * naming the route and the first field that is wrong, with what to do.
 */
export function assertApiAnswer<T>(value: unknown, shape: Shape<T>, route: string): asserts value is T {
  assertShape(
    value,
    shape,
    'answer',
    (problem) => `the server's answer to ${route} is not what this viewer reads: ${problem}; reload the page, or restart kg serve if it runs another version`,
  );
}
