// CLI benchmark: `tutynushy report` over a generated file of 1,000,000
// appeals (one JSON Lines record a line), against DuckDB counting the same
// outcomes over the same file, in one run. Prints the command's lines per
// second and peak memory (`/usr/bin/time -f %M`, which must stay under
// 150 MB), DuckDB's time and the ratio, and checks that both count the
// same outcomes.
//
//   npm run build && npx tsx bench/cli.ts
//
// BENCH_LINES sets the number of lines (1,000,000 by default); BENCH_JOBS
// the command's --jobs (one per core by default); BENCH_KEEP=1 keeps the
// generated file and prints where it is.
//
// DuckDB's query approximates the report's definition of an appeal closed
// in the period as closely as SQL over the raw records allows: the appeal's
// last event is a closing one (satisfy, explain, …) dated in the period, and
// its receipt, read as a date in Almaty (UTC+6 before 1 March 2024, UTC+5
// since), is not after the period. It does not validate the records, replay their event
// logs against the state machine, or count anything else the report
// computes (received, carried over, deadlines, refunds, channels, sectors):
// it is the least an analyst's query does for the outcome table.
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { appeals } from './report-records.js';

const LINES = Number(process.env['BENCH_LINES'] ?? '1000000');
const JOBS = process.env['BENCH_JOBS'] ?? String(availableParallelism());
const ROOT = new URL('../', import.meta.url).pathname;
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PERIOD = { code: '2024-01/2024-05', start: '2024-01-01', end: '2024-05-31' };
const RSS_LIMIT_MB = 150;

const OUTCOME_OF_EVENT: Readonly<Record<string, string>> = {
  satisfy: 'satisfied',
  explain: 'explained',
  redirect: 'redirected',
  withdraw: 'withdrawn',
  refuse: 'refused',
  return: 'returned',
  referToCourt: 'referredToCourt',
};

async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const record of appeals(LINES)) {
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

interface CommandRun {
  readonly seconds: number;
  readonly peakMb: number;
  readonly outcomes: Record<string, number>;
}

function runReport(file: string, out: string): CommandRun {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      CLI,
      'report',
      file,
      '--period',
      PERIOD.code,
      '--format',
      'json',
      '--jobs',
      JOBS,
      '--out',
      out,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`tutynushy report failed (${run.status}): ${run.stderr}`);
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    appeals: { outcomes: Record<string, number> };
  };
  return { seconds, peakMb: peakKb / 1024, outcomes: report.appeals.outcomes };
}

async function runDuckDb(
  file: string,
): Promise<{ seconds: number; outcomes: Record<string, number> }> {
  const start = process.hrtime.bigint();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(`
    WITH closing AS (
      SELECT
        -- read as a UTC timestamp: Almaty's date is UTC+6 before 1 March 2024, UTC+5 since
        CAST(receivedAt + INTERVAL (CASE WHEN receivedAt < TIMESTAMP '2024-02-29 18:00:00' THEN 6 ELSE 5 END) HOUR AS DATE) AS receivedOn,
        events[len(events)] AS last
      FROM read_json_auto('${file.replaceAll("'", "''")}', format = 'newline_delimited')
    )
    SELECT last.type AS event, count(*)::INTEGER AS appeals
    FROM closing
    WHERE last.type IN (${Object.keys(OUTCOME_OF_EVENT)
      .map((type) => `'${type}'`)
      .join(', ')})
      AND CAST(last.at AS DATE) BETWEEN DATE '${PERIOD.start}' AND DATE '${PERIOD.end}'
      AND receivedOn <= DATE '${PERIOD.end}'
    GROUP BY 1`);
  const rows = reader.getRowObjects() as { event: string; appeals: number }[];
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  connection.closeSync();
  instance.closeSync();
  const outcomes: Record<string, number> = {};
  for (const row of rows) outcomes[OUTCOME_OF_EVENT[row.event] as string] = row.appeals;
  return { seconds, outcomes };
}

function sameOutcomes(report: Record<string, number>, duck: Record<string, number>): boolean {
  return Object.values(OUTCOME_OF_EVENT).every(
    (outcome) => (report[outcome] ?? 0) === (duck[outcome] ?? 0),
  );
}

if (!existsSync(CLI)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'tutynushy-bench-'));
const file = join(dir, 'complaints.jsonl');
try {
  await generate(file);
  const megabytes = statSync(file).size / 1024 / 1024;
  console.log(
    `tutynushy report over ${LINES.toLocaleString('en')} appeals (${megabytes.toFixed(0)} MB of JSON Lines), --jobs ${JOBS}, against DuckDB ${'read_json_auto'} on the same file`,
  );
  // One run each to warm the page cache, then the measured ones.
  runReport(file, join(dir, 'report.json'));
  await runDuckDb(file);
  const command = runReport(file, join(dir, 'report.json'));
  const duck = await runDuckDb(file);
  console.log(
    `  tutynushy report   ${command.seconds.toFixed(2).padStart(6)} s  ${Math.round(
      LINES / command.seconds,
    )
      .toLocaleString('en')
      .padStart(9)} lines/s  peak RSS ${command.peakMb.toFixed(0)} MB (limit ${RSS_LIMIT_MB} MB)`,
  );
  console.log(
    `  DuckDB             ${duck.seconds.toFixed(2).padStart(6)} s  ${Math.round(
      LINES / duck.seconds,
    )
      .toLocaleString('en')
      .padStart(9)} lines/s`,
  );
  console.log(`  tutynushy / DuckDB: ${(command.seconds / duck.seconds).toFixed(1)}×`);
  console.log(
    `  the same outcome counts: ${sameOutcomes(command.outcomes, duck.outcomes)} (${JSON.stringify(command.outcomes)})`,
  );
  if (command.peakMb >= RSS_LIMIT_MB) console.log(`  peak RSS over ${RSS_LIMIT_MB} MB`);
  if (process.env['BENCH_KEEP'] === '1') console.log(`  kept ${file}`);
} finally {
  if (process.env['BENCH_KEEP'] !== '1') rmSync(dir, { recursive: true, force: true });
}
