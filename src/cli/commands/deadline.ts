import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import { sellerAnswerDeadline } from '../../calendar/clocks.js';
import { CLOCKS, type ClockKey } from '../../calendar/clocks-table.js';
import { createWorkCalendar } from '../../calendar/create-work-calendar.js';
import { kazakhstanCalendar } from '../../calendar/kazakhstan-calendar.js';
import { provisionalYearsBetween } from '../../calendar/provisional-years.js';
import { formatLegalSource } from '../../calendar/sources.js';
import { complaintClocks } from '../../complaint/deadlines.js';
import { kazakhstanClock } from '../../core/instant.js';
import { type Locale, label } from '../../core/labels.js';
import { isoWeekday, type LocalDate } from '../../core/local-date.js';
import { type CommandSpec, readArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import { type Command, messagesOf } from '../context.js';
import { EXIT } from '../exit-codes.js';
import {
  EXTENSION_FROM_OPTION,
  extensionFromOption,
  flagOption,
  HELP_OPTION,
  LOCALE_OPTION,
  localeOption,
  stringOption,
} from '../options.js';

export const DEADLINE_SPEC: CommandSpec = {
  name: 'deadline',
  positionals: false,
  options: {
    received: { type: 'string' },
    locale: LOCALE_OPTION,
    format: { type: 'string', choices: ['text', 'json'] },
    'workday-end': { type: 'string' },
    'extension-from': EXTENSION_FROM_OPTION,
    strict: { type: 'boolean' },
    help: HELP_OPTION,
  },
};

/** The clocks an appeal starts, in the order of the law's steps. */
const SHOWN = Object.freeze([
  'registrationDate',
  'reviewDeadline',
  'extensionLimit',
  'redirectDeadline',
  'refusalDeadline',
  'sellerAnswerDeadline',
] as const satisfies readonly ClockKey[]);

const DATE_FNS_LOCALES = { kk, ru, en: enGB } as const;

function weekday(date: LocalDate, locale: Locale): string {
  // date-fns counts weekdays from Sunday (0), ISO from Monday (1).
  const day = (isoWeekday(date) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  return DATE_FNS_LOCALES[locale].localize.day(day, { width: 'wide' });
}

interface ClockLine {
  readonly key: ClockKey;
  readonly date: LocalDate;
  readonly provisional: boolean;
}

/** `tutynushy deadline --received <instant>`: every clock of an appeal received then. */
export const deadline: Command = async (context) => {
  const parsed = readArgs(DEADLINE_SPEC, context.args);
  const locale = localeOption(parsed, context.env);
  context.locale = locale;
  const messages = messagesOf(context);
  if (parsed.values['help'] === true) {
    context.stdout.write(messages.help.deadline);
    return EXIT.ok;
  }
  const receivedAt = stringOption(parsed, 'received');
  if (receivedAt === undefined) {
    throw new CliError({ key: 'missingOption', option: '--received', command: 'deadline' });
  }
  const calendar = flagOption(parsed, 'strict')
    ? createWorkCalendar({ estimates: false })
    : kazakhstanCalendar;
  const workdayEnd = stringOption(parsed, 'workday-end');
  const extensionFrom = extensionFromOption(parsed);
  const clock = kazakhstanClock(receivedAt);
  const clocks = complaintClocks(receivedAt, {
    calendar,
    ...(workdayEnd === undefined ? {} : { workdayEnd }),
    ...(extensionFrom === undefined ? {} : { extensionFrom }),
  });
  const dates: Readonly<Record<(typeof SHOWN)[number], LocalDate>> = {
    registrationDate: clocks.registeredOn,
    reviewDeadline: clocks.reviewDue,
    extensionLimit: clocks.extensionLimit,
    redirectDeadline: clocks.redirectDue,
    refusalDeadline: clocks.refusalDue,
    sellerAnswerDeadline: sellerAnswerDeadline(clock.date, { calendar }),
  };
  const lines: ClockLine[] = SHOWN.map((key) => ({
    key,
    date: dates[key],
    provisional: provisionalYearsBetween(clock.date, dates[key], { calendar }).length > 0,
  }));

  if (stringOption(parsed, 'format') === 'json') {
    const json = {
      receivedAt,
      receivedOn: clock.date,
      clocks: Object.fromEntries(
        lines.map((line) => [line.key, { date: line.date, provisional: line.provisional }]),
      ),
    };
    context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }

  const words = messages.deadline;
  const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`;
  const out = [
    `${words.received}: ${receivedAt} — ${words.receivedOn} ${clock.date} ${time}, ${weekday(clock.date, locale)}`,
    '',
  ];
  const names = lines.map((line) => label(CLOCKS[line.key].name, locale));
  const width = Math.max(...names.map((name) => name.length));
  lines.forEach((line, i) => {
    const { length, unit, source } = CLOCKS[line.key];
    const mark = line.provisional ? ` (${words.provisional})` : '';
    out.push(
      `${(names[i] as string).padEnd(width)}  ${line.date}, ${weekday(line.date, locale)}${mark}`,
      `${' '.repeat(width)}  ${words.term(length, unit)}; ${formatLegalSource(source, locale)}`,
    );
  });
  if (lines.some((line) => line.provisional)) out.push('', words.provisionalNote);
  context.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
};
