// Reads a graph document file without holding it whole. A graph document is one JSON object whose bulk is in three
// top-level arrays (documents, entities, relations); the bytes are scanned as they are read, and each element of the
// arrays asked for is cut out and parsed on its own. Memory then follows the largest element, not the file: a
// million-relation document is ~0.5 GB of JSON and several times that once parsed whole.
import fs from 'node:fs';

/** The file is not one well-formed JSON object; `offset` is the byte where reading stopped. */
export class GraphFileSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = 'GraphFileSyntaxError';
  }
}

/** One element of a top-level array (with its index), or another top-level value (index undefined). */
export interface GraphFileItem {
  key: string;
  index?: number;
  value: unknown;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Where the scan of one value stands between chunks: its nesting depth, whether it is inside a string (and just after
 * a backslash there), whether it is a bare number or literal, and where the chunk's next backslash is (-1: not yet
 * looked for). Kept in one object so the byte loop (scanValue) works on locals and writes them back once.
 */
interface ValueScan {
  nest: number;
  inString: boolean;
  escaped: boolean;
  primitive: boolean;
  nextBackslash: number;
}

/**
 * Scans the value `scan` describes from `from` in `chunk`. Gives the index just past its end (for a bare number or
 * literal, the index of the delimiter after it, which belongs to what follows), or -1 when the chunk ends first.
 * This is where nearly every byte of a graph file is looked at, so it touches only locals.
 */
function scanValue(chunk: Buffer, from: number, scan: ValueScan): number {
  const length = chunk.length;
  let i = from;
  if (scan.primitive) {
    for (; i < length; i++) {
      const byte = chunk[i]!;
      if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte)) return i;
    }
    return -1;
  }
  let nest = scan.nest;
  let inString = scan.inString;
  let escaped = scan.escaped;
  let nextBackslash = scan.nextBackslash;
  let end = -1;
  while (i < length) {
    if (inString) {
      if (escaped) {
        escaped = false;
        i++;
        continue;
      }
      // Most bytes are inside strings: jump to the next quote or backslash. The next backslash is found once per
      // backslash in the chunk, not once per string.
      if (nextBackslash < i) {
        nextBackslash = chunk.indexOf(BACKSLASH, i);
        if (nextBackslash < 0) nextBackslash = length;
      }
      const quote = chunk.indexOf(QUOTE, i);
      if (nextBackslash < length && (quote < 0 || nextBackslash < quote)) {
        i = nextBackslash + 1;
        escaped = true;
        continue;
      }
      if (quote < 0) {
        i = length;
        break;
      }
      i = quote + 1;
      inString = false;
      if (nest === 0) {
        end = i;
        break;
      }
      continue;
    }
    const byte = chunk[i]!;
    i++;
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) nest++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --nest === 0) {
      end = i;
      break;
    }
  }
  scan.nest = nest;
  scan.inString = inString;
  scan.escaped = escaped;
  scan.nextBackslash = nextBackslash;
  return end;
}

type State = 'start' | 'beforeKey' | 'afterKey' | 'beforeValue' | 'beforeElement' | 'afterElement' | 'afterValue' | 'done' | 'value';
type Role = 'key' | 'top' | 'element';

/**
 * Yields, in file order, every element of the top-level arrays named in `arrays`, and every other top-level value
 * (version, generator, unknown keys); a top-level array not asked for is skipped unparsed and given as []. Throws
 * GraphFileSyntaxError where the bytes stop being a JSON object, and SyntaxError (from JSON.parse) for a
 * malformed element.
 */
export async function* readGraphFile(file: string, arrays: ReadonlySet<string>, chunkSize = 1 << 20): AsyncGenerator<GraphFileItem> {
  let state = 'start' as State;
  let role: Role = 'top';
  let offset = 0;
  let key = '';
  let index = 0;
  let afterComma = false;
  // The value being scanned (see scanValue), and its bytes when it is kept (undefined when skipped).
  const scan: ValueScan = { nest: 0, inString: false, escaped: false, primitive: false, nextBackslash: -1 };
  let parts: Buffer[] | undefined;
  let valueStart = 0;
  const ready: GraphFileItem[] = [];

  const fail = (message: string, at: number): never => {
    throw new GraphFileSyntaxError(message, offset + at);
  };
  /** Ends the value scanned so far at `end`, keeps it when asked, and gives the state that follows it. */
  const finishValue = (chunk: Buffer, end: number): State => {
    if (parts) {
      parts.push(chunk.subarray(valueStart, end));
      const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8');
      parts = undefined;
      const value: unknown = JSON.parse(text);
      if (role === 'key') key = value as string;
      else if (role === 'element') ready.push({ key, index: index++, value });
      else ready.push({ key, value });
    }
    return role === 'key' ? 'afterKey' : role === 'element' ? 'afterElement' : 'afterValue';
  };
  /** Starts scanning a value at `at`; the state is then 'value'. */
  const beginValue = (chunk: Buffer, at: number, as: Role, keep: boolean): State => {
    role = as;
    parts = keep ? [] : undefined;
    valueStart = at;
    const byte = chunk[at]!;
    scan.inString = byte === QUOTE;
    scan.escaped = false;
    scan.nest = byte === OPEN_BRACE || byte === OPEN_BRACKET ? 1 : 0;
    scan.primitive = !scan.inString && scan.nest === 0;
    if (scan.primitive && (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || byte === COLON)) fail('expected a value', at);
    return 'value';
  };

  const stream = fs.createReadStream(file, { highWaterMark: chunkSize });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    scan.nextBackslash = -1;
    for (let i = 0; i < chunk.length; i++) {
      if (state === 'value') {
        const end = scanValue(chunk, i, scan);
        if (end < 0) break;
        state = finishValue(chunk, end);
        i = end - 1;
        continue;
      }
      const byte = chunk[i]!;
      if (isSpace(byte)) continue;
      switch (state) {
        case 'start':
          if (byte !== OPEN_BRACE) fail('the file does not start with a JSON object ("{")', i);
          state = 'beforeKey';
          afterComma = false;
          break;
        case 'beforeKey':
          if (byte === CLOSE_BRACE && !afterComma) state = 'done';
          else if (byte === QUOTE) state = beginValue(chunk, i, 'key', true);
          else fail('expected a property name', i);
          break;
        case 'afterKey':
          if (byte !== COLON) fail(`expected ":" after "${key}"`, i);
          state = 'beforeValue';
          break;
        case 'beforeValue':
          if (byte === OPEN_BRACKET && arrays.has(key)) {
            state = 'beforeElement';
            index = 0;
            afterComma = false;
          } else {
            // Arrays nobody asked for are skipped without parsing, and given as empty arrays.
            state = beginValue(chunk, i, 'top', byte !== OPEN_BRACKET);
            if (byte === OPEN_BRACKET) ready.push({ key, value: [] });
          }
          break;
        case 'beforeElement':
          if (byte === CLOSE_BRACKET && !afterComma) state = 'afterValue';
          else state = beginValue(chunk, i, 'element', true);
          break;
        case 'afterElement':
          if (byte === COMMA) {
            state = 'beforeElement';
            afterComma = true;
          } else if (byte === CLOSE_BRACKET) state = 'afterValue';
          else fail(`expected "," or "]" in "${key}"`, i);
          break;
        case 'afterValue':
          if (byte === COMMA) {
            state = 'beforeKey';
            afterComma = true;
          } else if (byte === CLOSE_BRACE) state = 'done';
          else fail('expected "," or "}" between top-level properties', i);
          break;
        case 'done':
          fail('unexpected text after the JSON object', i);
      }
    }
    if (state === 'value' && parts) {
      parts.push(chunk.subarray(valueStart));
      valueStart = 0;
    } else if (state === 'value') valueStart = 0;
    offset += chunk.length;
    if (ready.length) {
      yield* ready;
      ready.length = 0;
    }
  }
  // A number at the very end of the file ends with it (only possible in a malformed file, but say so precisely).
  if (state !== 'done') fail('the file ends before its JSON object is closed', 0);
}
