// Validating a graph document file on a worker thread, so that its checks run beside other work on the same file
// (kg load --bulk converts it to CSV on the main thread meanwhile) instead of before it.
import type { GraphListName } from '../document/graph-source.js';
import type { ValidationResult } from './validate-document.js';
import { siblingModule, startModuleWorker } from '../util/module-worker.js';

export type FileValidation = ValidationResult & { counts: Record<GraphListName, number> };

export type FromValidationWorker = { kind: 'result'; result: FileValidation } | { kind: 'failed'; notJson: boolean; message: string };

const WORKER_MODULE = siblingModule('./validation-worker', import.meta.url);

/** The file is not JSON, or could not be read; the message says where. */
export class GraphFileReadError extends Error {
  constructor(
    message: string,
    readonly notJson: boolean,
  ) {
    super(message);
    this.name = 'GraphFileReadError';
  }
}

/**
 * Validates the graph document in `file` on a worker thread (validateGraphSource over its file source). Rejects
 * with GraphFileReadError when the file cannot be read as JSON, as validateGraphSource throws.
 */
export function validateGraphFileOnWorker(file: string): Promise<FileValidation> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(WORKER_MODULE, { file });
    let settled = false;
    worker.once('message', (reply: FromValidationWorker) => {
      settled = true;
      if (reply.kind === 'result') resolve(reply.result);
      else reject(new GraphFileReadError(reply.message, reply.notJson));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the validation worker stopped (exit code ${code}) before it gave a result`));
    });
  });
}
