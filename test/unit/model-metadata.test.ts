// A model is loaded only with the metadata its training wrote, and only when that metadata's versions are the
// running code's: otherwise loading fails, naming what differs and the command that retrains the model.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ModelMetadataError,
  checkModelMetadata,
  metadataPath,
  sha256,
  trainingFiles,
  writeModelMetadata,
  type ModelIdentity,
} from '../../src/models/model-metadata.js';
import { NER_MODEL_PATH } from '../../src/ner/model-path.js';
import { taggerModelIdentity } from '../../src/ner/tagger-model-identity.js';

const identity: ModelIdentity = {
  name: 'test model',
  retrain: 'npm run train:test',
  featureSet: 'test-features/1',
  lexiconSha256: sha256('lexicon'),
  schemaSha256: sha256('schema'),
};

function trainedModel(): { file: string; bytes: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-model-'));
  const data = path.join(dir, 'train.txt');
  fs.writeFileSync(data, 'Acme Corp hired Jane Doe .\n');
  const file = path.join(dir, 'model.bin');
  const bytes = Buffer.from('weights');
  fs.writeFileSync(file, bytes);
  writeModelMetadata(file, bytes, identity, trainingFiles([data]), { epochs: 3 });
  return { file, bytes };
}

describe('model metadata', () => {
  it('records the model checksum, the versions, the training data checksums and the options', () => {
    const { file, bytes } = trainedModel();
    const metadata = JSON.parse(fs.readFileSync(metadataPath(file), 'utf8'));
    expect(metadata).toMatchObject({ model: 'model.bin', sha256: sha256(bytes), featureSet: 'test-features/1', recipe: { epochs: 3 } });
    expect(metadata.trainingData).toEqual([{ file: expect.stringMatching(/train\.txt$/), sha256: sha256('Acme Corp hired Jane Doe .\n') }]);
    expect(() => checkModelMetadata(file, bytes, identity)).not.toThrow();
  });

  it('refuses a model file its metadata does not describe', () => {
    const { file } = trainedModel();
    expect(() => checkModelMetadata(file, Buffer.from('other weights'), identity)).toThrow(
      /not the model its metadata .* describes .*run `npm run train:test`/,
    );
  });

  it('refuses a model trained for another feature set, lexicon or schema, naming which', () => {
    const { file, bytes } = trainedModel();
    expect(() => checkModelMetadata(file, bytes, { ...identity, featureSet: 'test-features/2' })).toThrow(
      /trained with a different feature set from this code's/,
    );
    expect(() => checkModelMetadata(file, bytes, { ...identity, lexiconSha256: sha256('new lexicon') })).toThrow(/a different lexicon from/);
    expect(() => checkModelMetadata(file, bytes, { ...identity, schemaSha256: sha256('new schema') })).toThrow(ModelMetadataError);
  });

  it('refuses a model without metadata, or with metadata that is not JSON', () => {
    const { file, bytes } = trainedModel();
    fs.writeFileSync(metadataPath(file), '{"sha256": ');
    expect(() => checkModelMetadata(file, bytes, identity)).toThrow(/model metadata .* is not JSON; run `npm run train:test`/);
    fs.rmSync(metadataPath(file));
    expect(() => checkModelMetadata(file, bytes, identity)).toThrow(/model metadata .* is missing; run `npm run train:test`/);
  });

  it('holds for the shipped entity tagger and the code of this checkout', () => {
    expect(() => checkModelMetadata(NER_MODEL_PATH, fs.readFileSync(NER_MODEL_PATH), taggerModelIdentity())).not.toThrow();
  });
});
