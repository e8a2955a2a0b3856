// Example questions every graph `kg load` writes can answer, as data: `kg query --named <name>` runs them and
// docs/queries.md explains them. Plain data with no driver import, so the browser could import it too. Every value
// is a parameter; names match an entity's name, any alias (case-blind) or its id.

export interface NamedQueryParam {
  name: string;
  description: string;
  /** Used when the caller gives no value; a parameter without one is required. */
  default?: string | number;
}

export interface NamedQuery {
  name: string;
  title: string;
  cypher: string;
  params: NamedQueryParam[];
}

const LIMIT: NamedQueryParam = { name: 'limit', description: 'most rows returned', default: 25 };

/** An entity `e` that `$param` names: its id, its name or one of its aliases, compared without case. */
function namedBy(variable: string, param: string): string {
  return `(${variable}.id = $${param} OR toLower(${variable}.name) = toLower($${param})
       OR any(alias IN coalesce(${variable}.aliases, []) WHERE toLower(alias) = toLower($${param})))`;
}

export const namedQueries: NamedQuery[] = [
  {
    name: 'who-provided-what',
    title: 'Who provided what to whom',
    cypher: `MATCH (provider:Entity)-[provided:PROVIDED]->(recipient:Entity)
WHERE coalesce(provided.negated, false) = false
OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN provided.evidenceIds
WITH provider, provided, recipient, collect(s.text)[0] AS quote, collect(d.source)[0] AS article
RETURN provider, provided, recipient, provided.object AS what, provided.confidence AS confidence, quote, article
ORDER BY confidence DESC, provider.name, recipient.name
LIMIT $limit`,
    params: [LIMIT],
  },
  {
    name: 'facts-about',
    title: 'Every fact about an entity, with its quote and article',
    cypher: `MATCH (e:Entity) WHERE ${namedBy('e', 'name')}
MATCH (e)-[fact]-(other:Entity)
UNWIND CASE WHEN size(coalesce(fact.evidenceIds, [])) = 0 THEN [null] ELSE fact.evidenceIds END AS sentenceId
OPTIONAL MATCH (s:Sentence {id: sentenceId})-[:IN_DOCUMENT]->(d:Document)
RETURN startNode(fact) AS subject, fact, endNode(fact) AS object, fact.confidence AS confidence, s.text AS quote, d.source AS article
ORDER BY confidence DESC, fact.id
LIMIT $limit`,
    params: [{ name: 'name', description: 'the entity: its name, an alias or its id' }, LIMIT],
  },
  {
    name: 'partners',
    title: "An organisation's partners",
    cypher: `MATCH (o:Organization) WHERE ${namedBy('o', 'name')}
MATCH (o)-[partnership:PARTNERED_WITH]-(partner:Entity)
WHERE coalesce(partnership.negated, false) = false
RETURN o AS organisation, partnership, partner, partnership.date AS date, partnership.confidence AS confidence
ORDER BY confidence DESC, partner.name
LIMIT $limit`,
    params: [{ name: 'name', description: 'the organisation: its name, an alias or its id' }, LIMIT],
  },
  {
    name: 'people-and-roles',
    title: 'People and their roles',
    cypher: `MATCH (person:Person)-[job:WORKS_FOR]->(employer:Entity)
WHERE coalesce(job.negated, false) = false
RETURN person, job.role AS role, job, employer, job.confidence AS confidence
ORDER BY person.name, employer.name
LIMIT $limit`,
    params: [LIMIT],
  },
  {
    name: 'shortest-path',
    title: 'Shortest path between two entities (at most 8 hops, through entities only)',
    cypher: `MATCH (a:Entity) WHERE ${namedBy('a', 'from')}
MATCH (b:Entity) WHERE ${namedBy('b', 'to')} AND a <> b
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE all(n IN nodes(path) WHERE n:Entity)
RETURN path, length(path) AS hops
ORDER BY hops
LIMIT 1`,
    params: [
      { name: 'from', description: 'the first entity: its name, an alias or its id' },
      { name: 'to', description: 'the second entity: its name, an alias or its id' },
    ],
  },
  {
    name: 'most-mentioned',
    title: 'Entities that appear in the most articles',
    cypher: `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
WITH e, count(DISTINCT d) AS articles, sum(m.count) AS mentions
RETURN e AS entity, e.type AS type, articles, mentions
ORDER BY articles DESC, mentions DESC, e.name
LIMIT $limit`,
    params: [LIMIT],
  },
];

/** The named query called `name`, or undefined. */
export function namedQuery(name: string): NamedQuery | undefined {
  return namedQueries.find((q) => q.name === name);
}

/**
 * The parameters to run `query` with: the given values, then defaults. Returns the names of required parameters that
 * were not given (and runs nothing) so callers can say which are missing.
 */
export function namedQueryParameters(query: NamedQuery, given: Record<string, unknown>): { params: Record<string, unknown>; missing: string[] } {
  const params: Record<string, unknown> = { ...given };
  const missing: string[] = [];
  for (const p of query.params) {
    if (params[p.name] !== undefined) continue;
    if (p.default !== undefined) params[p.name] = p.default;
    else missing.push(p.name);
  }
  return { params, missing };
}
