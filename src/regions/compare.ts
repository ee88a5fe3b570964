import { invalidArgumentError, invalidRegionError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { regionsExpectations } from '../core/messages/en/expectations/regions.js';
import { received } from '../core/received.js';
import { REGION_CODES, type Region } from './regions.js';

// The Kazakh Cyrillic alphabet in its dictionary order: the letters Kazakh
// adds come right after their Russian neighbours (Ә after А, Ғ after Г, …),
// and І after Ы. Kazakh text is always compared by it, never by ICU's `kk`
// collation: runtimes ship different collation data (without `kk`, ICU's
// root order puts І after И and Ү before Ұ), and a sorted list must come
// out the same in every runtime. On the region names it gives ICU's order.
const KAZAKH_ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

function rank(character: string): number {
  const index = KAZAKH_ALPHABET.indexOf(character);
  // Letters after every other character (spaces and hyphens sort first, as in ICU).
  return index === -1 ? (character.codePointAt(0) ?? 0) : 0x110000 + index;
}

/**
 * Compares two texts by the Kazakh alphabet, letter by letter, ignoring
 * case first and breaking ties by code point.
 *
 * @internal
 */
export function compareByKazakhAlphabet(a: string, b: string): number {
  // Kazakh has no case rules of its own (unlike Turkish), so this is toLocaleLowerCase('kk').
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) {
    const difference = rank(x.charAt(i)) - rank(y.charAt(i));
    if (difference !== 0) return Math.sign(difference);
  }
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const collators: Partial<Record<Locale, (a: string, b: string) => number>> = {};

/**
 * The text comparison for a locale: Kazakh by the Kazakh alphabet (Ә after
 * А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х,
 * І after Ы), whatever collation data the runtime has; Russian and English
 * by `Intl.Collator`, whose root data every runtime ships and whose order of
 * the region names does not vary. Created lazily.
 *
 * @internal
 */
export function textComparator(locale: Locale): (a: string, b: string) => number {
  const checked = assertLocale(locale);
  let compare = collators[checked];
  if (compare === undefined) {
    compare = checked === 'kk' ? compareByKazakhAlphabet : new Intl.Collator(checked).compare;
    collators[checked] = compare;
  }
  return compare;
}

/**
 * A comparator of regions by their name in the given language, for
 * `Array.prototype.sort`: Kazakh names by the Kazakh alphabet (so «Ақмола
 * облысы» comes before «Алматы облысы», as Қ comes right after К), Russian
 * and English by their own collation. Names are compared as written, so the
 * Russian «город Алматы» sorts under Г and «область Абай» under О.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * const byKazakhName = compareRegionsByName('kk');
 * byKazakhName(regionByCode('11'), regionByCode('19')) < 0; // true — Ақмола before Алматы
 * ```
 */
export function compareRegionsByName(locale: Locale): (a: Region, b: Region) => number {
  const compare = textComparator(locale);
  const key = assertLocale(locale);
  return (a, b) => compare(nameOf(a, key, 0), nameOf(b, key, 1));
}

// A wrong item would otherwise surface as a TypeError inside the comparison, or not at all.
function nameOf(region: unknown, key: Locale, index: number): string {
  const name = (region as Partial<Region> | null)?.name?.[key];
  if (typeof name !== 'string') {
    throw invalidRegionError({
      received: received(region),
      problem: 'notARegion',
      index,
      allowed: REGION_CODES,
    });
  }
  return name;
}

/** The longest list {@link sortRegionsByName} sorts: the 20 regions, repeated as a table's rows might. */
const MAX_REGIONS = 1000;

function notAList(regions: unknown, max?: number): TutynushyError {
  return invalidArgumentError(
    {
      fn: 'sortRegionsByName',
      field: 'regions',
      received: received(regions),
      expected: max === undefined ? 'regions' : 'atMost',
      ...(max === undefined ? {} : { max }),
    },
    regionsExpectations,
  );
}

/**
 * The items of `regions`, at most {@link MAX_REGIONS} of them: an array's
 * length is checked before any item is read, another iterable is read no
 * further than one item past the cap.
 */
function listOf(regions: Iterable<Region>): Region[] {
  if (
    typeof regions === 'string' ||
    typeof (regions as Partial<Iterable<Region>> | null)?.[Symbol.iterator] !== 'function'
  ) {
    throw notAList(regions);
  }
  if (Array.isArray(regions) && regions.length > MAX_REGIONS) throw notAList(regions, MAX_REGIONS);
  const list: Region[] = [];
  for (const region of regions) {
    if (list.length === MAX_REGIONS) throw notAList(regions, MAX_REGIONS);
    list.push(region);
  }
  return list;
}

/**
 * The regions sorted by their name in the given language (a new array; the
 * input is not changed): `sortRegionsByName(REGIONS, 'kk')` for all 20.
 * Lists of up to 1000 regions are sorted; a longer one is refused before
 * its items are read.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unknown locale,
 * `INVALID_ARGUMENT` when `regions` is not iterable or holds more than 1000
 * items, `INVALID_REGION` for an item that is not a region
 * (`problem: 'notARegion'`, its position in `details.index`).
 * @example
 * ```ts
 * sortRegionsByName(REGIONS, 'kk').slice(0, 3).map((r) => r.code); // ['10', '11', '15']
 * sortRegionsByName(REGIONS, 'en')[0]?.name.en;                      // 'Abai Region'
 * sortRegionsByName(REGIONS, 'ru')[0]?.name.ru;                      // 'Акмолинская область'
 * sortRegionsByName([regionByCode('79'), regionByCode('11')], 'kk').map((r) => r.code); // ['11', '79']
 * ```
 */
export function sortRegionsByName(regions: Iterable<Region>, locale: Locale): Region[] {
  const compare = compareRegionsByName(locale);
  const key = assertLocale(locale);
  const list = listOf(regions);
  list.forEach((region, index) => {
    nameOf(region, key, index);
  });
  return list.sort(compare);
}
