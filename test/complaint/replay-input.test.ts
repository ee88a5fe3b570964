// What the replay and its helpers do with input that is not what they take:
// stored JSON that never went through parseComplaintRecord, objects built by
// hand, wrong types. Each fails with a TutynushyError naming the field.
import { describe, expect, it } from 'vitest';
import {
  allowedComplaintEvents,
  applyComplaintEvent,
  COMPLAINT_OUTCOME_KEYS,
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

// The INVALID_RECORD a replay raises for unparsed input: one issue, and
// the parser to read such input with.
const invalid = (issue: object) => ({
  kind: 'complaint',
  recordId: 'SH-2024-0001',
  issues: [issue],
  readWith: 'parseComplaintRecord',
});

describe('replayComplaint on input that was never parsed', () => {
  it('names a refund that is still a string, and says how to read stored JSON', () => {
    const error = thrown(
      () =>
        replayComplaint(
          unparsed([...reviewed, { type: 'satisfy', at: '2024-06-14', refund: '250000' }]),
        ),
      'INVALID_RECORD',
    );
    expect(error.details).toEqual(
      invalid({
        code: 'invalidType',
        path: ['events', 2, 'refund'],
        expected: 'positiveTenge',
        received: '250000',
      }),
    );
    expect(error.message).toBe(
      'Invalid complaint record "SH-2024-0001": events[2].refund: expected a Tenge above zero, got "250000" (read it with parseComplaintRecord first)',
    );
    expect(thrown(() => replayComplaint(unparsed([], { claimed: '250000' }))).details).toEqual(
      invalid({
        code: 'invalidType',
        path: ['claimed'],
        expected: 'nonNegativeTenge',
        received: '250000',
      }),
    );
  });

  it('names a malformed event time, extension day, answer or relief', () => {
    const cases: [unknown[], object][] = [
      [
        [{ type: 'register', at: '2024-02-31' }],
        {
          code: 'invalidValue',
          path: ['events', 0, 'at'],
          received: '2024-02-31',
          error: {
            code: 'INVALID_DATE',
            details: { received: '2024-02-31', problem: 'day', lastDay: 29 },
          },
        },
      ],
      [
        [{ type: 'register', at: '2024-13-01' }],
        {
          code: 'invalidValue',
          path: ['events', 0, 'at'],
          received: '2024-13-01',
          error: { code: 'INVALID_DATE', details: { received: '2024-13-01', problem: 'month' } },
        },
      ],
      [
        [{ type: 'register', at: 20240603 }],
        { code: 'invalidType', path: ['events', 0, 'at'], expected: 'string', received: 20240603 },
      ],
      [
        [{ type: 'register', at: '2024-06-03T10:00:00' }],
        {
          code: 'invalidValue',
          path: ['events', 0, 'at'],
          received: '2024-06-03T10:00:00',
          error: {
            code: 'INVALID_INSTANT',
            details: { received: '2024-06-03T10:00:00', problem: 'format' },
          },
        },
      ],
      [[null], { code: 'invalidType', path: ['events', 0], expected: 'object', received: null }],
      [
        [...reviewed, { type: 'extend', at: '2024-06-10', reason: 'r' }],
        {
          code: 'invalidType',
          path: ['events', 2, 'until'],
          expected: 'date',
          received: undefined,
        },
      ],
      [
        [...reviewed, { type: 'extend', at: '2024-06-10', until: '2024-06-31', reason: 'r' }],
        {
          code: 'invalidType',
          path: ['events', 2, 'until'],
          expected: 'date',
          received: '2024-06-31',
        },
      ],
      [
        [
          { type: 'register', at: '2024-06-03' },
          { type: 'forwardToBusiness', at: '2024-06-03' },
          { type: 'businessAnswer', at: '2024-06-05', answer: 'maybe' },
        ],
        {
          code: 'notOneOf',
          path: ['events', 2, 'answer'],
          allowed: ['accepted', 'partlyAccepted', 'rejected'],
          received: 'maybe',
        },
      ],
      [
        [...reviewed, { type: 'satisfy', at: '2024-06-14' }],
        { code: 'rule', rule: 'reliefRequired', path: ['events', 2], received: { type: 'object' } },
      ],
      [
        [...reviewed, { type: 'satisfy', at: '2024-06-14', inKind: 1 }],
        {
          code: 'invalidType',
          path: ['events', 2, 'inKind'],
          expected: 'description',
          received: 1,
        },
      ],
    ];
    for (const [events, issue] of cases) {
      const error = thrown(() => replayComplaint(unparsed(events)), 'INVALID_RECORD');
      expect(error.details).toEqual(invalid(issue));
    }
    expect(
      thrown(() =>
        replayComplaint(unparsed([...reviewed, { type: 'satisfy', at: '2024-06-14', inKind: 1 }])),
      ).message,
    ).toContain('events[2].inKind: expected true or a description, got 1');
  });

  it('refuses what is not a record, and options that are not an object', () => {
    for (const [input, shown] of [
      [null, null],
      [undefined, undefined],
      ['SH-1', 'SH-1'],
      [42, 42],
      [[], { type: 'array', length: 0 }],
    ] as const) {
      expect(thrown(() => replayComplaint(input as never), 'INVALID_RECORD').details).toEqual({
        kind: 'complaint',
        issues: [{ code: 'invalidType', path: [], expected: 'object', received: shown }],
        readWith: 'parseComplaintRecord',
      });
    }
    expect(thrown(() => replayComplaint(unparsed([], { events: null }))).details).toEqual(
      invalid({ code: 'invalidType', path: ['events'], expected: 'array', received: null }),
    );
    const record = parseComplaintRecord(appealJson([]));
    expect(thrown(() => replayComplaint(record, null as never)).details).toEqual({
      fn: 'replayComplaint',
      field: 'options',
      received: null,
      expected: 'options',
    });
  });

  it('refuses a workday end that is not a time of day', () => {
    const record = parseComplaintRecord(appealJson([]));
    expect(thrown(() => replayComplaint(record, { workdayEnd: '25:00' })).code).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('the helpers refuse wrong types', () => {
  it('applyComplaintEvent', () => {
    expect(thrown(() => applyComplaintEvent(open, null as never)).details).toEqual(
      invalid({ code: 'invalidType', path: ['events', 2], expected: 'object', received: null }),
    );
    expect(
      thrown(() => applyComplaintEvent(null as never, { type: 'explain', at: '2024-06-05' }))
        .details,
    ).toEqual({
      fn: 'applyComplaintEvent',
      field: 'complaint',
      received: null,
      expected: 'replayedComplaint',
    });
    expect(
      thrown(() => applyComplaintEvent(open, { type: 'explain', at: '2024-06-05' }, null as never))
        .details,
    ).toEqual({ fn: 'applyComplaintEvent', field: 'options', received: null, expected: 'options' });
  });

  it('isOverdue, overdueBy and allowedComplaintEvents', () => {
    expect(thrown(() => isOverdue(null as never, '2024-07-01')).details).toEqual({
      fn: 'isOverdue',
      field: 'complaint',
      received: null,
      expected: 'replayedComplaint',
    });
    expect(thrown(() => overdueBy({} as never, '2024-07-01')).details).toEqual({
      fn: 'overdueBy',
      field: 'complaint',
      received: { type: 'object' },
      expected: 'replayedComplaint',
    });
    expect(thrown(() => overdueBy(open, '2024-07-01', null as never)).details).toEqual({
      fn: 'overdueBy',
      field: 'options',
      received: null,
      expected: 'options',
    });
    const date = new Date(0);
    for (const [asOf, details] of [
      ['', { received: '', problem: 'format' }],
      [' ', { received: ' ', problem: 'format' }],
      ['2024-02-30', { received: '2024-02-30', problem: 'day', lastDay: 29 }],
      ['2023-02-29', { received: '2023-02-29', problem: 'day', lastDay: 28 }],
      ['2024-13', { received: '2024-13', problem: 'format' }],
      [null, { received: null, problem: 'notAString' }],
      [42, { received: 42, problem: 'notAString' }],
      [Number.NaN, { received: Number.NaN, problem: 'notAString' }],
      [
        date,
        { received: { type: 'date', iso: '1970-01-01T00:00:00.000Z' }, problem: 'notAString' },
      ],
      ['x'.repeat(50_000), { received: `${'x'.repeat(200)}…`, problem: 'format' }],
      ['2024-06-03T10:00:00+05:00', { received: '2024-06-03T10:00:00+05:00', problem: 'format' }],
    ] as const) {
      expect(thrown(() => isOverdue(open, asOf as never), 'INVALID_DATE').details).toEqual(details);
      expect(thrown(() => overdueBy(open, asOf as never), 'INVALID_DATE').details).toEqual(details);
    }
    const states = ['received', 'registered', 'awaitingBusiness', 'underReview', 'closed'];
    expect(thrown(() => allowedComplaintEvents(null as never)).details).toEqual({
      fn: 'allowedComplaintEvents',
      field: 'complaint.state',
      received: undefined,
      expected: 'oneOf',
      allowed: states,
    });
    expect(thrown(() => allowedComplaintEvents({ state: 'carriedOver' } as never)).details).toEqual(
      {
        fn: 'allowedComplaintEvents',
        field: 'complaint.state',
        received: 'carriedOver',
        expected: 'oneOf',
        allowed: states,
      },
    );
  });

  it('complaintOutcomeGroup, reliefKindsOf and complaintMachineToMermaid', () => {
    for (const outcome of ['carriedOver', 'toString', '', null, ['satisfied']]) {
      expect(thrown(() => complaintOutcomeGroup(outcome as never)).details).toMatchObject({
        fn: 'complaintOutcomeGroup',
        field: 'outcome',
        expected: 'oneOf',
        allowed: [...COMPLAINT_OUTCOME_KEYS],
      });
    }
    expect(thrown(() => reliefKindsOf(null as never)).details).toEqual({
      fn: 'reliefKindsOf',
      field: 'relief',
      received: null,
      expected: 'relief',
    });
    expect(thrown(() => complaintMachineToMermaid(null as never)).details).toEqual({
      fn: 'complaintMachineToMermaid',
      field: 'options',
      received: null,
      expected: 'options',
    });
  });
});
