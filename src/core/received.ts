/**
 * A bad value as an error keeps it in `details.received`: small enough to
 * log and to serialise, whatever was passed. Strings are cut to 200
 * characters (a 50 kB input must not become a 50 kB error), numbers,
 * booleans, `null` and `undefined` are kept as they are, and anything else is
 * summarised by its type — never kept whole, so that an error does not hold
 * on to a million-item array or an object graph.
 */
export type Received = string | number | boolean | bigint | null | undefined | ReceivedSummary;

/** How a value that is not a primitive is kept in an error. */
export type ReceivedSummary =
  | {
      /** An array. */
      readonly type: 'array';
      /** How many items it has. */
      readonly length: number;
    }
  | {
      /** An object (its contents are not kept). */
      readonly type: 'object';
    }
  | {
      /** A JavaScript `Date`. */
      readonly type: 'date';
      /** Its ISO 8601 form; `null` for an invalid `Date`. */
      readonly iso: string | null;
    }
  | {
      /** A function. */
      readonly type: 'function';
    }
  | {
      /** A symbol. */
      readonly type: 'symbol';
    }
  | {
      /** A {@link Tenge}. */
      readonly type: 'tenge';
      /** Its amount as a decimal string. */
      readonly amount: string;
    }
  | {
      /** A `Decimal` of decimal.js. */
      readonly type: 'decimal';
      /** Its value as a string. */
      readonly value: string;
    };

/** Longest string kept in an error, in UTF-16 code units. */
export const MAX_RECEIVED_LENGTH = 200;

const TENGE_BRAND = Symbol.for('tutynushy.Tenge');

// A cut must not split a surrogate pair: the kept text stays well-formed.
function cut(text: string): string {
  if (text.length <= MAX_RECEIVED_LENGTH) return text;
  let end = MAX_RECEIVED_LENGTH;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function isDecimalLike(value: object): value is { toString(): string } {
  // decimal.js marks its instances with a name on the constructor and the
  // `d`, `e`, `s` fields; core must not import decimal.js to tell.
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return constructorName === 'Decimal' && 's' in value && 'e' in value;
}

/**
 * The value a `TutynushyError` keeps in `details.received`.
 *
 * @internal
 */
export function received(value: unknown): Received {
  switch (typeof value) {
    case 'string':
      return cut(value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return value;
    case 'function':
      return { type: 'function' };
    case 'symbol':
      return { type: 'symbol' };
    default:
      break;
  }
  if (value === null) return null;
  try {
    if (Array.isArray(value)) return { type: 'array', length: value.length };
    if (value instanceof Date) {
      const ms = value.getTime();
      return { type: 'date', iso: Number.isNaN(ms) ? null : value.toISOString() };
    }
    if ((value as Record<PropertyKey, unknown>)[TENGE_BRAND] === true) {
      return { type: 'tenge', amount: String(value) };
    }
    if (isDecimalLike(value as object)) return { type: 'decimal', value: cut(String(value)) };
  } catch {
    // A Proxy or a getter that throws: say only that it was an object.
  }
  return { type: 'object' };
}
