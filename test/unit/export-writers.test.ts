// The pure parts of kg export and kg query: Cypher literals keep Neo4j types, the script splits back into its
// statements whatever the text holds, the CSV layout keeps lists and types apart, and --param values parse as JSON.
import { describe, expect, it } from 'vitest';
import { itemAt } from '../../src/util/checked-index.js';
import type { ExportGraph } from '../../src/export/property-graph.js';
import { cypherLiteral, cypherString, propertyType } from '../../src/export/neo4j-values.js';
import { cypherScriptStatements, splitCypherScript } from '../../src/export/cypher-script.js';
import { renderCsvImport } from '../../src/export/render-csv-import.js';
import { parseParams } from '../../src/cli/commands/query-failure.js';

const tricky = "Line one;\nO'Brien \\ said: `x` // not a comment";

function graph(aliases: string[]): ExportGraph {
  return {
    selected: {
      nodes: [
        {
          id: 'a',
          labels: ['Entity', 'Person'],
          properties: { id: 'a', name: tricky, aliases, score: 1 },
          propertyTypes: { id: 'STRING NOT NULL', name: 'STRING NOT NULL', aliases: 'LIST<STRING NOT NULL> NOT NULL', score: 'FLOAT NOT NULL' },
        },
        { id: 'b', labels: ['Entity', 'Person'], properties: { id: 'b', name: 'B', aliases: [], score: 'high' } },
      ],
      relationships: [
        {
          id: 'r',
          type: 'KNOWS',
          start: 'a',
          end: 'b',
          properties: { id: 'r', since: '2024-05-01' },
          propertyTypes: { id: 'STRING NOT NULL', since: 'DATE NOT NULL' },
        },
      ],
    },
    provenance: { nodes: [], relationships: [] },
  };
}

describe('Cypher literals', () => {
  it('keeps a FLOAT that holds a whole number a float, and a date a date', () => {
    expect(cypherLiteral(1, propertyType(1, 'FLOAT NOT NULL'))).toBe('1.0');
    expect(cypherLiteral(1, propertyType(1, 'INTEGER NOT NULL'))).toBe('1');
    expect(cypherLiteral('2024-05-01', propertyType('2024-05-01', 'DATE NOT NULL'))).toBe("date('2024-05-01')");
    expect(cypherLiteral([0.5, 2], propertyType([0.5, 2], 'LIST<FLOAT NOT NULL> NOT NULL'))).toBe('[0.5, 2.0]');
  });

  it('escapes quotes, backslashes and line breaks in strings', () => {
    expect(cypherString(tricky)).toBe("'Line one;\\nO\\'Brien \\\\ said: `x` // not a comment'");
  });

  it('splits a script back into its statements even when values hold ";", line breaks and "//"', () => {
    const statements = splitCypherScript([...cypherScriptStatements(graph(['x;y']))].join(''));
    // Constraint, one node batch, one relationship batch, removal of the temporary label, dropping the constraint.
    expect(statements).toHaveLength(5);
    expect(statements[1]).toContain(cypherString(tricky));
    expect(statements.every((s) => !s.endsWith(';'))).toBe(true);
  });
});

describe('neo4j-admin CSV', () => {
  it('types every column, splits a property that has two types into two files, and lists empty lists for the fix-up', () => {
    const csv = renderCsvImport(graph(['Al', 'Bert']));
    expect(csv.nodeFiles).toHaveLength(2);
    const headers = csv.nodeFiles.map((f) => csv.files.get(f)!.split('\n')[0]).sort();
    expect(headers).toEqual([
      ':ID,aliases:string[],id:string,name:string,score:double,:LABEL',
      ':ID,aliases:string[],id:string,name:string,score:string,:LABEL',
    ]);
    expect(csv.files.get(itemAt(csv.relationshipFiles, 0))?.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,id:string,since:date');
    expect(csv.emptyLists).toEqual(["UNWIND ['b'] AS id MATCH (x:`Entity`:`Person` {id: id}) SET x.`aliases` = [];\n"]);
  });

  it("chooses another list delimiter when an item contains ';'", () => {
    const csv = renderCsvImport(graph(['x;y', 'z']));
    expect(csv.arrayDelimiter).toBe('|');
    expect([...csv.files.values()].join('')).toContain('"x;y|z"');
  });
});

describe('--param', () => {
  it('reads JSON values as JSON and anything else as text', () => {
    expect(parseParams(['n=2', 'flag=true', 'names=["a","b"]', 'quoted="42"', `name=${tricky}`, 'empty='], 'kg query')).toEqual({
      n: 2,
      flag: true,
      names: ['a', 'b'],
      quoted: '42',
      name: tricky,
      empty: '',
    });
  });
});
