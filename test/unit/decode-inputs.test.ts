// Inputs saved in any common encoding are read with every character intact, and the encoding is recorded on the
// document: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, Latin-1 and Windows-1252.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/pipeline/decode-bytes.js';
import { validateDocument } from '../../src/schema/validate-document.js';

const LATIN1_ARTICLE =
  'Northwind Trading said on Tuesday that profits rose to £4.2m. Chief executive Renée Dubois said the café chain in Zürich would expand.\n';
const CP1252_ARTICLE =
  'Harbour Logistics agreed to buy Fenwick Freight for €310m. “We are delighted,” said Fenwick’s founder – Tomás Ortega – in a statement.\n';

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

describe('decodeBytes', () => {
  it('reads a Latin-1 file with "£" and accented letters', () => {
    expect(decodeBytes(iconv.encode(LATIN1_ARTICLE, 'latin1'))).toEqual({ text: LATIN1_ARTICLE, encoding: 'iso-8859-1' });
  });

  it('reads Windows-1252 curly quotes, dashes and the euro sign', () => {
    expect(decodeBytes(iconv.encode(CP1252_ARTICLE, 'windows-1252'))).toEqual({ text: CP1252_ARTICLE, encoding: 'windows-1252' });
  });

  it('reads UTF-16 little- and big-endian by their byte-order mark', () => {
    expect(decodeBytes(withBom([0xff, 0xfe], iconv.encode(CP1252_ARTICLE, 'utf-16le')))).toEqual({ text: CP1252_ARTICLE, encoding: 'utf-16le' });
    expect(decodeBytes(withBom([0xfe, 0xff], iconv.encode(CP1252_ARTICLE, 'utf-16be')))).toEqual({ text: CP1252_ARTICLE, encoding: 'utf-16be' });
  });

  it('drops a UTF-8 byte-order mark and keeps the rest unchanged', () => {
    expect(decodeBytes(withBom([0xef, 0xbb, 0xbf], Buffer.from(CP1252_ARTICLE)))).toEqual({ text: CP1252_ARTICLE, encoding: 'utf-8' });
  });

  it('prefers UTF-8 whenever the bytes are valid UTF-8', () => {
    expect(decodeBytes(Buffer.from(LATIN1_ARTICLE))).toEqual({ text: LATIN1_ARTICLE, encoding: 'utf-8' });
  });

  it('refuses bytes that are neither UTF-8 nor text in a single-byte code page', () => {
    const corrupted = Buffer.concat([Buffer.from('Acme Corp said '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('( it would expand.\n')]);
    expect(decodeBytes(corrupted)).toEqual({ reason: expect.stringMatching(/not valid UTF-8 .*; re-save it as UTF-8/) });
    const controlCodes = Buffer.from([...Buffer.from('Shares of Acme '), 0x81, 0x02, 0x90, ...Buffer.from(' fell.\n')]);
    expect(decodeBytes(controlCodes)).toHaveProperty('reason');
    expect(decodeBytes(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ reason: expect.stringMatching(/looks binary/) });
  });
});

describe('kg extract on a folder in mixed encodings', () => {
  it('skips nothing, keeps every character and records each encoding', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-encodings-'));
    const files: Record<string, { bytes: Buffer; text: string; encoding: string }> = {
      'latin1.txt': { bytes: iconv.encode(LATIN1_ARTICLE, 'latin1'), text: LATIN1_ARTICLE, encoding: 'iso-8859-1' },
      'windows.txt': { bytes: iconv.encode(CP1252_ARTICLE, 'windows-1252'), text: CP1252_ARTICLE, encoding: 'windows-1252' },
      'utf16.txt': {
        bytes: withBom([0xff, 0xfe], iconv.encode(CP1252_ARTICLE.replace('Harbour', 'Seaway'), 'utf-16le')),
        text: CP1252_ARTICLE.replace('Harbour', 'Seaway'),
        encoding: 'utf-16le',
      },
      'page.html': {
        bytes: iconv.encode(`<html><body><article><p>${CP1252_ARTICLE.replace('Harbour', 'Coastline').trim()}</p></article></body></html>`, 'windows-1252'),
        text: CP1252_ARTICLE.replace('Harbour', 'Coastline').trim(),
        encoding: 'windows-1252',
      },
    };
    for (const [name, file] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), file.bytes);
    const out = path.join(dir, 'graph.json');
    const run = spawnSync(process.execPath, ['bin/kg.js', 'extract', dir, '--out', out, '--workers', '1'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).not.toMatch(/skipped/);
    expect(run.status).toBe(0);
    const graph = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(validateDocument(graph).errors).toEqual([]);
    const bySource = new Map<string, { text: string; encoding: string }>(graph.documents.map((d: { source: string }) => [path.basename(d.source), d]));
    for (const [name, file] of Object.entries(files)) {
      expect(bySource.get(name)?.encoding).toBe(file.encoding);
      expect(bySource.get(name)?.text).toContain(file.text.trim());
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
