import { describeValue, TutynushyError } from '../core/index.js';

// Arguments of the public functions that are not records: options objects and
// replayed appeals. A wrong type is an INVALID_ARGUMENT naming the function,
// never a TypeError from deep inside, and `null` options never fall back on
// the defaults as a missing argument does.

/** Checks that `options` of `fn` is an object. */
export function checkOptions(options: unknown, fn: string): void {
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) return;
  throw new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid options of ${fn} ${describeValue(options)}: expected an object (or nothing)`,
    { field: 'options', value: options },
  );
}

/** Checks that `complaint` passed to `fn` looks like what replayComplaint returns. */
export function checkReplayed(complaint: unknown, fn: string): void {
  if (
    typeof complaint === 'object' &&
    complaint !== null &&
    typeof (complaint as { state?: unknown }).state === 'string' &&
    typeof (complaint as { deadlines?: { due?: unknown } }).deadlines?.due === 'string'
  ) {
    return;
  }
  throw new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid appeal ${describeValue(complaint)} given to ${fn}: expected what replayComplaint returns`,
    { field: 'complaint', value: complaint },
  );
}
