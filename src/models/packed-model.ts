// The binary form the shipped models share: a uint32 (little-endian) length, a JSON header of that many UTF-8 bytes,
// then the model's sections one after another, the whole gzipped at level 9 without a timestamp, so training the
// same weights again writes the same bytes. Weights are stored as int16 steps of one scale: a model of 100,000
// features is a few hundred kilobytes, and adding the weights back up in double precision is exact.
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../util/gunzip-whole.js';

/** Packs `header` (the JSON text as written, any terminator included) and the sections' bytes into a model file. */
export function packModel(header: string, sections: readonly ArrayBufferView[]): Buffer {
  const headerBytes = Buffer.from(header);
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const parts = sections.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength));
  return gzipSync(Buffer.concat([headerLength, headerBytes, ...parts]), { level: 9 });
}

/** A model file unpacked: its parsed header, and its sections read in the order they were packed. */
export interface UnpackedModel {
  readonly header: unknown;
  /** The bytes left after the header and the sections taken so far. */
  readonly remaining: number;
  /** The next `bytes` bytes, copied into a buffer of their own (typed arrays over it need its alignment). */
  take(bytes: number): ArrayBuffer;
  /** The next `bytes` bytes read as text. */
  takeText(bytes: number, encoding: BufferEncoding): string;
}

/** Gunzips a model file and parses its header; throws zlib's or JSON's error on a file of another form. */
export function unpackModel(gz: Buffer): UnpackedModel {
  const raw = gunzipWhole(gz);
  const headerLength = raw.readUInt32LE(0);
  const header: unknown = JSON.parse(raw.toString('utf8', 4, 4 + headerLength));
  let at = 4 + headerLength;
  return {
    header,
    get remaining() {
      return raw.length - at;
    },
    take(bytes) {
      const buffer = new ArrayBuffer(bytes);
      new Uint8Array(buffer).set(raw.subarray(at, at + bytes));
      at += bytes;
      return buffer;
    },
    takeText(bytes, encoding) {
      const text = raw.toString(encoding, at, at + bytes);
      at += bytes;
      return text;
    },
  };
}

/** The step of one int16 unit when the largest weight, `maxAbs`, is to take `top` units (1 for a model of zeros). */
export function int16Scale(maxAbs: number, top: number): number {
  return maxAbs > 0 ? maxAbs / top : 1;
}

/** Weights of int16 steps of `scale` back as numbers, into `out` (as long as `steps`). */
export function dequantise<T extends Float32Array | Float64Array>(steps: Int16Array, scale: number, out: T): T {
  for (let i = 0; i < steps.length; i++) out[i] = steps[i]! * scale;
  return out;
}
