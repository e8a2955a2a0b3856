// extractGraph spread over worker threads. The main thread cleans the inputs (cheap) and hands documents to the
// workers one at a time as they free up; each worker segments and recognises its share and keeps it. Entities are
// resolved across all documents on the main thread, then each document's relations are extracted by the worker
// holding it. Results are put back in input order before resolving and building, so the graph is the same as
// extractGraph's, whatever the number of workers and whichever finishes first. The main thread is one of the
// workers: it would otherwise sit waiting, and every extra thread loads and warms up its own copy of the code.
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { cleanInput } from './clean.js';
import {
  entitiesByDocument,
  finishGraph,
  keepDocuments,
  type ExtractOptions,
  type ExtractProgress,
  type ExtractResult,
  type RecognisedDocument,
} from './extract-graph.js';
import { documentWorker, type EntityView, type FromWorker, type ToWorker } from './document-worker.js';
import { mergeMentionsAcrossDocuments } from './merge-across-documents.js';
import type { MentionCandidate, RawInput, RelationCandidate } from './stage-types.js';
import { siblingModule, startModuleWorker } from '../util/module-worker.js';
import { itemAt } from '../util/checked-index.js';

export interface ParallelOptions extends ExtractOptions {
  workers: number;
  /**
   * Worker threads already started (startWorkerThreads), e.g. while the inputs were still being read, so that
   * their start-up overlaps the reading. Used before starting any more; all are stopped at the end.
   */
  started?: Worker[];
}

/** Starts `count` extraction worker threads; each loads the code and models on its own, which takes a moment. */
export function startWorkerThreads(count: number): Worker[] {
  return Array.from({ length: count }, () => startModuleWorker(WORKER_MODULE));
}

const WORKER_MODULE = siblingModule('./extract-worker', import.meta.url);
/** Documents queued per worker beyond the one it works on, so it never waits for the next. */
const AHEAD = 1;

/** Extracts the graph on `workers` threads (the main one included); the same graph as extractGraph(inputs, options). */
export async function extractGraphInWorkers(inputs: RawInput[], options: ParallelOptions): Promise<ExtractResult> {
  const { documents, skipped, duplicates } = keepDocuments(inputs.map((input) => cleanInput(input, options.published)));
  const progress: ExtractProgress = { total: documents.length, recognised: 0, related: 0, tokensRecognised: 0, tokensRelated: 0 };
  const started = options.started ?? [];
  const threads = Math.max(0, Math.min(options.workers, documents.length) - 1);
  const kept = started.slice(0, threads);
  const spare = started.slice(threads);
  const workers: Runner[] = [new MainThreadWorker(), ...kept, ...startWorkerThreads(Math.max(0, threads - kept.length))];
  try {
    await Promise.all(spare.map((w) => w.terminate()));
    if (documents.length === 0) return finishGraph([], [], [], [], skipped, duplicates);
    const recognised = new Array<RecognisedDocument>(documents.length);
    const owner = new Array<Runner>(documents.length);
    let next = 0;
    await runOnWorkers(workers, documents.length, (worker, reply) => {
      if (reply) {
        if (reply.kind !== 'recognised') throw new Error(`extract worker: unexpected "${reply.kind}" reply`);
        recognised[reply.index] = { mentions: reply.mentions, tokens: reply.tokens };
        progress.recognised++;
        progress.tokensRecognised += reply.tokens;
        options.onProgress?.({ ...progress });
      }
      // Keep each worker busy: on its first turn it is given AHEAD + 1 documents, then one per reply.
      for (let n = reply ? 1 : AHEAD + 1; n > 0 && next < documents.length; n--, next++) {
        owner[next] = worker;
        worker.postMessage({ kind: 'recognise', index: next, doc: documents[next]! } satisfies ToWorker);
      }
    });

    const entities = mergeMentionsAcrossDocuments(recognised.flatMap((r) => r.mentions));
    const views = entitiesByDocument(entities);
    const indexOf = new Map<MentionCandidate, number>();
    for (const r of recognised) r.mentions.forEach((m, k) => indexOf.set(m, k));
    const relations = new Array<RelationCandidate[]>(documents.length);
    await runOnWorkers(workers, documents.length, (worker, reply) => {
      if (!reply) {
        documents.forEach((doc, index) => {
          if (owner[index] !== worker) return;
          const view: EntityView[] = (views.get(doc.id) ?? []).map((e) => ({ ...e, mentions: e.mentions.map((m) => indexOf.get(m) ?? m) }));
          worker.postMessage({ kind: 'relate', index, entities: view } satisfies ToWorker);
        });
        return;
      }
      if (reply.kind !== 'related') throw new Error(`extract worker: unexpected "${reply.kind}" reply`);
      relations[reply.index] = reply.relations;
      progress.related++;
      progress.tokensRelated += itemAt(recognised, reply.index).tokens;
      options.onProgress?.({ ...progress });
    });
    return finishGraph(documents, recognised, entities, relations.flat(), skipped, duplicates);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Runs one round of requests: `step` is called once per worker with no reply (to send its first requests), then
 * with each reply; resolves after `expected` replies, rejects on the first worker error.
 */
function runOnWorkers(workers: Runner[], expected: number, step: (worker: Runner, reply?: FromWorker) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let replies = 0;
    const listeners: [Runner, (reply: FromWorker) => void, (error: Error) => void, (code: number) => void][] = [];
    const done = (error?: Error) => {
      for (const [worker, onMessage, onError, onExit] of listeners) {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      }
      if (error) reject(error);
      else resolve();
    };
    for (const worker of workers) {
      const onMessage = (reply: FromWorker) => {
        try {
          step(worker, reply);
        } catch (error) {
          done(asError(error));
          return;
        }
        if (++replies === expected) done();
      };
      const onError = (error: Error) => done(error);
      const onExit = (code: number) => done(new Error(`extract worker stopped (exit code ${code}) before finishing`));
      listeners.push([worker, onMessage, onError, onExit]);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    }
    if (expected === 0) {
      done();
      return;
    }
    try {
      for (const worker of workers) step(worker);
    } catch (error) {
      done(asError(error));
    }
  });
}

/** A listener as Worker (an EventEmitter) takes it. */
type WorkerListener = Parameters<Worker['off']>[1];

/** What the main thread needs of a worker: a Worker thread, or the main thread's own MainThreadWorker. */
interface Runner {
  postMessage(request: ToWorker): void;
  on(event: 'message' | 'error' | 'exit', listener: WorkerListener): unknown;
  off(event: 'message' | 'error' | 'exit', listener: WorkerListener): unknown;
  terminate(): Promise<number>;
}

/**
 * The main thread's share of the work, behind a Worker's interface: requests are queued and answered one per turn
 * of the event loop, so replies from the threads are still taken in between.
 */
class MainThreadWorker extends EventEmitter {
  private readonly handle = documentWorker();
  private readonly queue: ToWorker[] = [];
  private scheduled = false;

  postMessage(request: ToWorker): void {
    this.queue.push(request);
    this.schedule();
  }

  async terminate(): Promise<number> {
    this.queue.length = 0;
    return 0;
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const request = this.queue.shift();
      if (!request) return;
      let reply: FromWorker;
      try {
        reply = this.handle(request);
      } catch (error) {
        this.emit('error', error);
        return;
      }
      this.emit('message', reply);
      this.schedule();
    });
  }
}

/** A thrown value as the Error a rejected extraction gives. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
