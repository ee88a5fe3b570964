// Values no program should pass, for the hardening tests: text that hides
// what it holds, numbers at the edges of a double, objects whose keys are
// `__proto__` and `constructor`, getters and Proxy traps that throw, frozen
// and cyclic objects, arrays where objects belong — and valid input with one
// of these put somewhere inside it.
import { fc } from '@fast-check/vitest';

/** What a getter or Proxy trap of the caller throws: the tests tell it from the library's errors. */
export class CallerError extends Error {
  override readonly name = 'CallerError';
}

/** Counts the reads of hostile getters and traps, so that a test can tell what was read. */
export const reads = { getters: 0, traps: 0 };

function boom(what: 'getters' | 'traps'): never {
  reads[what] += 1;
  throw new CallerError(`the caller's ${what === 'getters' ? 'getter' : 'Proxy trap'} threw`);
}

/** One mebibyte of text, built once: generating it per run would cost more than the calls. */
export const MEGABYTE = 1 << 20;
export const HUGE_TEXTS: readonly string[] = Object.freeze([
  'a'.repeat(MEGABYTE),
  '7'.repeat(MEGABYTE),
  '\u0000'.repeat(MEGABYTE),
  `2024-06-03${' '.repeat(MEGABYTE)}`,
  '\uD800'.repeat(MEGABYTE),
  `${'1 '.repeat(MEGABYTE / 2)}теңге`,
]);

/** Characters that make text read differently from what it holds. */
export const NASTY_CHARACTERS: readonly string[] = Object.freeze([
  '\u0000', // NUL
  '\uD800', // a lone high surrogate
  '\uDFFF', // a lone low surrogate
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u2066', // left-to-right isolate
  '\u200B', // zero-width space
  '\uFEFF', // byte-order mark
  '\u00A0', // no-break space
  '\u2212', // minus sign
  '\n',
  '\r',
  '\t',
  '\u0085',
  '\u{1F600}',
  '٣', // an Arabic-Indic digit
  '１', // a full-width digit
]);

const FRAGMENTS = [
  '2024',
  '-',
  '06',
  '03',
  'T10:00:00+05:00',
  'Z',
  ' ',
  '.',
  ',',
  '₸',
  'теңге',
  'млн',
  'мың',
  'тыс.',
  '1',
  '0',
  '9',
  '79',
  'KZ-79',
  '750000000',
  'Q2',
  'H1',
  '/',
  'kk',
  'ru',
  'en',
  'e',
  '+',
  'Infinity',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
  'prototype',
  'hasOwnProperty',
  'қанағаттандырылды',
  'Шымкент',
];

/** Short text built from pieces of valid input and nasty characters. */
export const nastyText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...NASTY_CHARACTERS)), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** Any text: fast-check's strings (lone surrogates included), nasty text, 1 MB text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nastyText, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  {
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      maxLength: 4,
    }),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...HUGE_TEXTS), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\u0000', '50kB'.repeat(12_800)), weight: 1 },
);

export const EDGE_NUMBERS: readonly number[] = Object.freeze([
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER - 1,
  2 ** 32,
  2 ** 32 - 1,
  -1,
  0.1,
  0.005,
  1.5,
  2024,
  2024.5,
  1e21,
]);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -5000, max: 5000 }), weight: 1 },
);

export const hostileBigint: fc.Arbitrary<bigint> = fc.oneof(
  fc.constantFrom(0n, -1n, 10n ** 18n, -(10n ** 18n), 10n ** 40n, 2n ** 64n),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
);

/** Own keys `__proto__`, `constructor`, `prototype`: only `JSON.parse` makes the first an own key. */
export const POLLUTING_JSON: readonly string[] = Object.freeze([
  '{"__proto__":{"polluted":"yes","kk":"x","ru":"x","en":"x"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"},"__proto__":null}',
  '{"__proto__":[],"length":3}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":"no"}',
  '{"kind":"__proto__","locale":"constructor","type":"toString"}',
]);

export function pollutingObject(index: number): object {
  return JSON.parse(POLLUTING_JSON[index % POLLUTING_JSON.length] as string) as object;
}

/** An object whose every listed key is a getter that throws. */
export function throwingGetters(keys: readonly string[]): object {
  const object = shownAs({}, `throwingGetters(${keys.join(', ')})`);
  for (const key of keys) {
    Object.defineProperty(object, key, { enumerable: true, get: () => boom('getters') });
  }
  return object;
}

// fast-check looks for its own symbols on every value it generates (to
// clone or print it): a Proxy answers those, and throws on anything else.
const FAST_CHECK_KEYS: ReadonlySet<PropertyKey> = new Set([
  fc.cloneMethod,
  fc.toStringMethod,
  fc.asyncToStringMethod,
]);

/** Names a value for fast-check's report of a failure, which must not read it. */
export function shownAs<T extends object>(value: T, name: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => name });
  return value;
}

/** A Proxy whose every trap throws. */
export function throwingProxy(target: object = {}): object {
  const trap = (): never => boom('traps');
  const shown = () => 'throwingProxy()';
  return new Proxy(target, {
    get: (_, key) =>
      key === fc.toStringMethod ? shown : FAST_CHECK_KEYS.has(key) ? undefined : trap(),
    has: (_, key) => (key === fc.toStringMethod ? true : FAST_CHECK_KEYS.has(key) ? false : trap()),
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    set: trap,
    defineProperty: trap,
    deleteProperty: trap,
    apply: trap,
    construct: trap,
  });
}

/** A Proxy that throws only on some keys: a getter deep inside otherwise valid input. */
export function partlyThrowingProxy<T extends object>(target: T, key: string): T {
  return new Proxy(target, {
    get: (object, property, receiver) =>
      property === key ? boom('traps') : Reflect.get(object, property, receiver),
  });
}

const revocations: (() => void)[] = [];

/**
 * A Proxy revoked just before the call ({@link revokePending}): the engine
 * throws a TypeError on any use of it (fast-check must see it alive).
 */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable(shownAs({}, 'revokedProxy()'), {});
  revocations.push(revoke);
  return proxy;
}

/** Revokes the Proxies made by {@link revokedProxy} so far. */
export function revokePending(): void {
  for (const revoke of revocations.splice(0)) revoke();
}

/** Whether an error is the engine's, for a use of a revoked Proxy. */
export function isRevokedProxyError(error: unknown): boolean {
  return error instanceof TypeError && /revoked/.test(error.message);
}

export function cyclic(): object {
  const a: Record<string, unknown> = { id: 'A', kind: 'individual' };
  a['self'] = a;
  a['events'] = [a];
  a['names'] = a;
  return a;
}

/** Anything that is not a string, a number or a plain record. */
export const hostileObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(pollutingObject),
  fc
    .constantFrom(
      ['id', 'schemaVersion', 'events', 'kind', 'period'],
      ['length', 'then', 'toString'],
      ['names', 'kk', 'ru', 'en', 'state'],
    )
    .map(throwingGetters),
  fc.constant(null).map(() => throwingProxy()),
  fc.constant(null).map(() => throwingProxy([])),
  fc.constant(null).map(revokedProxy),
  fc.constant(null).map(cyclic),
  fc.constant(null).map(() => Object.freeze({ kk: 'а', ru: 'а', en: 'a' })),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => [[], {}]),
  // Printed by name: fast-check would walk its 2^32 − 1 holes.
  fc.constant(null).map(() => shownAs(new Array(2 ** 32 - 1), 'new Array(2 ** 32 - 1)')),
  fc.constant(null).map(() => new Date(Number.NaN)),
  fc.constant(null).map(() => new Date('2024-06-03T10:00:00+05:00')),
  fc.constant(null).map(() => new Map([['kk', 'x']])),
  fc.constant(null).map(() => new Set(['79'])),
  fc.constant(null).map(() => /79/),
  fc.constant(null).map(() => new Uint8Array(4)),
  fc.constant(null).map(() => Object('79') as object),
  fc
    .constant(null)
    .map(() => shownAs({ [Symbol.iterator]: () => boom('getters') }, 'an iterator that throws')),
  fc
    .constant(null)
    .map(() =>
      shownAs({ [Symbol.toPrimitive]: () => boom('getters') }, 'a toPrimitive that throws'),
    ),
  // biome-ignore lint/suspicious/noThenProperty: a thenable where a record belongs is the hostile value
  fc.constant(null).map(() => ({ then: (resolve: (v: unknown) => void) => resolve(1) })),
  fc.constant(null).map(() => (() => '79') as unknown),
  fc.constant(Symbol('79')),
);

/** A value of any hostile kind. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: hostileBigint, weight: 1 },
  { arbitrary: fc.constantFrom(undefined, null, true, false), weight: 1 },
  { arbitrary: hostileObject, weight: 3 },
);

type Path = readonly (string | number)[];

/** Every path to a value inside plain data (arrays and plain objects), the root first. */
export function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pathsOf(item, [...path, i], out);
    });
  } else if (isPlain(value)) {
    for (const key of Object.keys(value))
      pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  }
  return out;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of plain data with the value at `path` replaced (or the key removed, for `remove`). */
export function replaced(value: unknown, path: Path, by: unknown, remove = false): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = replaced(value[head as number], rest, by, remove);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (remove && rest.length === 0) delete copy[head as string];
  else {
    Object.defineProperty(copy, head, {
      value: replaced((value as Record<string, unknown>)[head], rest, by, remove),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** How a valid value is broken: one value inside it replaced, removed, wrapped or frozen. */
export function broken<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      hostile,
      fc.constantFrom('replace', 'remove', 'proxy', 'freeze', 'extraKey', 'arrayOf'),
    )
    .map(([value, pick, by, how]) => {
      const paths = pathsOf(value);
      const path = paths[pick % paths.length] as Path;
      switch (how) {
        case 'replace':
          return replaced(value, path, by);
        case 'remove':
          return path.length === 0 ? undefined : replaced(value, path, undefined, true);
        case 'proxy': {
          const inner = path.length === 0 ? value : valueAt(value, path);
          if (typeof inner !== 'object' || inner === null) return replaced(value, path, by);
          const keys = Object.keys(inner);
          const key = keys[pick % Math.max(keys.length, 1)] ?? 'id';
          return replaced(value, path, partlyThrowingProxy(inner, key));
        }
        case 'freeze':
          return deepFreeze(replaced(value, path, by));
        case 'extraKey': {
          const inner = valueAt(value, path);
          if (!isPlain(inner)) return replaced(value, path, by);
          return replaced(value, path, { ...(inner as object), ...pollutingObject(pick) });
        }
        default:
          return replaced(value, path, [valueAt(value, path)]);
      }
    });
}

function valueAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at;
}

/**
 * Freezes plain data (plain objects and arrays) all the way down. Instances
 * of classes (a Tenge, a Date) are frozen but not descended into: decimal.js
 * keeps the class on each instance, and freezing that would freeze the class.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  try {
    if (Object.isFrozen(value)) return value;
    const descend = Array.isArray(value) || isPlain(value);
    Object.freeze(value);
    if (!descend) return value;
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) deepFreeze(descriptor.value);
    }
  } catch {
    // A Proxy that refuses to be frozen or looked at stays as it is.
  }
  return value;
}

/** A valid value (weighted), a broken one, or a hostile one. */
export function around<T>(
  valid: fc.Arbitrary<T>,
  weights = { valid: 2, broken: 3, hostile: 2 },
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: weights.valid },
    { arbitrary: broken(valid), weight: weights.broken },
    { arbitrary: hostile, weight: weights.hostile },
  );
}

/** A locale, or not one. */
export const localeArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('kk', 'ru', 'en'), weight: 4 },
  { arbitrary: fc.constantFrom('KK', 'kz', 'en-US', 'kk ', ''), weight: 1 },
  { arbitrary: hostile, weight: 1 },
);
