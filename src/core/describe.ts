const MAX_SHOWN = 60;

/**
 * Shows a value inside an error message: strings quoted and cut to a
 * readable length (a 50 kB input must not become a 50 kB message), other
 * values as JavaScript would print them.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length > MAX_SHOWN) {
      return `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`;
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) {
    try {
      return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
    } catch {
      return 'an object';
    }
  }
  if (typeof value === 'object') return `an object`;
  return typeof value;
}

/**
 * A value kept for `details`: long strings are cut so that an error stays small.
 *
 * @internal
 */
export function keepValue(value: unknown): unknown {
  return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
}
