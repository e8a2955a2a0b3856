// Shared by `kg query` and `kg export --query`: command-line parameters, and the errors of a user's statement turned
// into one actionable message each.
import { Neo4jUnreachableError } from '../../neo4j/connection.js';
import { CypherSyntaxError, StatementKindError, WriteRefusedError } from '../../neo4j/run-read-query.js';
import { CliError } from '../cli-error.js';
import { errorCode, errorMessage } from '../../util/errors.js';

/** `--param name=value` pairs as Cypher parameters: the value is JSON when it parses as JSON, else the text itself. */
export function parseParams(pairs: string[], command: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new CliError(`${command}: --param "${pair}" is not name=value; write e.g. --param name='Acme Corp' and use $name in the query`);
    }
    const text = pair.slice(eq + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: the text is the value, so plain names need no extra quoting.
    }
    params[name] = value;
  }
  return params;
}

/** A positive integer option, or a CliError naming it. */
export function positiveInteger(text: string | undefined, fallback: number, option: string, command: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new CliError(`${command}: ${option} "${text}" is not a positive whole number`);
  return value;
}

/** Turns what running a user's statement can end in into a CliError; anything else is rethrown. */
export function queryFailure(error: unknown, command: string, timeoutMs: number): never {
  if (error instanceof WriteRefusedError) throw new CliError(`${command}: ${error.message}`);
  if (error instanceof StatementKindError) throw new CliError(`${command}: ${error.message} — queries are read-only unless --write is given`);
  if (error instanceof CypherSyntaxError) {
    const hint = /ParameterMissing/.test(error.code) ? ' — give each with --param name=value' : '';
    throw new CliError(`${command}: ${error.message}${hint}`);
  }
  if (error instanceof Neo4jUnreachableError) throw new CliError(`${command}: ${error.message}`);
  const code = errorCode(error) ?? '';
  if (/TransactionTimedOut|Timeout/i.test(code)) {
    throw new CliError(`${command}: the statement ran past ${timeoutMs} ms and was stopped; narrow the MATCH, add a LIMIT, or raise --timeout`);
  }
  if (/AccessMode|Forbidden/.test(code))
    throw new CliError(`${command}: Neo4j refused a write in read-only mode; add --write if the statement is meant to write`);
  if (code.startsWith('Neo.ClientError.')) throw new CliError(`${command}: Neo4j refused the statement: ${errorMessage(error).split('\n')[0]}`);
  throw error;
}
