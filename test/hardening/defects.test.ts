// Defects the hostile-input fuzzing found: each call refused with a typed
// error naming the public function, where it used to throw the engine's
// TypeError, print "[object Object]" or answer nonsense.
import { describe, expect, it } from 'vitest';
import {
  applyComplaintEvent,
  applyLawsuitEvent,
  buildReport,
  compareRegionsByName,
  formatError,
  formatFinding,
  formatRecordIssue,
  formatRecordPath,
  holidayInForce,
  KAZAKHSTAN_HOLIDAYS,
  kazakhEnding,
  kazakhstanDate,
  label,
  mergeReports,
  parseComplaintRecord,
  parseLawsuitRecord,
  parseReport,
  ratio,
  reconcilePublished,
  regionByCode,
  renderReport,
  replayComplaint,
  replayLawsuit,
  reportFigureLabel,
  russianPlural,
  safeParseIin,
  safeParseReport,
  withKazakhEnding,
} from '../../src/index.js';

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    const e = error as { name: string; code: string; details: Record<string, unknown> };
    expect(e.name).toBe('TutynushyError');
    expect(e.code).toBe('INVALID_ARGUMENT');
    return e.details;
  }
  throw new Error('expected a refusal');
}

const TIYN = { one: 'тиын', few: 'тиына', many: 'тиынов' };

describe('refused with INVALID_ARGUMENT, not a TypeError', () => {
  it('kazakhEnding of an empty word or an unknown case', () => {
    expect(refusal(() => kazakhEnding('', '' as never))).toMatchObject({
      fn: 'kazakhEnding',
      field: 'word',
      expected: 'nonEmptyString',
    });
    expect(refusal(() => kazakhEnding(null as never, 'dative'))).toMatchObject({
      field: 'word',
      received: null,
    });
    expect(refusal(() => kazakhEnding('бес', 'vocative' as never))).toMatchObject({
      field: 'kazakhCase',
      received: 'vocative',
      expected: 'oneOf',
      allowed: ['dative', 'locative', 'ablative', 'genitive', 'accusative', 'instrumental'],
    });
    expect(kazakhEnding('бес', 'dative')).toBe('ке');
  });

  it('withKazakhEnding names itself, not the helper it calls', () => {
    expect(refusal(() => withKazakhEnding(null as never, 'dative'))).toMatchObject({
      fn: 'withKazakhEnding',
      field: 'n',
      expected: 'integer',
    });
    expect(refusal(() => withKazakhEnding(5, '' as never))).toMatchObject({
      fn: 'withKazakhEnding',
      field: 'kazakhCase',
    });
    expect(withKazakhEnding(2026, 'dative')).toBe('2026-ға');
  });

  it('russianPlural of forms that are not three strings, or a count that is not a number', () => {
    expect(refusal(() => russianPlural(1, null as never))).toMatchObject({
      fn: 'russianPlural',
      field: 'forms',
      expected: 'object',
    });
    expect(refusal(() => russianPlural(2, { one: 'тиын', few: 3 } as never))).toMatchObject({
      field: 'forms.few',
      received: 3,
      expected: 'string',
    });
    expect(refusal(() => russianPlural('5' as never, TIYN))).toMatchObject({
      field: 'count',
      received: '5',
    });
    expect(russianPlural(22, TIYN)).toBe('тиына');
    expect(russianPlural(1.5, TIYN)).toBe('тиынов');
  });

  it('formatRecordPath of no array, or of a key that is an object', () => {
    expect(refusal(() => formatRecordPath(null as never))).toMatchObject({
      fn: 'formatRecordPath',
      field: 'path',
      expected: 'array',
    });
    expect(refusal(() => formatRecordPath([{}] as never))).toMatchObject({
      field: 'path[0]',
      expected: 'string',
    });
    expect(refusal(() => formatRecordPath(['events', 2, null] as never))).toMatchObject({
      field: 'path[2]',
      received: null,
    });
    expect(formatRecordPath(['events', 2, 'refund'])).toBe('events[2].refund');
    expect(refusal(() => formatRecordPath(new Array(2 ** 32 - 1)))).toMatchObject({
      field: 'path',
      expected: 'atMost',
      max: 100,
    });
  });

  it('ratio of counts only', () => {
    expect(refusal(() => ratio(-1, 'x' as never))).toMatchObject({
      fn: 'ratio',
      field: 'numerator',
      received: -1,
      expected: 'nonNegativeInteger',
    });
    expect(refusal(() => ratio(1, 'x' as never))).toMatchObject({
      field: 'denominator',
      received: 'x',
    });
    expect(refusal(() => ratio(1.5, 2))).toMatchObject({ field: 'numerator', received: 1.5 });
    expect(refusal(() => ratio(1, Number.NaN))).toMatchObject({ field: 'denominator' });
    expect(ratio(1664, 1887).value).toBeCloseTo(0.88182, 5);
    expect(ratio(0, 0).value).toBeNull();
  });
});

describe('formatError', () => {
  it("words a report's rejected error, which is data, with no cast", () => {
    const result = safeParseIin('900101300018');
    if (result.ok) throw new Error('expected a refusal');
    const stored = JSON.parse(JSON.stringify(result.error)) as {
      code: 'INVALID_IIN';
      message: string;
      details: unknown;
    };
    expect(formatError(stored, 'ru')).toBe(formatError(result.error, 'ru'));
    expect(formatError(stored, 'ru')).toContain('ИИН "900101300018"');
  });

  it('gives the stored English message when the details do not have the shape of their code', () => {
    // A report stored by another program: parseReport takes any details.
    expect(
      formatError({ code: 'INVALID_IIN', message: 'Invalid IIN "1"', details: null }, 'kk'),
    ).toBe('Invalid IIN "1"');
  });

  it('renders a parsed report whose rejected record has details of no known shape', () => {
    const built = buildReport(
      { complaints: [{ schemaVersion: 1, id: 'X-1' }] },
      { period: '2024' },
    );
    expect(built.rejected).toHaveLength(1);
    const stored = JSON.parse(JSON.stringify(built)) as {
      rejected: { error: { details: unknown; message: string } }[];
    };
    const english = stored.rejected[0]?.error.message as string;
    (stored.rejected[0] as { error: { details: unknown } }).error.details = null;
    const text = renderReport(parseReport(stored), { locale: 'ru' });
    expect(text).toContain(english);
    // The same record with its details intact is worded in Russian.
    expect(renderReport(built, { locale: 'ru' })).not.toContain(english);
  });
});

describe('more refusals the fuzzing found', () => {
  it('label of labels with no text in the language', () => {
    expect(refusal(() => label({ kk: 'Шымкент' } as never, 'ru'))).toMatchObject({
      fn: 'label',
      field: 'labels.ru',
      received: undefined,
    });
    expect(refusal(() => label(null as never, 'kk'))).toMatchObject({ field: 'labels.kk' });
    expect(label({ kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' }, 'en')).toBe('Shymkent');
  });

  it('compareRegionsByName of something that is not a region', () => {
    const compare = compareRegionsByName('kk');
    expect(() => compare(0 as never, regionByCode('79'))).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGION',
        details: expect.objectContaining({ problem: 'notARegion', index: 0 }),
      }),
    );
    expect(() => compare(regionByCode('79'), {} as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGION',
        details: expect.objectContaining({ index: 1 }),
      }),
    );
    expect(compare(regionByCode('11'), regionByCode('79'))).toBe(-1);
  });

  it('reportFigureLabel reads only its own names: no array key, no inherited name', () => {
    expect(refusal(() => reportFigureLabel(['appeals.reviewed'] as never, 'en'))).toMatchObject({
      fn: 'reportFigureLabel',
      field: 'path',
      expected: 'string',
    });
    expect(reportFigureLabel('constructor', 'en')).toBe('constructor');
    expect(reportFigureLabel('appeals.byChannel.toString', 'en')).toBe(
      'appeals.byChannel.toString',
    );
    expect(reportFigureLabel('appeals.outcomes.satisfied', 'ru')).toBe('Удовлетворено');
  });

  it('kazakhstanDate of a Proxy of a Date: INVALID_INSTANT, not the engine’s TypeError', () => {
    const fake = new Proxy(new Date('2024-06-03T10:00:00Z'), {});
    expect(fake instanceof Date).toBe(true);
    expect(() => kazakhstanDate(fake)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INSTANT',
        details: expect.objectContaining({ problem: 'invalidDate' }),
      }),
    );
    expect(() => kazakhstanDate(Object.create(Date.prototype) as Date)).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
    expect(kazakhstanDate(new Date('2024-06-03T20:00:00Z'))).toBe('2024-06-04');
  });

  it('formatError and formatRecordIssue of what is no error or issue', () => {
    expect(
      refusal(() => formatError(JSON.parse('{"__proto__":{"code":"INVALID_IIN"}}') as never, 'kk')),
    ).toMatchObject({ fn: 'formatError', field: 'error' });
    expect(refusal(() => formatError(null as never, 'kk'))).toMatchObject({
      fn: 'formatError',
      received: null,
    });
    expect(refusal(() => formatRecordIssue({} as never, 'ru'))).toMatchObject({
      fn: 'formatRecordIssue',
      field: 'issue',
    });
    // A code of a newer library is shown as it is, and its message as given.
    expect(formatRecordIssue({ code: 'fromTheFuture' } as never, 'kk')).toBe('fromTheFuture');
    expect(formatError({ code: 'NEW_CODE' as never, message: 'New', details: {} }, 'kk')).toBe(
      'New',
    );
  });

  it('holidayInForce of a rule whose years are not integers', () => {
    const [rule] = KAZAKHSTAN_HOLIDAYS;
    expect(
      refusal(() => holidayInForce({ ...rule, from: Symbol('x') } as never, 2024)),
    ).toMatchObject({ fn: 'holidayInForce', field: 'rule.from', expected: 'holidayRule' });
    expect(refusal(() => holidayInForce({ ...rule, to: '2021' } as never, 2024))).toMatchObject({
      field: 'rule.to',
      received: '2021',
    });
    const president = KAZAKHSTAN_HOLIDAYS.find((h) => h.key === 'firstPresidentDay');
    expect(president && holidayInForce(president, 2021)).toBe(true);
    expect(president && holidayInForce(president, 2022)).toBe(false);
  });
});

describe('reports and replays the fuzzing broke', () => {
  const built = buildReport({ complaints: [{ schemaVersion: 1, id: 'X-1' }] }, { period: '2024' });
  const stored = () =>
    JSON.parse(JSON.stringify(built)) as Record<string, unknown> & {
      rejected: { error: { details: unknown } }[];
      appeals: Record<string, unknown>;
    };

  it('parseReport refuses error details that are not JSON data (a cycle)', () => {
    const json = stored();
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    (json.rejected[0] as { error: { details: unknown } }).error.details = cycle;
    expect(() => parseReport(json)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
    expect(parseReport(stored()).rejected).toHaveLength(1);
  });

  it('mergeReports and renderReport refuse a report whose counts are not counts', () => {
    const forged = { ...built, appeals: { ...built.appeals, reviewed: 5n } } as never;
    expect(() => mergeReports(built, forged)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: expect.objectContaining({ fn: 'mergeReports', field: 'reports[1]' }),
      }),
    );
    const rate = {
      ...built,
      appeals: { ...built.appeals, satisfactionRate: { numerator: 1, denominator: 'x', value: 1 } },
    } as never;
    expect(() => renderReport(rate, { locale: 'kk' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(mergeReports(built, built).records.complaints.rejected).toBe(2);
  });

  it('mergeReports refuses a group where a count belongs (an empty object has no figure to add)', () => {
    const byChannel = { ...built.appeals.byChannel, eTutynushy: Object.create(null) };
    const forged = { ...built, appeals: { ...built.appeals, byChannel } } as never;
    expect(() => mergeReports(built, forged)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: expect.objectContaining({ field: 'reports[1]' }),
      }),
    );
    const unknownFigure = { ...built, outreach: { ...built.outreach, webinar: 3 } } as never;
    expect(() => mergeReports(built, unknownFigure)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('safeParseReport of a count below −2⁵³ returns the refusal, it does not throw it', () => {
    const json = stored();
    json.appeals['reviewed'] = -9007199254740992;
    const result = safeParseReport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_RECORD');
  });

  it('formatFinding refuses what reconcilePublished did not make', () => {
    const [found] = reconcilePublished({
      period: '2024-01/2024-05',
      outreach: {
        total: 2165,
        byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 },
      },
    }).findings;
    expect(found && formatFinding(found, 'en')).toContain('2,156');
    expect(refusal(() => formatFinding({ ...found, stated: 5n } as never, 'ru'))).toMatchObject({
      fn: 'formatFinding',
    });
    expect(refusal(() => formatFinding(null as never, 'kk'))).toMatchObject({
      fn: 'formatFinding',
      field: 'finding',
    });
    expect(
      refusal(() => formatFinding({ code: 'toString', path: 'x' } as never, 'kk')),
    ).toMatchObject({ fn: 'formatFinding' });
  });

  it('applyLawsuitEvent refuses a lawsuit whose logged events have no time', () => {
    const lawsuit = replayLawsuit(
      parseLawsuitRecord({
        schemaVersion: 1,
        id: 'L-1',
        court: 'СМАС',
        role: 'plaintiff',
        appealIds: [],
        claimed: '250000',
        region: '79',
        events: [{ type: 'file', at: '2024-02-12' }],
      }),
    );
    const forged = { ...lawsuit, events: [{ type: 'file' }] } as never;
    expect(
      refusal(() => applyLawsuitEvent(forged, { type: 'hearing', at: '2024-03-05' } as never)),
    ).toMatchObject({ fn: 'applyLawsuitEvent', field: 'lawsuit' });
    expect(
      applyLawsuitEvent(lawsuit, { type: 'hearing', at: '2024-03-05' } as never).hearings,
    ).toEqual(['2024-03-05']);
  });

  it('applyComplaintEvent of a bigint event type: INVALID_TRANSITION, not a JSON TypeError', () => {
    const complaint = replayComplaint(
      parseComplaintRecord({
        schemaVersion: 1,
        id: 'A-1',
        receivedAt: '2024-06-03T10:00:00+05:00',
        channel: 'paper',
        appealType: 'complaint',
        region: '79',
        sector: 'retailTrade',
        subject: 'x',
        consumer: { kind: 'individual' },
        events: [{ type: 'register', at: '2024-06-03' }],
      }),
    );
    expect(() => applyComplaintEvent(complaint, { type: 5n, at: '2024-06-04' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        details: expect.objectContaining({ problem: 'unknownEvent' }),
      }),
    );
  });
});
