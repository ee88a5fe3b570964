import { describe, expect, it } from 'vitest';
import {
  REGION_CODES,
  REGION_KINDS,
  REGIONS,
  regionByCode,
  regionKindLabel,
  regionName,
} from '../../src/regions/index.js';
import { thrownWith } from '../support/error-details.js';

// The top-level KATO code of each unit, which is also its ISO 3166-2:KZ number.
const KATO_CODES = {
  '10': 'Abai',
  '11': 'Akmola',
  '15': 'Aktobe',
  '19': 'Almaty Region',
  '23': 'Atyrau',
  '27': 'West Kazakhstan',
  '31': 'Jambyl',
  '33': 'Jetisu',
  '35': 'Karaganda',
  '39': 'Kostanay',
  '43': 'Kyzylorda',
  '47': 'Mangystau',
  '55': 'Pavlodar',
  '59': 'North Kazakhstan',
  '61': 'Turkistan',
  '62': 'Ulytau',
  '63': 'East Kazakhstan',
  '71': 'Astana',
  '75': 'Almaty',
  '79': 'Shymkent',
};

describe('REGIONS', () => {
  it('has the 17 regions and 3 cities formed by June 2022, with their codes', () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.filter((r) => r.kind === 'region')).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual([
      'Astana',
      'Almaty',
      'Shymkent',
    ]);
    expect(REGIONS.map((r) => r.code)).toEqual(Object.keys(KATO_CODES));
    expect(REGION_CODES).toEqual(Object.keys(KATO_CODES));
    for (const region of REGIONS) {
      const knownName = KATO_CODES[region.code];
      expect(region.name.en.startsWith(knownName), `${region.code} ${region.name.en}`).toBe(true);
      expect(region.kato).toBe(`${region.code}0000000`);
      expect(region.kato).toMatch(/^\d{9}$/);
      expect(region.iso).toBe(`KZ-${region.code}`);
    }
    expect(REGIONS.find((r) => r.code === '79')?.kato).toBe('790000000');
  });

  it('writes the Kazakh, Russian and English names in their official style', () => {
    expect(REGIONS.map((r) => [r.code, r.name.kk, r.name.ru, r.name.en])).toEqual([
      ['10', 'Абай облысы', 'область Абай', 'Abai Region'],
      ['11', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
      ['15', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
      ['19', 'Алматы облысы', 'Алматинская область', 'Almaty Region'],
      ['23', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'],
      ['27', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
      ['31', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'],
      ['33', 'Жетісу облысы', 'область Жетісу', 'Jetisu Region'],
      ['35', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
      ['39', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
      ['43', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
      ['47', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
      ['55', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
      [
        '59',
        'Солтүстік Қазақстан облысы',
        'Северо-Казахстанская область',
        'North Kazakhstan Region',
      ],
      ['61', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'],
      ['62', 'Ұлытау облысы', 'область Ұлытау', 'Ulytau Region'],
      ['63', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
      ['71', 'Астана қаласы', 'город Астана', 'Astana'],
      ['75', 'Алматы қаласы', 'город Алматы', 'Almaty'],
      ['79', 'Шымкент қаласы', 'город Шымкент', 'Shymkent'],
    ]);
  });

  it('names the administrative centres', () => {
    expect(
      REGIONS.map((r) => `${r.code} ${r.centre.kk} / ${r.centre.ru} / ${r.centre.en}`),
    ).toEqual([
      '10 Семей / Семей / Semey',
      '11 Көкшетау / Кокшетау / Kokshetau',
      '15 Ақтөбе / Актобе / Aktobe',
      '19 Қонаев / Конаев / Konaev',
      '23 Атырау / Атырау / Atyrau',
      '27 Орал / Уральск / Oral',
      '31 Тараз / Тараз / Taraz',
      '33 Талдықорған / Талдыкорган / Taldykorgan',
      '35 Қарағанды / Караганда / Karaganda',
      '39 Қостанай / Костанай / Kostanay',
      '43 Қызылорда / Кызылорда / Kyzylorda',
      '47 Ақтау / Актау / Aktau',
      '55 Павлодар / Павлодар / Pavlodar',
      '59 Петропавл / Петропавловск / Petropavl',
      '61 Түркістан / Туркестан / Turkistan',
      '62 Жезқазған / Жезказган / Zhezkazgan',
      '63 Өскемен / Усть-Каменогорск / Oskemen',
      '71 Астана / Астана / Astana',
      '75 Алматы / Алматы / Almaty',
      '79 Шымкент / Шымкент / Shymkent',
    ]);
  });

  it('keeps the names clean: no stray spaces, Kazakh letters where Kazakh has them', () => {
    for (const region of REGIONS) {
      for (const text of [...Object.values(region.name), ...Object.values(region.centre)]) {
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2}/);
      }
      // Kazakh names end in «облысы» or «қаласы»; English region names in "Region".
      expect(region.name.kk).toMatch(region.kind === 'city' ? / қаласы$/ : / облысы$/);
      expect(region.name.en).toMatch(region.kind === 'city' ? /^[A-Z][a-z]+$/ : / Region$/);
    }
  });

  it('labels the kinds', () => {
    expect(regionKindLabel('region', 'kk')).toBe('облыс');
    expect(regionKindLabel('region', 'ru')).toBe('область');
    expect(regionKindLabel('city', 'kk')).toBe('республикалық маңызы бар қала');
    expect(regionKindLabel('city', 'en')).toBe('city of republican significance');
    expect(REGION_KINDS.city.ru).toBe('город республиканского значения');
    expect(() => regionKindLabel('oblast' as 'region', 'en')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('the regions are frozen', () => {
  it('REGIONS refuses changes to the list, a region and its names, and lookups stay', () => {
    const shymkent = regionByCode('79');
    expect(() => (REGIONS as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (shymkent.name as { en: string }).en = 'Chimkent';
    }).toThrow(TypeError);
    expect(() => {
      (shymkent as { code: string }).code = '80';
    }).toThrow(TypeError);
    expect(() => {
      (shymkent.centre as { ru: string }).ru = 'Чимкент';
    }).toThrow(TypeError);
    expect(REGIONS).toHaveLength(20);
    expect(regionByCode('79').name.en).toBe('Shymkent');
    expect(regionName('79', 'ru')).toBe('город Шымкент');
  });

  it('REGION_CODES and REGION_KINDS refuse changes, and lookups stay', () => {
    expect(() => (REGION_CODES as string[]).push('80')).toThrow(TypeError);
    expect(() => {
      (REGION_CODES as string[])[0] = '80';
    }).toThrow(TypeError);
    expect(() => {
      (REGION_KINDS.city as { kk: string }).kk = 'қала';
    }).toThrow(TypeError);
    expect(REGION_CODES[0]).toBe('10');
    expect(thrownWith('INVALID_REGION', () => regionByCode('80')).details.allowed).toHaveLength(20);
    expect(regionKindLabel('city', 'kk')).toBe('республикалық маңызы бар қала');
  });

  it('regionKindLabel takes only a string key', () => {
    for (const key of [['city'], Object.create(null), { toString: () => 'city' }]) {
      expect(
        thrownWith('INVALID_ARGUMENT', () => regionKindLabel(key as never, 'kk')).details,
      ).toMatchObject({ field: 'key', expected: 'oneOf', allowed: ['region', 'city'] });
    }
  });
});
