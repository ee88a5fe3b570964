/**
 * What a reconciliation can find in a published aggregate:
 *
 * - `partsBelowTotal` — the stated parts of a total sum to less than it: a remainder nobody classified;
 * - `partsAboveTotal` — the stated parts sum to more than their total;
 * - `percentageOtherBase` — a stated percentage is not a share of the base it claims, but of another figure (named in `base`);
 * - `percentageNoBase` — a stated percentage is a share of no stated figure;
 * - `growthOtherBase` — a stated growth is not the change over last year's figure but over another base (`base`: `current` — the change over this year's figure; `ratio` — this year's figure as a percentage of last year's);
 * - `growthMismatch` — a stated growth or change that follows from no base;
 * - `differsFromRecords` — a stated figure that the report computed from the records differs from;
 * - `unreadable` — a figure whose text cannot be read as a number or an amount.
 */
export type FindingCode =
  | 'partsBelowTotal'
  | 'partsAboveTotal'
  | 'percentageOtherBase'
  | 'percentageNoBase'
  | 'growthOtherBase'
  | 'growthMismatch'
  | 'differsFromRecords'
  | 'unreadable';

/** One inconsistency found in a published aggregate, as data (amounts as decimal strings). */
export interface Finding {
  /** What was found. */
  readonly code: FindingCode;
  /** The figure it is about: a total, the figure a percentage or a growth is of. */
  readonly path: string;
  /** What was published. */
  readonly stated: number | string;
  /** What follows from the other figures or the records. */
  readonly computed: number | string;
  /** `stated − computed` for sums and records; absent for percentages and growth. */
  readonly difference?: number | string | undefined;
  /** For sums: the parts that were stated. */
  readonly parts?: readonly string[] | undefined;
  /** For percentages and growth: the base the stated figure does match (a path, `sum:` a path, `current` or `ratio`). */
  readonly base?: string | undefined;
  /** The text as published, when there was one. */
  readonly text?: string | undefined;
  /** The finding in English; {@link formatFinding} gives it in Kazakh or Russian. */
  readonly message: string;
}
