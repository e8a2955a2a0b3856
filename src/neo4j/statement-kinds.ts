// Which statements the read-only paths (`kg query`, `kg export --query`, the viewer's Cypher panel) may run: an
// allow-list of clause kinds, checked on the text before Neo4j sees it. Neo4j's own answer is not enough: it types
// `SHOW TRANSACTIONS … TERMINATE TRANSACTIONS` as a read and runs it in a READ session, and `LOAD CSV` reads files.
import { itemAt } from '../util/checked-index.js';

/** A statement the read paths refuse because of what kind it is; the message names the clause and the way out. */
export class StatementKindError extends Error {
  constructor(
    readonly clause: string,
    reason: string,
  ) {
    super(`the statement uses ${clause}, which ${reason}; it was not run`);
    this.name = 'StatementKindError';
  }
}

/** Clauses a read-only statement may start with. */
const LEADING_CLAUSES = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN', 'CALL']);

/**
 * Clauses refused wherever they occur, with why. Administration commands (ALTER, GRANT, CREATE DATABASE…) can only
 * open a statement, so the leading-clause check refuses them; writes are refused by Neo4j's statement type as well.
 */
const REFUSED: Record<string, string> = {
  SHOW: 'lists server state (transactions, settings, users) no reader needs',
  TERMINATE: 'ends other clients’ transactions',
  USE: 'switches to another database',
  LOAD: 'reads files or URLs from the server’s side',
  CREATE: 'writes',
  MERGE: 'writes',
  DELETE: 'writes',
  DETACH: 'writes',
  SET: 'writes',
  REMOVE: 'writes',
  FOREACH: 'writes',
};

/** What follows, or comes before, a word that is a name (a variable, key or property), never a clause. */
const AFTER_NAME = new Set(['', ':', '.', ')', ',', ']', '}', '=', '|', '+', '-', '*', '/', '%', '<', '>', '^']);
const BEFORE_NAME = new Set(['.', '$', ':', '(', ',', '[', '+', '-', '*', '/', '%', '=', '<', '>', '^']);

/** Procedures a read may call: the catalogue and the fulltext search. `db.*` and `dbms.*` hold admin procedures too. */
const READ_PROCEDURES = [/^db\.(labels|relationshiptypes|propertykeys)$/, /^db\.schema\.[a-z]+$/, /^db\.index\.fulltext\.query(nodes|relationships)$/];

/** The statement with strings, quoted names and comments blanked out, so only its own words are left. */
export function cypherWords(cypher: string): { word: string; before: string; after: string }[] {
  let code = '';
  for (let i = 0; i < cypher.length;) {
    const c = cypher[i]!;
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      while (i < cypher.length && cypher[i] !== '\n' && cypher[i] !== '\r') i += 1;
      code += ' ';
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 2;
      code += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' && c !== '`' ? 2 : 1;
      i = j + 1;
      code += c === '`' ? ' _ ' : ' "" ';
    } else {
      code += c;
      i += 1;
    }
  }
  const words: { word: string; before: string; after: string }[] = [];
  const pattern = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) {
    const before = code.slice(0, match.index).trimEnd().slice(-1);
    const after = code
      .slice(match.index + match[0].length)
      .trimStart()
      .slice(0, 1);
    words.push({ word: match[0], before, after });
  }
  return words;
}

/**
 * Throws StatementKindError unless `cypher` is a read the allow-list accepts: after `CYPHER` options and
 * `EXPLAIN`/`PROFILE`, it starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL; it holds none of the
 * refused clauses; and it calls no procedure but the catalogue and fulltext ones.
 */
export function assertReadOnlyKind(cypher: string): void {
  const words = cypherWords(cypher);
  let index = 0;
  // `CYPHER runtime=slotted …` options, then one EXPLAIN or PROFILE.
  if (words[index]?.word.toUpperCase() === 'CYPHER') {
    index += 1;
    while (words[index] && !LEADING_CLAUSES.has(itemAt(words, index).word.toUpperCase()) && !/^(EXPLAIN|PROFILE)$/i.test(itemAt(words, index).word)) index += 1;
  }
  if (/^(EXPLAIN|PROFILE)$/i.test(words[index]?.word ?? '')) index += 1;
  const first = words[index]?.word.toUpperCase();
  if (first === undefined) throw new StatementKindError('no clause', 'reads nothing');
  if (!LEADING_CLAUSES.has(first)) {
    throw new StatementKindError(
      first === 'LOAD' ? 'LOAD CSV' : first,
      REFUSED[first] ?? 'is not one of the clauses a read starts with (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL)',
    );
  }
  for (let i = index; i < words.length; i++) {
    const { word, before, after } = words[i]!;
    // A property (n.set), a parameter ($set), a label (:Set), a key ({set: 1}), a variable ((set), AS set) is a name.
    if (BEFORE_NAME.has(before) || AFTER_NAME.has(after) || words[i - 1]?.word.toUpperCase() === 'AS') continue;
    const upper = word.toUpperCase();
    if (upper in REFUSED && !word.includes('.')) throw new StatementKindError(upper === 'LOAD' ? 'LOAD CSV' : upper, REFUSED[upper]!);
    if (upper === 'CALL' && words[i + 1] && after !== '{' && after !== '(') {
      const procedure = itemAt(words, i + 1).word.toLowerCase();
      if (!READ_PROCEDURES.some((allowed) => allowed.test(procedure))) {
        throw new StatementKindError(`CALL ${itemAt(words, i + 1).word}`, 'is not one of the catalogue or fulltext procedures a read may call');
      }
    }
  }
}
