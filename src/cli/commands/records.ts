import { registrationDate } from '../../calendar/clocks.js';
import { mergeReports } from '../../report/merge.js';
import type { Report } from '../../report/report.js';
import type { ParsedArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { messagesOf } from '../context.js';
import type { InputFile } from '../input/read-file.js';
import { extensionFromOption, flagOption, jobsOption, stringOption } from '../options.js';
import { runPipeline } from '../pipeline.js';
import { terminalProgress } from '../progress.js';
import type { InvalidRecord, ShardSetup } from '../shard.js';

// What `report`, `validate` and `demo` share: the reading options as a
// shard's setup, and the pipeline run over files.

/** The options every shard reads with, from the command line. */
export function readingSetup(
  parsed: ParsedArgs,
  context: CliContext,
  mode: ShardSetup['mode'],
): Omit<ShardSetup, 'period' | 'regions'> {
  const workdayEnd = stringOption(parsed, 'workday-end');
  // A bad end of the working day would refuse every appeal: say so once, now.
  if (workdayEnd !== undefined) registrationDate('2024-01-03T09:00:00+06:00', { workdayEnd });
  return {
    mode,
    locale: context.locale,
    workdayEnd,
    extensionFrom: extensionFromOption(parsed),
    strict: flagOption(parsed, 'strict'),
  };
}

/** The sum of the files' sizes, when every size is known. */
export function totalBytes(files: readonly InputFile[]): number | undefined {
  let total = 0;
  for (const file of files) {
    if (file.size === undefined) return undefined;
    total += file.size;
  }
  return total;
}

/**
 * The report of some files: read in shards (worker threads, or this thread
 * for small inputs and `--jobs 1`), each shard's report read back with
 * `parseReport` and merged with `mergeReports`.
 *
 * @throws {@link CliError} `emptyInput` when the files hold no record, or what reading them raises.
 */
export async function reportOf(
  files: readonly InputFile[],
  setup: ShardSetup,
  parsed: ParsedArgs,
  context: CliContext,
): Promise<Report> {
  const result = await runPipeline({
    setup,
    files,
    jobs: jobsOption(parsed, totalBytes(files)),
    workerUrl: context.workerUrl,
    progress: terminalProgress(context.stderr, messagesOf(context)),
  });
  if (result.records === 0) {
    throw new CliError({ key: 'emptyInput', paths: files.map((file) => file.name) });
  }
  // Loaded now, not before the workers ran: parseReport needs zod, which
  // the main thread does not otherwise hold while the workers read.
  const { parseReport } = await import('../../report/parse.js');
  const reports = result.shards.map((shard) => parseReport(JSON.parse(shard.report ?? 'null')));
  return mergeReports(...reports);
}

/** The bad records of some files, handed to `onInvalid` in file order; the counts at the end. */
export async function validateFiles(
  files: readonly InputFile[],
  setup: ShardSetup,
  parsed: ParsedArgs,
  context: CliContext,
  onInvalid: (records: readonly InvalidRecord[]) => void,
): Promise<{ read: number; invalid: number }> {
  const result = await runPipeline({
    setup,
    files,
    jobs: jobsOption(parsed, totalBytes(files)),
    workerUrl: context.workerUrl,
    onInvalid,
    progress: terminalProgress(context.stderr, messagesOf(context)),
  });
  if (result.records === 0) {
    throw new CliError({ key: 'emptyInput', paths: files.map((file) => file.name) });
  }
  let invalid = 0;
  for (const shard of result.shards) {
    for (const counts of Object.values(shard.counts)) invalid += counts.invalid;
  }
  return { read: result.records, invalid };
}
