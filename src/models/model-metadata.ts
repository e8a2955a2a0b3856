// What a trained model was built from, written beside it (`<model file>.meta.json`) by the training scripts and
// checked whenever the model is loaded: the model file's own checksum, the version of the feature set that reads its
// inputs, checksums of the lexicons and of the part of the schema it encodes, and the checksums of its training data.
// A model whose recorded versions differ from the running code's would silently score other features than it learnt,
// so loading it fails, naming what differs and the command that retrains it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What the running code expects of a model: the versions its metadata must record. */
export interface ModelIdentity {
  /** How messages name the model ("the entity tagger"). */
  name: string;
  /** The command that retrains it. */
  retrain: string;
  /** Version of the feature extraction; raised whenever the features a sentence gives change. */
  featureSet: string;
  /** Checksum of the lexicons the features look words up in. */
  lexiconSha256: string;
  /** Checksum of the labels and types the model encodes. */
  schemaSha256: string;
}

export interface TrainingFile {
  /** Path as given to the training script, relative to the repository when inside or beside it. */
  file: string;
  sha256: string;
}

export interface ModelMetadata {
  /** The model file's name and checksum: metadata and model belong together. */
  model: string;
  sha256: string;
  featureSet: string;
  lexiconSha256: string;
  schemaSha256: string;
  trainingData: TrainingFile[];
  /** The training options, so the same command can be run again. */
  recipe: Record<string, unknown>;
}

/** A model that cannot be used with this code; the message says what differs and how to retrain. */
export class ModelMetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelMetadataError';
  }
}

/** Hex SHA-256 of bytes or text. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Checksum of a value's JSON with object keys sorted, so the same data always gives the same checksum. */
export function sha256OfData(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, canonical(x)]),
      );
    }
    return v;
  };
  return sha256(JSON.stringify(canonical(value)));
}

/** Where a model's metadata lives. */
export function metadataPath(modelPath: string): string {
  return `${modelPath}.meta.json`;
}

const repositoryRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Checksums of the training files, named relative to the repository (../shared/... for data beside it); a file read
 * by two parts of a recipe is recorded once.
 */
export function trainingFiles(files: string[]): TrainingFile[] {
  return [...new Set(files.map((file) => path.resolve(file)))].map((file) => ({
    file: path.relative(repositoryRoot, path.resolve(file)),
    sha256: sha256(fs.readFileSync(file)),
  }));
}

/** Writes the metadata of the model whose bytes were just written to `modelPath`. */
export function writeModelMetadata(
  modelPath: string,
  bytes: Uint8Array,
  identity: ModelIdentity,
  training: TrainingFile[],
  recipe: Record<string, unknown>,
): string {
  const metadata: ModelMetadata = {
    model: path.basename(modelPath),
    sha256: sha256(bytes),
    featureSet: identity.featureSet,
    lexiconSha256: identity.lexiconSha256,
    schemaSha256: identity.schemaSha256,
    trainingData: training,
    recipe,
  };
  const file = metadataPath(modelPath);
  fs.writeFileSync(file, `${JSON.stringify(metadata, null, 2)}\n`);
  return file;
}

/** Throws ModelMetadataError unless the metadata beside `modelPath` describes `bytes` and matches `identity`. */
export function checkModelMetadata(modelPath: string, bytes: Uint8Array, identity: ModelIdentity): void {
  const file = metadataPath(modelPath);
  const fix = `run \`${identity.retrain}\` to retrain it`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'is missing' : 'is not JSON';
    throw new ModelMetadataError(`${identity.name}: model metadata ${file} ${reason}; ${fix}`);
  }
  // Read field by field: whatever the file holds, a field that is not the expected string is a mismatch.
  const recorded = (key: keyof ModelMetadata): unknown => (typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, key) : undefined);
  if (recorded('sha256') !== sha256(bytes)) {
    throw new ModelMetadataError(`${identity.name}: ${modelPath} is not the model its metadata ${file} describes (checksums differ); ${fix}`);
  }
  const differing = (['featureSet', 'lexiconSha256', 'schemaSha256'] as const).filter((key) => recorded(key) !== identity[key]);
  if (differing.length > 0) {
    const what = differing.map((key) => ({ featureSet: 'feature set', lexiconSha256: 'lexicon', schemaSha256: 'schema' })[key]).join(', ');
    throw new ModelMetadataError(`${identity.name}: ${modelPath} was trained with a different ${what} from this code's; ${fix}`);
  }
}
