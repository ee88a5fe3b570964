// What the replay and its helpers do with input that is not what they take:
// stored JSON that never went through parseComplaintRecord, objects built by
// hand, wrong types. Each fails with a TutynushyError naming the field.
import { describe, expect, it } from 'vitest';
import {
  allowedComplaintEvents,
  applyComplaintEvent,
  type ComplaintRecord,
  complaintMachineToMermaid,
  complaintOutcomeGroup,
  isOverdue,
  overdueBy,
  parseComplaintRecord,
  reliefKindsOf,
  replayComplaint,
} from '../../src/complaint/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

const reviewed = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
] as const;
// Stored JSON handed straight to the replay: money is still a string.
const unparsed = (events: readonly unknown[], overrides = {}) =>
  appealJson(events as never, overrides) as unknown as ComplaintRecord;
const open = replayComplaint(parseComplaintRecord(appealJson([...reviewed])));

describe('replayComplaint on input that was never parsed', () => {
  it('names a refund that is still a string, and says how to read stored JSON', () => {
    const error = thrown(() =>
      replayComplaint(
        unparsed([...reviewed, { type: 'satisfy', at: '2024-06-14', refund: '250000' }]),
      ),
    );
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toBe(
      'Invalid complaint record "SH-2024-0001": events[2].refund: expected a positive Tenge, got "250000" (read stored JSON with parseComplaintRecord)',
    );
    expect(error.details['issues']).toEqual([
      { path: ['events', 2, 'refund'], message: 'expected a positive Tenge, got "250000"' },
    ]);
    expect(thrown(() => replayComplaint(unparsed([], { claimed: '250000' }))).message).toContain(
      'claimed: expected a Tenge of zero or more, got "250000"',
    );
  });

  it('names a malformed event time, extension day, answer or relief', () => {
    const cases: [unknown[], string][] = [
      [
        [{ type: 'register', at: '2024-02-31' }],
        'events[0].at: expected a date YYYY-MM-DD, got "2024-02-31"',
      ],
      [
        [{ type: 'register', at: '2024-13-01' }],
        'events[0].at: expected a date YYYY-MM-DD, got "2024-13-01"',
      ],
      [
        [{ type: 'register', at: 20240603 }],
        'events[0].at: expected a date or an instant, got 20240603',
      ],
      [[{ type: 'register', at: '2024-06-03T10:00:00' }], 'events[0].at: Invalid instant'],
      [[null], 'events[0]: expected an event object, got null'],
      [
        [...reviewed, { type: 'extend', at: '2024-06-10', reason: 'r' }],
        'events[2].until: expected a date YYYY-MM-DD, got undefined',
      ],
      [
        [...reviewed, { type: 'extend', at: '2024-06-10', until: '2024-06-31', reason: 'r' }],
        'events[2].until',
      ],
      [
        [
          { type: 'register', at: '2024-06-03' },
          { type: 'forwardToBusiness', at: '2024-06-03' },
          { type: 'businessAnswer', at: '2024-06-05', answer: 'maybe' },
        ],
        'events[2].answer: expected one of accepted, partlyAccepted, rejected, got "maybe"',
      ],
      [
        [...reviewed, { type: 'satisfy', at: '2024-06-14' }],
        'events[2]: a satisfied appeal records its relief',
      ],
      [
        [...reviewed, { type: 'satisfy', at: '2024-06-14', inKind: 1 }],
        'events[2].inKind: expected true or a description, got 1',
      ],
    ];
    for (const [events, message] of cases) {
      const error = thrown(() => replayComplaint(unparsed(events)));
      expect(error.code, message).toBe('INVALID_RECORD');
      expect(error.message).toContain(message);
    }
  });

  it('refuses what is not a record, and options that are not an object', () => {
    for (const input of [null, undefined, 'SH-1', 42, []]) {
      expect(thrown(() => replayComplaint(input as never)).code).toBe('INVALID_RECORD');
    }
    expect(thrown(() => replayComplaint(unparsed([], { events: null }))).message).toContain(
      'events: expected an array of events, got null',
    );
    const record = parseComplaintRecord(appealJson([]));
    expect(thrown(() => replayComplaint(record, null as never)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => replayComplaint(record, { workdayEnd: '25:00' })).code).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('the helpers refuse wrong types', () => {
  it('applyComplaintEvent', () => {
    expect(thrown(() => applyComplaintEvent(open, null as never)).message).toContain(
      'events[2]: expected an event object, got null',
    );
    expect(
      thrown(() => applyComplaintEvent(null as never, { type: 'explain', at: '2024-06-05' })).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      thrown(() => applyComplaintEvent(open, { type: 'explain', at: '2024-06-05' }, null as never))
        .code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('isOverdue, overdueBy and allowedComplaintEvents', () => {
    expect(thrown(() => isOverdue(null as never, '2024-07-01')).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => overdueBy({} as never, '2024-07-01')).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => overdueBy(open, '2024-07-01', null as never)).code).toBe(
      'INVALID_ARGUMENT',
    );
    for (const asOf of [
      '',
      ' ',
      '2024-02-30',
      '2023-02-29',
      '2024-13',
      null,
      42,
      Number.NaN,
      new Date(),
      'x'.repeat(50_000),
      '2024-06-03T10:00:00+05:00',
    ]) {
      expect(thrown(() => isOverdue(open, asOf as never)).code).toBe('INVALID_DATE');
      expect(thrown(() => overdueBy(open, asOf as never)).code).toBe('INVALID_DATE');
    }
    expect(thrown(() => allowedComplaintEvents(null as never)).code).toBe('INVALID_ARGUMENT');
    expect(
      thrown(() => allowedComplaintEvents({ state: 'carriedOver' } as never)).message,
    ).toContain('"carriedOver"');
  });

  it('complaintOutcomeGroup, reliefKindsOf and complaintMachineToMermaid', () => {
    for (const outcome of ['carriedOver', 'toString', '', null]) {
      expect(thrown(() => complaintOutcomeGroup(outcome as never)).code).toBe('INVALID_ARGUMENT');
    }
    expect(thrown(() => reliefKindsOf(null as never)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => complaintMachineToMermaid(null as never)).code).toBe('INVALID_ARGUMENT');
  });
});
