// Whether the viewer's Neo4j answers right now, and what to tell the browser when it does not. The server keeps one
// driver for its lifetime; the driver reconnects by itself once Neo4j is back, so health is asked of Neo4j, not assumed
// from the driver existing. Messages never name the Neo4j address (the browser may be on another machine).
import type { GraphDatabase } from '../neo4j/connection.js';
import { errorCode, errorMessage } from '../util/errors.js';

/** How long one health answer is reused, so a page polling every few seconds costs Neo4j almost nothing. */
const HEALTH_TTL_MS = 1_000;
/** A health check gives up after this long; a Neo4j that slow counts as not answering. */
const HEALTH_TIMEOUT_MS = 3_000;

export interface Neo4jHealth {
  neo4j: boolean;
  /** Why it is not answering and what to do, when `neo4j` is false. */
  reason?: string;
}

/** True for the driver's errors that mean "no connection" (refused, dropped, timed out) rather than a bad query. */
export function isConnectionError(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  const message = errorMessage(error);
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection was closed|connection.*(closed|lost|refused)|Could not perform discovery/i.test(message)
  );
}

/** What the user should do to bring Neo4j back, for this kind of connection. */
function restartAdvice(external: boolean): string {
  return external
    ? 'check that the Neo4j server named by NEO4J_URI is running and reachable'
    : 'start it again with `kg db start` (the page reconnects by itself)';
}

/** The sentence shown in the browser for a connection error. */
export function unreachableMessage(error: unknown, external: boolean): string {
  const message = errorMessage(error);
  const what = /ECONNREFUSED|refused/i.test(message)
    ? 'Neo4j refused the connection (it is not running)'
    : /ETIMEDOUT|timed? ?out/i.test(message)
      ? 'Neo4j did not answer in time'
      : 'the connection to Neo4j was lost';
  return `${what}; ${restartAdvice(external)}`;
}

/** Asks Neo4j for its server info, at most once per HEALTH_TTL_MS; never throws. */
export class HealthCheck {
  private last: { at: number; answer: Promise<Neo4jHealth> } | null = null;

  constructor(
    private readonly database: () => GraphDatabase | null,
    private readonly offlineReason: () => string,
  ) {}

  /** Forgets the cached answer (a request just failed for want of a connection). */
  invalidate(): void {
    this.last = null;
  }

  check(): Promise<Neo4jHealth> {
    const now = Date.now();
    if (this.last && now - this.last.at < HEALTH_TTL_MS) return this.last.answer;
    const answer = this.ask();
    this.last = { at: now, answer };
    return answer;
  }

  private async ask(): Promise<Neo4jHealth> {
    const database = this.database();
    if (!database) return { neo4j: false, reason: this.offlineReason() };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('health check timed out'), { code: 'ServiceUnavailable' })), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([database.driver.getServerInfo({ database: database.settings.database }), timeout]);
      return { neo4j: true };
    } catch (error) {
      return { neo4j: false, reason: unreachableMessage(error, database.settings.external) };
    } finally {
      clearTimeout(timer);
    }
  }
}
