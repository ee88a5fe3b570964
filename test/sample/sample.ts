// The committed Shymkent sample, read as JSON Lines, and the report built
// from it: what the sample tests share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR } from '../../examples/sample/generate.js';
import { buildReport, type Report } from '../../src/report/index.js';

/** The records of one committed JSON Lines file, in order. */
export function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(join(SAMPLE_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export const complaints = jsonLines('complaints.jsonl');
export const lawsuits = jsonLines('lawsuits.jsonl');
export const activities = jsonLines('activities.jsonl');
export const registrations = jsonLines('registrations.jsonl');
export const published: unknown = JSON.parse(
  readFileSync(join(SAMPLE_DIR, 'published.json'), 'utf8'),
);

/** The period and region the department published. */
export const SCOPE = { period: '2024-01/2024-05', regions: ['79'] } as const;

export const report: Report = buildReport(
  { complaints, lawsuits, activities, registrations },
  { period: SCOPE.period, regions: [...SCOPE.regions] },
);
