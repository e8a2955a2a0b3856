// The allow-list every read path applies before Neo4j sees a statement: reads pass, and so do names that look like
// clauses; server state, other clients' transactions, files and URLs, other databases and writes are refused.
import { describe, expect, it } from 'vitest';
import { StatementKindError, assertReadOnlyKind } from '../../src/neo4j/statement-kinds.js';

const refusal = (cypher: string): string | undefined => {
  try {
    assertReadOnlyKind(cypher);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(StatementKindError);
    return (error as StatementKindError).clause;
  }
};

describe('assertReadOnlyKind', () => {
  it.each([
    'MATCH (n:Entity) RETURN n.name LIMIT 10',
    '  // who\n  OPTIONAL MATCH (a)-[r]->(b) RETURN a, r, b',
    'EXPLAIN MATCH (n) RETURN n',
    'PROFILE MATCH (n) RETURN count(n)',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'UNWIND $ids AS id MATCH (e {id: id}) RETURN e',
    'WITH 1 AS start, 2 AS set RETURN start + set',
    'MATCH (start)-[:SHOW]->(set) RETURN start.create, set.delete',
    "MATCH (n) WHERE n.name = 'LOAD CSV FROM x; SHOW TRANSACTIONS' RETURN n",
    'MATCH (n) RETURN n.`TERMINATE`, {create: 1, use: 2} AS m',
    'MATCH (n) /* SHOW TRANSACTIONS */ RETURN n',
    "CALL db.index.fulltext.queryNodes('entityNames', 'acme') YIELD node RETURN node",
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS degree } RETURN n, degree',
  ])('lets a read through: %s', (cypher) => {
    expect(refusal(cypher)).toBeUndefined();
  });

  it.each([
    ['SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId', 'SHOW'],
    ['MATCH (n) WITH 1 AS x SHOW TRANSACTIONS', 'SHOW'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE'],
    ["LOAD CSV FROM 'http://169.254.169.254/' AS row RETURN row", 'LOAD CSV'],
    ["MATCH (n) LOAD /* hidden */ CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ['USE system SHOW USERS', 'USE'],
    ['MATCH (n) CALL { USE system RETURN 1 AS x } RETURN x', 'USE'],
    ['CREATE DATABASE other', 'CREATE'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'ALTER'],
    ['GRANT ROLE admin TO neo4j', 'GRANT'],
    ['STOP DATABASE neo4j', 'STOP'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) SET n.x = 1 RETURN n', 'SET'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:X))', 'FOREACH'],
    ['CALL dbms.listConfig() YIELD name RETURN name', 'CALL dbms.listConfig'],
    ['MATCH (n) CALL db.createLabel("X") RETURN n', 'CALL db.createLabel'],
    ['// nothing', 'no clause'],
  ])('refuses %s', (cypher, clause) => {
    expect(refusal(cypher)).toBe(clause);
  });

  it('names the clause and why in its message', () => {
    expect(() => assertReadOnlyKind('SHOW TRANSACTIONS')).toThrow(/uses SHOW, which lists server state .* it was not run/);
  });
});
