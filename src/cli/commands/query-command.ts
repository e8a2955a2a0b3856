// `kg query`: runs one Cypher statement against the graph — read-only unless --write, with a timeout and a row limit,
// parameters always sent as Cypher parameters — and prints the rows as a table, as JSON, or the nodes and
// relationships in them as a graph document. `--named` runs one of the example queries in src/neo4j/named-queries.ts.
import { parseArgs } from 'node:util';
import { openGraphDatabase } from '../../neo4j/connection.js';
import { fetchExportGraph, selectByQuery } from '../../neo4j/export-queries.js';
import { namedQueries, namedQuery, namedQueryParameters } from '../../neo4j/named-queries.js';
import { DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_MS, runReadQuery } from '../../neo4j/run-read-query.js';
import { toGraphDocument } from '../../export/to-graph-document.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderTable } from '../result-table.js';
import { parseParams, positiveInteger, queryFailure } from './query-failure.js';

const FORMATS = ['table', 'json', 'graph'] as const;

export const queryCommand: Command = {
  name: 'query',
  usage: `kg query "MATCH …" [--param name=value]... [--format table|json|graph] [--write] [--timeout ms] [--limit rows]
kg query --named <name> [--param name=value]...

Runs one statement against the graph in Neo4j (kg db start, or NEO4J_URI). Read-only unless --write: the statement
type Neo4j reports for it (EXPLAIN) must be a read, and it runs in a read-only session. A syntax error is shown with
its line and column.

  --param name=value  a Cypher parameter ($name); the value is JSON when it parses (42, true, ["a","b"],
                      "\\"42\\""), else the text itself. Values are never pasted into the statement.
  --format F          table (default), json (columns and rows), or graph (the nodes and relationships in the
                      rows, with their evidence and articles, as a graph document)
  --write             allow statements that write or change the schema
  --timeout ms        stop the statement after this long (default ${DEFAULT_TIMEOUT_MS})
  --limit rows        read at most this many rows (default ${DEFAULT_ROW_LIMIT})
  --named NAME        run an example query (see docs/queries.md):
${namedQueries
  .map(
    (q) =>
      `                        ${q.name.padEnd(18)} ${q.title}${q.params
        .filter((p) => p.default === undefined)
        .map((p) => ` --param ${p.name}=…`)
        .join('')}`,
  )
  .join('\n')}`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        param: { type: 'string', multiple: true },
        format: { type: 'string' },
        write: { type: 'boolean' },
        timeout: { type: 'string' },
        limit: { type: 'string' },
        named: { type: 'string' },
      },
    });
    const format = (values.format ?? 'table') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new CliError(`kg query: --format "${values.format}" is not one of ${FORMATS.join(', ')}`);
    const timeoutMs = positiveInteger(values.timeout, DEFAULT_TIMEOUT_MS, '--timeout', 'kg query');
    const rowLimit = positiveInteger(values.limit, DEFAULT_ROW_LIMIT, '--limit', 'kg query');
    let params = parseParams(values.param ?? [], 'kg query');
    let cypher: string;
    if (values.named !== undefined) {
      const query = namedQuery(values.named);
      if (!query) throw new CliError(`kg query: no named query "${values.named}"; the named queries are ${namedQueries.map((q) => q.name).join(', ')}`);
      if (positionals.length > 0) throw new CliError('kg query: give either a statement or --named, not both');
      // --limit also sets the query's own $limit, so the rows are the top ones rather than the first of a longer list.
      if (values.limit !== undefined && params.limit === undefined && query.params.some((p) => p.name === 'limit')) params.limit = rowLimit;
      const filled = namedQueryParameters(query, params);
      if (filled.missing.length > 0) {
        throw new CliError(`kg query: the named query "${query.name}" needs ${filled.missing.map((m) => `--param ${m}=…`).join(' and ')}`);
      }
      cypher = query.cypher;
      params = filled.params;
    } else {
      const [statement] = positionals;
      if (positionals.length !== 1 || statement === undefined || statement.trim() === '') {
        throw new CliError('kg query: give one Cypher statement in quotes, e.g. kg query "MATCH (e:Entity) RETURN e.name LIMIT 10", or --named <name>');
      }
      cypher = statement;
    }
    const options = { timeoutMs, rowLimit, allowWrite: values.write === true };

    let database;
    try {
      database = await openGraphDatabase();
    } catch (error) {
      queryFailure(error, 'kg query', timeoutMs);
    }
    try {
      if (format === 'graph') {
        const selection = await selectByQuery(database, cypher, params, options);
        const { document, dropped } = toGraphDocument(await fetchExportGraph(database, selection));
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
        if (dropped.reasons.length > 0) process.stderr.write(`kg query: left out of the graph document: ${dropped.reasons.join('; ')}\n`);
        if (selection.truncated) process.stderr.write(`kg query: stopped at --limit ${rowLimit} rows; the graph holds what those rows returned\n`);
        return;
      }
      const result = await runReadQuery(database.queryDriver, database.settings.database, cypher, params, options);
      if (format === 'json') {
        const rows = result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
        process.stdout.write(`${JSON.stringify({ columns: result.columns, rows, truncated: result.truncated }, null, 2)}\n`);
      } else if (result.columns.length > 0) {
        process.stdout.write(`${renderTable(result.columns, result.rows)}\n`);
      }
      const changes = Object.entries(result.updates)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      process.stderr.write(
        `kg query: ${result.rows.length} row(s)${result.truncated ? ` (stopped at --limit ${rowLimit}; more were available)` : ''}${changes ? `; ${changes}` : ''}\n`,
      );
    } catch (error) {
      queryFailure(error, 'kg query', timeoutMs);
    } finally {
      await database.close();
    }
  },
};
