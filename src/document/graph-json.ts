// The graph document as JSON text in pieces: exactly JSON.stringify(graph, null, 1), without ever holding all of it
// in one string. A long article's graph is several times the article as JSON, and writing it as one string needs it
// twice over in memory.
import type { GraphDocument } from './graph-document.js';

/** Pieces are gathered up to about this many characters before they are handed out. */
const PIECE_SIZE = 1 << 20;

/** Yields the text of JSON.stringify(graph, null, 1), piece by piece; joined, the pieces are that text. */
export function* graphJsonPieces(graph: GraphDocument): Generator<string> {
  let buffer = '';
  // The values JSON.stringify leaves out of an object, told apart without stringifying every value once more.
  const entries = Object.entries(graph).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  buffer += '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    buffer += ` ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      // Elements sit two levels deep: stringified alone, each of their lines is indented by two more spaces.
      buffer += '[\n';
      for (let i = 0; i < value.length; i++) {
        buffer += `  ${(JSON.stringify(value[i], null, 1) ?? 'null').replace(/\n/g, '\n  ')}${i + 1 < value.length ? ',\n' : '\n'}`;
        if (buffer.length >= PIECE_SIZE) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += ' ]';
    } else {
      buffer += JSON.stringify(value, null, 1).replace(/\n/g, '\n ');
    }
    buffer += k + 1 < entries.length ? ',\n' : '\n}';
  }
  yield buffer;
}
