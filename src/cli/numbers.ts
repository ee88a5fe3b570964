import type { Locale } from '../core/labels.js';
import { groupDigits } from '../money/number-text.js';

/**
 * A count as the command's messages write it, the way the report's text
 * does: grouped with commas in English; in Kazakh and Russian grouped with a
 * no-break space from five digits («1902 записи», «1 000 000 записей»).
 */
export function countText(n: number, locale: Locale): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const body = locale !== 'en' && digits.length <= 4 ? digits : groupDigits(digits, locale);
  return n < 0 ? `-${body}` : body;
}
