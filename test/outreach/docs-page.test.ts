// The JSON records on docs/outreach.md are real records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseOutreachActivityRecord,
  safeParseOutreachActivityRecord,
} from '../../src/outreach/index.js';

const page = readFileSync(new URL('../../docs/outreach.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/outreach.md', () => {
  it('shows records that parse', () => {
    expect(blocks.map((block) => parseOutreachActivityRecord(block).kind)).toEqual([
      'socialPost',
      'roundTable',
    ]);
  });

  it('quotes the errors the parser gives', () => {
    const json = { ...blocks[0], date: '2024-05-03' };
    const { title: _, link: __, ...post } = json;
    for (const input of [
      { ...post, platform: undefined },
      { ...post, kind: 'briefing' },
      { ...post, link: 'www.instagram.com/p/1' },
    ]) {
      const result = safeParseOutreachActivityRecord(input);
      if (result.ok) throw new Error('expected the activity to be rejected');
      const quoted = result.error.message.replace(
        /^Invalid outreach activity record "[^"]*": /,
        '',
      );
      const shown = quoted.includes('a socialPost needs its platform')
        ? 'platform: a socialPost needs its platform: one of instagram, facebook, '
        : quoted;
      expect(page).toContain(`// INVALID_RECORD: ${shown}`);
    }
  });
});
