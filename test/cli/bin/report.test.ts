// `tutynushy report` run as a process over the fixtures: the figures are
// counted by hand from test/cli/fixtures (see its README), in Shymkent (79)
// for January–May 2024.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, run } from './run.js';

const SHYMKENT = ['--period', '2024-01/2024-05', '--region', '79'];
const ALL = ['complaints.jsonl', 'activities.json', 'registrations.jsonl', 'lawsuits.jsonl'];
const work = mkdtempSync(join(tmpdir(), 'tutynushy-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ReportJson {
  appeals: {
    openAtStart: number;
    received: number;
    reviewed: number;
    outcomes: Record<string, number>;
    carriedOver: number;
    returnedToConsumers: string;
    timelyRate: { numerator: number; denominator: number };
    viaUnifiedSystem: number;
    byRegion: Record<string, number>;
  };
  lawsuits: Record<string, unknown>;
  outreach: {
    total: number;
    byKind: Record<string, number>;
    socialByPlatform: Record<string, number>;
  };
  unifiedSystem: { consumerAccounts: number; businessAccounts: number; appeals: number };
  records: Record<string, { read: number; accepted: number; rejected: number }>;
  rejected: { kind: string; source: string; index: number; id?: string; error: { code: string } }[];
}

function reportOf(args: readonly string[]): ReportJson {
  const result = run(['report', ...args, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ReportJson;
}

describe('tutynushy report', () => {
  const report = reportOf([...ALL, ...SHYMKENT]);

  it('counts the appeals of JSON Lines: one carried in from December, four received, one carried over', () => {
    expect(report.appeals).toMatchObject({
      openAtStart: 1,
      received: 4,
      reviewed: 5,
      outcomes: { satisfied: 2, explained: 1, redirected: 1, withdrawn: 0, referredToCourt: 0 },
      carriedOver: 1,
      returnedToConsumers: '250000.00',
      viaUnifiedSystem: 1,
      byRegion: { '79': 4 },
    });
    // SH-2023-0950, received 20 December and satisfied on 15 January, passed its 15 working days.
    expect(report.appeals.timelyRate).toMatchObject({ numerator: 3, denominator: 4 });
  });

  it('reads a JSON array (activities.json), lawsuits and registrations', () => {
    expect(report.outreach.total).toBe(3); // the June speech is outside the period, the "tweet" refused
    expect(report.outreach.byKind).toMatchObject({ socialPost: 2, briefing: 1, mediaSpeech: 0 });
    expect(report.outreach.socialByPlatform).toMatchObject({ instagram: 1, facebook: 1 });
    expect(report.unifiedSystem).toMatchObject({
      consumerAccounts: 2,
      businessAccounts: 1,
      appeals: 1,
    });
    expect(report.lawsuits).toMatchObject({
      participated: 2,
      asThirdParty: 1,
      asPlaintiff: 1,
      decidedForConsumers: 1,
      recovered: '356187.50',
      collected: '356187.50',
    });
  });

  it('lists every refused record with its file and its line (index = line − 1), nothing dropped', () => {
    expect(report.records).toEqual({
      complaints: { read: 8, accepted: 6, rejected: 2 },
      lawsuits: { read: 2, accepted: 2, rejected: 0 },
      activities: { read: 5, accepted: 4, rejected: 1 },
      registrations: { read: 3, accepted: 3, rejected: 0 },
    });
    expect(report.rejected.map((r) => [r.source, r.index + 1, r.id, r.error.code])).toEqual([
      ['complaints.jsonl', 7, 'SH-2024-0005', 'INVALID_RECORD'],
      ['complaints.jsonl', 8, 'SH-2024-0006', 'INVALID_TRANSITION'],
      ['activities.json', 25, 'O-4', 'INVALID_RECORD'],
    ]);
  });

  it('says on standard error how many records were refused', () => {
    const result = run(['report', ...ALL, ...SHYMKENT, '--locale', 'ru']);
    expect(result.stderr).toBe(
      'tutynushy: отклонено 3 записи: они перечислены в конце отчёта, все их выводит tutynushy validate\n',
    );
  });

  it('gives the same report from worker threads as from one thread', () => {
    expect(reportOf([...ALL, ...SHYMKENT, '--jobs', '3'])).toEqual(
      reportOf([...ALL, ...SHYMKENT, '--jobs', '1']),
    );
  });

  it('counts every region without --region, and several with --region 79,75', () => {
    const country = reportOf(['complaints.jsonl', '--period', '2024-01/2024-05']).appeals.byRegion;
    expect(country).toMatchObject({ '75': 1, '79': 4, '71': 0 });
    expect(Object.values(country).reduce((a, b) => a + b, 0)).toBe(5);
    const two = reportOf(['complaints.jsonl', '--period', '2024-01/2024-05', '--region', '79,75']);
    expect(two.appeals.received).toBe(5);
    expect(two).toEqual(
      reportOf([
        'complaints.jsonl',
        '--period',
        '2024-01/2024-05',
        '--region',
        '75',
        '--region',
        '79',
      ]),
    );
  });

  it('tells the kinds of a mixed file by their fields', () => {
    const mixed = reportOf(['mixed.jsonl', ...SHYMKENT]);
    expect(mixed.records).toEqual({
      complaints: { read: 1, accepted: 1, rejected: 0 },
      lawsuits: { read: 1, accepted: 1, rejected: 0 },
      activities: { read: 1, accepted: 1, rejected: 0 },
      registrations: { read: 1, accepted: 1, rejected: 0 },
    });
  });

  it('reads every record as the kind --kind names, whatever the file is called', () => {
    const named = join(work, 'export.jsonl');
    copyFileSync(join(FIXTURES, 'registrations.jsonl'), named);
    const asRegistrations = reportOf([named, ...SHYMKENT, '--kind', 'registration']);
    expect(asRegistrations.unifiedSystem).toMatchObject({
      consumerAccounts: 2,
      businessAccounts: 1,
    });
    // Registrations read as activities are refused, each listed, none dropped.
    const asActivities = reportOf([named, ...SHYMKENT, '--kind', 'activity']);
    expect(asActivities.records['activities']).toEqual({ read: 3, accepted: 0, rejected: 3 });
    expect(asActivities.records['registrations']).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });

  it('reads standard input as -', () => {
    const input = readFileSync(join(FIXTURES, 'registrations.jsonl'));
    const result = run(['report', '-', ...SHYMKENT, '--kind', 'registration', '--format', 'json'], {
      input,
    });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as ReportJson).unifiedSystem.consumerAccounts).toBe(2);
  });

  it('writes the press-release text in Kazakh', () => {
    const result = run(['report', ...ALL, ...SHYMKENT, '--locale', 'kk']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'Шымкент қаласы',
      '2024 жылғы қаңтар–мамыр',
    ]);
    expect(result.stdout).toContain(
      '2024 жылдың 5 айында қаралған өтініштердің жалпы саны – 5, оның ішінде:',
    );
    expect(result.stdout).toContain('Қанағаттандырылды – 2 өтініш;');
    expect(result.stdout).toContain(
      'Тұтынушыларға 250\u00A0000\u00A0теңге сомасында ақшалай қаражат қайтарылды.',
    );
    expect(result.stdout).toContain(
      '– complaints.jsonl, №7 (SH-2024-0005): Жарамсыз өтініш жазбасы "SH-2024-0005"',
    );
  });

  it('compares with the same period of last year (--compare) and reconciles published figures (--published)', () => {
    const result = run([
      'report',
      ...ALL,
      ...SHYMKENT,
      '--locale',
      'ru',
      '--compare',
      'complaints-2023.jsonl',
      '--published',
      'published.json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    // Last year: two appeals received and reviewed in 2023-01/2023-05, one satisfied with 100 000 tenge.
    expect(result.stdout).toContain(
      'Сравнение с аналогичным периодом прошлого года\n– Рассмотрено обращений: 5 против 2 (+3, +150,0%)\n',
    );
    expect(result.stdout).toContain('– Удовлетворено: 2 против 1 (+1, +100,0%)\n');
    // published.json states 4 outreach activities of which it names 3, and 3 lawsuits where the records have 2.
    expect(result.stdout).toContain('Сверка с опубликованными показателями\n');
    expect(result.stdout).toContain(
      '– Всего информационно-разъяснительных мероприятий: указано 4, но части в сумме дают 3: 1 не объяснено\n',
    );
    expect(result.stdout).toContain(
      '– Иски, по которым принято участие в судебных заседаниях: указано 3, по записям — 2 (разница 1)\n',
    );
  });

  it('writes CSV for Excel: a byte-order mark, ";" in Russian, one row per figure', () => {
    const result = run(['report', ...ALL, ...SHYMKENT, '--locale', 'ru', '--format', 'csv']);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    expect(result.stdout).toContain('\r\nappeals.reviewed;Рассмотрено обращений;5\r\n');
    const comma = run([
      'report',
      ...ALL,
      ...SHYMKENT,
      '--locale',
      'ru',
      '--format',
      'csv',
      '--delimiter',
      ',',
    ]);
    expect(comma.stdout).toContain('\r\nappeals.reviewed,Рассмотрено обращений,5\r\n');
  });

  it('writes a Markdown table', () => {
    const result = run(['report', ...ALL, ...SHYMKENT, '--locale', 'en', '--format', 'markdown']);
    expect(result.stdout).toContain(
      '| Figure | Value |\n| --- | ---: |\n| Users registered | 2 |\n',
    );
  });

  it('writes to --out and nothing to standard output', () => {
    const out = join(work, 'report.md');
    const result = run(['report', ...ALL, ...SHYMKENT, '--format', 'markdown', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(
      run(['report', ...ALL, ...SHYMKENT, '--format', 'markdown']).stdout,
    );
  });
});
