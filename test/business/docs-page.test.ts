// The JSON records on docs/business.md are real records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseBusinessRecord,
  parseSystemRegistrationRecord,
  safeParseBusinessRecord,
} from '../../src/business/index.js';

const page = readFileSync(new URL('../../docs/business.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/business.md', () => {
  it('shows a business and two registrations that parse', () => {
    expect(blocks).toHaveLength(3);
    expect(parseBusinessRecord(blocks[0]).id).toBe('940140000385');
    expect(parseSystemRegistrationRecord(blocks[1]).account).toBe('business');
    expect(parseSystemRegistrationRecord(blocks[2]).account).toBe('consumer');
  });

  it('quotes the error a kind that does not fit gives', () => {
    const result = safeParseBusinessRecord({ ...blocks[0], id: '851231400011' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const quoted = page
        .match(/```text\n([\s\S]*?)```/)?.[1]
        ?.replace(/\n/g, ' ')
        .trim();
      expect(result.error.message).toBe(quoted);
    }
  });
});
