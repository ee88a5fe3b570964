// The JSON records on docs/outreach.md are real records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOutreachActivity } from '../../src/outreach/index.js';

const page = readFileSync(new URL('../../docs/outreach.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/outreach.md', () => {
  it('shows records that parse', () => {
    expect(blocks.map((block) => parseOutreachActivity(block).kind)).toEqual([
      'socialPost',
      'roundTable',
    ]);
  });
});
