// Runs the entries of a fuzz table as one vitest test each.
import { fc } from '@fast-check/vitest';
import { afterAll, expect, it } from 'vitest';
import {
  attempt,
  expectContract,
  expectPrototypesUntouched,
  expectResult,
  fuzzOptions,
  printTally,
} from './contract.js';
import type { Fuzzed } from './fuzzed.js';

export function fuzzTable(title: string, table: readonly Fuzzed[]): void {
  for (const entry of table) {
    it(`${entry.name} returns or throws a TutynushyError, on ${entry.runs} inputs`, () => {
      if (process.env['TRACE']) require('node:fs').writeSync(2, `> ${entry.name}\n`);
      fc.assert(
        fc.property(entry.args, (args) => {
          const run = () => entry.call(...args);
          const outcome =
            entry.kind === 'safe'
              ? expectResult(entry.name, run, args)
              : (process.env['EXPLORE'] ? attempt : expectContract)(entry.name, run, args);
          if (outcome.kind !== 'returned') {
            if (entry.kind === 'predicate') throw new Error(`${entry.name} threw for a predicate`);
            return;
          }
          if (entry.kind === 'predicate') expect(typeof outcome.value).toBe('boolean');
          entry.returned?.(outcome.value, args);
        }),
        fuzzOptions(entry.runs),
      );
      expectPrototypesUntouched();
    });
  }
  afterAll(() => printTally(title));
}
