// Whether the page can reach Neo4j through `kg serve`, followed over time: /api/status is asked every few seconds and
// right after any request failed for want of a connection, and the app hears each change (down, and back up).
import { isRecord } from '../../src/util/json-shapes.js';
export interface ConnectionStatus {
  up: boolean;
  /** What happened and what to do, when `up` is false. */
  reason: string;
}

const POLL_MS = 4_000;
const SERVER_GONE = 'the viewer server (kg serve) is not answering; start it again, then reload this page';

export async function fetchStatus(): Promise<ConnectionStatus> {
  try {
    const response = await fetch('/api/status', { credentials: 'same-origin', cache: 'no-store' });
    const body: unknown = await response.json().catch(() => ({}));
    const reason = isRecord(body) && typeof body.reason === 'string' ? body.reason : undefined;
    if (!response.ok) return { up: false, reason: reason ?? `the viewer server answered ${response.status}` };
    return { up: isRecord(body) && Boolean(body.neo4j), reason: reason ?? 'Neo4j is not connected' };
  } catch {
    return { up: false, reason: SERVER_GONE };
  }
}

export class ConnectionMonitor {
  private timer: ReturnType<typeof setInterval> | null = null;
  private checking: Promise<ConnectionStatus> | null = null;
  current: ConnectionStatus | null = null;

  constructor(private readonly onChange: (status: ConnectionStatus, previous: ConnectionStatus | null) => void) {}

  start(initial: ConnectionStatus): void {
    this.current = initial;
    this.timer ??= setInterval(() => void this.check(), POLL_MS);
  }

  /** Asks the server now (one request at a time) and reports a change. */
  check(): Promise<ConnectionStatus> {
    this.checking ??= fetchStatus().then((status) => {
      this.checking = null;
      const previous = this.current;
      this.current = status;
      if (!previous || previous.up !== status.up || (!status.up && previous.reason !== status.reason)) this.onChange(status, previous);
      return status;
    });
    return this.checking;
  }
}
