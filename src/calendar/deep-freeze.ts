/**
 * Freezes a value and everything it holds, so that an exported table cannot
 * be changed by a caller (`CLOCKS.reviewDeadline.length = 5` would otherwise
 * change every review deadline). Returns the value itself.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
