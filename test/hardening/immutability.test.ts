// Immutability: the library's functions read deep-frozen input without
// trying to write to it, and what they return — tables, labels, a replayed
// appeal, a report — either refuses to change or is the caller's own copy:
// changing it never changes what a later call returns.
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as api from '../../src/index.js';
import { attempt, expectPrototypesUntouched } from './contract.js';
import { deepFreeze } from './hostile.js';
import {
  activityJsonArb,
  appealJsonArb,
  businessJsonArb,
  calendarOverridesArb,
  lawsuitJsonArb,
  PUBLISHED,
  registrationJsonArb,
  reportInputsArb,
  reportJsonArb,
  reportOptionsArb,
} from './valid.js';

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return (
      descriptor === undefined || !('value' in descriptor) || isDeepFrozen(descriptor.value, seen)
    );
  });
}

const TABLES = Object.entries(api).filter(
  ([, value]) => typeof value === 'object' && value !== null && !(value instanceof z.ZodType),
);

describe('exported tables', () => {
  it('are frozen all the way down, and an assignment to one throws', () => {
    expect(TABLES.length).toBeGreaterThan(40);
    for (const [name, table] of TABLES) expect(isDeepFrozen(table), name).toBe(true);
    const before = api.complaintOutcomeLabel('satisfied', 'kk');
    expect(() => {
      (api.COMPLAINT_OUTCOME_KEYS as string[]).push('lost');
    }).toThrow(TypeError);
    expect(() => {
      (api.REGIONS[0] as { name: { kk: string } }).name.kk = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (api.complaintMachine.transitions as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (api.lawsuitMachine as { initial: string }).initial = 'decided';
    }).toThrow(TypeError);
    expect(api.complaintOutcomeLabel('satisfied', 'kk')).toBe(before);
    expect(api.complaintOutcomeLabel('satisfied', 'kk')).toBe('қанағаттандырылды');
    expect(api.allowedComplaintEvents({ state: 'closed' })).toEqual([]);
  });

  it('a list a function returns is the caller’s copy: changing it changes no later answer', () => {
    const allowed = api.allowedComplaintEvents({ state: 'registered' });
    const first = [...allowed];
    allowed.push('satisfy');
    allowed.length = 0;
    expect(api.allowedComplaintEvents({ state: 'registered' })).toEqual(first);
    const sorted = api.sortRegionsByName(api.REGIONS, 'kk');
    const order = sorted.map((r) => r.code);
    sorted.reverse();
    expect(api.sortRegionsByName(api.REGIONS, 'kk').map((r) => r.code)).toEqual(order);
    expect(Object.isFrozen(api.regionByCode('79'))).toBe(true);
  });
});

// Each call on valid input, deep-frozen first.
const FROZEN_CALLS: [string, fc.Arbitrary<unknown>, (input: unknown) => unknown][] = [
  ['parseComplaintRecord', appealJsonArb, api.parseComplaintRecord],
  ['parseLawsuitRecord', lawsuitJsonArb, api.parseLawsuitRecord],
  ['parseBusinessRecord', businessJsonArb, api.parseBusinessRecord],
  ['parseOutreachActivityRecord', activityJsonArb, api.parseOutreachActivityRecord],
  ['parseSystemRegistrationRecord', registrationJsonArb, api.parseSystemRegistrationRecord],
  ['parseReport', reportJsonArb, api.parseReport],
  [
    'ComplaintRecordSchema.safeParse',
    appealJsonArb,
    (input) => api.ComplaintRecordSchema.safeParse(input),
  ],
  [
    'replayComplaint',
    appealJsonArb,
    (input) => api.replayComplaint(api.parseComplaintRecord(input), deepFreeze({ history: true })),
  ],
  ['replayComplaint (unparsed)', appealJsonArb, (input) => api.replayComplaint(input as never)],
  [
    'replayLawsuit',
    lawsuitJsonArb,
    (input) => api.replayLawsuit(api.parseLawsuitRecord(input), deepFreeze({ history: true })),
  ],
  [
    'buildReport',
    fc.tuple(reportInputsArb, reportOptionsArb),
    (input) => {
      const [inputs, options] = input as [never, never];
      return api.buildReport(inputs, options);
    },
  ],
  [
    'createReportBuilder#add',
    fc.tuple(reportOptionsArb, appealJsonArb),
    (input) => {
      const [options, record] = input as [never, unknown];
      const builder = api.createReportBuilder(options);
      builder.add('complaint', record);
      return builder.result();
    },
  ],
  [
    'mergeReports + renderReport',
    reportJsonArb,
    (input) => {
      const report = deepFreeze(api.parseReport(input));
      const merged = api.mergeReports(report, report);
      return [
        api.renderReport(merged, deepFreeze({ locale: 'kk' })),
        api.compareReports(merged, report),
      ];
    },
  ],
  ['reconcilePublished', fc.constant(PUBLISHED), (input) => api.reconcilePublished(input)],
  ['createWorkCalendar', calendarOverridesArb, (input) => api.createWorkCalendar(input as never)],
  [
    'formatTenge',
    fc.constantFrom({ locale: 'kk', unit: 'word' }, { locale: 'ru', compact: true }),
    (options) => api.formatTenge('1424750.50', options as never),
  ],
  [
    'sortRegionsByName',
    fc.constant(api.REGIONS.slice(0, 5)),
    (regions) => api.sortRegionsByName(regions as never, 'ru'),
  ],
];

describe('every function on deep-frozen input', () => {
  for (const [name, arb, run] of FROZEN_CALLS) {
    it(`${name} reads it without writing to it`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const input = deepFreeze(JSON.parse(JSON.stringify(raw)) as unknown);
          const before = JSON.stringify(input);
          // A write to frozen input would be a TypeError: attempt lets no such error through.
          const outcome = attempt(`frozen ${name}`, () => run(input), input);
          expect(outcome.kind).not.toBe('caller');
          expect(JSON.stringify(input)).toBe(before);
        }),
        { numRuns: 40 },
      );
      expectPrototypesUntouched();
    });
  }
});

describe('what a function returns cannot change what a later call returns', () => {
  it('a replayed appeal refuses to change, and the record it came from stays as it was', () => {
    fc.assert(
      fc.property(appealJsonArb, (json) => {
        const parsed = api.safeParseComplaintRecord(json);
        if (!parsed.ok) return;
        const record = parsed.value;
        const result = api.safeReplayComplaint(record, { history: true });
        if (!result.ok) return;
        const complaint = result.value;
        const first = JSON.stringify(complaint);
        expect(() => {
          (complaint as { state: string }).state = 'closed';
        }).toThrow(TypeError);
        expect(() =>
          (complaint.events as unknown[]).push({ type: 'withdraw', at: '2024-06-05' }),
        ).toThrow(TypeError);
        expect(() => {
          (complaint.deadlines as { due: string }).due = '2099-01-01';
        }).toThrow(TypeError);
        expect(() => (complaint.history as unknown[]).pop()).toThrow(TypeError);
        expect(() => {
          (record as { id: string }).id = 'other';
        }).toThrow(TypeError);
        expect(JSON.stringify(api.replayComplaint(record, { history: true }))).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  it('a replay of an unparsed record keeps its own copy of the events', () => {
    const events = [{ type: 'register', at: '2024-06-03' }];
    const record = {
      ...(api.parseComplaintRecord({
        schemaVersion: 1,
        id: 'A-1',
        receivedAt: '2024-06-03T10:00:00+05:00',
        channel: 'paper',
        appealType: 'complaint',
        region: '79',
        sector: 'retailTrade',
        subject: 'x',
        consumer: { kind: 'individual' },
        events,
      }) as object),
      events,
    };
    const complaint = api.replayComplaint(record as never);
    events.push({ type: 'startReview', at: '2024-06-04' });
    expect(complaint.events).toHaveLength(1);
    expect(complaint.state).toBe('registered');
  });

  it('a replayed lawsuit refuses to change', () => {
    fc.assert(
      fc.property(lawsuitJsonArb, (json) => {
        const parsed = api.safeParseLawsuitRecord(json);
        if (!parsed.ok) return;
        const result = api.safeReplayLawsuit(parsed.value);
        if (!result.ok) return;
        const lawsuit = result.value;
        const first = JSON.stringify(lawsuit);
        expect(() => {
          (lawsuit as { state: string }).state = 'decided';
        }).toThrow(TypeError);
        expect(() =>
          (lawsuit.events as unknown[]).push({ type: 'hearing', at: '2024-06-05' }),
        ).toThrow(TypeError);
        expect(JSON.stringify(api.replayLawsuit(parsed.value))).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  it('a report refuses to change, so its rendering stays as it was', () => {
    fc.assert(
      fc.property(reportInputsArb, reportOptionsArb, (inputs, options) => {
        const report = api.buildReport(inputs as never, options as never);
        const text = api.renderReport(report, { locale: 'ru' });
        expect(isDeepFrozen(report)).toBe(true);
        expect(() => {
          (report.appeals as { reviewed: number }).reviewed = 1e6;
        }).toThrow(TypeError);
        expect(() => (report.rejected as unknown[]).push({})).toThrow(TypeError);
        expect(api.renderReport(report, { locale: 'ru' })).toBe(text);
        expect(
          api.renderReport(api.buildReport(inputs as never, options as never), { locale: 'ru' }),
        ).toBe(text);
      }),
      { numRuns: 30 },
    );
  });
});
