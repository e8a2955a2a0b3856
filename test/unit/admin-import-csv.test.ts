// The one encoding of neo4j-admin import CSV, used by kg load --bulk and kg export --format csv.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrayDelimiterError, CsvFile, csvCell, csvLine } from '../../src/neo4j/admin-import-csv.js';

describe('neo4j-admin import CSV', () => {
  it('quotes text, doubling its quotes, and keeps an empty string apart from a missing value', () => {
    expect(csvCell('Brad "the boss" Smith, CEO', ';')).toBe('"Brad ""the boss"" Smith, CEO"');
    expect(csvCell('', ';')).toBe('""');
    expect(csvCell(null, ';')).toBe('');
    expect(csvCell(undefined, ';')).toBe('');
  });

  it('writes numbers and booleans bare', () => {
    expect(csvLine([0.75, 12, true, false], ';')).toBe('0.75,12,true,false');
  });

  it('joins a list with the array delimiter in one quoted cell, and leaves an empty list empty', () => {
    expect(csvCell(['Acme Corp', 'Acme', 3], '\u001f')).toBe('"Acme Corp\u001fAcme\u001f3"');
    expect(csvCell(['say "hi"'], '|')).toBe('"say ""hi"""');
    expect(csvCell([], '|')).toBe('');
  });

  it('refuses a list element that holds the array delimiter', () => {
    expect(() => csvCell(['a|b'], '|')).toThrow(ArrayDelimiterError);
  });

  it('writes a header and rows to a file, multi-line text included', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-admin-csv-')), 'nodes.csv');
    const csv = new CsvFile(file, ['id:ID', 'text', 'starts:long[]'], ';');
    csv.write(['d1', 'first line\nsecond line', [0, 12]]);
    csv.write(['d2', undefined, []]);
    csv.close();
    expect(csv.rows).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe('id:ID,text,starts:long[]\n"d1","first line\nsecond line","0;12"\n"d2",,\n');
  });
});
