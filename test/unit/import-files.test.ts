// The CSV files of `kg load --bulk`, written row by row: a relation type's header is fixed when its file opens, so a
// row with a property the header lacks opens a further file for the type, with the header it needs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportFileWriter } from '../../src/neo4j/bulk-import.js';
import type { BulkRelation } from '../../src/neo4j/bulk-rows.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function relation(id: string, properties: BulkRelation['properties']): BulkRelation {
  return { id, type: 'PROVIDED', source: 'org:a', target: 'org:b', confidence: 0.5, properties, evidenceIds: ['sen:1'], documentIds: ['doc:1'] };
}

/** Header and rows of a CSV file whose values hold no comma, quote or line break. */
function table(file: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...lines] = fs
    .readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return { header: header!, rows: lines.map((cells) => Object.fromEntries(header!.map((column, i) => [column, cells[i]!]))) };
}

describe('ImportFileWriter', () => {
  it('starts a relation file with the schema properties and opens another when a row holds a new key or kind', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-files-'));
    dirs.push(dir);
    const writer = new ImportFileWriter(dir);
    writer.write({ kind: 'relation', row: relation('r1', { object: 'Azure', negated: true }) });
    writer.write({ kind: 'relation', row: relation('r2', { verb: 'supplied' }) });
    writer.write({ kind: 'relation', row: relation('r3', { verb: 42 }) });
    writer.write({ kind: 'relation', row: relation('r4', { verb: 'sold', tone: 'hostile' }) });
    const report = writer.close();

    const files = report.relationships.filter((source) => source.name === 'PROVIDED');
    expect(files.map((source) => [path.basename(source.file), source.rows])).toEqual([
      ['relations-PROVIDED.csv', 2],
      ['relations-PROVIDED-2.csv', 1],
      ['relations-PROVIDED-3.csv', 1],
    ]);
    expect(report.relations).toBe(4);

    const first = table(files[0]!.file);
    expect(first.header).toEqual([
      ':START_ID',
      ':END_ID',
      'id',
      'confidence:double',
      'statedConfidence:double',
      'evidenceIds:string[]',
      'documentIds:string[]',
      'date',
      'modality',
      'negated:boolean',
      'object',
      'verb',
    ]);
    expect(first.rows.map((row) => [row.id, row.object, row['negated:boolean'], row.verb])).toEqual([
      ['"r1"', '"Azure"', 'true', ''],
      ['"r2"', '', '', '"supplied"'],
    ]);
    const second = table(files[1]!.file);
    expect(second.header).toContain('verb:double');
    expect(second.rows[0]!['verb:double']).toBe('42');
    const third = table(files[2]!.file);
    expect(third.header).toEqual(expect.arrayContaining(['tone', 'verb']));
    expect([third.rows[0]!.tone, third.rows[0]!.verb]).toEqual(['"hostile"', '"sold"']);
  });

  it('writes rows longer than its buffer whole, and quotes what CSV needs quoted', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-files-'));
    dirs.push(dir);
    const writer = new ImportFileWriter(dir);
    const text = `He said "no", then left.\n${'é'.repeat(600_000)}`;
    writer.write({ kind: 'document', row: { id: 'doc:1', source: 'a.txt', title: null, published: null, text } });
    writer.write({ kind: 'document', row: { id: 'doc:2', source: 'b.txt', title: 'Short', published: '2025-09-25', text: 'x' } });
    const report = writer.close();
    const written = fs.readFileSync(report.nodes.find((source) => source.name === 'Document')!.file, 'utf8');
    expect(written).toBe(
      `id:ID,source,title,published,text\n"doc:1","a.txt",,,"He said ""no"", then left.\n${'é'.repeat(600_000)}"\n"doc:2","b.txt","Short","2025-09-25","x"\n`,
    );
  });
});
