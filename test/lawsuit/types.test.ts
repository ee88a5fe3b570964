// Checked by tsc (`npm run typecheck`): a replayed lawsuit is a union by
// `state`, so a decided one has its decision and its date without `!`, and
// the errors of a replay narrow their details by code.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LocalDate, TransitionDetails } from '../../src/core/index.js';
import {
  type DecidedLawsuit,
  type Lawsuit,
  type LawsuitDecision,
  replayLawsuit,
  type SettledLawsuit,
  safeReplayLawsuit,
} from '../../src/lawsuit/index.js';
import { lawsuitRecord } from './fixtures.js';

const lawsuit: Lawsuit = replayLawsuit(
  lawsuitRecord([
    { type: 'file', at: '2024-02-12' },
    { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
  ]),
);

describe('a replayed lawsuit narrows by state', () => {
  it('a decided lawsuit has its decision and the date of it', () => {
    expectTypeOf(lawsuit.decision).toEqualTypeOf<LawsuitDecision | undefined>();
    if (lawsuit.state === 'decided') {
      expectTypeOf(lawsuit).toEqualTypeOf<DecidedLawsuit>();
      expectTypeOf(lawsuit.decision).toEqualTypeOf<LawsuitDecision>();
      expectTypeOf(lawsuit.decidedOn).toEqualTypeOf<LocalDate>();
      expectTypeOf(lawsuit.filedOn).toEqualTypeOf<LocalDate>();
      expect(lawsuit.decision).toBe('forConsumer');
    }
    if (lawsuit.state === 'settled') {
      expectTypeOf(lawsuit).toEqualTypeOf<SettledLawsuit>();
      expectTypeOf(lawsuit.settledOn).toEqualTypeOf<LocalDate>();
    }
    if (lawsuit.state === 'notFiled') {
      expectTypeOf(lawsuit.filedOn).toEqualTypeOf<undefined>();
      expectTypeOf(lawsuit.decision).toEqualTypeOf<undefined>();
    }
    expect(lawsuit.state).toBe('decided');
  });

  it('the errors of a replay narrow their details by code', () => {
    const result = safeReplayLawsuit({
      ...lawsuit,
      events: [...lawsuit.events, { type: 'file', at: '2024-04-01' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (result.error.code === 'INVALID_TRANSITION') {
      expectTypeOf(result.error.details).toEqualTypeOf<TransitionDetails>();
      expectTypeOf(result.error.details.limitFrom).toEqualTypeOf<
        'decision' | 'settlement' | undefined
      >();
      expect(result.error.details).toMatchObject({ state: 'decided', event: 'file' });
    }
    expect(result.error.code).toBe('INVALID_TRANSITION');
  });
});
