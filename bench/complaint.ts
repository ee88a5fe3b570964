// Appeal benchmark: replayComplaint over 200,000 generated appeals (the usual
// paths — satisfied with a refund, forwarded to the seller and satisfied in
// kind, explained, redirected, refused, withdrawn, extended, still open)
// against a minimal hand-written loop over the same events, measured in the
// same run. The baseline checks order by string comparison and steps a
// precomputed state×event table, keeping the outcome and the closing day: the
// least any replay must do. replayComplaint also computes six legal clocks on
// the working-day calendar per appeal and builds the history; the report
// engine replays millions of appeals, so the ratio must stay modest.
import {
  type ComplaintEvent,
  type ComplaintRecord,
  complaintMachine,
  parseComplaintRecord,
  replayComplaint,
} from '../src/complaint/index.js';
import { addDays, fromEpochDay, toEpochDay } from '../src/core/local-date.js';
import { Tenge } from '../src/money/index.js';

const COUNT = 200_000;
const ROUNDS = 3;

let seed = 20240531;
const next = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};

type Draft = readonly [type: string, days: number, extra?: Record<string, unknown>];

// Paths as (event, calendar days after receipt, payload).
const PATHS: readonly (readonly Draft[])[] = [
  [
    ['register', 0],
    ['startReview', 1],
    ['satisfy', 12, { refund: Tenge.of('250000') }],
  ],
  [
    ['register', 0],
    ['forwardToBusiness', 0],
    ['businessAnswer', 7, { answer: 'accepted' }],
    ['satisfy', 9, { inKind: 'the phone was replaced' }],
  ],
  [
    ['register', 0],
    ['startReview', 2],
    ['explain', 14],
  ],
  [
    ['register', 0],
    ['redirect', 2, { to: 'the competent body' }],
  ],
  [
    ['register', 1],
    ['refuse', 4, { ground: 'courtDecision' }],
  ],
  [
    ['register', 0],
    ['withdraw', 3],
  ],
  [
    ['register', 0],
    ['startReview', 1],
    ['extend', 15, { untilDays: 40, reason: 'an expert examination' }],
    ['satisfy', 35, { refund: Tenge.of('1424750.50'), nonMonetary: true }],
  ],
  [
    ['register', 0],
    ['startReview', 1],
  ],
];

const CHANNELS = ['eTutynushy', 'eOtinish', 'paper', 'reception'] as const;
const firstDay = toEpochDay('2024-01-09');
const spanDays = toEpochDay('2025-12-01') - firstDay;

function generate(index: number): ComplaintRecord {
  const receivedOn = fromEpochDay(firstDay + next(spanDays));
  const hour = String(9 + next(10)).padStart(2, '0');
  const offset = receivedOn < '2024-03-01' ? '+06:00' : '+05:00';
  const path = PATHS[next(PATHS.length)] ?? [];
  const events = path.map(([type, days, extra = {}]) => {
    const at = addDays(receivedOn, days);
    const { untilDays, ...payload } = extra;
    return {
      type,
      // One event in five is logged with its instant rather than its day.
      at: next(5) === 0 ? `${at}T${hour}:30:00${offset}` : at,
      ...payload,
      ...(typeof untilDays === 'number' ? { until: addDays(receivedOn, untilDays) } : {}),
    } as ComplaintEvent;
  });
  return {
    schemaVersion: 1,
    id: `A-${index}`,
    receivedAt: `${receivedOn}T${hour}:15:00${offset}`,
    channel: CHANNELS[next(CHANNELS.length)] ?? 'paper',
    appealType: 'complaint',
    region: '79',
    sector: 'retailTrade',
    subject: 'A refrigerator that does not cool',
    consumer: { kind: 'individual' },
    events,
  };
}

const records: ComplaintRecord[] = [];
for (let i = 0; i < COUNT; i++) records.push(generate(i));
// The generated records are what the schema accepts, and every one replays.
for (const record of records.slice(0, 2_000)) {
  replayComplaint(parseComplaintRecord(JSON.parse(JSON.stringify(record))));
}
const eventCount = records.reduce((sum, record) => sum + record.events.length, 0);

// The baseline's table: state × event → next state, built once outside the loop.
const STATES = complaintMachine.states;
const EVENTS = complaintMachine.transitions.map((t) => t.event);
const table = new Int8Array(STATES.length * EVENTS.length).fill(-1);
for (const { event, from, to } of complaintMachine.transitions) {
  for (const state of from) {
    table[STATES.indexOf(state) * EVENTS.length + EVENTS.indexOf(event)] = STATES.indexOf(to);
  }
}
const eventIndex = new Map(EVENTS.map((event, i) => [event, i]));
const CLOSING = new Set([
  'satisfy',
  'explain',
  'redirect',
  'withdraw',
  'refuse',
  'return',
  'referToCourt',
]);

function baseline(): number {
  let closed = 0;
  for (const record of records) {
    let state = 0;
    let previous = record.receivedAt.slice(0, 10);
    let closedOn = '';
    for (const event of record.events) {
      const day = event.at.slice(0, 10);
      if (day < previous) throw new Error(`out of order in ${record.id}`);
      const to = table[state * EVENTS.length + (eventIndex.get(event.type) ?? 0)] ?? -1;
      if (to < 0) throw new Error(`bad transition in ${record.id}`);
      if (CLOSING.has(event.type)) closedOn = day;
      state = to;
      previous = day;
    }
    if (closedOn !== '') closed++;
  }
  return closed;
}

function replayAll(history: boolean): () => number {
  const options = { history };
  return () => {
    let closed = 0;
    for (const record of records) if (replayComplaint(record, options).state === 'closed') closed++;
    return closed;
  };
}

/** Median seconds of one run, after a warm-up run. */
function median(run: () => number): number {
  const check = run();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    if (run() !== check) throw new Error('runs disagree');
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function report(label: string, seconds: number): number {
  const perSecond = COUNT / seconds;
  console.log(
    `  ${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} records/s  ${Math.round(
      eventCount / seconds,
    )
      .toLocaleString('en')
      .padStart(12)} events/s`,
  );
  return perSecond;
}

console.log(
  `complaint (${COUNT.toLocaleString('en')} appeals, ${eventCount.toLocaleString('en')} events)`,
);
const base = report('baseline: table loop over the same events', median(baseline));
const full = report('replayComplaint', median(replayAll(true)));
const lean = report('replayComplaint { history: false }', median(replayAll(false)));
console.log(`  replayComplaint / baseline: ${(full / base).toFixed(3)}`);
console.log(`  replayComplaint { history: false } / baseline: ${(lean / base).toFixed(3)}`);
