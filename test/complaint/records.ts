// Appeal records the tests share: stored JSON as a department would keep it.
import type { ComplaintRecordJson } from '../../src/complaint/index.js';

type Event = ComplaintRecordJson['events'][number];

/** A synthetic IIN that passes the check digit (test/fixtures/ids/vectors.json). */
export const VALID_IIN = '900101300017';
/** Halyk Bank's BIN, public requisites (test/fixtures/ids/vectors.json). */
export const HALYK_BIN = '940140000385';

/** A stored appeal received on paper in Shymkent, with the given events and overrides. */
export function appealJson(
  events: readonly Event[],
  overrides: Readonly<Record<string, unknown>> = {},
): ComplaintRecordJson {
  return {
    schemaVersion: 1,
    id: 'SH-2024-0001',
    receivedAt: '2024-06-03T10:00:00+05:00',
    channel: 'paper',
    appealType: 'complaint',
    region: '79',
    sector: 'retailTrade',
    subject: 'A refrigerator that does not cool',
    consumer: { kind: 'individual', iin: VALID_IIN },
    business: { id: HALYK_BIN, name: 'Halyk Bank' },
    events: [...events],
    ...overrides,
  } as ComplaintRecordJson;
}
