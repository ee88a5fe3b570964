import { invalidArgumentError } from '../core/error-factories.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
import { received } from '../core/received.js';
import { checkPeriod } from './check-period.js';
import type { Period } from './period.js';
import { englishPhrase } from './phrase-en.js';
import { kazakhPhrase } from './phrase-kk.js';
import { russianPhrase } from './phrase-ru.js';
import { shapeOf } from './shape.js';
import { PERIOD_STYLES, type PeriodStyle } from './style.js';

/**
 * Options of {@link formatPeriod}.
 *
 * @example
 * ```ts
 * const options: FormatPeriodOptions = { style: 'statistics' };
 * formatPeriod(parsePeriod('2024-01/2024-05'), 'ru', options); // 'январь–май 2024 года'
 * ```
 */
export interface FormatPeriodOptions {
  /** `report` (the default) or `statistics`: see {@link PeriodStyle}. */
  readonly style?: PeriodStyle | undefined;
}

function styleOf(options: unknown): PeriodStyle {
  const { style } = readOptions<FormatPeriodOptions>(options, 'formatPeriod', ['style']);
  if (style === undefined) return 'report';
  if (PERIOD_STYLES.includes(style)) return style;
  throw invalidArgumentError({
    fn: 'formatPeriod',
    field: 'style',
    received: received(style),
    expected: 'oneOf',
    allowed: PERIOD_STYLES,
  });
}

/**
 * Names a period as Kazakhstan's department reports write it.
 *
 * | period | kk | ru | en |
 * | --- | --- | --- | --- |
 * | `2024` | 2024 жылы | за 2024 год | 2024 |
 * | `2024-H1` | 2024 жылдың бірінші жартыжылдығында | за 1-е полугодие 2024 года | H1 2024 |
 * | `2024-Q1` | 2024 жылдың I тоқсанында | за I квартал 2024 года | Q1 2024 |
 * | `2024-05` | 2024 жылдың мамыр айында | за май 2024 года | May 2024 |
 * | `2024-01/2024-05` | 2024 жылдың 5 айында | за 5 месяцев 2024 года | January–May 2024 |
 * | `2024-03/2024-05` | 2024 жылғы наурыз–мамыр аралығында | за март–май 2024 года | March–May 2024 |
 * | `2024-03-01/2024-04-15` | 2024 жылғы 1 наурыз – 15 сәуір аралығында | с 1 марта по 15 апреля 2024 года | 1 March – 15 April 2024 |
 *
 * Kazakh and Russian phrases are adverbials, ready for running text («2024
 * жылдың 5 айында 1902 өтініш қаралды», «за 5 месяцев 2024 года
 * рассмотрено 1902 обращения»); English ones are noun phrases, for a
 * heading or after «in». Month names are lower case in Kazakh and Russian,
 * as mid-sentence; capitalise the first letter for a heading. `{ style:
 * 'statistics' }` names the months instead: «2024 жылғы қаңтар–мамыр»,
 * «январь–май 2024 года».
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` when `period` is not a
 * period, `INVALID_LOCALE` for a locale other than `kk`, `ru` and `en`,
 * `INVALID_ARGUMENT` for options that are not an object, an unknown option
 * or an unknown style.
 * @example
 * ```ts
 * const fiveMonths = parsePeriod('2024-01/2024-05');
 * formatPeriod(fiveMonths, 'kk'); // '2024 жылдың 5 айында'
 * formatPeriod(fiveMonths, 'ru'); // 'за 5 месяцев 2024 года'
 * formatPeriod(fiveMonths, 'en'); // 'January–May 2024'
 * formatPeriod(parsePeriod('2024-Q1'), 'ru'); // 'за I квартал 2024 года'
 * formatPeriod(fiveMonths, 'ru', { style: 'statistics' }); // 'январь–май 2024 года'
 * formatPeriod(fiveMonths, 'ru', { styel: 'statistics' }); // throws INVALID_ARGUMENT: unknown option "styel"
 * ```
 */
export function formatPeriod(
  period: Period,
  locale: Locale,
  options?: FormatPeriodOptions,
): string {
  const p = checkPeriod(period, 'formatPeriod');
  const language = assertLocale(locale);
  const style = styleOf(options);
  const shape = shapeOf(p, style === 'report');
  if (language === 'kk') return kazakhPhrase(shape, style);
  if (language === 'ru') return russianPhrase(shape, style);
  return englishPhrase(shape);
}
