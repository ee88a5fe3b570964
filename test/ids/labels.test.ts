import { describe, expect, it } from 'vitest';
import {
  BIN_ENTITY_TYPE_KEYS,
  BIN_ENTITY_TYPES,
  BIN_UNIT_KEYS,
  BIN_UNITS,
  binEntityTypeLabel,
  binUnitLabel,
  IIN_SEXES,
  iinSexLabel,
  parseBin,
} from '../../src/ids/index.js';
import { thrownWith } from '../support/error-details.js';

describe('labels of what an IIN or a BIN encodes', () => {
  it('names the sex', () => {
    expect(iinSexLabel('male', 'kk')).toBe('ер');
    expect(iinSexLabel('female', 'kk')).toBe('әйел');
    expect(iinSexLabel('male', 'ru')).toBe('мужской');
    expect(iinSexLabel('female', 'ru')).toBe('женский');
    expect(iinSexLabel('female', 'en')).toBe('female');
    expect(IIN_SEXES.female.ru).toBe('женский');
  });

  it('names the entity type and unit, in the order of their digits', () => {
    expect(BIN_ENTITY_TYPE_KEYS).toEqual([
      'resident',
      'nonResident',
      'jointIndividualEntrepreneur',
    ]);
    expect(BIN_UNIT_KEYS).toEqual(['headOffice', 'branch', 'representativeOffice', 'peasantFarm']);
    expect(BIN_UNIT_KEYS).toEqual(Object.keys(BIN_UNITS));
    expect(BIN_ENTITY_TYPE_KEYS).toEqual(Object.keys(BIN_ENTITY_TYPES));
    expect(binEntityTypeLabel('nonResident', 'ru')).toBe('юридическое лицо — нерезидент');
    expect(binEntityTypeLabel('resident', 'kk')).toBe('резидент заңды тұлға');
    expect(BIN_ENTITY_TYPES.jointIndividualEntrepreneur.en).toBe(
      'joint individual entrepreneurship',
    );
    expect(binUnitLabel('branch', 'en')).toBe('branch');
    expect(binUnitLabel('headOffice', 'kk')).toBe('бас бөлімше');
    expect(binUnitLabel('peasantFarm', 'ru')).toBe('крестьянское (фермерское) хозяйство');
    expect(BIN_UNITS.representativeOffice.kk).toBe('өкілдік');
  });

  it('has all three languages for every key, and refuses unknown keys and locales', () => {
    for (const table of [IIN_SEXES, BIN_ENTITY_TYPES, BIN_UNITS]) {
      for (const labels of Object.values(table)) {
        expect(Object.keys(labels)).toEqual(['kk', 'ru', 'en']);
        for (const text of Object.values(labels) as string[]) expect(text.trim()).not.toBe('');
      }
    }
    expect(() => binUnitLabel('toString' as 'branch', 'en')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => iinSexLabel('male', 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });

  it.each([
    ['an array holding the key', ['branch']],
    ['an object with no prototype', Object.create(null)],
    ['a String object', new String('branch')],
    ['an object that prints as the key', { toString: () => 'branch' }],
  ])('takes only a string as a key, not %s', (_what, key) => {
    // A lookup would coerce these to 'branch' (or throw a raw TypeError).
    for (const label of [
      () => binUnitLabel(key as never, 'kk'),
      () => binEntityTypeLabel(key as never, 'kk'),
      () => iinSexLabel(key as never, 'kk'),
    ]) {
      const error = thrownWith('INVALID_ARGUMENT', label);
      expect(error.details).toMatchObject({ field: 'key', expected: 'oneOf' });
    }
    expect(
      thrownWith('INVALID_ARGUMENT', () => binUnitLabel(key as never, 'kk')).details.allowed,
    ).toEqual(BIN_UNIT_KEYS);
  });
});

describe('the label tables are frozen', () => {
  it.each([
    ['IIN_SEXES', IIN_SEXES, () => iinSexLabel('female', 'kk'), 'әйел'],
    [
      'BIN_ENTITY_TYPES',
      BIN_ENTITY_TYPES,
      () => binEntityTypeLabel('resident', 'ru'),
      'юридическое лицо — резидент',
    ],
    ['BIN_UNITS', BIN_UNITS, () => binUnitLabel('branch', 'en'), 'branch'],
  ] as const)('%s refuses changes, and its labels stay', (_name, table, label, text) => {
    const labels = Object.values(table)[0] as { kk: string };
    expect(() => {
      labels.kk = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (table as Record<string, unknown>)['extra'] = { kk: 'x', ru: 'x', en: 'x' };
    }).toThrow(TypeError);
    expect(Object.isFrozen(table)).toBe(true);
    expect(label()).toBe(text);
  });

  it('the key lists refuse changes, and parsing reads the same digits', () => {
    expect(() => (BIN_ENTITY_TYPE_KEYS as string[]).reverse()).toThrow(TypeError);
    expect(() => (BIN_UNIT_KEYS as string[]).push('shop')).toThrow(TypeError);
    expect(BIN_UNIT_KEYS).toEqual(['headOffice', 'branch', 'representativeOffice', 'peasantFarm']);
    expect(parseBin('070941024691').unit).toBe('branch');
    expect(parseBin('940140000385').entityType).toBe('resident');
  });
});
