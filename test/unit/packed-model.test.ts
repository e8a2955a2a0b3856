// Pins the binary form both shipped models are written in: what is packed unpacks the same, section by section, and
// the same input packs to the same bytes.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dequantise, int16Scale, packModel, unpackModel } from '../../src/models/packed-model.js';

describe('packed model file', () => {
  const header = JSON.stringify({ magic: 'TEST1', rows: 3, note: 'naïve' }) + '\n';
  const keys = new Uint32Array([7, 42, 2 ** 32 - 1]);
  const steps = new Int16Array([-32767, 0, 1, 32767, -5, 12]);
  const names = Buffer.from('Person|bw=café', 'utf16le');
  const packed = packModel(header, [keys, steps, names]);

  it('gives back the header and each section as packed', () => {
    const file = unpackModel(packed);
    expect(file.header).toEqual({ magic: 'TEST1', rows: 3, note: 'naïve' });
    expect(file.remaining).toBe(keys.byteLength + steps.byteLength + names.length);
    expect(Array.from(new Uint32Array(file.take(keys.byteLength)))).toEqual(Array.from(keys));
    expect(Array.from(new Int16Array(file.take(steps.byteLength)))).toEqual(Array.from(steps));
    expect(file.takeText(names.length, 'utf16le')).toBe('Person|bw=café');
    expect(file.remaining).toBe(0);
  });

  it('lays out the length, the header as written and the sections, and packs the same input to the same bytes', () => {
    const raw = gunzipSync(packed);
    const headerBytes = Buffer.from(header);
    expect(raw.readUInt32LE(0)).toBe(headerBytes.length);
    expect(raw.subarray(4, 4 + headerBytes.length).equals(headerBytes)).toBe(true);
    expect(raw.length).toBe(4 + headerBytes.length + keys.byteLength + steps.byteLength + names.length);
    expect(packModel(header, [keys, steps, names]).equals(packed)).toBe(true);
  });

  it('packs only the viewed part of a section that shares its buffer', () => {
    const whole = new Uint32Array([1, 2, 3, 4]);
    const file = unpackModel(packModel('{}', [whole.subarray(1, 3)]));
    expect(Array.from(new Uint32Array(file.take(8)))).toEqual([2, 3]);
  });

  it('turns int16 steps back into weights of the scale they were written with', () => {
    const scale = int16Scale(6.5, 32767);
    expect(scale).toBeCloseTo(6.5 / 32767, 12);
    expect(int16Scale(0, 32767)).toBe(1);
    const weights = dequantise(new Int16Array([32767, -16384, 0]), scale, new Float64Array(3));
    expect(Array.from(weights)).toEqual([32767 * scale, -16384 * scale, 0]);
    expect(weights[0]).toBeCloseTo(6.5, 12);
  });

  it('fails on bytes that are not gzip', () => {
    expect(() => unpackModel(Buffer.from('not a model'))).toThrow();
  });
});
