// A replayed lawsuit carries every fact of its record through one helper
// (lawsuitFacts), as an appeal does: FULL names every field of the record
// type (`satisfies EveryField`), the replay is checked to carry each, and the
// compiler refuses a record type with a field the helper does not copy. It
// also keeps what a period report needs without reading the events again.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EveryField } from '../../src/core/facts.js';
import type { HistoryEntry } from '../../src/core/index.js';
import { lawsuitFacts } from '../../src/lawsuit/facts.js';
import {
  applyLawsuitEvent,
  type LawsuitEvent,
  type LawsuitHistoryEntry,
  type LawsuitRecord,
  type LawsuitRecordJson,
  type LawsuitState,
  parseLawsuitRecord,
  replayLawsuit,
} from '../../src/lawsuit/index.js';
import { COURT } from './fixtures.js';

// Every field of a lawsuit record, the optional ones too.
const FULL = {
  schemaVersion: 1,
  id: 'L-2024-007',
  court: COURT,
  caseNumber: '7594-24-00-2/1234',
  role: 'thirdParty',
  appealIds: ['A-2024-0113', 'A-2024-0114'],
  claimed: '1500000',
  region: '79',
  events: [
    { type: 'file', at: '2024-02-12' },
    { type: 'hearing', at: '2024-03-05' },
    { type: 'decide', at: '2024-03-19', decision: 'againstConsumer' },
    { type: 'appeal', at: '2024-04-02' },
    { type: 'hearing', at: '2024-05-07T10:30:00+05:00' },
    { type: 'decide', at: '2024-05-07', decision: 'forConsumer', awarded: '1424750' },
    { type: 'recover', at: '2024-05-14', amount: '1000000' },
    { type: 'recover', at: '2024-06-03', amount: '424750', note: 'paid in full' },
  ],
} as const satisfies EveryField<LawsuitRecordJson>;

const FIELDS = Object.keys(FULL) as (keyof LawsuitRecord)[];
const record = parseLawsuitRecord(FULL);

describe('a replayed lawsuit carries every fact of its record', () => {
  it('has each field of the record, as the record holds it', () => {
    const lawsuit = replayLawsuit(record);
    expect(FIELDS.length).toBe(9);
    for (const field of FIELDS) expect(lawsuit[field], field).toBe(record[field]);
    expect(lawsuit.caseNumber).toBe('7594-24-00-2/1234');
  });

  it('keeps them through applyLawsuitEvent, with the longer log', () => {
    const shorter = replayLawsuit({ ...record, events: record.events.slice(0, -1) });
    const last = record.events[record.events.length - 1] as LawsuitEvent;
    const applied = applyLawsuitEvent(shorter, last);
    for (const field of FIELDS) {
      if (field !== 'events') expect(applied[field], field).toBe(record[field]);
    }
    expect(applied).toEqual(replayLawsuit(record));
  });

  it('copies exactly the fields of the record type', () => {
    expect(Object.keys(lawsuitFacts(record)).sort()).toEqual([...FIELDS].sort());
    const handMade = { ...record, judge: 'X' } as LawsuitRecord;
    expect(replayLawsuit(handMade)).not.toHaveProperty('judge');
  });

  it('is checked by the compiler: one more field the helper does not copy fails', () => {
    type Copied = ReturnType<typeof lawsuitFacts>;
    expectTypeOf<keyof Copied>().toEqualTypeOf<keyof LawsuitRecord>();
    type Grown = LawsuitRecord & { readonly judge: string };
    // @ts-expect-error lawsuitFacts does not carry `judge`, so its facts are not every field of Grown
    const grown: EveryField<Grown> = lawsuitFacts(record);
    expect(grown).not.toHaveProperty('judge');
  });
});

describe('what a period report reads of a replayed lawsuit', () => {
  const lawsuit = replayLawsuit(record);

  it('every hearing, decision (with its kind and award), appeal and recovery with its date', () => {
    expect(lawsuit.hearings).toEqual(['2024-03-05', '2024-05-07']);
    expect(
      lawsuit.decisions.map(({ index, on, decision, awarded }) => [
        index,
        on,
        decision,
        awarded.toString(),
      ]),
    ).toEqual([
      [2, '2024-03-19', 'againstConsumer', '0.00'],
      [5, '2024-05-07', 'forConsumer', '1424750.00'],
    ]);
    expect(lawsuit.appeals).toEqual(['2024-04-02']);
    expect(
      lawsuit.recoveries.map(({ index, on, amount }) => [index, on, amount.toString()]),
    ).toEqual([
      [6, '2024-05-14', '1000000.00'],
      [7, '2024-06-03', '424750.00'],
    ]);
    expect(lawsuit.collected.toString()).toBe('1424750.00');
    expect(lawsuit.settledOn).toBeUndefined();
  });

  it('the date of a settlement', () => {
    const settled = replayLawsuit(
      parseLawsuitRecord({
        ...FULL,
        events: [
          { type: 'file', at: '2024-04-02' },
          { type: 'settle', at: '2024-04-23T15:00:00+05:00', amount: '300000' },
        ],
      }),
    );
    expect(settled.state).toBe('settled');
    expect(settled.settledOn).toBe('2024-04-23');
    expect(settled.settlement?.toString()).toBe('300000.00');
  });

  it('a history of { index, event, from, to }, as a replayed appeal has', () => {
    expectTypeOf(lawsuit.history).toEqualTypeOf<readonly LawsuitHistoryEntry[]>();
    expectTypeOf<LawsuitHistoryEntry>().toEqualTypeOf<HistoryEntry<LawsuitEvent, LawsuitState>>();
    expect(
      lawsuit.history.map(({ index, event, from, to }) => [index, event.type, from, to]),
    ).toEqual([
      [0, 'file', 'notFiled', 'inProceedings'],
      [1, 'hearing', 'inProceedings', 'inProceedings'],
      [2, 'decide', 'inProceedings', 'decided'],
      [3, 'appeal', 'decided', 'underAppeal'],
      [4, 'hearing', 'underAppeal', 'underAppeal'],
      [5, 'decide', 'underAppeal', 'decided'],
      [6, 'recover', 'decided', 'decided'],
      [7, 'recover', 'decided', 'decided'],
    ]);
    for (const entry of lawsuit.history) expect(entry.event).toBe(record.events[entry.index]);
    expect(replayLawsuit(record, { history: false }).history).toEqual([]);
  });
});
