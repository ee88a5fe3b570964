import type { Month } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import type { Locale } from '../core/labels.js';

// Month names are date-fns's: its locales' `localize.month`, the function
// its `format` calls for the tokens LLLL (standalone) and MMMM (formatting).
// Calling it directly needs no JS Date, so no time zone can shift a month.
const DATE_FNS_LOCALES = { kk, ru, en: enGB } as const;

/**
 * A month's name standing alone (date-fns `LLLL`): «мамыр», «май», «May».
 * Kazakh and Russian write it in lower case.
 *
 * @internal
 */
export function standaloneMonthName(month: number, locale: Locale): string {
  return DATE_FNS_LOCALES[locale].localize.month((month - 1) as Month, { width: 'wide' });
}

/**
 * A month's name in a date (date-fns `MMMM`): the Russian genitive «1 мая»;
 * Kazakh and English use the standalone form («1 мамыр», «1 May»).
 *
 * @internal
 */
export function monthNameInDate(month: number, locale: Locale): string {
  return DATE_FNS_LOCALES[locale].localize.month((month - 1) as Month, {
    width: 'wide',
    context: 'formatting',
  });
}
