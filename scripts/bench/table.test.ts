import { describe, expect, it } from 'vitest';
import { quantile, spread } from './stats';
import { markdownTable } from './table';

describe('spread', () => {
  it('takes the median of an odd and an even number of runs, with min and max', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(spread([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('refuses to summarise nothing', () => {
    expect(() => spread([])).toThrow();
  });
});

describe('quantile', () => {
  it('uses nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(quantile(samples, 0.5)).toBe(50);
    expect(quantile(samples, 0.99)).toBe(99);
    expect(quantile([7], 0.99)).toBe(7);
  });
});

describe('markdownTable', () => {
  it('prints medians with their range, targets and verdicts', () => {
    const table = markdownTable([
      {
        figure: 'cached article / static server',
        value: spread([0.31, 0.3, 0.33]),
        target: '≥ 0.25',
        met: true,
      },
      { figure: 'cached article p99', value: spread([12, 9, 14]), unit: 'ms', target: '≤ 10 ms', met: false },
      { figure: 'article HTML (gzip)', value: 10_240, unit: 'B' },
      { figure: 'Lighthouse performance', value: null, target: '≥ 98' },
      { figure: 'a | pipe', value: 'ok' },
    ]);
    expect(table.split('\n')).toEqual([
      '| figure | median (min–max) | target | met |',
      '|---|---|---|---|',
      '| cached article / static server | 0.310 (0.300–0.330) | ≥ 0.25 | ✓ |',
      '| cached article p99 | 12 ms (9–14) | ≤ 10 ms | ✗ |',
      '| article HTML (gzip) | 10,240 B |  |  |',
      '| Lighthouse performance | niet gemeten | ≥ 98 |  |',
      '| a \\| pipe | ok |  |  |',
    ]);
  });
});
