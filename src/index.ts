/**
 * tutynushy — consumer-rights case work in Kazakhstan: appeals, deadlines on
 * the working-day calendar, exact tenge and KPI reports in Kazakh, Russian
 * and English.
 *
 * `import { … } from 'tutynushy'` gives every public name of the library.
 * This entry defines none of its own: each name is documented on the page
 * of the subpath that defines it, which exports it too:
 *
 * - {@link core! | tutynushy/core}, {@link money! | tutynushy/money},
 *   {@link ids! | tutynushy/ids}, {@link regions! | tutynushy/regions},
 *   {@link calendar! | tutynushy/calendar}, {@link period! | tutynushy/period};
 * - {@link complaint! | tutynushy/complaint}, {@link lawsuit! | tutynushy/lawsuit},
 *   {@link outreach! | tutynushy/outreach}, {@link business! | tutynushy/business};
 * - {@link report! | tutynushy/report}, {@link schemas! | tutynushy/schemas}.
 *
 * `import { reviewDeadline } from 'tutynushy/calendar'` is the same function
 * as `import { reviewDeadline } from 'tutynushy'`. A subpath that
 * does not validate records never loads zod; the root entry does.
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
