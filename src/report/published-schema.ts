import * as z from 'zod';
import { boundedArray, boundedText } from '../core/schema-helpers.js';
import { RegionCodeSchema } from '../regions/schema.js';
import { REPORT_FIGURES } from './figures.js';
import type { PublishedReport } from './published.js';

// The zod schema of a published aggregate: the only file of reconciliation
// that imports zod.

const Text = /* @__PURE__ */ boundedText(200);

const Count = /* @__PURE__ */ z
  .union([
    z.number().check(z.nonnegative()),
    z.strictObject({ value: z.number().check(z.nonnegative()).optional(), text: Text }),
  ])
  .meta({
    title: 'Published count',
    description: 'A count as published: a number, or { value?, text } with the text as printed.',
  });

// A change or a growth may be negative: a decline.
const Signed = /* @__PURE__ */ z
  .union([z.number(), z.strictObject({ value: z.number().optional(), text: Text })])
  .meta({
    title: 'Published change',
    description:
      'A change or a growth as published, negative for a decline: a number, or { value?, text }.',
  });

const Amount = /* @__PURE__ */ z
  .union([
    z.number().check(z.nonnegative()),
    Text,
    z.strictObject({
      value: z.union([z.number().check(z.nonnegative()), Text]).optional(),
      text: Text,
    }),
  ])
  .meta({
    title: 'Published amount',
    description:
      'An amount as published: a number of tenge, the text as printed («72 млн теңге»), or { value?, text }.',
  });

const Figure = /* @__PURE__ */ z.enum(REPORT_FIGURES as unknown as [string, ...string[]]);

function section(names: readonly string[], nested: Readonly<Record<string, readonly string[]>>) {
  const shape: Record<string, z.ZodType> = {};
  for (const name of names) {
    shape[name] = (name.startsWith('amount:') ? Amount : Count).optional();
  }
  for (const [name, keys] of Object.entries(nested)) {
    const inner: Record<string, z.ZodType> = {};
    for (const key of keys) inner[key] = Count.optional();
    shape[name] = z.strictObject(inner).optional();
  }
  return z.strictObject(
    Object.fromEntries(
      Object.entries(shape).map(([name, schema]) => [name.replace(/^amount:/, ''), schema]),
    ),
  );
}

const leaves = (prefix: string): string[] =>
  REPORT_FIGURES.filter((path) => path.startsWith(`${prefix}.`)).map((path) =>
    path.slice(prefix.length + 1),
  );

const groupOf = (prefix: string, group: string): string[] =>
  leaves(prefix)
    .filter((path) => path.startsWith(`${group}.`))
    .map((path) => path.slice(group.length + 1));

const AMOUNT_FIGURES = new Set(['returnedToConsumers', 'recovered', 'collected']);
const RATE_FIGURES = new Set(['satisfactionRate', 'satisfiedOfReviewed', 'timelyRate']);

function sectionOf(prefix: string) {
  const flat = leaves(prefix).filter((path) => !path.includes('.') && !RATE_FIGURES.has(path));
  const groups = [
    ...new Set(
      leaves(prefix)
        .filter((p) => p.includes('.'))
        .map((p) => p.split('.')[0] as string),
    ),
  ];
  return section(
    flat.map((name) => (AMOUNT_FIGURES.has(name) ? `amount:${name}` : name)),
    Object.fromEntries(groups.map((group) => [group, groupOf(prefix, group)])),
  );
}

/**
 * The schema of a published aggregate ({@link PublishedReport}): the
 * period code, an optional region, any of the report's figures in its own
 * shape — each a number or `{ value?, text }` with the text as printed —
 * and the stated percentages and growth, each naming figures by path.
 *
 * @example
 * ```ts
 * PublishedReportSchema.safeParse({ period: '2024-01/2024-05', outreach: { total: 2165 } }).success; // true
 * PublishedReportSchema.safeParse({ period: '2024-01/2024-05', outreach: { totl: 2165 } }).success;  // false
 * ```
 */
export const PublishedReportSchema: z.ZodType<PublishedReport> = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(1).optional(),
  period: z.string().check(z.maxLength(40)),
  region: RegionCodeSchema.optional(),
  source: boundedText(1000).optional(),
  appeals: sectionOf('appeals').optional(),
  lawsuits: sectionOf('lawsuits').optional(),
  outreach: sectionOf('outreach').optional(),
  unifiedSystem: sectionOf('unifiedSystem').optional(),
  percentages: boundedArray(
    z.strictObject({
      of: Figure,
      base: Figure,
      value: Count,
    }),
    100,
  ).optional(),
  growth: boundedArray(
    z.strictObject({
      figure: Figure,
      current: Count.optional(),
      previous: Count.optional(),
      change: Signed.optional(),
      percent: Signed.optional(),
    }),
    100,
  ).optional(),
}) as z.ZodType<PublishedReport>;
