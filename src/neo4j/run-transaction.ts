// One explicit transaction, tried again on transient errors only. Not the driver's managed transactions
// (executeRead/executeWrite), which also retry a lost connection for maxTransactionRetryTime: a load or a settle
// whose server died said nothing for two minutes; through here it fails at once (a new connection gives up after the
// driver's connection timeout), with the error the caller turns into what to do.
import type { QueryResult, Session } from 'neo4j-driver';
import { errorCode } from '../util/errors.js';

/** Transient errors (a deadlock between two batches, a lock wait) are retried this long before the work fails. */
const RETRY_TRANSIENT_MS = 120_000;

/** A deadlock, a lock timeout: the same transaction succeeds when tried again. A lost server (ServiceUnavailable) is not. */
function isTransient(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  return code.startsWith('Neo.TransientError.') && !code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
}

/** Runs `cypher` in one transaction of `session` and commits it, retrying transient errors for two minutes. */
export async function runInTransaction(session: Session, cypher: string, parameters: Record<string, unknown>): Promise<QueryResult> {
  const started = Date.now();
  for (let delay = 200; ; delay = Math.min(delay * 2, 5_000)) {
    const tx = session.beginTransaction();
    try {
      const result = await tx.run(cypher, parameters);
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      if (!isTransient(error) || Date.now() - started > RETRY_TRANSIENT_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
