// The benchmark chart as a self-contained SVG: one panel per unit (relationships/s, tokens/s, ms), a bar per figure
// at its median with a line from min to max. Plain text output so it diffs and renders on GitHub without tools.

export interface ChartFigure {
  section: string;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
}

const PANELS: { unit: string; title: string }[] = [
  { unit: 'relationships/s', title: 'Loading: relationships per second (higher is better)' },
  { unit: 'tokens/s', title: 'Extraction: tokens per second (higher is better)' },
  { unit: 'ms', title: 'Queries: latency in milliseconds (lower is better)' },
];
const COLOURS = ['#3b6ea5', '#e07b39', '#4f9a55', '#9b59b6', '#c0392b'];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function short(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (value >= 1e4) return `${Math.round(value / 1e3)}k`;
  if (value >= 100) return String(Math.round(value));
  return value.toFixed(1);
}

/** Renders the figures as an SVG document. */
export function renderChart(figures: ChartFigure[]): string {
  const width = 980;
  const labelWidth = 470;
  const barArea = width - labelWidth - 90;
  const rowHeight = 20;
  let y = 20;
  const parts: string[] = [];
  for (const panel of PANELS) {
    const rows = figures.filter((f) => f.unit === panel.unit);
    if (rows.length === 0) continue;
    const top = Math.max(...rows.map((r) => r.max)) || 1;
    parts.push(`<text x="10" y="${y + 14}" font-weight="bold">${escape(panel.title)}</text>`);
    y += 26;
    rows.forEach((row, i) => {
      const scale = (v: number) => (v / top) * barArea;
      const colour = COLOURS[i % COLOURS.length];
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escape(row.name)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(1, scale(row.median)).toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"/>`,
        `<line x1="${(labelWidth + scale(row.min)).toFixed(1)}" x2="${(labelWidth + scale(row.max)).toFixed(1)}" y1="${y + 10}" y2="${y + 10}" stroke="#222" stroke-width="1.5"/>`,
        `<text x="${(labelWidth + scale(Math.max(row.max, row.median)) + 6).toFixed(1)}" y="${y + 14}">${short(row.median)}</text>`,
      );
      y += rowHeight;
    });
    y += 16;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${y}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
