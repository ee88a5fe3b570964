// Money benchmark: Tenge.sum over 1,000,000 amounts against summing the same
// amounts as bigint tiyn in a bare loop, measured in the same run — reports
// add up refunds and awards over millions of records, so the sum must stay
// close to the bigint loop. Also the throughput of formatTenge, parseTenge
// and Tenge.of on strings read from JSON records.
import { formatTenge, parseTenge, Tenge } from '../src/money/index.js';

const COUNT = 1_000_000;
const ROUNDS = 15;

// Deterministic amounts from 0.01 to 10 000 000.00 tenge (a linear
// congruential generator, so every run sums the same numbers).
let seed = 20240531;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed;
};
const tiyn: bigint[] = [];
const amounts: Tenge[] = [];
for (let i = 0; i < COUNT; i++) {
  const t = BigInt((next() % 1_000_000_000) + 1);
  tiyn.push(t);
  amounts.push(Tenge.fromTiyn(t));
}

/** Median seconds of one run of `run`, after a warm-up. */
function median(run: () => unknown, rounds = ROUNDS): number {
  run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function report(label: string, operations: number, seconds: number): number {
  const perSecond = operations / seconds;
  console.log(
    `  ${label.padEnd(52)} ${Math.round(perSecond).toLocaleString('en').padStart(14)} amounts/s  (${(seconds * 1000).toFixed(1)} ms)`,
  );
  return perSecond;
}

console.log('money');

let baselineTotal = 0n;
const baseline = report(
  `baseline: bigint loop over ${COUNT.toLocaleString('en')} tiyn`,
  COUNT,
  median(() => {
    let total = 0n;
    for (const t of tiyn) total += t;
    baselineTotal = total;
  }),
);
let sumTotal = Tenge.zero;
const sum = report(
  `Tenge.sum over ${COUNT.toLocaleString('en')} amounts`,
  COUNT,
  median(() => {
    sumTotal = Tenge.sum(amounts);
  }),
);
if (sumTotal.toTiyn() !== baselineTotal) throw new Error('Tenge.sum disagrees with the bigint sum');
console.log(
  `  Tenge.sum / bigint loop: ${(sum / baseline).toFixed(2)} (total ${formatTenge(sumTotal, { locale: 'en', unit: 'code' })})`,
);

const SAMPLE = 100_000;
const sample = amounts.slice(0, SAMPLE);
const texts = sample.map((amount) => formatTenge(amount, { locale: 'kk', unit: 'word' }));
const jsonTexts = sample.map((amount) => amount.toString());

report(
  'formatTenge (kk, word)',
  SAMPLE,
  median(() => {
    for (const amount of sample) formatTenge(amount, { locale: 'kk', unit: 'word' });
  }, 5),
);
report(
  'formatTenge (ru, word, compact)',
  SAMPLE,
  median(() => {
    for (const amount of sample) formatTenge(amount, { locale: 'ru', unit: 'word', compact: true });
  }, 5),
);
report(
  'parseTenge («1 424 750,50 теңге»)',
  SAMPLE,
  median(() => {
    for (const text of texts) parseTenge(text);
  }, 5),
);
report(
  'Tenge.of (JSON decimal strings «1424750.50»)',
  SAMPLE,
  median(() => {
    for (const text of jsonTexts) Tenge.of(text);
  }, 5),
);
