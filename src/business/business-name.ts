import { invalidArgumentError } from '../core/error-factories.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { recordsExpectations } from '../core/messages/en/expectations/records.js';
import { received } from '../core/received.js';
import type { BusinessNames, BusinessRecord } from './record.js';

/**
 * A business's name for a language: the name in that language when there is
 * one, otherwise the other (Kazakh for Kazakh, Russian for Russian and
 * English, since registers give Russian names far more often than English
 * ones). A business always has at least one name.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unsupported locale,
 * `INVALID_ARGUMENT` for a business with no name (one not checked by `parseBusinessRecord`).
 * @example
 * ```ts
 * const shop = { names: { kk: '«Дәмді» ЖШС', ru: 'ТОО «Дамди»' } };
 * businessName(shop, 'kk'); // '«Дәмді» ЖШС'
 * businessName(shop, 'en'); // 'ТОО «Дамди»'
 * businessName({ names: { ru: 'ИП Ахметов' } }, 'kk'); // 'ИП Ахметов'
 * ```
 */
export function businessName(business: Pick<BusinessRecord, 'names'>, locale: Locale): string {
  const names: Partial<BusinessNames> | undefined =
    typeof business === 'object' && business !== null ? business.names : undefined;
  const kk = typeof names?.kk === 'string' && names.kk.trim() !== '' ? names.kk : undefined;
  const ru = typeof names?.ru === 'string' && names.ru.trim() !== '' ? names.ru : undefined;
  const name = assertLocale(locale) === 'kk' ? (kk ?? ru) : (ru ?? kk);
  if (name !== undefined) return name;
  throw invalidArgumentError(
    {
      fn: 'businessName',
      field: 'business.names',
      received: received(names),
      expected: 'businessName',
    },
    recordsExpectations,
  );
}
