import type { RegionDetails } from '../core/error-details.js';
import { invalidRegionError } from '../core/error-factories.js';
import { TutynushyError } from '../core/errors.js';
import { type Locale, label } from '../core/labels.js';
import { received } from '../core/received.js';
import type { Result } from '../core/result.js';
import { REGION_CODES, REGIONS, type Region, type RegionCode } from './regions.js';

type Refusal = Pick<RegionDetails, 'problem' | 'code'>;

/** The two digits a value names, or why it names none. */
function codeOf(value: unknown): { code: string } | Refusal {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return { problem: 'form' };
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    return { problem: 'form' };
  }
  if (/^[0-9]{2}$/.test(text)) return { code: text };
  if (typeof value === 'string' && /^KZ-[0-9]{2}$/.test(text)) return { code: text.slice(3) };
  if (/^[0-9]{9}$/.test(text)) {
    if (text.endsWith('0000000')) return { code: text.slice(0, 2) };
    return { problem: 'subregion', code: text.slice(0, 2) };
  }
  return { problem: 'form' };
}

function find(value: unknown): Region | TutynushyError<'INVALID_REGION'> {
  const found = codeOf(value);
  let refusal: Refusal;
  if ('problem' in found) {
    refusal = found;
  } else {
    for (const region of REGIONS) if (region.code === found.code) return region;
    refusal = { problem: 'unknownCode', code: found.code };
  }
  return invalidRegionError({
    received: received(value),
    ...refusal,
    allowed: REGION_CODES,
  });
}

/**
 * Finds a region by any of its codes: the two-digit KATO code as a string or
 * a number, the 9-digit KATO code, or the ISO 3166-2 code. Nothing is
 * trimmed or guessed: `'79 '`, `'kz-79'` and `'079'` are refused, as is the
 * KATO code of a district or town (`'791010000'`).
 *
 * @throws {@link TutynushyError} `INVALID_REGION` with the value in
 * `details.received`, what is wrong as `details.problem` (`form`,
 * `unknownCode`, `subregion`), the code read (`details.code`) and the codes
 * of the regions (`details.allowed`).
 * @example
 * ```ts
 * regionByCode('79').name.en;        // 'Shymkent'
 * regionByCode(79).code;             // '79'
 * regionByCode('790000000').iso;     // 'KZ-79'
 * regionByCode('KZ-33').name.ru;     // 'область Жетісу'
 * regionByCode('80');                // throws INVALID_REGION: there is no region with the code 80
 * const unknown = safeRegionByCode('80');
 * !unknown.ok && unknown.error.code === 'INVALID_REGION' && unknown.error.details.problem; // 'unknownCode'
 * ```
 */
export function regionByCode(code: string | number): Region {
  const found = find(code);
  if (found instanceof TutynushyError) throw found;
  return found;
}

/**
 * The non-throwing twin of {@link regionByCode}.
 *
 * @example
 * ```ts
 * safeRegionByCode('KZ-62').ok; // true
 * safeRegionByCode('KZ-80').ok; // false
 * ```
 */
export function safeRegionByCode(code: unknown): Result<Region> {
  const found = find(code);
  return found instanceof TutynushyError ? { ok: false, error: found } : { ok: true, value: found };
}

/**
 * Tells whether `value` is a {@link RegionCode} itself: one of the 20
 * two-digit strings. The other forms {@link regionByCode} accepts (`79`,
 * `'KZ-79'`) are not, so that a stored code is always in one form.
 *
 * @example
 * ```ts
 * isRegionCode('75');    // true
 * isRegionCode(75);      // false
 * isRegionCode('KZ-75'); // false
 * isRegionCode('80');    // false
 * ```
 */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

/**
 * The official name of a region in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_REGION` for an unknown code,
 * `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * regionName('11', 'kk'); // 'Ақмола облысы'
 * regionName('11', 'ru'); // 'Акмолинская область'
 * regionName(75, 'kk');   // 'Алматы қаласы'
 * regionName('KZ-10', 'en'); // 'Abai Region'
 * ```
 */
export function regionName(code: string | number, locale: Locale): string {
  return label(regionByCode(code).name, locale);
}
