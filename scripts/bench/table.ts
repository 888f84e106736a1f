import type { Spread } from './stats';

/** One row of the result table: a figure, its measured value(s), the target and whether it is met. */
export type BenchRow = {
  figure: string;
  value: Spread | number | string | null;
  unit?: string;
  target?: string;
  /** Undefined when the row has no target. */
  met?: boolean;
};

const format = (value: number): string => {
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 1) return value.toFixed(1);
  return value.toFixed(3);
};

function formatValue(row: BenchRow): string {
  const unit = row.unit ? ` ${row.unit}` : '';
  if (row.value === null) return 'niet gemeten';
  if (typeof row.value === 'string') return row.value;
  if (typeof row.value === 'number') return `${format(row.value)}${unit}`;
  const { median, min, max, runs } = row.value;
  if (runs === 1 || min === max) return `${format(median)}${unit}`;
  return `${format(median)}${unit} (${format(min)}–${format(max)})`;
}

const verdict = (row: BenchRow): string => (row.met === undefined ? '' : row.met ? '✓' : '✗');

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

/** The bench's Markdown table: medians with min–max, the target and a tick or a cross. */
export function markdownTable(rows: BenchRow[]): string {
  const lines = [
    '| figure | median (min–max) | target | met |',
    '|---|---|---|---|',
    ...rows.map((row) =>
      [row.figure, formatValue(row), row.target ?? '', verdict(row)].map(escapeCell).join(' | '),
    ),
  ];
  return lines.map((line) => (line.startsWith('|') ? line : `| ${line} |`)).join('\n');
}
