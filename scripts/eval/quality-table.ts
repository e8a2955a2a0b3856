// The evaluation table: every row against the figures recorded at a reference point (the baseline), as markdown.
import { existsSync, readFileSync } from 'node:fs';
import type { Row } from './rows.js';

export interface Baseline {
  readonly recorded: string;
  readonly commit: string;
  readonly rows: Row[];
}

/** Reads a baseline file; undefined when there is none. */
export function readBaseline(path: string): Baseline | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : undefined;
}

const fmt = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
const delta = (now: number, then: number | undefined): string => {
  if (then === undefined) return '';
  const d = now - then;
  return Math.abs(d) < 0.0005 ? '0' : `${d > 0 ? '+' : ''}${d.toFixed(3)}`;
};

/** A markdown table of the rows, with the baseline's figure and the change beside each. */
export function qualityTable(rows: readonly Row[], baseline?: Baseline): string {
  const then = new Map(baseline?.rows.map((r) => [`${r.set}|${r.measure}`, r.value]));
  const lines = ['| Set | Measure | Baseline | Now | Change |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const before = then.get(`${r.set}|${r.measure}`);
    lines.push(`| ${r.set} | ${r.measure} | ${fmt(before)} | ${fmt(r.value)} | ${delta(r.value, before)} |`);
  }
  return lines.join('\n');
}
