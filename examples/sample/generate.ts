// Writes the bundled Shymkent sample: event-level records of January–May
// 2024 (and the appeals of late 2023 still open at the new year) from which
// the report engine reproduces the figures the department published.
// Deterministic: seeded streams, no clock, so a fresh run gives the
// committed files byte for byte.
//
//   npm run sample            # or: npx tsx examples/sample/generate.ts [dir]

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildReport, formatTenge } from '../../src/index.js';
import { appealPlans, PERIOD_END, PERIOD_START } from './generator/appeals.js';
import { knownBusinesses } from './generator/ids.js';
import { lawsuitRecords } from './generator/lawsuits.js';
import { activityRecords } from './generator/outreach.js';
import { PUBLISHED } from './generator/published.js';
import { createRandom } from './generator/random.js';
import { appealRecords } from './generator/records.js';
import { registrationRecords } from './generator/registrations.js';

/** Where the sample lives in the repository. */
export const SAMPLE_DIR = fileURLToPath(new URL('./shymkent-2024-01-05/', import.meta.url));

/** The files the generator writes, in the order it writes them. */
export const SAMPLE_FILES = [
  'complaints.jsonl',
  'lawsuits.jsonl',
  'activities.jsonl',
  'registrations.jsonl',
  'published.json',
] as const;

export type SampleFile = (typeof SAMPLE_FILES)[number];

/** What the refunds of the appeals satisfied in the period add up to: 71 984 356,40 tenge, printed «72 млн теңге». */
export const REFUND_TOTAL_TIYN = 7_198_435_640n;

// One stream per kind of record, so that changing how one kind is drawn
// leaves the others as they are.
const SEED = 0x79_2024;

const jsonLines = (records: readonly object[]): string =>
  records.map((record) => `${JSON.stringify(record)}\n`).join('');

/** The sample's files and their contents. */
export function generateSample(): Record<SampleFile, string> {
  const businesses = knownBusinesses(createRandom(SEED + 1));
  const plans = appealPlans(createRandom(SEED + 2));
  const { records: complaints, appealOfLawsuit } = appealRecords(plans, {
    random: createRandom(SEED + 3),
    businesses,
    refundTotal: REFUND_TOTAL_TIYN,
    periodEnd: PERIOD_END,
  });
  const lawsuits = lawsuitRecords((lawsuitId) => {
    const appealId = appealOfLawsuit.get(lawsuitId);
    if (appealId === undefined) throw new Error(`no appeal went to court as ${lawsuitId}`);
    return appealId;
  });
  const activities = activityRecords(createRandom(SEED + 4), PERIOD_START, PERIOD_END);
  const registrations = registrationRecords(createRandom(SEED + 5), PERIOD_START, PERIOD_END);
  return {
    'complaints.jsonl': jsonLines(complaints),
    'lawsuits.jsonl': jsonLines(lawsuits),
    'activities.jsonl': jsonLines(activities),
    'registrations.jsonl': jsonLines(registrations),
    'published.json': `${JSON.stringify(PUBLISHED, null, 2)}\n`,
  };
}

/** Writes the sample's files into `dir` (the repository's sample by default) and returns their paths. */
export async function writeSample(dir: string = SAMPLE_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = generateSample();
  const paths: string[] = [];
  for (const name of SAMPLE_FILES) {
    const path = join(dir, name);
    await writeFile(path, files[name], 'utf8');
    paths.push(path);
  }
  return paths;
}

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

async function main(): Promise<void> {
  const dir = process.argv[2] ?? SAMPLE_DIR;
  const paths = await writeSample(dir);
  for (const path of paths) console.log(`wrote ${path}`);
  const files = generateSample();
  const report = buildReport(
    {
      complaints: lines(files['complaints.jsonl']),
      lawsuits: lines(files['lawsuits.jsonl']),
      activities: lines(files['activities.jsonl']),
      registrations: lines(files['registrations.jsonl']),
    },
    { period: '2024-01/2024-05', regions: ['79'] },
  );
  const { appeals, lawsuits, outreach, unifiedSystem, records } = report;
  console.log(
    [
      `appeals: ${appeals.reviewed} reviewed (${appeals.openAtStart} open at the start + ${appeals.received} received), ${JSON.stringify(appeals.outcomes)}, carried over ${appeals.carriedOver}`,
      `returned to consumers: ${appeals.returnedToConsumers.toString()} (${formatTenge(appeals.returnedToConsumers, { locale: 'kk', unit: 'word', compact: true })})`,
      `lawsuits: ${lawsuits.participated} (${lawsuits.asThirdParty} as a third party), ${lawsuits.decidedForConsumers} for consumers, recovered ${lawsuits.recovered.toString()}`,
      `outreach: ${outreach.total} ${JSON.stringify(outreach.byKind)}`,
      `unified system: ${unifiedSystem.consumerAccounts} users, ${unifiedSystem.businessAccounts} businesses, ${unifiedSystem.appeals} appeals`,
      `records: ${JSON.stringify(records)}`,
    ].join('\n'),
  );
  for (const rejected of report.rejected.slice(0, 10)) {
    console.error(`rejected ${rejected.kind} ${rejected.id}: ${rejected.error.message}`);
  }
  if (report.rejected.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
