import { availableParallelism } from 'node:os';
import type { Locale } from '../core/labels.js';
import { REPORT_RECORD_KINDS, type ReportRecordKind } from '../report/report.js';
import type { CommandSpec, OptionSpec, ParsedArgs } from './args.js';
import { CliError } from './cli-error.js';
import { environmentLocale } from './locale.js';

// The options several subcommands share, read the same way everywhere.

export const LOCALE_OPTION: OptionSpec = { type: 'string', choices: ['kk', 'ru', 'en'] };
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h' };
export const KIND_OPTION: OptionSpec = { type: 'string', choices: REPORT_RECORD_KINDS };
export const EXTENSION_FROM_OPTION: OptionSpec = {
  type: 'string',
  choices: ['receipt', 'reviewDeadline'],
};

/** The options of the subcommands that read record files. */
export const READING_OPTIONS: Readonly<Record<string, OptionSpec>> = Object.freeze({
  locale: LOCALE_OPTION,
  kind: KIND_OPTION,
  out: { type: 'string' },
  jobs: { type: 'string' },
  'workday-end': { type: 'string' },
  'extension-from': EXTENSION_FROM_OPTION,
  strict: { type: 'boolean' },
  help: HELP_OPTION,
});

/** Inputs smaller than this are read in the main thread: starting workers would take longer. */
const SMALL_INPUT_BYTES = 4 * 1024 * 1024;
const MAX_JOBS = 64;

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(parsed: ParsedArgs, name: string): readonly string[] {
  const value = parsed.values[name];
  return Array.isArray(value) ? value : [];
}

export function flagOption(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/** `--locale`, else the environment's language. */
export function localeOption(parsed: ParsedArgs, env: NodeJS.ProcessEnv): Locale {
  return (stringOption(parsed, 'locale') as Locale | undefined) ?? environmentLocale(env);
}

export function kindOption(parsed: ParsedArgs): ReportRecordKind | undefined {
  return stringOption(parsed, 'kind') as ReportRecordKind | undefined;
}

export function extensionFromOption(parsed: ParsedArgs): 'receipt' | 'reviewDeadline' | undefined {
  return stringOption(parsed, 'extension-from') as 'receipt' | 'reviewDeadline' | undefined;
}

/**
 * The worker threads to read with: `--jobs`, else one per core — but one
 * (this thread) for inputs under 4 MB, which workers would only slow down.
 *
 * @throws {@link CliError} `badJobs` for a value that is not a whole number from 1 to 64.
 */
export function jobsOption(parsed: ParsedArgs, inputBytes: number | undefined): number {
  const given = stringOption(parsed, 'jobs');
  if (given !== undefined) {
    const jobs = /^\d+$/.test(given) ? Number(given) : Number.NaN;
    if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new CliError({ key: 'badJobs', value: given });
    return jobs;
  }
  if (inputBytes !== undefined && inputBytes < SMALL_INPUT_BYTES) return 1;
  return Math.min(MAX_JOBS, availableParallelism());
}

/** Every file given, at least one. */
export function filesOf(parsed: ParsedArgs, spec: CommandSpec): readonly string[] {
  if (parsed.positionals.length === 0) throw new CliError({ key: 'noFiles', command: spec.name });
  return parsed.positionals;
}
