// The statistical tagger is part of every extraction: without its module or its model, `kg extract` fails with the
// reason instead of writing a different graph from the rule layers alone. Each case runs the compiled CLI from a
// copy of the checkout with one piece missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkoutWithout, removeCheckoutCopies } from '../checkout-copy.js';

const article = path.resolve('examples/microsoft-halts-services-israeli-military-unit.txt');

function extractIn(dir: string, env: NodeJS.ProcessEnv = {}) {
  const out = path.join(dir, 'graph.json');
  fs.rmSync(out, { force: true });
  const run = spawnSync(process.execPath, [path.join(dir, 'bin/kg.js'), 'extract', article, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, stderr: run.stderr, wrote: fs.existsSync(out) };
}

// Removing whole checkout copies can outlast the default hook timeout on a busy disk.
afterAll(removeCheckoutCopies, 120_000);

describe('the sentence tagger', () => {
  it('extracts from the copy when nothing is missing (the copy itself is sound)', () => {
    const run = extractIn(checkoutWithout([]));
    expect(run.stderr).not.toMatch(/error|missing/i);
    expect(run.status).toBe(0);
    expect(run.wrote).toBe(true);
  });

  it('stops kg extract with the reason when its model file is missing', () => {
    const run = extractIn(checkoutWithout(['models/ner-conll2003.bin.gz']));
    expect(run.status).not.toBe(0);
    expect(run.wrote).toBe(false);
    expect(run.stderr).toMatch(/^kg extract: ner: model file .*ner-conll2003\.bin\.gz is missing; run `npm run train:ner`/);
  });

  it('never reads its document model file when document-tagger is off, and stops kg extract when it is on and the file is missing', () => {
    const dir = checkoutWithout(['models/ner-conll2003-document.bin.gz']);
    const off = extractIn(dir, { KG_RULES_OFF: 'document-tagger' });
    expect(off.stderr).not.toMatch(/error|missing/i);
    expect(off.status).toBe(0);
    const run = extractIn(dir);
    expect(run.status).not.toBe(0);
    expect(run.wrote).toBe(false);
    expect(run.stderr).toMatch(/^kg extract: ner: model file .*ner-conll2003-document\.bin\.gz is missing; run `npm run train:ner`/);
  });

  it('stops kg extract with the reason when its model was trained with other lexicons', () => {
    const dir = checkoutWithout([]);
    const metadataFile = path.join(dir, 'models/ner-conll2003.bin.gz.meta.json');
    const metadata = JSON.parse(fs.readFileSync(metadataFile, 'utf8'));
    fs.writeFileSync(metadataFile, JSON.stringify({ ...metadata, lexiconSha256: '0'.repeat(64) }));
    const run = extractIn(dir);
    expect(run.status).not.toBe(0);
    expect(run.wrote).toBe(false);
    expect(run.stderr).toMatch(/^kg extract: ner: .*ner-conll2003\.bin\.gz was trained with a different lexicon from this code's; run `npm run train:ner`/);
  });

  it('stops kg extract with the reason when its module is missing', () => {
    // The CLI runs as one bundle, so the missing module stops the build that kg runs first, naming it.
    const run = extractIn(checkoutWithout(['src/ner/tag-entities.ts', 'dist/ner/tag-entities.js']));
    expect(run.status).not.toBe(0);
    expect(run.wrote).toBe(false);
    expect(run.stderr).toMatch(/^kg: building dist\/ from src\/ failed: .*Could not resolve .*tag-entities\.js/s);
  });
});
