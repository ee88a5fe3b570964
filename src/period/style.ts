/**
 * How {@link formatPeriod} names a period:
 *
 * - `report` (the default): as a department's report or press release says
 *   it in running text — «2024 жылдың 5 айында», «за 5 месяцев 2024 года»,
 *   «January–May 2024»; «2024 жылдың I тоқсанында», «за I квартал 2024
 *   года», «Q1 2024»;
 * - `statistics`: by the months (or days) it covers, standing alone, as the
 *   statistics bureau heads its tables — «2024 жылғы қаңтар–мамыр»,
 *   «январь–май 2024 года», «January–May 2024»; a quarter is «2024 жылғы
 *   қаңтар–наурыз», «январь–март 2024 года», «January–March 2024».
 */
export type PeriodStyle = 'report' | 'statistics';

/** @internal */
export const PERIOD_STYLES: readonly PeriodStyle[] = ['report', 'statistics'];
