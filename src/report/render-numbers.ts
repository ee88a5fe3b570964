import type { Locale } from '../core/labels.js';
import { formatTenge } from '../money/format.js';
import { NUMBER_SYMBOLS, numberText } from '../money/number-text.js';
import type { Tenge } from '../money/tenge.js';
import type { Ratio } from './ratio.js';

// Numbers as a department's text writes them: in Kazakh and Russian a count
// of four digits stands ungrouped («1902 өтініш», as the typographic rule and
// the published reports write it) and larger ones are grouped with a no-break
// space; English groups with commas. Amounts go through formatTenge.

/** A count in running text. @internal */
export function countText(n: number, locale: Locale): string {
  const digits = String(Math.abs(n));
  const body = locale !== 'en' && digits.length <= 4 ? digits : numberText(digits, '', locale);
  return n < 0 ? `${NUMBER_SYMBOLS[locale].minus}${body}` : body;
}

/**
 * A figure of a reconciliation finding, as the rest of the text writes
 * numbers: a count as {@link countText}, a percentage with the language's
 * decimal sign (`88,2` in kk and ru); text as it was printed.
 *
 * @internal
 */
export function figureText(value: number | string, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return countText(value, locale);
  const [whole = '', fraction = ''] = String(Math.abs(value)).split('.');
  const body = numberText(whole, fraction, locale);
  return value < 0 ? `${NUMBER_SYMBOLS[locale].minus}${body}` : body;
}

/** A signed change: `+221`, `−37`. @internal */
export function changeText(n: number, locale: Locale): string {
  return n > 0 ? `+${countText(n, locale)}` : n < 0 ? `−${countText(-n, locale)}` : '0';
}

/** A rate or a share as a percentage with one decimal: `88,2%`, `88.2%`; a dash when unknown. @internal */
export function percentText(value: number | null, locale: Locale, signed = false): string {
  if (value === null) return '—';
  const tenths = Math.round(Math.abs(value) * 1000);
  const whole = String(Math.floor(tenths / 10));
  const text = `${numberText(whole, String(tenths % 10), locale)}%`;
  if (!signed || tenths === 0) return value < 0 && tenths > 0 ? `−${text}` : text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A ratio's value as a percentage. @internal */
export function ratioText(ratio: Ratio, locale: Locale): string {
  return percentText(ratio.value, locale);
}

/** Ten million tenge: a sum from here up is written rounded in running text, as reports do («72 млн теңге»). */
const ROUNDED_FROM = 1_000_000_000n;

/** An amount in running text: rounded from ten million tenge, exact below. @internal */
export function moneyText(amount: Tenge, locale: Locale): string {
  const compact = amount.toTiyn() >= ROUNDED_FROM;
  return formatTenge(amount, { locale, unit: 'word', compact, fraction: 'auto' });
}

/** An amount in a table: exact. @internal */
export function moneyCell(amount: Tenge, locale: Locale): string {
  return formatTenge(amount, { locale, unit: 'word', fraction: 'auto' });
}
