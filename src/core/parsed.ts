// The records the library's parsers returned, so that a report handed a
// parsed record does not validate it again: a WeakSet, so that a record is
// collected as if it were not here. A record copied or rebuilt by the caller
// is not in it and is simply validated again — never trusted by its shape.

const PARSED = new WeakSet<object>();

/**
 * Marks a record the library's parser made.
 *
 * @internal
 */
export function markParsed<T>(record: T): T {
  if (typeof record === 'object' && record !== null) PARSED.add(record);
  return record;
}

/**
 * Whether the library's parser made this record.
 *
 * @internal
 */
export function isParsed(record: unknown): boolean {
  return typeof record === 'object' && record !== null && PARSED.has(record);
}
