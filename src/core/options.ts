import { invalidArgumentError } from './error-factories.js';
import { TutynushyError } from './errors.js';
import { received } from './received.js';

const NONE = Object.freeze({});

/**
 * Reads an options argument: nothing gives no options; anything but a plain
 * object, and any key the function does not know, is an `INVALID_ARGUMENT`
 * naming the function and the key — a misspelt option (`workDayEnd` for
 * `workdayEnd`) would otherwise be ignored and give a wrong legal date. The
 * known values are copied once, so that a getter runs once and a throwing
 * getter or a Proxy becomes the same typed error.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT`.
 * @internal
 */
export function readOptions<T extends object>(
  options: unknown,
  fn: string,
  keys: readonly (keyof T & string)[],
): Partial<T> {
  if (options === undefined) return NONE as Partial<T>;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw refused(fn, 'options', options);
  }
  const copy: Record<string, unknown> = {};
  try {
    for (const key of Object.keys(options)) {
      const value = (options as Record<string, unknown>)[key];
      if (!(keys as readonly string[]).includes(key)) throw refused(fn, key, value, keys);
      if (value !== undefined) copy[key] = value;
    }
  } catch (error) {
    if (error instanceof TutynushyError) throw error;
    throw refused(fn, 'options', options);
  }
  return copy as Partial<T>;
}

// Module-level rather than a closure in readOptions: a closure made on every
// call made reading options cost several times the work of most callers.
function refused(
  fn: string,
  field: string,
  value: unknown,
  keys?: readonly string[],
): TutynushyError {
  return invalidArgumentError({
    fn,
    field: received(field) as string,
    received: received(value),
    expected: keys === undefined ? 'options' : 'knownKey',
    ...(keys === undefined ? {} : { allowed: keys }),
  });
}
