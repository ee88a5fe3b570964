import type { Expectation } from '../../../expectation.js';
import type { ExpectationWords } from './common.js';

/** What the report functions expect: a period, a report, published figures. */
export const reportExpectations = {
  period: () => 'a period, or its code such as 2024-01/2024-05',
  report: () =>
    'a report as buildReport or parseReport returns it (read stored JSON with parseReport)',
  published: () => 'published figures as PublishedReportSchema describes them',
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link reportExpectations} words. */
export type ReportExpectation = keyof typeof reportExpectations;
