import type { Locale } from '../../core/labels.js';
import { samePeriodLastYear } from '../../period/last-year.js';
import { parsePeriod } from '../../period/parse.js';
import { compareReports } from '../../report/compare.js';
import { REPORT_FORMATS, type ReportFormat, renderReport } from '../../report/render.js';
import type { Report } from '../../report/report.js';
import { readScope } from '../../report/scope.js';
import { type CommandSpec, readArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import { type CliContext, type Command, messagesOf, openOutput } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { openInputs } from '../input/read-file.js';
import { readJsonFile } from '../input/read-json.js';
import {
  filesOf,
  kindOption,
  listOption,
  localeOption,
  READING_OPTIONS,
  stringOption,
} from '../options.js';
import { readingSetup, reportOf } from './records.js';

export const REPORT_SPEC: CommandSpec = {
  name: 'report',
  positionals: true,
  options: {
    ...READING_OPTIONS,
    period: { type: 'string' },
    region: { type: 'string', multiple: true },
    format: { type: 'string', choices: REPORT_FORMATS },
    compare: { type: 'string', greedy: true },
    published: { type: 'string' },
    delimiter: { type: 'string', choices: [';', ','] },
  },
};

/** `--region 79 --region 75` and `--region 79,75` alike. */
function regionsOf(values: readonly string[]): readonly string[] | undefined {
  const codes = values.flatMap((value) => value.split(',')).map((code) => code.trim());
  return codes.length === 0 ? undefined : codes;
}

function refusedCount(report: Report): number {
  return Object.values(report.records).reduce((sum, counts) => sum + counts.rejected, 0);
}

/** Prints the report's refused records' count on standard error, so that a report piped to a file does not hide them. */
export function noteRefused(report: Report, context: CliContext): void {
  const refused = refusedCount(report);
  if (refused > 0) context.stderr.write(`tutynushy: ${messagesOf(context).refused(refused)}\n`);
}

/** `tutynushy report <files…> --period <period> [options]`. */
export const report: Command = async (context) => {
  const parsed = readArgs(REPORT_SPEC, context.args);
  const locale: Locale = localeOption(parsed, context.env);
  context.locale = locale;
  if (parsed.values['help'] === true) {
    context.stdout.write(messagesOf(context).help.report);
    return EXIT.ok;
  }
  const paths = filesOf(parsed, REPORT_SPEC);
  const period = stringOption(parsed, 'period');
  if (period === undefined) {
    throw new CliError({ key: 'missingOption', option: '--period', command: 'report' });
  }
  const regions = regionsOf(listOption(parsed, 'region'));
  // The period and the regions are checked before any file is read.
  readScope({ period, regions }, 'report');
  const reading = readingSetup(parsed, context, 'report');
  const kind = kindOption(parsed);
  const files = await openInputs(paths, kind);
  const comparePaths = listOption(parsed, 'compare');
  const compareFiles = comparePaths.length === 0 ? undefined : await openInputs(comparePaths, kind);
  const publishedPath = stringOption(parsed, 'published');
  const published = publishedPath === undefined ? undefined : await readJsonFile(publishedPath);

  const current = await reportOf(files, { ...reading, period, regions }, parsed, context);
  const previous =
    compareFiles === undefined
      ? undefined
      : await reportOf(
          compareFiles,
          { ...reading, period: samePeriodLastYear(parsePeriod(period)).code, regions },
          parsed,
          context,
        );
  const findings =
    published === undefined
      ? undefined
      : (await import('../../report/reconcile.js')).reconcilePublished(published, {
          report: current,
        }).findings;
  const delimiter = stringOption(parsed, 'delimiter') as ';' | ',' | undefined;
  const text = renderReport(current, {
    locale,
    format: (stringOption(parsed, 'format') ?? 'text') as ReportFormat,
    ...(previous === undefined ? {} : { comparison: compareReports(current, previous) }),
    ...(findings === undefined ? {} : { findings }),
    ...(delimiter === undefined ? {} : { delimiter }),
  });
  const output = openOutput(context, stringOption(parsed, 'out'));
  output.write(text);
  output.close();
  noteRefused(current, context);
  return EXIT.ok;
};
