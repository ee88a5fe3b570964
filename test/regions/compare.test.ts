import { describe, expect, it, vi } from 'vitest';
import { compareByKazakhAlphabet, textComparator } from '../../src/regions/compare.js';
import {
  compareRegionsByName,
  REGION_CODES,
  REGIONS,
  regionByCode,
  sortRegionsByName,
} from '../../src/regions/index.js';
import { thrownWith } from '../support/error-details.js';

const KAZAKH_ALPHABET =
  'А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я'.split(' ');

function shuffled<T>(items: readonly T[]): T[] {
  // A fixed permutation: reversed, then odd positions first.
  const reversed = [...items].reverse();
  return [...reversed.filter((_, i) => i % 2 === 1), ...reversed.filter((_, i) => i % 2 === 0)];
}

describe('Kazakh collation', () => {
  it('Node’s ICU orders the 42 letters of the Kazakh alphabet as Kazakh does', () => {
    expect(Intl.Collator.supportedLocalesOf(['kk'])).toEqual(['kk']);
    expect(KAZAKH_ALPHABET).toHaveLength(42);
    const collator = new Intl.Collator('kk');
    expect(shuffled(KAZAKH_ALPHABET).sort(collator.compare)).toEqual(KAZAKH_ALPHABET);
    for (const [before, after] of [
      ['А', 'Ә'],
      ['Г', 'Ғ'],
      ['К', 'Қ'],
      ['Н', 'Ң'],
      ['О', 'Ө'],
      ['У', 'Ұ'],
      ['Ұ', 'Ү'],
      ['Х', 'Һ'],
      ['Ы', 'І'],
    ] as const) {
      expect(collator.compare(before, after), `${before} < ${after}`).toBeLessThan(0);
    }
    // and plain code points do not: Қ (U+049A) comes after Л (U+041B).
    expect('Қ' > 'Л').toBe(true);
    expect(collator.compare('Қ', 'Л')).toBeLessThan(0);
  });

  it('the alphabet agrees with Node’s ICU kk collation on the letters and on the region names', () => {
    expect(shuffled(KAZAKH_ALPHABET).sort(compareByKazakhAlphabet)).toEqual(KAZAKH_ALPHABET);
    const names = REGIONS.map((r) => r.name.kk);
    expect(shuffled(names).sort(compareByKazakhAlphabet)).toEqual(
      shuffled(names).sort(new Intl.Collator('kk').compare),
    );
    expect(compareByKazakhAlphabet('ақмола', 'Ақмола')).not.toBe(0);
    expect(compareByKazakhAlphabet('Абай', 'Абай')).toBe(0);
    expect(compareByKazakhAlphabet('Алматы', 'Алматы қаласы')).toBeLessThan(0);
  });

  it('never asks the runtime for Kazakh collation: the same order with ICU’s kk data and without it', async () => {
    // A runtime without kk collation data compares by ICU's root order, which
    // puts І after И (not after Ы) and Ү before Ұ.
    const RealCollator = Intl.Collator;
    const rootOnly = vi
      .spyOn(Intl, 'Collator')
      .mockImplementation(
        ((locales?: string | string[], options?: Intl.CollatorOptions) =>
          new RealCollator(locales === 'kk' ? 'und' : locales, options)) as never,
      );
    const words = ['Ыстық', 'Іле', 'Ине', 'Үкі', 'Ұлы', 'Уақ'];
    const asRegions = words.map((kk) => ({ name: { kk, ru: kk, en: kk } }));
    try {
      vi.resetModules();
      const fresh = await import('../../src/regions/compare.js');
      expect(fresh.sortRegionsByName(asRegions as never, 'kk').map((r) => r.name.kk)).toEqual([
        'Ине',
        'Уақ',
        'Ұлы',
        'Үкі',
        'Ыстық',
        'Іле',
      ]);
      expect(fresh.sortRegionsByName(REGIONS, 'kk').map((r) => r.code)).toEqual(
        sortRegionsByName(REGIONS, 'kk').map((r) => r.code),
      );
    } finally {
      rootOnly.mockRestore();
    }
  });

  it('compares Kazakh by the alphabet, and refuses an unknown locale', () => {
    expect(textComparator('kk')).toBe(compareByKazakhAlphabet);
    expect(textComparator('kk')('Ақмола', 'Алматы')).toBeLessThan(0);
    expect(() => textComparator('kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});

describe('sortRegionsByName', () => {
  it('sorts Kazakh names by the Kazakh alphabet', () => {
    expect(sortRegionsByName(REGIONS, 'kk').map((r) => r.name.kk)).toEqual([
      'Абай облысы',
      'Ақмола облысы',
      'Ақтөбе облысы',
      'Алматы қаласы',
      'Алматы облысы',
      'Астана қаласы',
      'Атырау облысы',
      'Батыс Қазақстан облысы',
      'Жамбыл облысы',
      'Жетісу облысы',
      'Қарағанды облысы',
      'Қостанай облысы',
      'Қызылорда облысы',
      'Маңғыстау облысы',
      'Павлодар облысы',
      'Солтүстік Қазақстан облысы',
      'Түркістан облысы',
      'Ұлытау облысы',
      'Шығыс Қазақстан облысы',
      'Шымкент қаласы',
    ]);
  });

  it('sorts Russian and English names by their own collation', () => {
    expect(sortRegionsByName(REGIONS, 'ru').map((r) => r.name.ru)).toEqual([
      'Акмолинская область',
      'Актюбинская область',
      'Алматинская область',
      'Атырауская область',
      'Восточно-Казахстанская область',
      'город Алматы',
      'город Астана',
      'город Шымкент',
      'Жамбылская область',
      'Западно-Казахстанская область',
      'Карагандинская область',
      'Костанайская область',
      'Кызылординская область',
      'Мангистауская область',
      'область Абай',
      'область Жетісу',
      'область Ұлытау',
      'Павлодарская область',
      'Северо-Казахстанская область',
      'Туркестанская область',
    ]);
    expect(sortRegionsByName(REGIONS, 'en').map((r) => r.name.en)).toEqual([
      'Abai Region',
      'Akmola Region',
      'Aktobe Region',
      'Almaty',
      'Almaty Region',
      'Astana',
      'Atyrau Region',
      'East Kazakhstan Region',
      'Jambyl Region',
      'Jetisu Region',
      'Karaganda Region',
      'Kostanay Region',
      'Kyzylorda Region',
      'Mangystau Region',
      'North Kazakhstan Region',
      'Pavlodar Region',
      'Shymkent',
      'Turkistan Region',
      'Ulytau Region',
      'West Kazakhstan Region',
    ]);
  });

  it('sorts a given list without changing it, and compares two regions', () => {
    const list = [regionByCode('79'), regionByCode('11'), regionByCode('19')];
    const copy = [...list];
    expect(sortRegionsByName(list, 'kk').map((r) => r.code)).toEqual(['11', '19', '79']);
    expect(list).toEqual(copy);
    expect(compareRegionsByName('kk')(regionByCode('11'), regionByCode('19'))).toBeLessThan(0);
    expect(compareRegionsByName('ru')(regionByCode('11'), regionByCode('11'))).toBe(0);
    expect(() => sortRegionsByName(REGIONS, 'de' as 'en')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});

describe('sortRegionsByName refuses what is not a list of regions', () => {
  it.each([[null], [5], ['79'], [{}], ['kk']])('a list %j → INVALID_ARGUMENT', (regions) => {
    // 'kk' first is the old order of the arguments: refused, not read as a list of letters.
    const error = thrownWith('INVALID_ARGUMENT', () => sortRegionsByName(regions as never, 'kk'));
    expect(error.details).toEqual({
      fn: 'sortRegionsByName',
      field: 'regions',
      received: regions === null || typeof regions !== 'object' ? regions : { type: 'object' },
      expected: 'regions',
    });
    expect(error.message).toContain('expected an array or another iterable of regions');
  });

  it.each([[[{}]], [[null]], [['79']], [[REGIONS[0], { name: { ru: 'x' } }]]])(
    'an item that is not a region → INVALID_REGION naming its index (%#)',
    (regions) => {
      const error = thrownWith('INVALID_REGION', () => sortRegionsByName(regions as never, 'kk'));
      const index = regions.length - 1;
      expect(error.details).toMatchObject({ problem: 'notARegion', index, allowed: REGION_CODES });
      expect(error.message).toMatch(
        new RegExp(
          `item ${index} is not a region: expected a region from REGIONS or regionByCode$`,
        ),
      );
    },
  );

  it('refuses a list of more than 1000 before reading an item', () => {
    // 2^32 − 1 holes would take the process's memory to copy; a getter on an item would run.
    const huge = new Array(2 ** 32 - 1);
    Object.defineProperty(huge, 0, {
      get() {
        throw new Error('an item was read');
      },
    });
    for (const regions of [huge, new Array(1_000_000).fill(REGIONS[0]), new Array(1001)]) {
      const error = thrownWith('INVALID_ARGUMENT', () => sortRegionsByName(regions, 'kk'));
      expect(error.details).toEqual({
        fn: 'sortRegionsByName',
        field: 'regions',
        received: { type: 'array', length: regions.length },
        expected: 'atMost',
        max: 1000,
      });
    }
    expect(sortRegionsByName(new Array(1000).fill(REGIONS[5]), 'kk')).toHaveLength(1000);
  });

  it('reads an endless iterable no further than one item past the cap', () => {
    let read = 0;
    function* endless() {
      for (;;) {
        read += 1;
        yield REGIONS[0] as (typeof REGIONS)[number];
      }
    }
    const error = thrownWith('INVALID_ARGUMENT', () => sortRegionsByName(endless(), 'kk'));
    expect(error.details).toMatchObject({
      expected: 'atMost',
      max: 1000,
      received: { type: 'object' },
    });
    expect(read).toBe(1001);
  });
});
