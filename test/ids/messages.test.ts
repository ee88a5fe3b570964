// What a user reads for a refused IIN or BIN: in English (error.message),
// Kazakh and Russian (formatError), whole, for the common cases; and every
// problem worded in every language from the facts the error holds.
import { describe, expect, it } from 'vitest';
import { formatError, LOCALES, type TaxpayerIdProblem } from '../../src/core/index.js';
import {
  binRegistrationYear,
  binUnitLabel,
  safeParseBin,
  safeParseIin,
  safeParseTaxpayerId,
  taxpayerIdCheckDigit,
} from '../../src/ids/index.js';
import { thrownWith } from '../support/error-details.js';
import { type IdError, refusal, withCheckDigit } from '../support/ids.js';

describe('IIN and BIN messages, whole, in each language', () => {
  it('a wrong IIN check digit', () => {
    const error = refusal(safeParseIin, '900101300018');
    expect(error.message).toBe(
      'Invalid IIN "900101300018": wrong check digit 8 (digit 12): digits 1–11 give 7',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректный ИИН "900101300018": неверная контрольная цифра 8 (12-я цифра): по цифрам 1–11 она равна 7',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз ЖСН "900101300018": бақылау цифры қате: 8 (12-цифр), ал 1–11 цифрлар бойынша 7 болуы тиіс',
    );
  });

  it('a birth date that does not exist', () => {
    const error = refusal(safeParseIin, '900230300019');
    expect(error.message).toBe(
      'Invalid IIN "900230300019": digits 1–6 with digit 7 give the birth date 1990-02-30, which does not exist: day 30 does not exist in 1990-02 (expected 01–28)',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректный ИИН "900230300019": цифры 1–6 вместе с 7-й цифрой дают дату рождения 1990-02-30, которой не существует: дня 30 нет в месяце 1990-02 (ожидалось 01–28)',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз ЖСН "900230300019": 1–6 цифрлар 7-цифрмен бірге 1990-02-30 туған күнін береді, ондай күн жоқ: 1990-02 айында 30 деген күн жоқ (01–28 күтілді)',
    );
  });

  it('a BIN given as a number', () => {
    const error = refusal(safeParseBin, 20240000555);
    expect(error.message).toBe(
      'Invalid BIN 20240000555: expected a string of 12 digits, not a number: a number drops leading zeros (BIN 020240000555 would become 20240000555), so pass the BIN as a string',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректный БИН 20240000555: ожидалась строка из 12 цифр, а не число: число теряет ведущие нули (БИН 020240000555 стал бы числом 20240000555), поэтому передайте БИН строкой',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз БСН 20240000555: 12 цифрдан тұратын мәтін күтілді, сан емес: сан алдыңғы нөлдерді жоғалтады (БСН 020240000555 сан ретінде 20240000555 болып қалады), сондықтан нөмірді мәтін ретінде беріңіз',
    );
  });
});

// Every problem, reached by a real input, under each code it can come with.
const EVERY_PROBLEM: Readonly<Record<TaxpayerIdProblem, readonly (() => IdError)[]>> = {
  notAString: [
    () => refusal(safeParseIin, null),
    () => refusal(safeParseBin, {}),
    () => refusal(safeParseTaxpayerId, true),
  ],
  number: [
    () => refusal(safeParseIin, 50707500015),
    () => refusal(safeParseBin, 20240000555),
    () => refusal(safeParseTaxpayerId, 971240001315n),
  ],
  empty: [
    () => refusal(safeParseIin, ''),
    () => refusal(safeParseBin, ''),
    () => refusal(safeParseTaxpayerId, ''),
  ],
  character: [
    () => refusal(safeParseIin, '9001 0130 0017'),
    () => refusal(safeParseBin, '9401-4000-0385'),
    () => refusal(safeParseTaxpayerId, '90010130001\u00a0'),
    () => refusal(safeParseTaxpayerId, '90010130001\u200b'),
  ],
  length: [
    () => refusal(safeParseIin, '90010130001'),
    () => refusal(safeParseBin, '9401400003851'),
    () => refusal(safeParseTaxpayerId, '12345'),
  ],
  checkDigit: [
    () => refusal(safeParseIin, '900101300018'),
    () => refusal(safeParseBin, '940140000380'),
    () => refusal(safeParseTaxpayerId, '940190000380'),
  ],
  noCheckDigit: [() => refusal(safeParseIin, '900101300805')],
  centuryAndSex: [() => refusal(safeParseIin, withCheckDigit('90010190001'))],
  birthDate: [
    () => refusal(safeParseIin, withCheckDigit('90023030001')),
    () => refusal(safeParseIin, withCheckDigit('90130130001')),
  ],
  registeredIn: [() => refusal(safeParseBin, withCheckDigit('94134000001'))],
  entityType: [
    () => refusal(safeParseBin, withCheckDigit('94013000001')),
    () => refusal(safeParseBin, withCheckDigit('94018000001')),
  ],
  unit: [() => refusal(safeParseBin, withCheckDigit('94014700001'))],
  kind: [() => refusal(safeParseTaxpayerId, withCheckDigit('94017000001'))],
};

describe('every IIN and BIN problem, in every language', () => {
  it('has a number with no check digit to test with', () => {
    expect(taxpayerIdCheckDigit('90010130080')).toBeNull();
  });

  for (const [problem, makers] of Object.entries(EVERY_PROBLEM)) {
    it(problem, () => {
      for (const make of makers) {
        const error = make();
        expect(error.details.problem).toBe(problem);
        const texts = LOCALES.map((locale) => formatError(error, locale));
        for (const text of texts) {
          expect(text).not.toMatch(/undefined|\[object/);
          expect(text.length).toBeLessThan(400);
        }
        expect(new Set(texts).size).toBe(3);
        // The digits each message quotes are the same in every language.
        const facts = (texts[0]?.match(/\d+/g) ?? []).filter((n) => n.length < 12);
        for (const text of texts) {
          expect(text.match(/\d+/g) ?? []).toEqual(expect.arrayContaining(facts));
        }
      }
    });
  }
});

describe('every INVALID_ARGUMENT of the id functions, in every language', () => {
  it.each<[string, () => unknown]>([
    ['first11Digits', () => taxpayerIdCheckDigit('9401400003')],
    ['twoDigitYear', () => binRegistrationYear(100)],
    ['oneOf', () => binUnitLabel('shop' as never, 'kk')],
  ])('%s', (expected, fn) => {
    const error = thrownWith('INVALID_ARGUMENT', fn);
    expect(error.details.expected).toBe(expected);
    const texts = LOCALES.map((locale) => formatError(error, locale));
    for (const text of texts) expect(text).not.toMatch(/undefined|\[object/);
    expect(new Set(texts).size).toBe(3);
  });
});
