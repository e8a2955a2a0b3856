// `kg serve`: the viewer's web server. Serves the built app (web/dist) and a small JSON API over the graph in Neo4j.
// Closed by default: binds 127.0.0.1, sends no CORS headers, refuses requests whose Host or Origin is not this
// server (DNS rebinding, cross-site posts), takes JSON bodies only (so a cross-site form cannot post without a
// preflight, which fails), caps body size, and never sends Neo4j settings or credentials to the browser. User Cypher
// goes through runReadQuery: read-only by statement type and by READ session, with a timeout and a row limit.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { projectRoot } from '../db/local-neo4j-layout.js';
import { openGraphDatabase, type GraphDatabase } from '../neo4j/connection.js';
import { runReadQuery, isQueryError, StatementKindError, WriteRefusedError } from '../neo4j/run-read-query.js';
import {
  egoNetwork,
  entityDetails,
  graphDocumentOf,
  graphOverview,
  pathGraph,
  relationEvidence,
  searchEntities,
  searchEvidence,
} from '../neo4j/viewer-queries.js';
import { articleText, articleTimeline, entityArticles, relationArticles, shortestPathIds } from '../neo4j/article-queries.js';
import { HealthCheck, isConnectionError, unreachableMessage } from './neo4j-health.js';
import { errorCode, errorMessage } from '../util/errors.js';
import { isRecord } from '../util/json-shapes.js';

export const DIST_DIR = path.join(projectRoot, 'web', 'dist');
export const MAX_BODY_BYTES = 64 * 1024;
/** The export of a view sends the ids of every visible entity and relation: tens of thousands of ids on a corpus. */
export const MAX_DOCUMENT_BODY_BYTES = 8 * 1024 * 1024;
/** A server started without Neo4j tries to open it again at most this often (on a status request). */
const REOPEN_INTERVAL_MS = 5_000;
export const QUERY_TIMEOUT_MS = 15_000;
export const QUERY_ROW_LIMIT = 1000;
/** Bytes of rows one /api/query answer may hold: a browser tab shows no more, and the server's memory stays flat. */
export const QUERY_BYTE_LIMIT = 8 * 1024 * 1024;
/** Statements of /api/query running at once, per client address and in all: more wait their turn in the browser. */
export const QUERY_CONCURRENCY_PER_CLIENT = 2;
export const QUERY_CONCURRENCY_TOTAL = 4;

export interface ViewerServerOptions {
  /** Address to bind; default 127.0.0.1. Any other address needs `allowRemote`. */
  host?: string;
  /** Port; default 5173; 0 picks a free one. */
  port?: number;
  /** Allow binding a non-loopback address (the `--host` flag); a warning is printed. */
  allowRemote?: boolean;
  /** Use this database instead of opening one; `null` serves the app without Neo4j (offline files only). */
  database?: GraphDatabase | null;
  /** Build web/dist when it is missing (default true). */
  buildIfMissing?: boolean;
  /** Where warnings go; default stderr. */
  warn?: (line: string) => void;
}

export interface ViewerServer {
  url: string;
  /** True when the API can reach Neo4j. */
  connected: boolean;
  close(): Promise<void>;
}

/** A user-facing problem starting the server (bad host, port taken, no build). */
export class ViewerServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewerServerError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // The layout worker is started from a blob: URL; exports are blob: downloads; PNG export reads the canvas.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' blob: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJsonBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.toLowerCase().startsWith('application/json')) throw new HttpError(415, 'send the body as application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `body too large (limit ${limit} bytes)`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    // A request without setEncoding gives its body as Buffers.
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > limit) throw new HttpError(413, `body too large (limit ${limit} bytes)`);
    chunks.push(bytes);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

function requiredParam(url: URL, name: string): string {
  const value = url.searchParams.get(name);
  if (!value || value.length > 500) throw new HttpError(400, `missing or too long query parameter "${name}"`);
  return value;
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new HttpError(400, `"${name}" must be an integer from ${min} to ${max}`);
  return value;
}

/** Counts the /api/query statements running, per client address, and refuses one past either cap with a 429. */
export class QueryGate {
  private readonly running = new Map<string, number>();
  private total = 0;

  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    const mine = this.running.get(client) ?? 0;
    if (mine >= QUERY_CONCURRENCY_PER_CLIENT || this.total >= QUERY_CONCURRENCY_TOTAL) {
      throw new HttpError(
        429,
        `too many queries at once (at most ${QUERY_CONCURRENCY_PER_CLIENT} per client, ${QUERY_CONCURRENCY_TOTAL} in all); wait for one to finish`,
      );
    }
    this.running.set(client, mine + 1);
    this.total += 1;
    try {
      return await work();
    } finally {
      this.total -= 1;
      const left = (this.running.get(client) ?? 1) - 1;
      if (left === 0) this.running.delete(client);
      else this.running.set(client, left);
    }
  }
}

/** Routes of the JSON API; each returns the body to send. */
async function api(database: GraphDatabase, req: http.IncomingMessage, url: URL, gate: QueryGate): Promise<unknown> {
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case 'GET /api/overview':
      return graphOverview(database, intParam(url, 'limit', 2000, 1, 20_000));
    case 'GET /api/search': {
      // Names first, then relations whose evidence sentence has the words.
      const text = url.searchParams.get('q')?.slice(0, 200) ?? '';
      const [entities, relations] = await Promise.all([searchEntities(database, text, intParam(url, 'limit', 10, 1, 50)), searchEvidence(database, text, 5)]);
      return { hits: [...entities, ...relations] };
    }
    case 'GET /api/entity': {
      const details = await entityDetails(database, requiredParam(url, 'id'));
      if (!details) throw new HttpError(404, 'no entity with this id');
      return details;
    }
    case 'GET /api/relation': {
      const details = await relationEvidence(database, requiredParam(url, 'id'), url.searchParams.get('type') ?? undefined);
      if (!details) throw new HttpError(404, 'no relation with this id');
      return details;
    }
    case 'GET /api/articles': {
      const entity = url.searchParams.get('entity');
      if (entity) return { articles: await entityArticles(database, requiredParam(url, 'entity')) };
      return { articles: await relationArticles(database, requiredParam(url, 'relation')) };
    }
    case 'GET /api/article': {
      const article = await articleText(database, requiredParam(url, 'id'));
      if (!article) throw new HttpError(404, 'no article with this id');
      return article;
    }
    case 'GET /api/timeline':
      return articleTimeline(database);
    case 'GET /api/path': {
      const ids = await shortestPathIds(database, requiredParam(url, 'from'), requiredParam(url, 'to'));
      return { path: ids, graph: ids.length ? await pathGraph(database, ids) : null };
    }
    case 'GET /api/expand':
      return egoNetwork(database, requiredParam(url, 'id'), 1, intParam(url, 'limit', 200, 1, 2000));
    case 'GET /api/ego':
      return egoNetwork(database, requiredParam(url, 'id'), intParam(url, 'depth', 1, 1, 3), intParam(url, 'limit', 500, 1, 5000));
    case 'POST /api/document': {
      const body = await readJsonBody(req, MAX_DOCUMENT_BODY_BYTES);
      const ids = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 50_000) : []);
      const fields = isRecord(body) ? body : {};
      return graphDocumentOf(database, ids(fields.entityIds), ids(fields.relationIds));
    }
    case 'POST /api/query': {
      const body = await readJsonBody(req);
      if (!isRecord(body) || typeof body.cypher !== 'string' || body.cypher.trim() === '') throw new HttpError(400, 'give {"cypher": "MATCH …"}');
      const params = isRecord(body.params) ? body.params : {};
      try {
        const cypher = body.cypher;
        return await gate.run(req.socket.remoteAddress ?? '', () =>
          runReadQuery(database.queryDriver, database.settings.database, cypher, params, {
            timeoutMs: QUERY_TIMEOUT_MS,
            rowLimit: QUERY_ROW_LIMIT,
            byteLimit: QUERY_BYTE_LIMIT,
          }),
        );
      } catch (error) {
        if (error instanceof HttpError) throw error;
        if (error instanceof WriteRefusedError)
          throw new HttpError(403, `the viewer runs read-only queries; this statement would write (query type "${error.queryType}") and was not run`);
        if (error instanceof StatementKindError) throw new HttpError(403, `the viewer runs read-only queries; ${error.message}`);
        if (isQueryError(error)) throw new HttpError(400, error.message);
        const code = errorCode(error) ?? '';
        if (/TransactionTimedOut|Timeout/i.test(code))
          throw new HttpError(408, `the query ran past ${QUERY_TIMEOUT_MS / 1000} s and was stopped; add a LIMIT or a narrower MATCH`);
        if (/Forbidden|AccessMode/.test(code)) throw new HttpError(403, 'the viewer runs read-only queries; Neo4j refused a write');
        if (isConnectionError(error)) throw error;
        const [firstLine = ''] = String(error instanceof Error ? error.message : error).split('\n');
        throw new HttpError(400, `Neo4j could not run the query: ${firstLine.slice(0, 300)}`);
      }
    }
    default:
      throw new HttpError(404, `no API route ${route}`);
  }
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    throw new HttpError(400, 'bad path');
  }
  const file = path.resolve(DIST_DIR, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  if (!file.startsWith(DIST_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) throw new HttpError(404, 'not found');
  const body = fs.readFileSync(file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Builds web/dist with Vite (a dev dependency); a clear error when it is not installed. */
export async function buildViewer(): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new ViewerServerError(`the viewer is not built (${DIST_DIR} is missing) and Vite is not installed; run npm install, then npm run build:web`);
  }
  await vite.build({ configFile: path.join(projectRoot, 'vite.config.ts'), root: path.join(projectRoot, 'web'), logLevel: 'warn' });
}

/**
 * Host header names a loopback-bound server answers to. A page on another site cannot reach it through a DNS name
 * that resolves to 127.0.0.1 (DNS rebinding), because that name is not in this list. Returns null for a server bound
 * to another address on purpose (`--host`), which answers whatever name the network reaches it by.
 */
function allowedHosts(host: string, port: number): Set<string> | null {
  if (!isLoopback(host)) return null;
  const bound = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return new Set(['127.0.0.1', 'localhost', '[::1]', bound.toLowerCase()].flatMap((name) => [name, `${name}:${port}`]));
}

/**
 * Starts the viewer server and resolves once it listens. Opens Neo4j (NEO4J_URI or the project's own server) unless
 * `database` is given; when Neo4j cannot be reached the app is still served, for graph documents opened offline.
 */
export async function startViewerServer(options: ViewerServerOptions = {}): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!isLoopback(host)) {
    if (!options.allowRemote)
      throw new ViewerServerError(`kg serve: refusing to bind ${host} without --host; the viewer binds 127.0.0.1 unless told otherwise`);
    warn(`kg serve: WARNING: listening on ${host}: anyone who can reach this address can read the whole graph and run read-only Cypher on it`);
  }
  if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) {
    if (options.buildIfMissing === false) throw new ViewerServerError(`kg serve: the viewer is not built (${DIST_DIR} is missing); run npm run build:web`);
    warn('kg serve: building the viewer (web/dist) once…');
    await buildViewer();
  }
  let database: GraphDatabase | null = null;
  let offlineReason = 'this server was started without Neo4j; open a graph document from a file instead';
  const ownsDatabase = options.database === undefined;
  if (options.database !== undefined) database = options.database;
  else {
    try {
      database = await openGraphDatabase();
    } catch (error) {
      offlineReason =
        'Neo4j was not running when kg serve started; start it with `kg db start` (the page connects by itself), or open a graph document from a file';
      warn(`kg serve: ${errorMessage(error)}; serving the viewer for graph documents opened from files until Neo4j answers`);
    }
  }
  let closed = false;
  let lastReopen = 0;
  /** A server that owns its connection and started without Neo4j opens it once Neo4j answers. */
  const reopen = async () => {
    if (database || !ownsDatabase || closed || Date.now() - lastReopen < REOPEN_INTERVAL_MS) return;
    lastReopen = Date.now();
    try {
      const opened = await openGraphDatabase();
      if (closed || database) await opened.close();
      else database = opened;
    } catch {
      // Still not running; the status answer says so.
    }
  };
  const health = new HealthCheck(
    () => database,
    () => offlineReason,
  );

  let hosts: Set<string> | null = new Set<string>();
  const gate = new QueryGate();
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://viewer.invalid');
      try {
        const hostHeader = String(req.headers.host ?? '').toLowerCase();
        if (!hostHeader || (hosts && !hosts.has(hostHeader))) throw new HttpError(421, 'unexpected Host header');
        // Same origin only: a browser names the page's origin on cross-site requests, and it must be this server.
        const origin = req.headers.origin;
        if (origin && origin.replace(/^https?:\/\//, '').toLowerCase() !== hostHeader) throw new HttpError(403, 'cross-origin requests are not allowed');
        if (url.pathname === '/api/status') {
          await reopen();
          return sendJson(res, 200, await health.check());
        }
        if (url.pathname.startsWith('/api/')) {
          if (!database) throw new HttpError(503, `Neo4j is not connected: ${offlineReason}`);
          return sendJson(res, 200, await api(database, req, url, gate));
        }
        serveStatic(req, res, url);
      } catch (error) {
        if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
        if (isConnectionError(error)) {
          health.invalidate();
          return sendJson(res, 503, { error: unreachableMessage(error, database?.settings.external ?? false), neo4j: false });
        }
        warn(`kg serve: ${req.method} ${url.pathname} failed: ${errorMessage(error).split('\n')[0]}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'the query failed in Neo4j; see the server log' });
        else res.end();
      }
    })();
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  // A port that cannot be taken ends the start; the driver opened for it is closed, or it would keep the process alive.
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (ownsDatabase && database) void database.close();
      if (error.code === 'EADDRINUSE')
        reject(
          new ViewerServerError(`kg serve: port ${options.port ?? 5173} on ${host} is in use; pick another with --port N (or --port 0 for any free port)`),
        );
      else if (error.code === 'EADDRNOTAVAIL')
        reject(new ViewerServerError(`kg serve: ${host} is not an address of this machine; give one of its addresses with --host`));
      else reject(error);
    });
    server.listen(options.port ?? 5173, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, port);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    connected: database !== null,
    async close() {
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownsDatabase && database) await database.close();
    },
  };
}
