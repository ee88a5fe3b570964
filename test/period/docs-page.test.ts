// The phrase tables of docs/period.md and of formatPeriod's TSDoc are what
// formatPeriod writes, and the JSON period on the page is a real period.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from '../../src/period/index.js';
import { PeriodSchema } from '../../src/schemas/index.js';

const page = readFileSync(new URL('../../docs/period.md', import.meta.url), 'utf8');
const tsdoc = readFileSync(new URL('../../src/period/format.ts', import.meta.url), 'utf8');

function phraseRows(text: string): string[][] {
  return [...text.matchAll(/^(?: \* )?\| `([^`]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map(
    (m) => m.slice(1).map((cell) => (cell ?? '').trim()),
  );
}

describe('docs/period.md', () => {
  it.each([
    ['the guide', page, 11],
    ['the TSDoc of formatPeriod', tsdoc, 7],
  ])('%s shows what formatPeriod writes', (_, text, count) => {
    const rows = phraseRows(text);
    expect(rows).toHaveLength(count);
    for (const [code, kk, ru, en] of rows) {
      const period = parsePeriod(code);
      expect([
        formatPeriod(period, 'kk'),
        formatPeriod(period, 'ru'),
        formatPeriod(period, 'en'),
      ]).toEqual([kk, ru, en]);
    }
  });

  it('shows a period as JSON writes it', () => {
    const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toStrictEqual({ ...parsePeriod(blocks[0].code) });
    expect(JSON.stringify(parsePeriod(blocks[0].code), null, 2)).toBe(
      JSON.stringify(blocks[0], null, 2),
    );
    expect(PeriodSchema.parse(blocks[0])).toStrictEqual(parsePeriod('2024-01/2024-05'));
  });
});
