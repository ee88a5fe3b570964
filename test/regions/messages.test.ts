// What a user reads for a refused region, in English, Kazakh and Russian.
import { describe, expect, it } from 'vitest';
import { formatError, LOCALES, type RegionProblem } from '../../src/core/index.js';
import {
  REGIONS,
  regionByCode,
  regionKindLabel,
  sortRegionsByName,
} from '../../src/regions/index.js';
import { thrownWith } from '../support/error-details.js';

const CODES = '10, 11, 15, 19, 23, 27, 31, 33, 35, 39, 43, 47, 55, 59, 61, 62, 63, 71, 75, 79';

describe('INVALID_REGION messages, whole, in each language', () => {
  it('an unknown region', () => {
    const error = thrownWith('INVALID_REGION', () => regionByCode('KZ-80'));
    expect(error.message).toBe(
      `Invalid region "KZ-80": there is no region with the code 80; the codes are ${CODES}`,
    );
    expect(formatError(error, 'ru')).toBe(
      `Некорректный регион "KZ-80": региона с кодом 80 нет; коды регионов: ${CODES}`,
    );
    expect(formatError(error, 'kk')).toBe(
      `Жарамсыз өңір "KZ-80": 80 кодты өңір жоқ; өңір кодтары: ${CODES}`,
    );
  });

  it('the KATO code of a district', () => {
    const error = thrownWith('INVALID_REGION', () => regionByCode('791010000'));
    expect(error.message).toBe(
      `Invalid region "791010000": a KATO code of a unit inside a region, not of a region itself: a region's ends in seven zeros (790000000)`,
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректный регион "791010000": это код КАТО единицы внутри региона, а не самого региона: код региона оканчивается семью нулями (790000000)',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз өңір "791010000": бұл өңірдің өзінің емес, өңір ішіндегі бірліктің ӘАОЖ коды: өңір коды жеті нөлмен аяқталады (790000000)',
    );
  });
});

describe('every region problem, in every language', () => {
  const make: Readonly<Record<RegionProblem, () => unknown>> = {
    form: () => regionByCode('kz-79'),
    unknownCode: () => regionByCode(80),
    subregion: () => regionByCode('751010000'),
    notARegion: () => sortRegionsByName([REGIONS[0], { name: {} }] as never, 'ru'),
  };
  for (const [problem, fn] of Object.entries(make)) {
    it(problem, () => {
      const error = thrownWith('INVALID_REGION', fn);
      expect(error.details.problem).toBe(problem);
      const texts = LOCALES.map((locale) => formatError(error, locale));
      for (const text of texts) expect(text).not.toMatch(/undefined|\[object/);
      expect(new Set(texts).size).toBe(3);
    });
  }
});

describe('every INVALID_ARGUMENT of the region functions, in every language', () => {
  it.each<[string, () => unknown]>([
    ['regions', () => sortRegionsByName('kk' as never, 'kk')],
    ['atMost', () => sortRegionsByName(new Array(5000), 'kk')],
    ['oneOf', () => regionKindLabel('oblast' as never, 'kk')],
  ])('%s', (expected, fn) => {
    const error = thrownWith('INVALID_ARGUMENT', fn);
    expect(error.details.expected).toBe(expected);
    const texts = LOCALES.map((locale) => formatError(error, locale));
    for (const text of texts) expect(text).not.toMatch(/undefined|\[object/);
    expect(new Set(texts).size).toBe(3);
  });
});
