// `tutynushy deadline` and `tutynushy words` run as processes. The dates
// are counted on the 2024 calendar: 4 May 2024 (a Saturday) was a working
// day for 8 May; 7, 8 and 9 May were days off.
import { describe, expect, it } from 'vitest';
import { oneLine, run } from './run.js';

interface Clocks {
  receivedOn: string;
  clocks: Record<string, { date: string; provisional: boolean }>;
}

function clocksOf(args: readonly string[]): Clocks {
  const result = run(['deadline', ...args, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Clocks;
}

describe('tutynushy deadline', () => {
  it('counts every clock of an appeal received at 18:45 on Friday 3 May 2024 (no seconds needed)', () => {
    expect(clocksOf(['--received', '2024-05-03T18:45+05:00'])).toEqual({
      receivedAt: '2024-05-03T18:45+05:00',
      receivedOn: '2024-05-03',
      clocks: {
        registrationDate: { date: '2024-05-04', provisional: false }, // after 18:30: the next working day, the working Saturday
        reviewDeadline: { date: '2024-05-29', provisional: false }, // 15 working days from 4 May
        extensionLimit: { date: '2024-07-04', provisional: false }, // two months
        redirectDeadline: { date: '2024-05-13', provisional: false }, // 6, 10, 13 May
        refusalDeadline: { date: '2024-05-15', provisional: false }, // 6, 10, 13, 14, 15 May
        sellerAnswerDeadline: { date: '2024-05-13', provisional: false }, // 10 calendar days from 3 May
      },
    });
  });

  it('registers an appeal received at 18:00 the same day, and follows --workday-end', () => {
    expect(
      clocksOf(['--received', '2024-05-03T18:00+05:00']).clocks['registrationDate']?.date,
    ).toBe('2024-05-03');
    expect(
      clocksOf(['--received', '2024-05-03T18:45+05:00', '--workday-end', '19:00']).clocks[
        'registrationDate'
      ]?.date,
    ).toBe('2024-05-03');
  });

  it('marks provisional the clocks that run into a year whose calendar is not confirmed', () => {
    const clocks = clocksOf(['--received', '2026-12-28T10:00+05:00']).clocks;
    expect(clocks['registrationDate']).toEqual({ date: '2026-12-28', provisional: false });
    expect(clocks['redirectDeadline']?.provisional).toBe(false); // 29, 30, 31 December 2026
    expect(clocks['reviewDeadline']?.provisional).toBe(true); // into 2027
    expect(clocks['extensionLimit']?.provisional).toBe(true);
  });

  it('refuses a year without a confirmed calendar with --strict', () => {
    const result = run(['deadline', '--received', '2027-05-03T10:00+05:00', '--strict']);
    expect(result.code).toBe(7);
    expect(oneLine(result)).toMatch(/^No confirmed working-day calendar for 2027/);
  });

  it('writes the clocks in Russian, with their terms and sources', () => {
    const result = run(['deadline', '--received', '2024-05-03T18:45+05:00', '--locale', 'ru']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Поступило: 2024-05-03T18:45+05:00 — дата в Казахстане 2024-05-03 18:45, пятница',
    );
    expect(result.stdout).toMatch(
      /Срок рассмотрения обращения +2024-05-29, среда\n +15 рабочих дней; [^\n]*ст\. 76\n/,
    );
    expect(result.stdout).toMatch(
      /Ответ продавца на претензию потребителя +2024-05-13, понедельник\n +10 календарных дней;/,
    );
  });

  it('marks provisional dates in the text, with a note', () => {
    const result = run(['deadline', '--received', '2026-12-28T10:00+05:00', '--locale', 'kk']);
    expect(result.stdout).toMatch(/Жолданымды қарау мерзімі +2027-01-\d\d, [^\n]+ \(болжамды\)\n/);
    expect(result.stdout).toContain('Болжамды: сол жылдың жұмыс күнтізбесі әлі расталмаған');
  });

  it('refuses an instant without a time or an offset, in the chosen language', () => {
    const en = run(['deadline', '--received', '2024-05-03']);
    expect(en.code).toBe(7);
    expect(oneLine(en)).toBe(
      'Invalid instant "2024-05-03": a date is not an instant: expected a time and an offset, e.g. 2024-05-03T18:45:00+05:00',
    );
    const ru = run(['deadline', '--received', '2024-05-03T18:45', '--locale', 'ru']);
    expect(ru.code).toBe(7);
    expect(oneLine(ru)).toMatch(/^Некорректный момент времени "2024-05-03T18:45"/);
  });
});

describe('tutynushy words', () => {
  it('writes an amount in words in Kazakh, Russian and English', () => {
    expect(run(['words', '1424750', '--locale', 'kk']).stdout).toBe(
      'Бір миллион төрт жүз жиырма төрт мың жеті жүз елу теңге 00 тиын\n',
    );
    expect(run(['words', '1424750', '--locale', 'ru']).stdout).toBe(
      'Один миллион четыреста двадцать четыре тысячи семьсот пятьдесят тенге 00 тиынов\n',
    );
    expect(run(['words', '1424750', '--locale', 'en']).stdout).toBe(
      'One million four hundred twenty-four thousand seven hundred fifty tenge 00 tiyn\n',
    );
  });

  it('writes several amounts, tiyn and negative amounts, and the invariable tiyn', () => {
    expect(run(['words', '2.22', '-5.50', '--locale', 'ru']).stdout).toBe(
      'Два тенге 22 тиына\nМинус пять тенге 50 тиынов\n',
    );
    expect(run(['words', '2.22', '--locale', 'ru', '--tiyn-declension', 'invariable']).stdout).toBe(
      'Два тенге 22 тиын\n',
    );
  });

  it('writes a plain number with --number', () => {
    expect(run(['words', '1424750', '--number', '--locale', 'kk']).stdout).toBe(
      'бір миллион төрт жүз жиырма төрт мың жеті жүз елу\n',
    );
  });

  it('refuses what is not an amount or a whole number, in two languages', () => {
    const amount = run(['words', '1,5', '--locale', 'ru']);
    expect(amount.code).toBe(7);
    expect(oneLine(amount)).toMatch(/^Некорректная сумма "1,5"/);
    const number = run(['words', '1.5', '--number', '--locale', 'kk']);
    expect(number.code).toBe(7);
    expect(oneLine(number)).toBe('жарамсыз сан "1.5": бүтін сан күтілді, мысалы 1424750');
    const none = run(['words']);
    expect(none.code).toBe(2);
    expect(oneLine(none)).toBe('words needs an amount, such as 1424750 (tutynushy words --help)');
  });
});
