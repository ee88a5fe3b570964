import type { NestedError } from './record-issue.js';

// The English message of each error a record issue holds, by its details
// (the same frozen object the issue keeps). A record's message quotes it, so
// that a bundle carries the wording of only the errors it throws; the issue
// stays data, and zod's own issue keeps zod's neutral words.
const MESSAGES = /* @__PURE__ */ new WeakMap<object, string>();

/**
 * Keeps the message of an error a record issue is about to hold.
 *
 * @internal
 */
export function keepNestedMessage(error: {
  readonly details: unknown;
  readonly message: string;
}): void {
  if (typeof error.details === 'object' && error.details !== null) {
    MESSAGES.set(error.details, error.message);
  }
}

/**
 * The English message of an error a record issue holds, as it was thrown;
 * its code for one whose message was not kept.
 *
 * @internal
 */
export function nestedMessage(error: NestedError): string {
  const { details } = error;
  const message =
    typeof details === 'object' && details !== null ? MESSAGES.get(details) : undefined;
  return message ?? error.code;
}
