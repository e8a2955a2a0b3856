// gunzipWhole inflates a model file into one chunk sized from the gzip trailer; its bytes must be gunzipSync's,
// whatever the size says: empty input, data larger than zlib's default chunk, and two gzip members one after another
// (where the trailer gives only the last member's size).
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipWhole } from '../../src/util/gunzip-whole.js';

const bytes = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919) % 251));

describe('gunzipWhole', () => {
  it('gives the bytes gunzipSync gives', () => {
    for (const data of [Buffer.alloc(0), bytes(10), bytes(300_000)]) {
      const gz = gzipSync(data);
      expect(gunzipWhole(gz).equals(gunzipSync(gz))).toBe(true);
      expect(gunzipWhole(gz).equals(data)).toBe(true);
    }
  });

  it('reads every member of a file whose trailer gives only the last one’s size', () => {
    const gz = Buffer.concat([gzipSync(bytes(200_000)), gzipSync(bytes(5))]);
    expect(gunzipWhole(gz).equals(Buffer.concat([bytes(200_000), bytes(5)]))).toBe(true);
  });
});
