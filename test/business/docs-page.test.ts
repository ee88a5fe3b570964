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

  it('quotes the error a kind that does not fit gives, and its issue', () => {
    const result = safeParseBusinessRecord({
      ...blocks[0],
      id: '851231400011',
      names: { ru: 'ИП Ахметов' },
      region: '79',
      sector: 'retailTrade',
    });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'INVALID_RECORD') {
      expect(page).toContain(`// '${result.error.message}'`);
      expect(result.error.details.issues).toEqual([
        {
          code: 'rule',
          rule: 'kindMatchesId',
          path: ['kind'],
          received: 'legalEntity',
          facts: { basis: 'iin', kinds: ['individualEntrepreneur'] },
        },
      ]);
      expect(page).toContain(
        "// { code: 'rule', rule: 'kindMatchesId', path: ['kind'], received: 'legalEntity', facts: { basis: 'iin', kinds: ['individualEntrepreneur'] } }",
      );
    }
  });
});
