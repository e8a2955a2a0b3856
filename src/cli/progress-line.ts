// Progress of a long `kg extract` on stderr: one line redrawn in place on a terminal, a plain line every few
// seconds otherwise (a log file or CI output gets a readable trail, not a stream of carriage returns).
import type { ExtractProgress } from '../pipeline/extract-graph.js';

const BAR_WIDTH = 20;
const TERMINAL_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 2000;

export interface ProgressLine {
  update(progress: ExtractProgress): void;
  /** Clears the redrawn line, so the summary that follows starts on a clean line. */
  done(): void;
}

/**
 * A whole number with commas between thousands, as toLocaleString('en-US') writes it, without the first call's
 * loading of the locale's number formats (tens of milliseconds, paid by the first line drawn).
 */
function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Reports extraction progress on `stream` as `prefix` … documents and tokens per second. */
export function progressLine(stream: NodeJS.WriteStream, prefix: string): ProgressLine {
  const started = performance.now();
  const terminal = Boolean(stream.isTTY);
  let last = started;
  let drawn = false;
  return {
    update(p) {
      const now = performance.now();
      const finished = p.related === p.total;
      if (now - last < (terminal ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS) || (!terminal && finished)) return;
      last = now;
      // Each document is recognised, then related: both halves count towards the bar and the rate.
      const fraction = p.total ? (p.recognised + p.related) / (2 * p.total) : 1;
      const rate = Math.round((p.tokensRecognised + p.tokensRelated) / 2 / ((now - started) / 1000));
      const counts = `${p.recognised}/${p.total} documents recognised, ${p.related} related, ${withThousands(rate)} tokens/s`;
      if (terminal) {
        const filled = Math.round(fraction * BAR_WIDTH);
        stream.write(`\r${prefix}[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${counts}\x1b[K`);
        drawn = true;
      } else {
        stream.write(`${prefix}${counts}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
