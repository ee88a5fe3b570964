// A lawsuit's log is ordered by core's event floor, as an appeal's is: a date
// says nothing about the hour, so it is in order with any instant of its day,
// but it does not let a later event go back before an instant logged earlier
// that day — though each event is in order with the one before it.
import { describe, expect, it } from 'vitest';
import { applyLawsuitEvent, parseLawsuitEvent, replayLawsuit } from '../../src/lawsuit/index.js';
import { thrown } from '../support/errors.js';
import { lawsuitRecord } from './fixtures.js';

const FILED = { type: 'file', at: '2024-02-12' };

// Event #3 at 16:30 after event #1 at 17:00 and a date of that day between them.
const BEFORE_EARLIER = {
  machine: 'lawsuit',
  recordId: 'L-2024-007',
  index: 3,
  problem: 'beforeEarlier',
  at: '2024-03-05T16:30:00+05:00',
  before: '2024-03-05T17:00:00+05:00',
  beforeIndex: 1,
};

describe('event order with dates and instants on the same day', () => {
  it('refuses an instant before an earlier instant of the day, across a date', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          FILED,
          { type: 'hearing', at: '2024-03-05T17:00:00+05:00' },
          { type: 'hearing', at: '2024-03-05' },
          { type: 'hearing', at: '2024-03-05T16:30:00+05:00' },
        ]),
      ),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual(BEFORE_EARLIER);
    expect(error.message).toBe(
      'event #3 of "L-2024-007" is dated "2024-03-05T16:30:00+05:00", before event #1 ("2024-03-05T17:00:00+05:00"; the events since are dates on that day, which say nothing about the hour): events must be logged in time order',
    );
  });

  it('refuses the same event logged one at a time, with the same error', () => {
    const heard = replayLawsuit(
      lawsuitRecord([
        FILED,
        { type: 'hearing', at: '2024-03-05T17:00:00+05:00' },
        { type: 'hearing', at: '2024-03-05' },
      ]),
    );
    const error = thrown(() =>
      applyLawsuitEvent(
        heard,
        parseLawsuitEvent({ type: 'hearing', at: '2024-03-05T16:30:00+05:00' }),
      ),
    );
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.details).toEqual(BEFORE_EARLIER);
  });

  it('accepts a date and later instants on the day of an instant, and an instant on a date of its day', () => {
    const lawsuit = replayLawsuit(
      lawsuitRecord([
        { type: 'file', at: '2024-02-12T09:00:00+05:00' },
        { type: 'hearing', at: '2024-03-05T17:00:00+05:00' },
        { type: 'hearing', at: '2024-03-05' },
        { type: 'decide', at: '2024-03-05T17:30:00+05:00', decision: 'forConsumer' },
      ]),
    );
    expect(lawsuit.state).toBe('decided');
    expect(lawsuit.filedOn).toBe('2024-02-12');
    expect(lawsuit.hearings).toEqual(['2024-03-05', '2024-03-05']);
    expect(lawsuit.decidedOn).toBe('2024-03-05');
  });

  it('dates an instant by its Almaty day', () => {
    // 19:30 UTC on 4 March is 00:30 on 5 March in Almaty.
    const lawsuit = replayLawsuit(
      lawsuitRecord([
        FILED,
        { type: 'hearing', at: '2024-03-05' },
        { type: 'hearing', at: '2024-03-04T19:30:00Z' },
      ]),
    );
    expect(lawsuit.hearings).toEqual(['2024-03-05', '2024-03-05']);
    expect(
      thrown(
        () =>
          replayLawsuit(
            lawsuitRecord([
              FILED,
              { type: 'hearing', at: '2024-03-05' },
              { type: 'hearing', at: '2024-03-04T18:30:00Z' },
            ]),
          ),
        'EVENT_OUT_OF_ORDER',
      ).details,
    ).toMatchObject({ index: 2, problem: 'beforePrevious', before: '2024-03-05', beforeIndex: 1 });
  });

  it('still names the previous event when that is what the event comes before', () => {
    const error = thrown(() =>
      replayLawsuit(lawsuitRecord([FILED, { type: 'hearing', at: '2024-02-11' }])),
    );
    expect(error.details).toEqual({
      machine: 'lawsuit',
      recordId: 'L-2024-007',
      index: 1,
      problem: 'beforePrevious',
      at: '2024-02-11',
      before: '2024-02-12',
      beforeIndex: 0,
    });
    expect(error.message).toBe(
      'event #1 of "L-2024-007" is dated "2024-02-11", before the previous event ("2024-02-12"): events must be logged in time order',
    );
  });
});

describe('a malformed event time given to the replay', () => {
  // A record that never went through parseLawsuitRecord: the time is named
  // as an invalid record, as an appeal's is.
  const unparsed = (at: string) =>
    ({ ...lawsuitRecord([FILED]), events: [FILED, { type: 'hearing', at }] }) as never;

  const long = 'x'.repeat(50_000);
  it.each([
    [
      '2024-02-31',
      {
        code: 'invalidValue',
        received: '2024-02-31',
        error: {
          code: 'INVALID_DATE',
          details: { received: '2024-02-31', problem: 'day', lastDay: 29 },
        },
      },
    ],
    [
      'yesterday',
      {
        code: 'invalidValue',
        received: 'yesterday',
        error: { code: 'INVALID_INSTANT', details: { received: 'yesterday', problem: 'format' } },
      },
    ],
    [
      long,
      {
        code: 'invalidValue',
        received: `${'x'.repeat(200)}…`,
        error: {
          code: 'INVALID_INSTANT',
          details: { received: `${'x'.repeat(200)}…`, problem: 'format' },
        },
      },
    ],
  ])('refuses %s as INVALID_RECORD naming the field', (at, issue) => {
    const error = thrown(() => replayLawsuit(unparsed(at)), 'INVALID_RECORD');
    expect(error.details).toEqual({
      kind: 'lawsuit',
      recordId: 'L-2024-007',
      issues: [{ path: ['events', 1, 'at'], ...issue }],
      readWith: 'parseLawsuitRecord',
    });
    expect(error.message).toContain('Invalid lawsuit record "L-2024-007": events[1].at: ');
    expect(error.message.length).toBeLessThan(500);
  });
});
