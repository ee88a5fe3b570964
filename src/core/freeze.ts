/**
 * Freezes a value and everything it holds, so that a table the library
 * exports (labels, a state machine, the clocks) cannot be changed by a
 * caller and change what later calls return.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A list as a value keeps it: the list itself when it is frozen (a parsed
 * record's), else a frozen copy, so that the caller's array can change
 * without changing what was made of it.
 *
 * @internal
 */
export function frozenList<T>(list: readonly T[]): readonly T[] {
  return Object.isFrozen(list) ? list : Object.freeze([...list]);
}
