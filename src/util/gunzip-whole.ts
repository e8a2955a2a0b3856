// Gunzips a model file in one piece. zlib's default is to inflate into 16 KB chunks and join them at the end, which
// for the models' few megabytes costs more than the inflating itself; a gzip file's last four bytes give its size
// (modulo 4 GiB), so the output can be one chunk of that size.
import { gunzipSync } from 'node:zlib';

/** Largest single chunk asked for, so a damaged size field cannot make it allocate without bound. */
const MAX_CHUNK = 64 << 20;

/** The decompressed bytes of `gz`, exactly as gunzipSync gives them. */
export function gunzipWhole(gz: Uint8Array): Buffer {
  const size = gz.length >= 4 ? Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength).readUInt32LE(gz.length - 4) : 0;
  return gunzipSync(gz, { chunkSize: Math.min(Math.max(size + 1, 64 * 1024), MAX_CHUNK) });
}
