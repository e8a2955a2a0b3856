// Runs one user-written Cypher statement safely: read-only unless the caller allows writes (checked three times — an
// allow-list of clause kinds on the text, the statement type Neo4j reports for an EXPLAIN, then a READ access-mode
// session), with a timeout, a row limit, and
// parameters always sent as parameters. Used by `kg query`, `kg export --query` and the viewer's Cypher panel.
import neo4j from 'neo4j-driver';
import type { Driver, Record as Neo4jRecord, Session } from 'neo4j-driver';
import type { JsonValue, PropertyGraph } from '../export/property-graph.js';
import { sortPropertyGraph } from '../export/property-graph.js';
import { GraphCollector, toCypherParameters, toJsonValue } from './query-values.js';
import { CypherSyntaxError, WriteRefusedError, syntaxErrorFromNeo4j } from './query-errors.js';
import { StatementKindError, assertReadOnlyKind } from './statement-kinds.js';
import { errorCode, errorMessage } from '../util/errors.js';

export { CypherSyntaxError, WriteRefusedError } from './query-errors.js';
export { StatementKindError } from './statement-kinds.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_ROW_LIMIT = 1000;

export interface QueryOptions {
  /** Transaction timeout enforced by the server; default 30 000 ms. */
  timeoutMs?: number;
  /** Rows kept; when the statement returns more, `truncated` is true. Default 1000. */
  rowLimit?: number;
  /** Bytes of row JSON kept (runReadQuery); reading stops at the row that passes it and `truncated` is true. */
  byteLimit?: number;
  /** Run writes too (`kg query --write`); the viewer never sets this. */
  allowWrite?: boolean;
}

/** The result of one statement; plain JSON all the way down, so it can be sent over HTTP as is. */
export interface QueryResult {
  columns: string[];
  /** One array per row, values in `columns` order; nodes as {id, labels, properties}, relationships as
   * {id, type, start, end, properties}, paths as {nodes, relationships}, temporals as ISO strings. */
  rows: JsonValue[][];
  /** Every node and relationship found in the rows (plus endpoints of returned relationships). */
  graph: PropertyGraph;
  /** True when the statement returned more than `rowLimit` rows (or `byteLimit` bytes) and the rest were not read. */
  truncated: boolean;
  /** Neo4j's statement type: 'r' read, 'rw' read-write, 'w' write, 's' schema. */
  queryType: string;
  /** Counters of what a --write statement changed (empty for reads). */
  updates: Record<string, number>;
}

const EXPLAIN = 'EXPLAIN ';

function neo4jCode(error: unknown): string {
  return errorCode(error) ?? '';
}

function rethrow(error: unknown, cypher: string, prefix: string): never {
  const code = neo4jCode(error);
  if (code.startsWith('Neo.ClientError.Statement.') && /SyntaxError|SemanticError|ParameterMissing|ArgumentError/.test(code)) {
    throw syntaxErrorFromNeo4j(errorMessage(error), code, cypher, prefix);
  }
  throw error;
}

/** Asks Neo4j what kind of statement this is without running it (EXPLAIN plans, never executes). */
async function statementType(session: Session, cypher: string, params: Record<string, unknown>): Promise<string> {
  const alreadyExplained = /^\s*EXPLAIN\b/i.test(cypher);
  // PROFILE runs the statement: it is planned as an EXPLAIN of the same length, so error positions still match.
  const profiled = /^(\s*)PROFILE\b/i.exec(cypher);
  const prefix = alreadyExplained || profiled ? '' : EXPLAIN;
  const planned = profiled ? `${profiled[1]}EXPLAIN${cypher.slice(profiled[0].length)}` : cypher;
  try {
    const result = await session.run(prefix + planned, params);
    return result.summary.queryType;
  } catch (error) {
    // A READ session may refuse even to plan some writes; that is the same answer.
    if (/AccessMode|Forbidden/.test(neo4jCode(error))) return 'w';
    // Administration commands (CREATE DATABASE, users, roles) cannot be explained: treat them as writes.
    if (/UnsupportedAdministrationCommand/.test(neo4jCode(error))) return 'admin';
    rethrow(error, cypher, prefix);
  }
}

export interface GuardedRun {
  columns: string[];
  queryType: string;
  truncated: boolean;
  updates: Record<string, number>;
}

/**
 * The checked path every user statement takes: without `options.allowWrite` the statement must be read-only — its
 * type is checked with EXPLAIN first and a write/schema/admin statement throws WriteRefusedError before it runs; then
 * it runs in a READ access-mode session so the server refuses any write as well. Whole-number parameters are sent as
 * INTEGERs. Calls `onRecord` for at most `rowLimit` records (fewer when it returns false); syntax errors throw CypherSyntaxError with the position in
 * the caller's text. `after` runs in the same session once the records are read.
 */
export async function runGuardedStatement(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions,
  onRecord: (record: Neo4jRecord, columns: string[]) => boolean | void,
  after?: (session: Session) => Promise<void>,
): Promise<GuardedRun> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
  if (!(rowLimit > 0) || !(timeoutMs > 0)) throw new RangeError('runReadQuery: rowLimit and timeoutMs must be positive numbers');
  const mode = options.allowWrite ? neo4j.session.WRITE : neo4j.session.READ;
  const session = driver.session({ database, defaultAccessMode: mode, fetchSize: Math.min(rowLimit + 1, 1000) });
  const parameters = toCypherParameters(params);
  if (!options.allowWrite) assertReadOnlyKind(cypher);
  try {
    const queryType = await statementType(session, cypher, parameters);
    if (!options.allowWrite && queryType !== 'r') throw new WriteRefusedError(queryType);
    let rows = 0;
    let truncated = false;
    let columns: string[] = [];
    let updates: Record<string, number> = {};
    try {
      const result = session.run(cypher, parameters, { timeout: timeoutMs });
      columns = [...(await result.keys())];
      for await (const record of result) {
        if (rows === rowLimit) {
          truncated = true;
          break;
        }
        rows += 1;
        if (onRecord(record, columns) === false) {
          truncated = true;
          break;
        }
      }
      if (!truncated) {
        const summary = await result.summary();
        updates = Object.fromEntries(Object.entries(summary.counters.updates()).filter(([, n]) => n > 0));
      }
    } catch (error) {
      rethrow(error, cypher, '');
    }
    if (after) await after(session);
    return { columns, queryType, truncated, updates };
  } finally {
    await session.close();
  }
}

/**
 * Runs `cypher` with `params` and returns columns, rows, the graph in the rows and whether rows were cut, through
 * runGuardedStatement (read-only unless `options.allowWrite`).
 */
export async function runReadQuery(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions = {},
): Promise<QueryResult> {
  const collector = new GraphCollector();
  const rows: JsonValue[][] = [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const byteLimit = options.byteLimit ?? Infinity;
  let bytes = 0;
  const run = await runGuardedStatement(
    driver,
    database,
    cypher,
    params,
    options,
    (record, columns) => {
      const row = columns.map((column) => toJsonValue(record.get(column), collector));
      // Counted as sent: the rows, and the graph that repeats their nodes and relationships, are about twice this.
      if (byteLimit !== Infinity) bytes += JSON.stringify(row).length;
      if (bytes > byteLimit) return false;
      rows.push(row);
    },
    async (session) => {
      const missing = collector.missingEndpoints();
      if (missing.length > 0) await addEndpointNodes(session, missing, collector, timeoutMs);
    },
  );
  collector.resolveEndpoints();
  const graph = sortPropertyGraph({
    nodes: [...collector.nodes.values()],
    relationships: [...collector.relationships.values()].map((r) => r.relationship),
  });
  return { columns: run.columns, rows, graph, truncated: run.truncated, queryType: run.queryType, updates: run.updates };
}

/** Fetches the endpoint nodes of returned relationships that the rows did not contain, so the graph has no loose ends. */
async function addEndpointNodes(session: Session, elementIds: string[], collector: GraphCollector, timeoutMs: number): Promise<void> {
  const result = await session.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: elementIds }, { timeout: timeoutMs });
  for (const record of result.records) toJsonValue(record.get('n'), collector);
}

/** True for the errors runReadQuery throws for the caller's statement (not for connection trouble). */
export function isQueryError(error: unknown): error is CypherSyntaxError | WriteRefusedError | StatementKindError {
  return error instanceof CypherSyntaxError || error instanceof WriteRefusedError || error instanceof StatementKindError;
}
