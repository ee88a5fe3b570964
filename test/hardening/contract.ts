// The contract every public function keeps on any input: it returns, or it
// throws a TutynushyError with one of ERROR_CODES whose message can be
// formatted in every language and whose details serialise as JSON — and it
// leaves Object.prototype and Array.prototype as they were. Each call is
// counted by function, for the table the hardening tests print.
import type { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ERROR_CODES, formatError, TutynushyError } from '../../src/core/index.js';
import { CallerError, isRevokedProxyError, revokePending } from './hostile.js';

const tally = new Map<
  string,
  { inputs: number; returned: number; refused: number; caller: number; codes: Map<string, number> }
>();

/** What a call did: returned, refused with a library error, or let the caller's own error through. */
export type Outcome =
  | { readonly kind: 'returned'; readonly value: unknown }
  | { readonly kind: 'refused'; readonly error: TutynushyError }
  | { readonly kind: 'caller'; readonly error: unknown };

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

function snapshot(): string[] {
  return PROTOTYPES.map((proto) =>
    Reflect.ownKeys(proto)
      .map((key) => {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        return `${String(key)}:${typeof d?.value}:${String(d?.writable)}:${typeof d?.get}`;
      })
      .join('|'),
  );
}

const pristine = snapshot();
const PROBES = ['polluted', 'kk', 'ru', 'en', 'length', 'id', 'events', 'state'];

/** Object.prototype and Array.prototype hold what they held when the tests began. */
export function expectPrototypesUntouched(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of PROBES) {
    if (key !== 'length' && key in probe) throw new Error(`Object.prototype gained ${key}`);
  }
  if ('polluted' in []) throw new Error('Array.prototype gained polluted');
  expect(snapshot()).toEqual(pristine);
}

function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string')
      return value.length > 80
        ? `${JSON.stringify(value.slice(0, 80))}… (${value.length})`
        : JSON.stringify(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value !== 'object' || value === null) return String(value);
    // Never walk a 2^32 − 1 array or a 1 MB string to say what failed.
    const shown = (_: string, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 80)}… (${v.length})`;
      if (Array.isArray(v) && v.length > 20) return `an array of ${v.length}`;
      return v;
    };
    return JSON.stringify(value, shown)?.slice(0, 300) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function checkLibraryError(fn: string, error: TutynushyError): void {
  expect(ERROR_CODES, `${fn}: unknown code`).toContain(error.code);
  expect(typeof error.message).toBe('string');
  expect(error.message.length, `${fn}: empty message`).toBeGreaterThan(0);
  // The message names the value: never a 1 MB message for a 1 MB input.
  expect(
    error.message.length,
    `${fn}: ${error.code} message of ${error.message.length} characters`,
  ).toBeLessThan(20_000);
  expect(Object.isFrozen(error.details), `${fn}: details not frozen`).toBe(true);
  for (const locale of ['kk', 'ru'] as const) {
    const text = formatError(error, locale);
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(0);
  }
  // Details are data for logs: JSON.stringify must not throw on them.
  expect(
    () => JSON.stringify(error),
    `${fn}: ${error.code} details do not serialise`,
  ).not.toThrow();
}

/**
 * Calls `call` and checks the contract; `describeInput` is shown when it
 * breaks. The caller's own error (a hostile getter or trap) is told apart
 * and returned as `caller`: what a test allows of it is its own decision.
 */
export function attempt(fn: string, call: () => unknown, input?: unknown): Outcome {
  let entry = tally.get(fn);
  if (entry === undefined) {
    entry = { inputs: 0, returned: 0, refused: 0, caller: 0, codes: new Map() };
    tally.set(fn, entry);
  }
  entry.inputs += 1;
  let outcome: Outcome;
  revokePending();
  try {
    outcome = { kind: 'returned', value: call() };
    entry.returned += 1;
  } catch (error) {
    if (error instanceof TutynushyError) {
      checkLibraryError(fn, error);
      entry.refused += 1;
      entry.codes.set(error.code, (entry.codes.get(error.code) ?? 0) + 1);
      outcome = { kind: 'refused', error };
    } else if (error instanceof CallerError || isRevokedProxyError(error)) {
      entry.caller += 1;
      outcome = { kind: 'caller', error };
    } else {
      const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`${fn} let ${shown} escape for ${describeValue(input)}`, { cause: error });
    }
  }
  expectPrototypesUntouched();
  return outcome;
}

/** {@link attempt}, failing when the caller's own error came through. */
export function expectCallerErrorsOnly(fn: string, call: () => unknown, input?: unknown): Outcome {
  const outcome = attempt(fn, call, input);
  if (outcome.kind === 'caller') {
    throw new Error(`${fn} let the caller's own error escape for ${describeValue(input)}`, {
      cause: outcome.error,
    });
  }
  return outcome;
}

/** For a `safe*` function: it never throws, and gives `{ ok: true, value }` or `{ ok: false, error }`. */
export function expectResult(fn: string, call: () => unknown, input?: unknown): Outcome {
  const outcome = attempt(fn, call, input);
  if (outcome.kind === 'caller') return outcome;
  if (outcome.kind !== 'returned')
    throw new Error(`${fn} threw ${String(outcome.kind)} for ${describeValue(input)}`);
  const result = outcome.value as { ok: unknown; value?: unknown; error?: unknown };
  expect(typeof result.ok).toBe('boolean');
  if (result.ok === false) {
    expect(result.error).toBeInstanceOf(TutynushyError);
    checkLibraryError(fn, result.error as TutynushyError);
  }
  return outcome;
}

/** How many inputs a property runs: `HARDENING_RUNS` scales them all (say 10 for a long soak). */
export function runs(base: number): number {
  const scale = Number(process.env['HARDENING_RUNS'] ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** fast-check's options for one function: a fixed seed unless `HARDENING_SEED` is set. */
export function fuzzOptions(base: number): fc.Parameters<unknown> {
  const seed = process.env['HARDENING_SEED'];
  // A fixed seed by default, so that CI runs the same inputs; HARDENING_SEED=random explores.
  if (seed === 'random') return { numRuns: runs(base) };
  return { numRuns: runs(base), seed: seed === undefined ? 1 : Number(seed) };
}

/** One line per function, for the test output: inputs tried, refused by code, the caller's own errors. */
export function printTally(title: string): void {
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((sum, [, e]) => sum + e.inputs, 0);
  const lines = rows.map(([name, e]) => {
    const codes = [...e.codes.entries()]
      .sort(([, x], [, y]) => y - x)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    return `fuzz ${name}: ${e.inputs} inputs, ${e.refused} refused${codes === '' ? '' : ` (${codes})`}, ${e.returned} returned, ${e.caller} caller's own error`;
  });
  console.log([`${title}: ${total} inputs over ${rows.length} functions`, ...lines].join('\n'));
}

/** The functions tried so far, for the test that every public function is tried. */
export function tried(): ReadonlySet<string> {
  return new Set(tally.keys());
}
