// Errors a Cypher query can end in that the user can act on: a write refused in read-only mode, and a syntax or
// semantic error reported by Neo4j with the position it points at (line, column and a caret under the text).

/** A statement refused before it ran because it would write (or change the schema) without --write. */
export class WriteRefusedError extends Error {
  constructor(readonly queryType: string) {
    const kind =
      queryType === 's'
        ? 'changes the schema'
        : queryType === 'w'
          ? 'writes to the database'
          : queryType === 'admin'
            ? 'is an administration command'
            : 'reads and writes';
    super(`the statement ${kind} (Neo4j query type "${queryType}"); it was not run — queries are read-only unless --write is given`);
    this.name = 'WriteRefusedError';
  }
}

/** Neo4j rejected the statement text; carries where, in the caller's own text. */
export class CypherSyntaxError extends Error {
  constructor(
    readonly neo4jMessage: string,
    readonly code: string,
    readonly position: { line: number; column: number; offset: number } | undefined,
    /** The offending line of the statement and a caret under the column, when the position is known. */
    readonly pointer: string | undefined,
  ) {
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    super(`Cypher error${where}: ${neo4jMessage}${pointer ? `\n${pointer}` : ''}`);
    this.name = 'CypherSyntaxError';
  }
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Builds a CypherSyntaxError from Neo4j's message for `statement`, when Neo4j ran it with `prefix` in front
 * (e.g. "EXPLAIN "): positions on the first line are shifted back so they point into the caller's text.
 */
export function syntaxErrorFromNeo4j(message: string, code: string, statement: string, prefix: string): CypherSyntaxError {
  // Neo4j appends the statement and a caret after the first line; they would show the prefix, so they are redrawn.
  const firstLine = message.split('\n')[0] ?? message;
  const match = POSITION.exec(firstLine);
  const text = firstLine.replace(POSITION, '').trim();
  if (!match) return new CypherSyntaxError(text, code, undefined, undefined);
  let line = Number(match[1]);
  let column = Number(match[2]);
  let offset = Number(match[3]) - prefix.length;
  if (line === 1) column -= prefix.length;
  if (offset < 0 || column < 1) {
    line = 1;
    column = 1;
    offset = 0;
  }
  const source = statement.split('\n')[line - 1] ?? '';
  const pointer = `  ${source}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  return new CypherSyntaxError(text, code, { line, column, offset }, pointer);
}
