// The relation classifier's model is loaded only with the metadata its training wrote, and only when that metadata's
// pair-feature version, signal-word and label checksums are this code's: otherwise loading fails, naming what
// differs and `npm run train:relations`, and `kg extract` stops before writing a graph.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadataPath } from '../../src/models/model-metadata.js';
import { PAIR_FEATURE_SET } from '../../src/relations/classifier-model-identity.js';
import { RELATION_MODEL_PATH, readRelationModel } from '../../src/relations/relation-classifier.js';

/** A copy of the shipped model whose metadata has `changes` applied (null: no metadata at all). */
function modelCopy(changes: Record<string, unknown> | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-relations-model-'));
  const file = path.join(dir, 'relations.bin.gz');
  fs.copyFileSync(RELATION_MODEL_PATH, file);
  if (changes) {
    const metadata = JSON.parse(fs.readFileSync(metadataPath(RELATION_MODEL_PATH), 'utf8'));
    fs.writeFileSync(metadataPath(file), JSON.stringify({ ...metadata, ...changes }));
  }
  return file;
}

describe('the relation model', () => {
  it('loads the shipped model with the code of this checkout', () => {
    expect(readRelationModel(RELATION_MODEL_PATH).weights.size).toBeGreaterThan(0);
    expect(readRelationModel(modelCopy({})).weights.size).toBeGreaterThan(0);
  });

  it('refuses a model trained for another pair-feature set, naming it and the retrain command', () => {
    expect(PAIR_FEATURE_SET).not.toBe('relation-pair-features/0');
    expect(() => readRelationModel(modelCopy({ featureSet: 'relation-pair-features/0' }))).toThrow(
      /^relations: .*relations\.bin\.gz was trained with a different feature set from this code's; run `npm run train:relations`/,
    );
  });

  it('refuses a model trained with other signal words or labels', () => {
    expect(() => readRelationModel(modelCopy({ lexiconSha256: '0'.repeat(64) }))).toThrow(
      /a different lexicon from this code's; run `npm run train:relations`/,
    );
    expect(() => readRelationModel(modelCopy({ schemaSha256: '0'.repeat(64) }))).toThrow(/a different schema from this code's; run `npm run train:relations`/);
  });

  it('refuses a model without metadata or one its metadata does not describe', () => {
    expect(() => readRelationModel(modelCopy(null))).toThrow(/model metadata .* is missing; run `npm run train:relations`/);
    expect(() => readRelationModel(modelCopy({ sha256: '0'.repeat(64) }))).toThrow(/is not the model its metadata .* describes/);
  });

  it('stops kg extract with the reason, writing no graph, when the model does not match', () => {
    const model = modelCopy({ featureSet: 'relation-pair-features/0' });
    const out = path.join(path.dirname(model), 'graph.json');
    const article = path.resolve('examples/microsoft-halts-services-israeli-military-unit.txt');
    const run = spawnSync(process.execPath, ['bin/kg.js', 'extract', article, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, KG_RELATION_MODEL: model },
    });
    expect(run.status).not.toBe(0);
    expect(fs.existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/^kg extract: relations: .* was trained with a different feature set from this code's; run `npm run train:relations`/);
  });
});
