// Defects the hostile-input fuzzing found: each call refused with a typed
// error naming the public function, where it used to throw the engine's
// TypeError, print "[object Object]" or answer nonsense.
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  formatError,
  formatRecordPath,
  kazakhEnding,
  parseReport,
  ratio,
  renderReport,
  russianPlural,
  safeParseIin,
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
    expect(refusal(() => kazakhEnding('', ''))).toMatchObject({
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
