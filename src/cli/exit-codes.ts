/**
 * The exit codes of the `tutynushy` command, one per kind of failure, so
 * that a script can tell them apart. `--help` and docs/cli.md list them.
 */
export const EXIT = Object.freeze({
  /** Done. */
  ok: 0,
  /** `validate` found bad records. */
  invalidRecords: 1,
  /** A command line the command does not understand: an unknown command or option, a missing or bad option value. */
  usage: 2,
  /** A file that does not exist or cannot be read, or an output file that cannot be written. */
  file: 3,
  /** Input that is not JSON, JSON Lines or UTF-8, or a record whose kind cannot be told. */
  json: 4,
  /** Input files with no record in them. */
  empty: 5,
  /** A period the library does not read. */
  period: 6,
  /** Another value the library refuses: a region, an amount, an instant, published figures, a year without calendar data. */
  value: 7,
  /** The command cannot run here: zod, which the record commands need, is not installed. */
  setup: 8,
  /** A fault of the command itself (please report it). */
  internal: 70,
} as const);

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
