// The tables money exports drive behaviour (the rounding modes `times`
// accepts, the units `formatTenge` writes): they are frozen, so a caller
// cannot change what later calls do.
import { describe, expect, it } from 'vitest';
import { formatTenge, TENGE_ROUNDINGS, TENGE_UNITS, Tenge } from '../../src/money/index.js';
import { thrownWith } from '../support/error-details.js';

describe('the exported money tables are frozen', () => {
  it('TENGE_ROUNDINGS refuses changes, and times still knows the same modes', () => {
    expect(Object.isFrozen(TENGE_ROUNDINGS)).toBe(true);
    const table = TENGE_ROUNDINGS as string[];
    expect(() => table.push('round')).toThrow(TypeError);
    expect(() => {
      table[0] = 'round';
    }).toThrow(TypeError);
    expect(() => {
      table.length = 0;
    }).toThrow(TypeError);
    expect(TENGE_ROUNDINGS).toEqual([
      'halfUp',
      'halfEven',
      'halfDown',
      'down',
      'up',
      'floor',
      'ceil',
      'exact',
    ]);
    expect(Tenge.of('10.05').times('0.5').toString()).toBe('5.03');
    expect(
      thrownWith('INVALID_ARGUMENT', () => Tenge.of(1).times(2, 'round' as 'halfUp')).details
        .expected,
    ).toBe('oneOf');
  });

  it('TENGE_UNITS refuses changes, and formatTenge still writes the same units', () => {
    expect(Object.isFrozen(TENGE_UNITS)).toBe(true);
    expect(() => (TENGE_UNITS as string[]).push('USD')).toThrow(TypeError);
    expect(TENGE_UNITS).toEqual(['symbol', 'word', 'code']);
    expect(
      thrownWith('INVALID_ARGUMENT', () => formatTenge(1, { locale: 'kk', unit: 'USD' as 'code' }))
        .details.allowed,
    ).toEqual(['symbol', 'word', 'code']);
  });
});
