// The stored JSON form is public API: every event kind, with every optional
// field, survives JSON.stringify → parseComplaintRecord → JSON.stringify
// with every value kept, and replays to the same appeal.
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_EVENT_TYPE_KEYS,
  type ComplaintRecordJson,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import { appealJson, HALYK_BIN, VALID_IIN } from './records.js';

type Event = ComplaintRecordJson['events'][number];

const registered: Event = { type: 'register', at: '2024-06-03T11:00:00+05:00', note: 'Reg. № 17' };
const reviewed: Event[] = [registered, { type: 'startReview', at: '2024-06-04' }];
const logs: Event[][] = [
  [
    registered,
    { type: 'forwardToBusiness', at: '2024-06-03T12:00:00+05:00' },
    { type: 'businessAnswer', at: '2024-06-10', answer: 'partlyAccepted' },
    {
      type: 'extend',
      at: '2024-06-20',
      until: '2024-07-10',
      reason: 'экспертиза товара',
      note: 'приказ руководителя',
    },
    {
      type: 'satisfy',
      at: '2024-07-01T09:15:00+05:00',
      refund: '1424750.50',
      inKind: 'the phone was replaced',
      nonMonetary: true,
    },
  ],
  [...reviewed, { type: 'explain', at: '2024-06-10' }],
  [
    ...reviewed,
    { type: 'redirect', at: '2024-06-05', to: 'Агентство по регулированию финансового рынка' },
  ],
  [{ type: 'withdraw', at: '2024-06-03T16:00:00+05:00' }],
  [
    registered,
    { type: 'refuse', at: '2024-06-07', ground: 'courtDecision', note: 'решение от 12.04.2024' },
  ],
  [registered, { type: 'return', at: '2024-06-04' }],
  [...reviewed, { type: 'referToCourt', at: '2024-06-20', lawsuitId: 'L-2024-17' }],
];

describe('the stored record', () => {
  it('the logs cover every event kind', () => {
    const kinds = new Set(logs.flat().map((event) => event.type));
    expect([...kinds].sort()).toEqual([...COMPLAINT_EVENT_TYPE_KEYS].sort());
  });

  it('survives JSON → parse → JSON unchanged and replays the same', () => {
    for (const events of logs) {
      const json = appealJson(events, {
        consumer: { kind: 'individual', iin: VALID_IIN, name: 'Айгүл Серікқызы' },
        business: { id: HALYK_BIN, name: 'Halyk Bank' },
        claimed: '1424750.50',
      });
      const stored = JSON.stringify(json);
      const record = parseComplaintRecord(JSON.parse(stored));
      // The same fields and values; keys come back in the schema's order,
      // and from then on the text is stable.
      expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(stored));
      const again = parseComplaintRecord(JSON.parse(JSON.stringify(record)));
      expect(JSON.stringify(again)).toBe(JSON.stringify(record));
      expect(again).toEqual(record);
      expect(JSON.stringify(replayComplaint(again))).toBe(JSON.stringify(replayComplaint(record)));
      expect(replayComplaint(again).state).toBe('closed');
    }
  });

  it('writes money back as the decimal string with two places', () => {
    const [first] = logs;
    const record = parseComplaintRecord(appealJson(first ?? [], { claimed: '250000' }));
    const json = JSON.parse(JSON.stringify(record)) as ComplaintRecordJson;
    expect(json.claimed).toBe('250000.00');
    expect(json.events[4]).toMatchObject({ refund: '1424750.50' });
  });
});
