// One entry per public function (or method) the hardening tests fuzz: how
// its arguments are drawn — valid, broken or hostile — and what it must give
// back besides keeping the contract of contract.ts.
import { fc } from '@fast-check/vitest';
import { hostile, pollutingObject } from './hostile.js';

export interface Fuzzed {
  /** The public name, `Class.static` or `Class#method` for a member. */
  readonly name: string;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly call: (...args: readonly unknown[]) => unknown;
  /** Inputs to try, before `HARDENING_RUNS` scales them. */
  readonly runs: number;
  /** `safe`: a `safe*` function that must never throw; `predicate`: must return a boolean and never throw. */
  readonly kind?: 'safe' | 'predicate' | 'schema' | undefined;
  /** Further checks of what a call returned. */
  readonly returned?: ((value: unknown, args: readonly unknown[]) => void) | undefined;
}

export function fuzzed(
  name: string,
  args: readonly fc.Arbitrary<unknown>[],
  call: (...args: readonly unknown[]) => unknown,
  more: Partial<Omit<Fuzzed, 'name' | 'args' | 'call'>> = {},
): Fuzzed {
  return { name, args: fc.tuple(...args), call, runs: 200, ...more };
}

/** An options argument: absent, valid, with a key the function does not know, or hostile. */
export function optionsArg(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: valid, weight: 4 },
    {
      arbitrary: fc
        .tuple(
          valid,
          fc.constantFrom('calender', 'Locale', '__proto__', 'constructor', 'toString'),
          fc.nat(),
        )
        .map(([options, key, n]) =>
          key === '__proto__'
            ? { ...(typeof options === 'object' ? options : {}), ...pollutingObject(n) }
            : { ...(typeof options === 'object' ? options : {}), [key]: 1 },
        ),
      weight: 1,
    },
    { arbitrary: hostile, weight: 2 },
  );
}
