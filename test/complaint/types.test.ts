// Checked by tsc (`npm run typecheck`): a replayed appeal is a union by
// `state`, so a closed one has its outcome without `!`, and the errors of a
// replay narrow their details by code.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ClosedComplaint,
  type Complaint,
  type ComplaintOutcome,
  type ComplaintState,
  type OpenComplaint,
  parseComplaintRecord,
  replayComplaint,
  safeReplayComplaint,
} from '../../src/complaint/index.js';
import type {
  EventOrderDetails,
  ExtensionDetails,
  LocalDate,
  RecordDetails,
  SchemaVersionDetails,
  TransitionDetails,
} from '../../src/core/index.js';
import { appealJson } from './records.js';

const closed = replayComplaint(
  parseComplaintRecord(
    appealJson([
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-04' },
      { type: 'explain', at: '2024-06-10' },
    ]),
  ),
);

describe('a replayed appeal narrows by state', () => {
  it('a closed appeal has its outcome, closing day and timeliness', () => {
    expectTypeOf(closed).toEqualTypeOf<Complaint>();
    expectTypeOf(closed.outcome).toEqualTypeOf<ComplaintOutcome | undefined>();
    if (closed.state === 'closed') {
      expectTypeOf(closed).toEqualTypeOf<ClosedComplaint>();
      expectTypeOf(closed.outcome).toEqualTypeOf<ComplaintOutcome>();
      expectTypeOf(closed.closedOn).toEqualTypeOf<LocalDate>();
      expectTypeOf(closed.timely).toEqualTypeOf<boolean>();
      expect(closed.outcome).toBe('explained');
    } else {
      expectTypeOf(closed).toEqualTypeOf<OpenComplaint>();
      expectTypeOf(closed.outcome).toEqualTypeOf<undefined>();
      expectTypeOf(closed.state).toEqualTypeOf<Exclude<ComplaintState, 'closed'>>();
    }
    expect(closed.state).toBe('closed');
  });

  it('the errors of a replay narrow their details by code', () => {
    const result = safeReplayComplaint({
      ...closed,
      events: [...closed.events, { type: 'explain', at: '2024-06-11' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { error } = result;
    if (error.code === 'INVALID_TRANSITION') {
      expectTypeOf(error.details).toEqualTypeOf<TransitionDetails>();
      expectTypeOf(error.details.allowed).toEqualTypeOf<readonly string[]>();
      expect(error.details).toMatchObject({ index: 3, state: 'closed', allowed: [] });
    }
    if (error.code === 'EVENT_OUT_OF_ORDER') {
      expectTypeOf(error.details).toEqualTypeOf<EventOrderDetails>();
      expectTypeOf(error.details.beforeIndex).toEqualTypeOf<number | undefined>();
    }
    if (error.code === 'INVALID_EXTENSION')
      expectTypeOf(error.details).toEqualTypeOf<ExtensionDetails>();
    if (error.code === 'INVALID_RECORD') {
      expectTypeOf(error.details).toEqualTypeOf<RecordDetails>();
      expectTypeOf(error.details.readWith).toEqualTypeOf<string | undefined>();
    }
    if (error.code === 'UNSUPPORTED_SCHEMA_VERSION')
      expectTypeOf(error.details).toEqualTypeOf<SchemaVersionDetails>();
    // @ts-expect-error: without a check of the code, the details are any code's
    error.details.allowed;
  });
});
