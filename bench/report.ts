// Report benchmark: one KPI report (January–May 2024, every region) from
// 1,000,000 appeals, 100,000 lawsuits, 1,000,000 activities and 200,000
// registrations generated on the fly, never held in an array. Four passes
// over the same generated records, in one run:
//
//   generate          — making the records (the floor of every pass);
//   + parse           — the library's validation of the raw JSON;
//   + report engine   — createReportBuilder over the parsed records (replay included);
//   + hand-written    — a loop over the same parsed records with a switch over
//                       event types and the library's calendar functions for
//                       the deadlines, computing the same figures.
//
// The engine's and the hand loop's own time are each pass less the parse
// pass; their ratio is the engine's cost over the least a correct report
// costs. Scale with BENCH_SCALE (0.1 for a quick look).

import { parseSystemRegistrationRecord } from '../src/business/parse.js';
import {
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
} from '../src/calendar/clocks.js';
import { isWorkingDay, nextWorkingDay } from '../src/calendar/index.js';
import { parseComplaintRecord } from '../src/complaint/parse.js';
import type { ComplaintRecord } from '../src/complaint/record.js';
import { kazakhstanDate } from '../src/core/instant.js';
import { parseLawsuitRecord } from '../src/lawsuit/parse.js';
import type { LawsuitRecord } from '../src/lawsuit/record.js';
import { parseOutreachActivityRecord } from '../src/outreach/parse.js';
import { createReportBuilder, type Report } from '../src/report/index.js';
import { activities, appeals, lawsuits, registrations } from './report-records.js';

const SCALE = Number(process.env['BENCH_SCALE'] ?? '1');
const COUNTS = {
  complaint: Math.round(1_000_000 * SCALE),
  lawsuit: Math.round(100_000 * SCALE),
  activity: Math.round(1_000_000 * SCALE),
  registration: Math.round(200_000 * SCALE),
};
const TOTAL = Object.values(COUNTS).reduce((a, b) => a + b, 0);
const START = '2024-01-01';
const END = '2024-05-31';

type Kind = keyof typeof COUNTS;
const PARSE: Record<Kind, (input: unknown) => unknown> = {
  complaint: parseComplaintRecord,
  lawsuit: parseLawsuitRecord,
  activity: parseOutreachActivityRecord,
  registration: parseSystemRegistrationRecord,
};

function* records(): Generator<[Kind, object]> {
  for (const record of appeals(COUNTS.complaint)) yield ['complaint', record];
  for (const record of lawsuits(COUNTS.lawsuit)) yield ['lawsuit', record];
  for (const record of activities(COUNTS.activity)) yield ['activity', record];
  for (const record of registrations(COUNTS.registration)) yield ['registration', record];
}

let peakHeap = 0;
function timed(label: string, pass: () => unknown): { seconds: number; result: unknown } {
  global.gc?.();
  const start = process.hrtime.bigint();
  const result = pass();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(TOTAL / seconds)
      .toLocaleString('en')
      .padStart(10)} records/s`,
  );
  return { seconds, result };
}

// The figures the hand loop keeps: the same the report computes.
interface Figures {
  openAtStart: number;
  received: number;
  outcomes: Record<string, number>;
  carriedOver: number;
  refundTiyn: bigint;
  timely: number;
  participated: number;
  decided: number;
  recoveredTiyn: bigint;
  collectedTiyn: bigint;
  activities: number;
  consumer: number;
  business: number;
}

const OUTCOME: Record<string, string> = {
  satisfy: 'satisfied',
  explain: 'explained',
  redirect: 'redirected',
  withdraw: 'withdrawn',
  refuse: 'refused',
  return: 'returned',
  referToCourt: 'referredToCourt',
};

function handAppeal(figures: Figures, record: ComplaintRecord): void {
  const receivedOn = kazakhstanDate(record.receivedAt);
  let closedOn: string | undefined;
  let outcome: string | undefined;
  let refund = 0n;
  const registeredOn = registrationDate(record.receivedAt);
  let due = reviewDeadline(registeredOn);
  for (const event of record.events) {
    const on = event.at.length === 10 ? event.at : kazakhstanDate(event.at);
    switch (event.type) {
      case 'extend':
        due = isWorkingDay(event.until) ? event.until : nextWorkingDay(event.until);
        break;
      case 'satisfy':
        refund = event.refund?.toTiyn() ?? 0n;
        outcome = 'satisfied';
        closedOn = on;
        break;
      default:
        if (OUTCOME[event.type] !== undefined) {
          outcome = OUTCOME[event.type];
          closedOn = on;
        }
    }
  }
  if (receivedOn > END || (closedOn !== undefined && closedOn < START)) return;
  if (receivedOn < START) figures.openAtStart++;
  else figures.received++;
  if (closedOn !== undefined && closedOn <= END && outcome !== undefined) {
    figures.outcomes[outcome] = (figures.outcomes[outcome] ?? 0) + 1;
    const limit =
      outcome === 'redirected'
        ? redirectDeadline(registeredOn)
        : outcome === 'refused'
          ? refusalDeadline(registeredOn)
          : due;
    if (closedOn <= limit) figures.timely++;
    if (outcome === 'satisfied') figures.refundTiyn += refund;
  } else {
    figures.carriedOver++;
  }
}

function handLawsuit(figures: Figures, record: LawsuitRecord): void {
  let heard = false;
  let inForce: { on: string; forConsumer: boolean; awarded: bigint } | undefined;
  for (const event of record.events) {
    const on = event.at.slice(0, 10);
    switch (event.type) {
      case 'hearing':
        if (on >= START && on <= END) heard = true;
        break;
      case 'decide':
        if (on <= END) {
          inForce = {
            on,
            forConsumer: event.decision !== 'againstConsumer',
            awarded: event.awarded?.toTiyn() ?? 0n,
          };
        }
        break;
      case 'recover':
        if (on >= START && on <= END) figures.collectedTiyn += event.amount.toTiyn();
        break;
      default:
        break;
    }
  }
  if (heard) figures.participated++;
  if (inForce !== undefined && inForce.on >= START && inForce.forConsumer) {
    figures.decided++;
    figures.recoveredTiyn += inForce.awarded;
  }
}

function handLoop(): Figures {
  const figures: Figures = {
    openAtStart: 0,
    received: 0,
    outcomes: {},
    carriedOver: 0,
    refundTiyn: 0n,
    timely: 0,
    participated: 0,
    decided: 0,
    recoveredTiyn: 0n,
    collectedTiyn: 0n,
    activities: 0,
    consumer: 0,
    business: 0,
  };
  for (const [kind, raw] of records()) {
    const record = PARSE[kind](raw) as never;
    if (kind === 'complaint') handAppeal(figures, record);
    else if (kind === 'lawsuit') handLawsuit(figures, record);
    else if (kind === 'activity') {
      const { date } = record as { date: string };
      if (date >= START && date <= END) figures.activities++;
    } else {
      const { date, account } = record as { date: string; account: string };
      if (date >= START && date <= END) figures[account === 'business' ? 'business' : 'consumer']++;
    }
  }
  return figures;
}

console.log(
  `report (${COUNTS.complaint.toLocaleString('en')} appeals, ${COUNTS.lawsuit.toLocaleString('en')} lawsuits, ${COUNTS.activity.toLocaleString('en')} activities, ${COUNTS.registration.toLocaleString('en')} registrations; January–May 2024)`,
);
const generate = timed('generate', () => {
  let n = 0;
  for (const [, record] of records()) if (record !== undefined) n++;
  return n;
});
const parse = timed('generate + parse', () => {
  let n = 0;
  for (const [kind, record] of records()) if (PARSE[kind](record) !== undefined) n++;
  return n;
});
const engine = timed('generate + parse + report engine', () => {
  const builder = createReportBuilder({ period: '2024-01/2024-05' });
  let n = 0;
  for (const [kind, record] of records()) {
    builder.add(kind, PARSE[kind](record));
    if (++n % 100_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return builder.result();
});
const hand = timed('generate + parse + hand-written loop', handLoop);

const report = engine.result as Report;
const figures = hand.result as Figures;
const same =
  report.appeals.openAtStart === figures.openAtStart &&
  report.appeals.received === figures.received &&
  report.appeals.carriedOver === figures.carriedOver &&
  report.appeals.outcomes.satisfied === figures.outcomes['satisfied'] &&
  report.appeals.returnedToConsumers.toTiyn() === figures.refundTiyn &&
  report.appeals.timelyRate.numerator === figures.timely &&
  report.lawsuits.participated === figures.participated &&
  report.lawsuits.decidedForConsumers === figures.decided &&
  report.lawsuits.recovered.toTiyn() === figures.recoveredTiyn &&
  report.lawsuits.collected.toTiyn() === figures.collectedTiyn &&
  report.outreach.total === figures.activities &&
  report.unifiedSystem.consumerAccounts === figures.consumer &&
  report.unifiedSystem.businessAccounts === figures.business;
if (!same) throw new Error('the report engine and the hand-written loop disagree');

const engineOwn = engine.seconds - parse.seconds;
const handOwn = hand.seconds - parse.seconds;
const validation = parse.seconds - generate.seconds;
console.log(
  `  report engine over parsed records: ${engineOwn.toFixed(2)} s (${Math.round(TOTAL / engineOwn).toLocaleString('en')} records/s)`,
);
console.log(
  `  hand-written loop over the same:   ${handOwn.toFixed(2)} s (${Math.round(TOTAL / handOwn).toLocaleString('en')} records/s)`,
);
console.log(`  engine / hand-written loop: ${(engineOwn / handOwn).toFixed(2)}`);
console.log(
  `  validation (parse) of the raw JSON: ${validation.toFixed(2)} s, ${((100 * validation) / (validation + engineOwn)).toFixed(0)} % of parse + engine`,
);
console.log(
  `  peak heap while building: ${(peakHeap / 1048576).toFixed(0)} MB (the report holds no record)`,
);
console.log(`  the engine's figures equal the hand loop's: ${same}`);
