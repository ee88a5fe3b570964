// A replayed appeal carries every fact of its record, through one helper
// (complaintFacts). The chain that keeps a new field from being dropped:
// FULL below must name every field of the record type (`satisfies
// EveryField`), so a field added to ComplaintRecord fails to compile here
// until FULL has it; the test then checks that the replay carries each field
// of FULL; and complaintFacts' own `satisfies` fails to compile until it
// copies the field — which the type tests at the end show.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { complaintFacts } from '../../src/complaint/facts.js';
import {
  applyComplaintEvent,
  type ComplaintRecord,
  type ComplaintRecordJson,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import type { EveryField } from '../../src/core/facts.js';
import { HALYK_BIN, VALID_IIN } from './records.js';

// Every field of an appeal record, the optional ones too.
const FULL = {
  schemaVersion: 1,
  id: 'SH-2024-0001',
  receivedAt: '2024-06-03T10:00:00+05:00',
  channel: 'eTutynushy',
  appealType: 'complaint',
  region: '79',
  sector: 'retailTrade',
  subject: 'A refrigerator that does not cool',
  consumer: { kind: 'individual', iin: VALID_IIN, name: 'Айгүл Серікова' },
  business: { id: HALYK_BIN, name: 'Halyk Bank' },
  claimed: '250000.00',
  events: [
    { type: 'register', at: '2024-06-03' },
    { type: 'startReview', at: '2024-06-04', note: 'assigned to the trade division' },
  ],
} as const satisfies EveryField<ComplaintRecordJson>;

const FIELDS = Object.keys(FULL) as (keyof ComplaintRecord)[];

describe('a replayed appeal carries every fact of its record', () => {
  const record = parseComplaintRecord(FULL);

  it('has each field of the record, as the record holds it', () => {
    const complaint = replayComplaint(record);
    expect(FIELDS.length).toBe(12);
    for (const field of FIELDS) {
      expect(complaint[field], field).toBe(record[field]);
    }
    expect(complaint.claimed?.toString()).toBe('250000.00');
    expect(complaint.consumer).toEqual(FULL.consumer);
  });

  it('keeps them through applyComplaintEvent, with the longer log', () => {
    const opened = replayComplaint(record);
    const closed = applyComplaintEvent(opened, { type: 'explain', at: '2024-06-10' });
    for (const field of FIELDS) {
      if (field === 'events') continue;
      expect(closed[field], field).toBe(record[field]);
    }
    expect(closed.events).toEqual([...record.events, { type: 'explain', at: '2024-06-10' }]);
  });

  it('copies exactly the fields of the record type, no fewer and none of its own', () => {
    expect(Object.keys(complaintFacts(record)).sort()).toEqual([...FIELDS].sort());
    // A field the type does not have is not carried: the parser refuses it,
    // and a hand-made record keeps it to itself.
    const handMade = { ...record, handler: 'clerk' } as ComplaintRecord;
    expect(replayComplaint(handMade)).not.toHaveProperty('handler');
  });

  it('is checked by the compiler: the helper copies every field, and one more field would fail', () => {
    type Copied = ReturnType<typeof complaintFacts>;
    expectTypeOf<keyof Copied>().toEqualTypeOf<keyof ComplaintRecord>();
    expectTypeOf<Copied>().toMatchTypeOf<EveryField<ComplaintRecord>>();
    // A record type that gains a field the helper does not copy:
    type Grown = ComplaintRecord & { readonly handler: string };
    // @ts-expect-error complaintFacts does not carry `handler`, so its facts are not every field of Grown
    const grown: EveryField<Grown> = complaintFacts(record);
    expect(grown).not.toHaveProperty('handler');
  });
});
