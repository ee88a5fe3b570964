import { invalidArgumentError } from './error-factories.js';
import { received } from './received.js';
import { recordPathText } from './record-issue.js';

const MAX_PATH_LENGTH = 100;

/**
 * Writes a path the way a reader looks for it: `events[2].refund`.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a path that is not an
 * array of strings, numbers and symbols, or one of more than 100 keys.
 * @example
 * ```ts
 * formatRecordPath(['events', 2, 'refund']); // 'events[2].refund'
 * formatRecordPath([]);                      // '(record)'
 * ```
 */
export function formatRecordPath(path: readonly PropertyKey[]): string {
  if (!Array.isArray(path)) {
    throw invalidArgumentError({
      fn: 'formatRecordPath',
      field: 'path',
      received: received(path),
      expected: 'array',
    });
  }
  // A record's paths are a few keys deep: a longer one is refused by its length, unread.
  if (path.length > MAX_PATH_LENGTH) {
    throw invalidArgumentError({
      fn: 'formatRecordPath',
      field: 'path',
      received: received(path),
      expected: 'atMost',
      max: MAX_PATH_LENGTH,
    });
  }
  path.forEach((key, index) => {
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'symbol') {
      throw invalidArgumentError({
        fn: 'formatRecordPath',
        field: `path[${index}]`,
        received: received(key),
        expected: 'string',
      });
    }
  });
  return recordPathText(path);
}
