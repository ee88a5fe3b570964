/**
 * tutynushy — consumer-rights case work in Kazakhstan: appeals, deadlines on
 * the working-day calendar, exact tenge and KPI reports in Kazakh, Russian
 * and English. Every name here is also exported from its own subpath
 * (`tutynushy/money`, `tutynushy/calendar`, …).
 *
 * @module tutynushy
 */

export * from './business/index.js';
export * from './calendar/index.js';
export * from './complaint/index.js';
export * from './core/index.js';
export * from './ids/index.js';
export * from './lawsuit/index.js';
export * from './money/index.js';
export * from './outreach/index.js';
export * from './period/index.js';
export * from './regions/index.js';
export * from './report/index.js';
export * from './schemas/index.js';
