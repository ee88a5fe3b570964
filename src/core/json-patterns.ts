// The shapes of the library's values as JSON Schema patterns, for the files
// in schemas/ that services in other languages validate with. Each pattern
// admits everything the library's own check accepts, and refuses what it
// can: what no pattern can say (a check digit, 30 February) is left to the
// library. Written in the subset of regular expressions every JSON Schema
// dialect reads alike: character classes, ranges, quantifiers, groups,
// anchors and the characters themselves, never `\d`, `\s` or `\uXXXX`
// (Python's `\d` matches every script's digits, Go's regexp has no `\u`).
// No zod here: the schema files attach these with `.meta()`.

// C0 controls but tab and line breaks, DEL, and the bidirectional
// embeddings, overrides and isolates: what `isPlainText` refuses in any text.
const CONTROLS = '\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069';
const BREAKS = '\t\n\r';
// What String.prototype.trim removes, besides the controls and breaks above.
const SPACES = ' \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';

/** @internal A one-line text: something besides whitespace, no control character. */
export const TEXT_PATTERN = `^[^${CONTROLS}${BREAKS}]*[^${CONTROLS}${BREAKS}${SPACES}][^${CONTROLS}${BREAKS}]*$`;

/** @internal A text that may hold tabs and line breaks: something besides whitespace, no other control. */
export const MULTILINE_TEXT_PATTERN = `^[^${CONTROLS}]*[^${CONTROLS}${BREAKS}${SPACES}][^${CONTROLS}]*$`;

/** @internal An identifier: a one-line text that neither starts nor ends with whitespace. */
export const IDENTIFIER_PATTERN = `^[^${CONTROLS}${BREAKS}${SPACES}]([^${CONTROLS}${BREAKS}]*[^${CONTROLS}${BREAKS}${SPACES}])?$`;

const YEAR = '[1-9][0-9]{3}';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';

/** @internal The parts of a `YYYY-MM-DD` date, years from 1000: the day is checked against its month only by `format: date`. */
export const DATE_SHAPE = `${YEAR}-${MONTH}-${DAY}`;

/** @internal A `YYYY-MM-DD` date. */
export const DATE_PATTERN = `^${DATE_SHAPE}$`;

/** @internal An instant: a date, `T`, hours and minutes, optional seconds and fraction, and `Z` or an offset up to ±14:59. */
export const INSTANT_PATTERN = `^${DATE_SHAPE}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,9})?)?(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])$`;

/** @internal A month, `YYYY-MM`. */
export const MONTH_SHAPE = `${YEAR}-${MONTH}`;
