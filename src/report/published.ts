import type { RegionCode } from '../regions/regions.js';

/**
 * A count as a report publishes it: a number, or the text as printed with
 * the number read from it (`{ text: '1 902' }`, `{ value: 1902, text: '1902 өтініш' }`).
 */
export type PublishedCount =
  | number
  | {
      /** The number, when the text does not say it plainly. */
      readonly value?: number | undefined;
      /** The text as printed. */
      readonly text: string;
    };

/**
 * An amount as a report publishes it: tenge as a number or a decimal
 * string, or the text as printed, read by `parseTenge` («72 млн.теңге»,
 * «1 424 750 теңге»); with `value`, the exact amount behind a rounded text.
 */
export type PublishedAmount =
  | number
  | string
  | {
      /** The exact amount behind a rounded text, in tenge. */
      readonly value?: number | string | undefined;
      /** The text as printed: «72 млн.теңге». */
      readonly text: string;
    };

/** A percentage as published: `64`, or `{ text: '64%' }`. */
export type PublishedPercent =
  | number
  | {
      /** The percentage, when the text does not say it plainly. */
      readonly value?: number | undefined;
      /** The text as printed: «64%». */
      readonly text: string;
    };

/** A stated share: `value` percent of `of` in `base` («64% of appeals were satisfied»). */
export interface PublishedPercentage {
  /** The figure that is a share: `appeals.outcomes.satisfied`. */
  readonly of: string;
  /** What it is claimed to be a share of: `appeals.reviewed`. */
  readonly base: string;
  /** The percentage stated. */
  readonly value: PublishedPercent;
}

/** A stated growth against the same period of last year («41% more than last year»). */
export interface PublishedGrowth {
  /** The figure that grew: `appeals.reviewed`. */
  readonly figure: string;
  /** The figure this year, when not among the stated figures. */
  readonly current?: PublishedCount | undefined;
  /** The figure last year («320 in the same period of 2023»). */
  readonly previous?: PublishedCount | undefined;
  /** The stated change («221 more»). */
  readonly change?: PublishedCount | undefined;
  /** The stated growth in percent («41%»; «на 120,4% больше»). */
  readonly percent?: PublishedPercent | undefined;
}

/** The figures of one KPI section as published: any subset of the report's. */
export type PublishedSection = {
  readonly [figure: string]: PublishedCount | PublishedAmount | PublishedSection | undefined;
};

/**
 * A published aggregate — a department's press release, an annual report —
 * as data, for {@link reconcilePublished}: its period, its region, any
 * subset of the report's figures in the report's own shape (`appeals.outcomes.satisfied`),
 * and the percentages and growth it states. The raw text is kept beside
 * each parsed number, since published figures are often rounded or mistyped.
 */
export interface PublishedReport {
  /** The version of this shape. */
  readonly schemaVersion?: 1 | undefined;
  /** The period code: `2024-01/2024-05`. */
  readonly period: string;
  /** The region it is of; none for the whole country. */
  readonly region?: RegionCode | undefined;
  /** Where it was published (a title or an address). */
  readonly source?: string | undefined;
  /** KPI 3 as published: `reviewed`, `outcomes`, `carriedOver`, `returnedToConsumers`, … */
  readonly appeals?: PublishedSection | undefined;
  /** KPI 4 as published. */
  readonly lawsuits?: PublishedSection | undefined;
  /** KPI 2 as published. */
  readonly outreach?: PublishedSection | undefined;
  /** KPI 1 as published. */
  readonly unifiedSystem?: PublishedSection | undefined;
  /** The percentages it states. */
  readonly percentages?: readonly PublishedPercentage[] | undefined;
  /** The growth against last year it states. */
  readonly growth?: readonly PublishedGrowth[] | undefined;
}
