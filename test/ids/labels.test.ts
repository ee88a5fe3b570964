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
} from '../../src/ids/index.js';

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
});
