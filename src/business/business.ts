import { TutynushyError } from '../core/errors.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { received } from '../core/received.js';
import type { Sector } from '../core/sector.js';
import type { RegionCode } from '../regions/index.js';
import type { BusinessKind } from './kind.js';

/** A business's name in Kazakh, Russian or both (at least one). */
export interface BusinessNames {
  /** The name in Kazakh. */
  readonly kk?: string | undefined;
  /** The name in Russian. */
  readonly ru?: string | undefined;
}

/** A business entity as stored and as parsed by `parseBusinessRecord`. */
export interface BusinessRecord {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** Its BIN, or the IIN of an individual entrepreneur: 12 digits, checked against `kind`. */
  readonly id: string;
  /** A legal entity, an individual entrepreneur, or a branch or representative office. */
  readonly kind: BusinessKind;
  /** Its names. */
  readonly names: BusinessNames;
  /** The region it is registered in. */
  readonly region: RegionCode;
  /** The sector of the economy it works in. */
  readonly sector: Sector;
}

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
  throw new TutynushyError('INVALID_ARGUMENT', {
    fn: 'businessName',
    field: 'business.names',
    received: received(names),
    expected: 'businessName',
  });
}
