// Fuzzing of the record parsers, the zod schemas, the replays and the
// report functions with random and hostile input (see hostile.ts).
import { describe } from 'vitest';
import { fuzzTable } from './run.js';
import { RECORD_FUNCTIONS } from './table-records.js';

describe('every record parser, schema, replay and report function on hostile input', () => {
  fuzzTable('hardening: records', RECORD_FUNCTIONS);
});
