import type { Locale } from '../core/labels.js';

/**
 * @internal How a locale writes a number: the group separator, the decimal
 * mark and the minus sign. These are what Node's `Intl.NumberFormat` writes
 * for `kk-KZ`, `ru-KZ` and `en` (a test holds them to it), but they are the
 * library's own data: runtimes ship different locale data (Chromium has no
 * `kk` number data and would write `1,424,750.50`), and an amount must read
 * the same, and parse back, wherever it was written.
 */
export interface NumberSymbols {
  readonly group: string;
  readonly decimal: string;
  readonly minus: string;
}

/** @internal The symbols of each locale: a no-break space (U+00A0) groups in kk and ru. */
export const NUMBER_SYMBOLS: Readonly<Record<Locale, NumberSymbols>> = Object.freeze({
  kk: Object.freeze({ group: '\u00A0', decimal: ',', minus: '-' }),
  ru: Object.freeze({ group: '\u00A0', decimal: ',', minus: '-' }),
  en: Object.freeze({ group: ',', decimal: '.', minus: '-' }),
});

/**
 * @internal Writes the digits of a whole number (no sign) in groups of three
 * from the right: `1424750` → `1 424 750`. Every number of four digits or
 * more is grouped, as CLDR's kk, ru and en data do (`1 000`).
 */
export function groupDigits(digits: string, locale: Locale): string {
  const { group } = NUMBER_SYMBOLS[locale];
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += group + digits.slice(i, i + 3);
  return text;
}

/**
 * @internal A non-negative decimal written for a locale: the whole part
 * grouped, then the decimal mark and `fraction` when there is one
 * (`'1424750', '50'` → `1 424 750,50` in kk and ru, `1,424,750.50` in en).
 */
export function numberText(whole: string, fraction: string, locale: Locale): string {
  const grouped = groupDigits(whole, locale);
  return fraction === '' ? grouped : `${grouped}${NUMBER_SYMBOLS[locale].decimal}${fraction}`;
}
