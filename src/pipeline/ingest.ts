// Stage 1 (I/O): reads the inputs named on the command line — files, folders (recursively), "-" for stdin, URLs,
// feed files and list files (ingest-remote.ts) — and decodes them (decode-bytes.ts). Unreadable inputs become InputFailures with a reason; they never stop the others.
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from './decode-bytes.js';
import { DEFAULT_FETCH_POLICY, isUrl, type FetchPolicy } from './fetch-url.js';
import { FEED_EXTENSIONS, feedInputs, isListFile, readListEntries, readListFile, readUrl } from './ingest-remote.js';
import { looksLikeFeed } from './read-feed.js';
import type { InputFailure, InputFormat, RawInput } from './stage-types.js';
import { errorCode } from '../util/errors.js';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export interface IngestResult {
  inputs: RawInput[];
  failures: InputFailure[];
}

/** Decodes an input's bytes (see decode-bytes.ts), refusing binary, undecodable and empty inputs with a reason. */
export function decodeInput(source: string, bytes: Uint8Array, format: InputFormat, declared?: string): RawInput | InputFailure {
  const decoded = decodeBytes(bytes, declared ?? (format === 'html' ? declaredCharset(bytes) : undefined));
  if ('reason' in decoded) return { source, reason: decoded.reason };
  let content = decoded.text;
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (content.trim() === '') return { source, reason: 'is empty or whitespace only; give an article with some text' };
  return { source, format, content, encoding: decoded.encoding };
}

/** The charset a page names in its first kilobytes (<meta charset> or http-equiv Content-Type), as browsers look. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/** Formats people give by mistake, with what to do instead. */
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.pdf': 'is a PDF; convert it to text (e.g. pdftotext) and extract the .txt',
  '.doc': 'is a Word document; save it as .txt or .html first',
  '.docx': 'is a Word document; save it as .txt or .html first',
  '.odt': 'is an OpenDocument file; save it as .txt or .html first',
  '.rtf': 'is an RTF document; save it as .txt first',
  '.png': 'is an image; kg extract reads text articles (.txt, .md, .html)',
  '.jpg': 'is an image; kg extract reads text articles (.txt, .md, .html)',
  '.jpeg': 'is an image; kg extract reads text articles (.txt, .md, .html)',
  '.gif': 'is an image; kg extract reads text articles (.txt, .md, .html)',
  '.webp': 'is an image; kg extract reads text articles (.txt, .md, .html)',
  '.zip': 'is an archive; unpack it and extract the folder',
  '.gz': 'is compressed; decompress it first',
  '.json': 'is JSON; kg extract reads articles — to load a graph document use kg load',
};

/** Why a file named explicitly cannot be extracted, judged by its extension; undefined when it may be. */
export function unsupportedReason(file: string): string | undefined {
  return UNSUPPORTED_EXTENSIONS[path.extname(file).toLowerCase()];
}

function formatOf(file: string, content?: string): InputFormat | undefined {
  const byExtension = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  if (content !== undefined) return /^\s*<(!doctype html|html|body|article|div|p)\b/i.test(content) ? 'html' : 'txt';
  return undefined;
}

/** Folders deeper than this below the one named are not read (a loop of bind mounts would never end). */
export const MAX_FOLDER_DEPTH = 32;
/** The largest input file read: larger is not an article, and reading it whole would exhaust memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The article files under `dir`; a subfolder that cannot be read, or lies too deep, is reported in `failures`. */
async function listFiles(dir: string, failures: InputFailure[], depth = 0): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = errorCode(error);
    failures.push({
      source: dir,
      reason:
        code === 'EACCES'
          ? 'is a folder that cannot be read (permission denied); skipped'
          : `is a folder that cannot be read (${code ?? String(error)}); skipped`,
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth + 1 > MAX_FOLDER_DEPTH)
        failures.push({ source: full, reason: `is more than ${MAX_FOLDER_DEPTH} folders deep; skipped (name it on the command line to read it)` });
      else files.push(...(await listFiles(full, failures, depth + 1)));
    } else if (formatOf(entry.name)) files.push(full);
  }
  return files;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  // stdin without setEncoding gives Buffers.
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

const CONCURRENT_READS = 32;

/** Reads one file named by the user, found in a folder or listed: an article, a feed's articles, or the reason not. */
async function readArticleFile(file: string, policy: FetchPolicy): Promise<(RawInput | InputFailure)[]> {
  const unsupported = unsupportedReason(file);
  if (unsupported) return [{ source: file, reason: unsupported }];
  let bytes: Buffer;
  try {
    // A FIFO would block the read for ever and a device (/dev/zero) never end it: regular files only, of bounded size.
    const stat = await fs.stat(file);
    if (!stat.isFile() && !stat.isDirectory()) return [{ source: file, reason: 'is not a regular file (a FIFO, device or socket); give article files' }];
    if (stat.size > MAX_INPUT_BYTES)
      return [
        {
          source: file,
          reason: `is ${Math.round(stat.size / 1024 ** 2)} MB, more than the ${MAX_INPUT_BYTES / 1024 ** 2} MB an input may be; split it into articles`,
        },
      ];
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    const reason =
      code === 'EISDIR'
        ? 'is a folder; name it on the command line rather than in a list'
        : code === 'ENOENT'
          ? 'does not exist; check the path'
          : code === 'EACCES'
            ? 'cannot be read (permission denied); check its permissions'
            : `cannot be read (${code ?? String(error)})`;
    return [{ source: file, reason }];
  }
  const head = bytes.subarray(0, 2048).toString('utf8');
  if (FEED_EXTENSIONS.has(path.extname(file).toLowerCase()) || looksLikeFeed(head)) {
    const decoded = decodeInput(file, bytes, 'txt');
    return 'reason' in decoded ? [decoded] : feedInputs(file, decoded.content, decodeInput, policy);
  }
  return [decodeInput(file, bytes, formatOf(file, head.slice(0, 200)) ?? 'txt')];
}

export interface IngestOptions {
  /** How URLs (given, listed or in feeds) are fetched. */
  fetch?: FetchPolicy;
}

/**
 * Reads every input in the order given; folders contribute their .txt, .md and .html files in name order, feeds
 * their items' articles, list files their lines.
 */
export async function ingestInputs(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const policy = options.fetch ?? DEFAULT_FETCH_POLICY;
  const inputs: RawInput[] = [];
  const failures: InputFailure[] = [];
  const add = (result: RawInput | InputFailure) => ('reason' in result ? failures.push(result) : inputs.push(result));
  const readFile = (file: string) => readArticleFile(file, policy);
  for (const given of paths) {
    if (given === '-') {
      const bytes = await readStdin();
      add(decodeInput('-', bytes, formatOf('-', new TextDecoder().decode(bytes.subarray(0, 200))) ?? 'txt'));
      continue;
    }
    if (isUrl(given)) {
      (await readUrl(given, decodeInput, policy)).forEach(add);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      failures.push({
        source: given,
        reason: /^[a-z][a-z0-9+.-]*:\/\//i.test(given)
          ? 'is an address kg extract cannot fetch; give an http:// or https:// URL'
          : 'does not exist; check the path',
      });
      continue;
    }
    if (stat.isFile() && isListFile(given)) {
      const list = await readListFile(given);
      list.failures.forEach(add);
      if (list.entries.length === 0 && list.failures.length === 0) failures.push({ source: given, reason: 'is a list file with no URL or path in it' });
      (await readListEntries(list.entries, readFile, decodeInput, policy)).forEach(add);
      continue;
    }
    const files = stat.isDirectory() ? await listFiles(given, failures) : [given];
    if (stat.isDirectory() && files.length === 0) failures.push({ source: given, reason: 'holds no .txt, .md or .html files' });
    // Files are read a few at a time (a folder of small articles is otherwise bound by one read's round trip),
    // and added in name order.
    for (let start = 0; start < files.length; start += CONCURRENT_READS) {
      const batch = files.slice(start, start + CONCURRENT_READS);
      for (const results of await Promise.all(batch.map(readFile))) results.forEach(add);
    }
  }
  return { inputs, failures };
}
