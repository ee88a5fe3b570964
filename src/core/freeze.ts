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
