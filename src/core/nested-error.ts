import { keepNestedMessage } from './nested-message.js';
import type { IssueParams } from './record-error.js';

// Apart from the shared schema pieces (schema-helpers.ts) because the date
// and instant schemas (schemas.ts) need it, and the shared pieces need those
// schemas: kept together they would import each other.

/**
 * A custom issue's options for a library error found while checking a
 * value (a bad IIN, a bad amount): the issue keeps the error's code and details.
 *
 * @internal
 */
export function nestedError(error: {
  readonly code: string;
  readonly details: unknown;
  readonly message: string;
}): {
  readonly params: IssueParams;
} {
  keepNestedMessage(error);
  return { params: { code: 'invalidValue', error: { code: error.code, details: error.details } } };
}
