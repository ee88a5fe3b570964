import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../../core/labels.js';
import { renderReport } from '../../report/render.js';
import { type CommandSpec, readArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import { type Command, messagesOf } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { openInputs } from '../input/read-file.js';
import { readJsonFile } from '../input/read-json.js';
import { messagesFor } from '../messages/index.js';
import { HELP_OPTION, LOCALE_OPTION, stringOption } from '../options.js';
import { readingSetup, reportOf } from './records.js';
import { noteRefused } from './report.js';

export const DEMO_SPEC: CommandSpec = {
  name: 'demo',
  positionals: false,
  options: { locale: LOCALE_OPTION, help: HELP_OPTION },
};

/** The bundled sample, shipped with the package. */
export const SAMPLE_DIRECTORY = 'examples/sample/shymkent-2024-01-05/';
const SAMPLE_FILES = [
  'complaints.jsonl',
  'lawsuits.jsonl',
  'activities.jsonl',
  'registrations.jsonl',
];

const LANGUAGE: Readonly<Record<Locale, string>> = {
  kk: 'қазақша',
  ru: 'по-русски',
  en: 'in English',
};

function scopeOf(published: unknown): { period: string; regions: readonly string[] | undefined } {
  const { period, region } = (published ?? {}) as { period?: unknown; region?: unknown };
  return {
    period: typeof period === 'string' ? period : '2024-01/2024-05',
    regions: typeof region === 'string' ? [region] : undefined,
  };
}

/**
 * `tutynushy demo`: the report of the bundled Shymkent sample (January–May
 * 2024) in Kazakh, Russian and English, reconciled with the figures the
 * department published.
 */
export const demo: Command = async (context) => {
  const parsed = readArgs(DEMO_SPEC, context.args);
  const only = stringOption(parsed, 'locale') as Locale | undefined;
  if (only !== undefined) context.locale = only;
  if (parsed.values['help'] === true) {
    context.stdout.write(messagesOf(context).help.demo);
    return EXIT.ok;
  }
  const directory = new URL(SAMPLE_DIRECTORY, context.root);
  const path = (name: string): string => fileURLToPath(new URL(name, directory));
  const missing = [...SAMPLE_FILES, 'published.json'].find((name) => !existsSync(path(name)));
  if (missing !== undefined) throw new CliError({ key: 'sampleMissing', path: path(missing) });
  const published = await readJsonFile(path('published.json'));
  const files = (await openInputs(SAMPLE_FILES.map(path), undefined)).map((file, i) => ({
    ...file,
    name: `${SAMPLE_DIRECTORY}${SAMPLE_FILES[i]}`,
  }));
  const report = await reportOf(
    files,
    { ...readingSetup(parsed, context, 'report'), ...scopeOf(published) },
    parsed,
    context,
  );
  const { reconcilePublished } = await import('../../report/reconcile.js');
  const { findings } = reconcilePublished(published, { report });
  const locales = only === undefined ? LOCALES : [only];
  const parts = locales.map((locale) => {
    const heading = messagesFor(locale).demoHeading(LANGUAGE[locale]);
    const text = renderReport(report, { locale, format: 'text', findings });
    return `${heading}\n${'='.repeat(heading.length)}\n\n${text}`;
  });
  context.stdout.write(parts.join('\n\n'));
  noteRefused(report, context);
  return EXIT.ok;
};
