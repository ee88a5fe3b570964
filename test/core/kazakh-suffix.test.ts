import { describe, expect, it } from 'vitest';
import { kazakhEnding, withKazakhEnding } from '../../src/core/index.js';
import { lastSpokenKazakhWord } from '../../src/core/kazakh-suffix.js';

describe('Kazakh endings after numbers (vowel harmony of the last spoken word)', () => {
  it('reproduces the published examples', () => {
    expect(withKazakhEnding(5, 'dative')).toBe('5-ке');
    expect(withKazakhEnding(6, 'dative')).toBe('6-ға');
    expect(withKazakhEnding(10, 'ablative')).toBe('10-нан');
    expect(withKazakhEnding(100, 'dative')).toBe('100-ге');
    expect(withKazakhEnding(2024, 'dative')).toBe('2024-ке');
    expect(withKazakhEnding(2026, 'dative')).toBe('2026-ға');
  });

  it('reads the last spoken word of a number', () => {
    expect(lastSpokenKazakhWord(0)).toBe('нөл');
    expect(lastSpokenKazakhWord(2024)).toBe('төрт');
    expect(lastSpokenKazakhWord(100)).toBe('жүз');
    expect(lastSpokenKazakhWord(3000)).toBe('мың');
    expect(lastSpokenKazakhWord(1902)).toBe('екі');
    expect(lastSpokenKazakhWord(1960)).toBe('алпыс');
    expect(lastSpokenKazakhWord(2000)).toBe('мың');
    expect(lastSpokenKazakhWord(1_000_000)).toBe('миллион');
    expect(lastSpokenKazakhWord(72_000_000)).toBe('миллион');
    expect(lastSpokenKazakhWord(5_000_000_000n)).toBe('миллиард');
    expect(lastSpokenKazakhWord(-40)).toBe('қырық');
    expect(() => lastSpokenKazakhWord(1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('follows vowel harmony and the final sound in every case', () => {
    // Endings of a few numbers as a Kazakh grammar writes them.
    expect(
      ['dative', 'locative', 'ablative', 'genitive', 'accusative', 'instrumental'].map((c) =>
        withKazakhEnding(2024, c as 'dative'),
      ),
    ).toEqual(['2024-ке', '2024-те', '2024-тен', '2024-тің', '2024-ті', '2024-пен']);
    expect(withKazakhEnding(1, 'locative')).toBe('1-де');
    expect(withKazakhEnding(3, 'dative')).toBe('3-ке');
    expect(withKazakhEnding(9, 'genitive')).toBe('9-дың');
    expect(withKazakhEnding(20, 'ablative')).toBe('20-дан');
    expect(withKazakhEnding(40, 'dative')).toBe('40-қа');
    expect(withKazakhEnding(50, 'dative')).toBe('50-ге');
    expect(withKazakhEnding(7, 'genitive')).toBe('7-нің');
    expect(withKazakhEnding(1000, 'dative')).toBe('1000-ға');
    expect(withKazakhEnding(30, 'instrumental')).toBe('30-бен');
    expect(kazakhEnding('миллиард', 'dative')).toBe('қа');
  });
});
