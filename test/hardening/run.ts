// Runs the entries of a fuzz table as one vitest test each.
import { fc } from '@fast-check/vitest';
import { afterAll, expect, it } from 'vitest';
import {
  attempt,
  expectCallerErrorsOnly,
  expectPrototypesUntouched,
  expectResult,
  fuzzOptions,
  printTally,
} from './contract.js';
import type { Fuzzed } from './fuzzed.js';

// A getter or Proxy trap the caller wrote may throw: its error reaches the
// caller as it was thrown (as with JSON.stringify or zod), counted apart.
// `HARDENING_STRICT=1` fails on it instead, to list where that happens.
const check = process.env['HARDENING_STRICT'] ? expectCallerErrorsOnly : attempt;

export function fuzzTable(title: string, table: readonly Fuzzed[]): void {
  for (const entry of table) {
    it(`${entry.name} returns or throws a TutynushyError, on ${entry.runs} inputs`, () => {
      fc.assert(
        fc.property(entry.args, (args) => {
          const run = () => entry.call(...args);
          const outcome =
            entry.kind === 'safe'
              ? expectResult(entry.name, run, args)
              : check(entry.name, run, args);
          if (outcome.kind === 'refused' && entry.kind === 'predicate') {
            throw new Error(`${entry.name} threw ${outcome.error.code} for a predicate`);
          }
          if (outcome.kind !== 'returned') return;
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
