import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { RegionDetails } from '../../src/core/index.js';
import {
  isRegionCode,
  REGION_CODES,
  REGIONS,
  regionByCode,
  regionName,
  safeRegionByCode,
} from '../../src/regions/index.js';
import { failedWith, thrownWith } from '../support/error-details.js';

describe('regionByCode', () => {
  it('accepts the code as a string or a number, the KATO code and the ISO code', () => {
    const shymkent = REGIONS.find((r) => r.code === '79');
    for (const form of [79, '79', '790000000', 790000000, 'KZ-79']) {
      expect(regionByCode(form), String(form)).toBe(shymkent);
    }
    expect(regionByCode('KZ-33').name.ru).toBe('область Жетісу');
    expect(regionByCode(10).name.kk).toBe('Абай облысы');
  });

  it('finds every region by each of its forms', () => {
    for (const region of REGIONS) {
      expect(regionByCode(region.code)).toBe(region);
      expect(regionByCode(Number(region.code))).toBe(region);
      expect(regionByCode(region.kato)).toBe(region);
      expect(regionByCode(region.iso)).toBe(region);
    }
  });

  it.each<[unknown, Pick<RegionDetails, 'problem' | 'code'>]>([
    ['80', { problem: 'unknownCode', code: '80' }],
    ['KZ-80', { problem: 'unknownCode', code: '80' }],
    [80, { problem: 'unknownCode', code: '80' }],
    ['51', { problem: 'unknownCode', code: '51' }],
    ['800000000', { problem: 'unknownCode', code: '80' }],
    ['', { problem: 'form' }],
    ['79 ', { problem: 'form' }],
    [' 79', { problem: 'form' }],
    ['kz-79', { problem: 'form' }],
    ['KZ79', { problem: 'form' }],
    ['KZ-SHY', { problem: 'form' }],
    ['079', { problem: 'form' }],
    ['7', { problem: 'form' }],
    [7, { problem: 'form' }],
    [79.5, { problem: 'form' }],
    [-79, { problem: 'form' }],
    [Number.NaN, { problem: 'form' }],
    ['791010000', { problem: 'subregion', code: '79' }],
    ['Шымкент', { problem: 'form' }],
  ])('refuses %j with INVALID_REGION naming the problem', (value, problem) => {
    const error = failedWith('INVALID_REGION', safeRegionByCode(value));
    expect(error.details).toEqual({ received: value, ...problem, allowed: REGION_CODES });
    expect(() => regionByCode(value as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_REGION', details: error.details }),
    );
  });

  it.each([
    ['80', 'there is no region with the code 80; the codes are 10, 11, 15'],
    [
      '',
      "expected a two-digit KATO code ('79' or 79), a 9-digit KATO code ('790000000') or an ISO 3166-2 code ('KZ-79')",
    ],
    [
      '791010000',
      "a KATO code of a unit inside a region, not of a region itself: a region's ends in seven zeros (790000000)",
    ],
  ])('words %j as %j', (value, words) => {
    expect(() => regionByCode(value)).toThrow(words);
  });

  it.each([
    [null, null],
    [undefined, undefined],
    [{}, { type: 'object' }],
    [[79], { type: 'array', length: 1 }],
    [true, true],
    [79n, 79n],
  ])('refuses %s of the wrong type', (value, received) => {
    expect(failedWith('INVALID_REGION', safeRegionByCode(value)).details).toEqual({
      received,
      problem: 'form',
      allowed: REGION_CODES,
    });
  });

  it('names the unknown code in the message and keeps a 50 kB input out of it', () => {
    expect(() => regionByCode('80')).toThrow(
      'Invalid region "80": there is no region with the code 80; the codes are 10, 11, 15, 19, 23, 27, 31, 33, 35, 39, 43, 47, 55, 59, 61, 62, 63, 71, 75, 79',
    );
    const error = failedWith('INVALID_REGION', safeRegionByCode('7'.repeat(50_000)));
    expect(error.message.length).toBeLessThan(250);
    expect(error.details.received).toBe(`${'7'.repeat(200)}…`);
  });

  propTest.prop([fc.anything()])('never throws from the safe twin', (value) => {
    const result = safeRegionByCode(value);
    if (result.ok) expect(REGIONS).toContain(result.value);
    else expect(result.error.code).toBe('INVALID_REGION');
  });
});

describe('isRegionCode and regionName', () => {
  it('isRegionCode accepts only the stored two-digit form', () => {
    expect(REGION_CODES.every(isRegionCode)).toBe(true);
    expect(isRegionCode('75')).toBe(true);
    expect(isRegionCode(75)).toBe(false);
    expect(isRegionCode('KZ-75')).toBe(false);
    expect(isRegionCode('750000000')).toBe(false);
    expect(isRegionCode('80')).toBe(false);
    expect(isRegionCode('toString')).toBe(false);
  });

  it('regionName picks the language', () => {
    expect(regionName('11', 'kk')).toBe('Ақмола облысы');
    expect(regionName('11', 'ru')).toBe('Акмолинская область');
    expect(regionName('11', 'en')).toBe('Akmola Region');
    expect(regionName(75, 'kk')).toBe('Алматы қаласы');
    expect(regionName('KZ-10', 'en')).toBe('Abai Region');
    expect(regionName('270000000', 'ru')).toBe('Западно-Казахстанская область');
    expect(() => regionName('80', 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_REGION' }),
    );
    expect(() => regionName('79', 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });

  it('regionName takes a code, not something that prints as one', () => {
    for (const code of [['79'], { toString: () => '79' }, new String('79'), Object.create(null)]) {
      expect(
        thrownWith('INVALID_REGION', () => regionName(code as never, 'kk')).details.problem,
      ).toBe('form');
    }
  });
});
