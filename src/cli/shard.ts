import { isUtf8 } from 'node:buffer';
import { createWorkCalendar } from '../calendar/create-work-calendar.js';
import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar.js';
import type { AnyTutynushyError } from '../core/errors.js';
import { formatError } from '../core/format-error.js';
import type { Locale } from '../core/labels.js';
import { recordIdOf } from '../core/record-parse.js';
import { createReportBuilder, type ReportOptions } from '../report/builder.js';
import { checkRecord } from '../report/check-record.js';
import { REPORT_RECORD_KINDS, type ReportRecordKind } from '../report/report.js';
import type { CliProblem } from './cli-error.js';
import { kindOfRecord } from './input/detect-kind.js';

/** How a shard reads records: the report's options, as plain data a worker thread can be given. */
export interface ShardSetup {
  readonly mode: 'report' | 'validate';
  readonly locale: Locale;
  readonly period?: string | undefined;
  readonly regions?: readonly string[] | undefined;
  readonly workdayEnd?: string | undefined;
  readonly extensionFrom?: 'receipt' | 'reviewDeadline' | undefined;
  /** Refuse calendar years not confirmed (`createWorkCalendar({ estimates: false })`). */
  readonly strict: boolean;
}

/** A batch of one file's records, as bytes and spans (see `Spans`). */
export interface BatchJob {
  readonly seq: number;
  readonly source: string;
  /** The kind of every record, or `null` to tell each record's kind by its fields. */
  readonly kind: ReportRecordKind | null;
  readonly bytes: Uint8Array;
  readonly spans: Int32Array;
}

/** A record `validate` lists: where it is and the error that refuses it, worded in the chosen language. */
export interface InvalidRecord {
  readonly source: string;
  readonly line: number;
  readonly kind: ReportRecordKind;
  readonly id?: string | undefined;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
}

/** What a batch gave: the records it held, the bad ones (`validate`), or the problem that stops the command. */
export interface BatchResult {
  readonly seq: number;
  readonly records: number;
  readonly invalid: readonly InvalidRecord[];
  readonly problem?: CliProblem | undefined;
}

/** What a shard has read, when it finishes. */
export interface ShardResult {
  /** `report`: the shard's report as JSON (amounts as strings), for `parseReport`. */
  readonly report?: string | undefined;
  /** `validate`: records read and refused, by kind. */
  readonly counts: Readonly<Record<ReportRecordKind, { read: number; invalid: number }>>;
}

/** One worker's (or the main thread's) share of the records. */
export interface Shard {
  run(job: BatchJob): BatchResult;
  finish(): ShardResult;
}

const POSITION = /at position (\d+)/;

// Where in a record JSON.parse stopped, as a line and column of the file:
// V8 names the position in the text («… in JSON at position 12»).
function jsonProblem(source: string, line: number, text: string, error: unknown): CliProblem {
  const match = POSITION.exec(error instanceof Error ? error.message : '');
  if (match === null) return { key: 'badJson', path: source, line };
  const position = Math.min(Number(match[1]), text.length);
  let at = line;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    at += 1;
    lineStart = i + 1;
  }
  return { key: 'badJson', path: source, line: at, column: position - lineStart + 1 };
}

function firstBadText(buffer: Buffer, spans: Int32Array): number {
  for (let i = 0; i < spans.length; i += 3) {
    if (!isUtf8(buffer.subarray(spans[i], spans[i + 1]))) return spans[i + 2] as number;
  }
  return spans[2] as number;
}

/**
 * A shard: decodes and parses each record of a batch and adds it to its own
 * report (`report`, with `createReportBuilder`, the refused records'
 * indexes being their line numbers less one), or checks it and keeps the
 * bad ones (`validate`, with the check the report applies). Used in worker
 * threads and, for `--jobs 1` and small inputs, in the main thread.
 *
 * @throws {@link TutynushyError} for bad options (a bad period, a bad region).
 */
export function createShard(setup: ShardSetup): Shard {
  const calendar = setup.strict ? createWorkCalendar({ estimates: false }) : kazakhstanCalendar;
  const options: ReportOptions = {
    period: setup.period ?? '2024',
    ...(setup.regions === undefined ? {} : { regions: setup.regions }),
    ...(setup.workdayEnd === undefined ? {} : { workdayEnd: setup.workdayEnd }),
    ...(setup.extensionFrom === undefined ? {} : { extensionFrom: setup.extensionFrom }),
    calendar,
  };
  const builder = setup.mode === 'report' ? createReportBuilder(options) : undefined;
  const replayOptions = {
    history: false,
    calendar,
    ...(setup.workdayEnd === undefined ? {} : { workdayEnd: setup.workdayEnd }),
    ...(setup.extensionFrom === undefined ? {} : { extensionFrom: setup.extensionFrom }),
  };
  const counts = Object.fromEntries(
    REPORT_RECORD_KINDS.map((kind) => [kind, { read: 0, invalid: 0 }]),
  ) as Record<ReportRecordKind, { read: number; invalid: number }>;

  return {
    run(job) {
      const { seq, source, spans } = job;
      const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      const records = spans.length / 3;
      const invalid: InvalidRecord[] = [];
      if (!isUtf8(buffer)) {
        return {
          seq,
          records,
          invalid,
          problem: { key: 'notUtf8', path: source, line: firstBadText(buffer, spans) },
        };
      }
      for (let i = 0; i < spans.length; i += 3) {
        const line = spans[i + 2] as number;
        const text = buffer.toString('utf8', spans[i], spans[i + 1]);
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch (error) {
          return { seq, records, invalid, problem: jsonProblem(source, line, text, error) };
        }
        const kind = job.kind ?? kindOfRecord(record);
        if (kind === undefined) {
          return { seq, records, invalid, problem: { key: 'unknownKind', path: source, line } };
        }
        if (builder !== undefined) {
          builder.add(kind, record, { source, index: line - 1 });
          continue;
        }
        counts[kind].read += 1;
        const checked = checkRecord(kind, record, replayOptions);
        if (checked.ok) continue;
        counts[kind].invalid += 1;
        const error = checked.error as AnyTutynushyError;
        const id = recordIdOf(record);
        invalid.push({
          source,
          line,
          kind,
          ...(id === undefined ? {} : { id }),
          code: error.code,
          message: formatError(error, setup.locale),
          details: error.details,
        });
      }
      return { seq, records, invalid };
    },
    finish() {
      return {
        ...(builder === undefined ? {} : { report: JSON.stringify(builder.result()) }),
        counts,
      };
    },
  };
}
