import { invalidArgumentError } from '../core/error-factories.js';
import { readOptions } from '../core/options.js';
import { received } from '../core/received.js';
import { createReportBuilder, type ReportBuilder, type ReportOptions } from './builder.js';
import type { Report, ReportRecordKind } from './report.js';

/** The records a report is built from, each kind any iterable (an array, a generator) or, for streams, an async iterable. */
export interface ReportInputs<I = Iterable<unknown> | AsyncIterable<unknown>> {
  /** Appeal records (see {@link ComplaintRecord}). */
  readonly complaints?: I | undefined;
  /** Lawsuit records (see {@link LawsuitRecord}). */
  readonly lawsuits?: I | undefined;
  /** Outreach activity records (see {@link OutreachActivityRecord}). */
  readonly activities?: I | undefined;
  /** E-Tutynushy registration records (see {@link SystemRegistrationRecord}). */
  readonly registrations?: I | undefined;
}

const INPUTS = Object.freeze([
  ['complaints', 'complaint'],
  ['lawsuits', 'lawsuit'],
  ['activities', 'activity'],
  ['registrations', 'registration'],
] as const satisfies readonly (readonly [keyof ReportInputs, ReportRecordKind])[]);

function isAsync(input: unknown): input is AsyncIterable<unknown> {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' &&
    typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  );
}

function checkInput(input: unknown, field: string): void {
  if (input === undefined || isAsync(input)) return;
  if (typeof (input as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] === 'function') return;
  throw invalidArgumentError({
    fn: 'buildReport',
    field,
    received: received(input),
    expected: 'iterable',
  });
}

async function addAll(builder: ReportBuilder, inputs: ReportInputs): Promise<Report> {
  for (const [field, kind] of INPUTS) {
    const input = inputs[field];
    if (input === undefined) continue;
    if (isAsync(input)) for await (const record of input) builder.add(kind, record);
    else for (const record of input) builder.add(kind, record);
  }
  return builder.result();
}

/**
 * The KPI report of a period (and, optionally, some regions) from records:
 * appeals and lawsuits (raw JSON, validated and replayed here, or records the
 * library's parsers returned), outreach activities and E-Tutynushy
 * registrations. One pass over each input, memory that does not grow with
 * the number of records; a `Promise` when any input is an async iterable (a
 * file or a queue read as a stream). Nothing is dropped: every record is
 * counted or listed among the refused ones with its error, and
 * `read = accepted + rejected` for every kind.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD`, `INVALID_REGION` or
 * `INVALID_ARGUMENT` for bad options or an input that is not iterable;
 * records are never a reason to throw.
 * @example
 * ```ts
 * const report = buildReport(
 *   {
 *     complaints: [{
 *       schemaVersion: 1, id: 'SH-2024-0113', receivedAt: '2024-05-03T10:15:00+05:00',
 *       channel: 'eTutynushy', appealType: 'complaint', region: '79', sector: 'retailTrade',
 *       subject: 'Смартфон с дефектом', consumer: { kind: 'individual' },
 *       events: [
 *         { type: 'register', at: '2024-05-03' },
 *         { type: 'startReview', at: '2024-05-06' },
 *         { type: 'satisfy', at: '2024-05-20', refund: '250000' },
 *       ],
 *     }],
 *     activities: [{ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-05-14', region: '79' }],
 *   },
 *   { period: '2024-01/2024-05', regions: ['79'] },
 * );
 * report.appeals.reviewed;                      // 1
 * report.appeals.outcomes.satisfied;            // 1
 * report.appeals.returnedToConsumers.toString(); // '250000.00'
 * report.unifiedSystem.appeals;                 // 1
 * report.outreach.byKind.briefing;              // 1
 * ```
 */
export function buildReport(
  inputs: ReportInputs<Iterable<unknown>>,
  options: ReportOptions,
): Report;
export function buildReport(inputs: ReportInputs, options: ReportOptions): Report | Promise<Report>;
export function buildReport(
  inputs: ReportInputs,
  options: ReportOptions,
): Report | Promise<Report> {
  const given = readOptions<ReportInputs>(
    inputs,
    'buildReport',
    INPUTS.map(([field]) => field),
  );
  for (const [field] of INPUTS) checkInput(given[field], field);
  const builder = createReportBuilder(options);
  if (INPUTS.some(([field]) => isAsync(given[field]))) return addAll(builder, given);
  for (const [field, kind] of INPUTS) {
    const input = given[field] as Iterable<unknown> | undefined;
    if (input !== undefined) for (const record of input) builder.add(kind, record);
  }
  return builder.result();
}
