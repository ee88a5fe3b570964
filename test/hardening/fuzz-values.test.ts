// Fuzzing of money, ids, core, calendar, regions, periods, labels and
// predicates with random and hostile input (see hostile.ts).
import { describe } from 'vitest';
import { fuzzTable } from './run.js';
import { VALUE_FUNCTIONS } from './table-values.js';

describe('every value function on hostile input', () => {
  fuzzTable('hardening: values', VALUE_FUNCTIONS);
});
