import { countText } from '../numbers.js';
import type { CliMessages } from './catalogue.js';
import { exitCodesList } from './shared.js';

const n = (count: number): string => countText(count, 'en');

const list = (items: readonly string[]): string => items.join(', ');

const EXIT_CODES = `Exit codes:
${exitCodesList({
  ok: 'done',
  invalidRecords: 'validate found bad records',
  usage: 'an unknown command or option, a missing or bad option value',
  file: 'a missing or unreadable file, or an output file that cannot be written',
  json: 'input that is not JSON, JSON Lines or UTF-8, or a record whose kind cannot be told',
  empty: 'no record in the input files',
  period: 'a bad period',
  value:
    'another bad value: a region, an amount, an instant, published figures, a year without calendar data',
  setup: 'zod is not installed (npm install zod)',
  internal: 'a fault of the command itself',
})}`;

const INPUT = `Input: JSON Lines (one record a line) or a JSON array, read as a stream.
A file's records are of the kind its name says (complaints.jsonl, lawsuits.jsonl,
activities.jsonl, registrations.jsonl; or .json),
or of --kind, or else each record's kind is told by its fields
(receivedAt: an appeal, court: a lawsuit, kind and date: an activity,
account: a registration).`;

export const en: CliMessages = {
  problems: {
    unknownCommand: ({ command }) =>
      `unknown command "${command}": expected report, validate, deadline, words or demo (tutynushy --help)`,
    unknownOption: ({ option, command }) =>
      command === ''
        ? `unknown option ${option} (tutynushy --help lists the commands)`
        : `unknown option ${option} for ${command} (tutynushy ${command} --help lists the options)`,
    missingValue: ({ option }) => `option ${option} needs a value`,
    unexpectedValue: ({ option }) => `option ${option} takes no value`,
    badChoice: ({ option, value, allowed }) =>
      `invalid value "${value}" for ${option}: expected one of ${list(allowed)}`,
    badJobs: ({ value }) =>
      `invalid value "${value}" for --jobs: expected a whole number from 1 to 64`,
    missingOption: ({ option, command }) =>
      `${command} needs ${option} (tutynushy ${command} --help)`,
    noFiles: ({ command }) =>
      `${command} needs at least one input file (tutynushy ${command} --help)`,
    unexpectedArgument: ({ value, command }) => `unexpected argument "${value}" for ${command}`,
    noAmount: () => 'words needs an amount, such as 1424750 (tutynushy words --help)',
    badNumber: ({ value }) => `invalid number "${value}": expected a whole number such as 1424750`,
    fileNotFound: ({ path }) => `file not found: ${path}`,
    notAFile: ({ path }) => `not a file: ${path}`,
    fileUnreadable: ({ path, reason }) => `cannot read ${path}: ${reason}`,
    outUnwritable: ({ path, reason }) => `cannot write ${path}: ${reason}`,
    badJson: ({ path, line, column }) =>
      `${path}:${line}${column === undefined ? '' : `:${column}`}: not valid JSON`,
    badArray: ({ path, line, column, expected }) =>
      `${path}:${line}:${column}: not a valid JSON array: expected ${
        {
          comma: 'a comma or ]',
          value: 'a value',
          end: 'nothing after the closing ]',
          closing: 'the closing ]',
        }[expected]
      }`,
    notUtf8: ({ path, line }) => `${path}:${line}: not UTF-8 text`,
    unknownKind: ({ path, line }) =>
      `${path}:${line}: cannot tell what kind of record this is: name the file complaints.jsonl, lawsuits.jsonl, activities.jsonl or registrations.jsonl, or give --kind`,
    emptyInput: ({ paths }) => `no records in ${list(paths)}`,
    sampleMissing: ({ path }) => `the bundled sample is missing: ${path}`,
    zodMissing: () => 'this command needs zod, which validates the records: npm install zod',
  },
  internal: (message) => `internal error: ${message} (please report it)`,
  refused: (count) =>
    `${n(count)} ${count === 1 ? 'record' : 'records'} refused: they are listed at the end of the report; tutynushy validate lists them all`,
  summary: ({ files, read, valid, invalid }) =>
    `${files === 1 ? '1 file' : `${n(files)} files`}, ${n(read)} ${read === 1 ? 'record' : 'records'}: ${n(valid)} valid, ${n(invalid)} invalid`,
  progress: (path, percent, records) =>
    `reading ${path}${percent === undefined ? '' : ` ${percent}%`}, ${n(records)} ${records === 1 ? 'record' : 'records'}`,
  deadline: {
    received: 'Received',
    receivedOn: 'date in Kazakhstan',
    provisional: 'provisional',
    provisionalNote:
      'Provisional: the working-day calendar of that year is not confirmed yet (Kurban Ait or the transfer of days off is only estimated).',
    term: (length, unit) =>
      unit === 'months'
        ? `${length} months`
        : unit === 'workingDays'
          ? length === 0
            ? 'the same or the next working day'
            : `${length} working days`
          : `${length} calendar days`,
  },
  demoHeading: (language) => `Shymkent, January–May 2024 — ${language}`,
  help: {
    main: `tutynushy — consumer-rights case work in Kazakhstan: KPI reports, legal deadlines, tenge in words

Usage:
  tutynushy report <files…> --period <period> [options]   the KPI report of a period
  tutynushy validate <files…> [options]                   every bad record, with its file and line
  tutynushy deadline --received <instant> [options]       the legal clocks of an appeal
  tutynushy words <amount…> [options]                     an amount in words
  tutynushy demo                                          the bundled Shymkent sample, in kk, ru and en

  tutynushy <command> --help    the options of a command
  tutynushy --version           the version

Every command takes --locale kk|ru|en: the language of its output and its messages
(by default the language of LANG, else English).

${EXIT_CODES}
`,
    report: `tutynushy report <files…> --period <period> [options]

The KPI report of a department for a period, from record files: work in the
unified information system, outreach, the quality of review of appeals, lawsuits.

Options:
  --period <period>        2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 or
                           2024-01-01/2024-05-31 (required)
  --region <code>          a region: 79, KZ-79; repeat it or separate codes with commas
                           (the whole country by default)
  --locale kk|ru|en        the language of the report
  --format <format>        text (default), markdown, csv or json
  --compare <files…>       the records of the same period last year: a year-on-year
                           comparison (the files after it, up to the next option)
  --published <file>       published figures (JSON) to reconcile with the records
  --kind <kind>            every record is a complaint, lawsuit, activity or registration
  --out <file>             write the report to a file instead of standard output
  --delimiter ";"|","      the CSV delimiter (";" for kk and ru, "," for en by default)
  --jobs <n>               worker threads reading the records (default: one per core;
                           1 reads in this process; small inputs are read in this process)
  --workday-end <HH:MM>    when the working day ends (default 18:30)
  --extension-from <from>  receipt (default) or reviewDeadline: what the two-month
                           extension limit counts from
  --strict                 refuse calendar years not confirmed yet (by default they
                           are counted on the statute and marked provisional)
  --help

${INPUT}

Example:
  tutynushy report complaints.jsonl activities.jsonl --period 2024-01/2024-05 --region 79 --locale kk

${EXIT_CODES}
`,
    validate: `tutynushy validate <files…> [options]

Checks every record as the report reads it and lists each bad one with its
file, line, error code and message; exits with 1 when there is any.

Options:
  --locale kk|ru|en        the language of the messages
  --format text|json       text (default), or one JSON object a line
  --kind <kind>            every record is a complaint, lawsuit, activity or registration
  --out <file>             write the list to a file instead of standard output
  --jobs <n>               worker threads (default: one per core; 1 reads in this process)
  --workday-end <HH:MM>    when the working day ends (default 18:30)
  --extension-from <from>  receipt (default) or reviewDeadline
  --strict                 refuse calendar years not confirmed yet
  --help

${INPUT}

${EXIT_CODES}
`,
    deadline: `tutynushy deadline --received <instant> [options]

Every legal clock of an appeal received at an instant, on the Kazakhstan
working-day calendar: its registration date, the 15-working-day review
deadline, the two-month extension limit, 3 working days to redirect it,
5 working days to refuse it, and the seller's 10 calendar days to answer
a claim received then.

Options:
  --received <instant>     when it was received: 2024-05-03T18:45+05:00 (required;
                           an offset is needed, seconds are not)
  --locale kk|ru|en        the language
  --format text|json       text (default) or json
  --workday-end <HH:MM>    when the working day ends (default 18:30)
  --extension-from <from>  receipt (default) or reviewDeadline
  --strict                 refuse calendar years not confirmed yet (by default they
                           are counted on the statute and marked provisional)
  --help

Example:
  tutynushy deadline --received 2024-05-03T18:45+05:00 --locale ru

${EXIT_CODES}
`,
    words: `tutynushy words <amount…> [options]

An amount of tenge in words, as claims and court documents write it
(«сумма прописью»), or with --number a whole number in words.

Options:
  --locale kk|ru|en            the language
  --number                     a plain number, not an amount of tenge
  --tiyn-declension <how>      Russian tiyn: agree (default: 1 тиын, 2 тиына, 5 тиынов)
                               or invariable (тиын)
  --help

Example:
  tutynushy words 1424750 --locale kk

${EXIT_CODES}
`,
    demo: `tutynushy demo [--locale kk|ru|en]

The report of the bundled sample (Shymkent, January–May 2024) in Kazakh,
Russian and English, reconciled with the published figures. With --locale,
one language.

${EXIT_CODES}
`,
  },
};
