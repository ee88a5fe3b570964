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

  it('shows the issues the parser gives', () => {
    const json = { ...blocks[0], date: '2024-05-03' };
    const { title: _, link: __, ...post } = json;
    // The issues the page quotes after each `issuesOf({ ...json, … })` line.
    const quoted = [
      ...page.matchAll(/^issuesOf\(\{ \.\.\.json, (.*?) \}\); \/\/ (\[.*?\])(?: —.*)?$/gm),
    ];
    expect(quoted.map((m) => m[1])).toEqual([
      'platform: undefined',
      "kind: 'briefing'",
      "link: 'www.instagram.com/p/1'",
      "link: 'https://gov.kz@evil.com/'",
    ]);
    for (const [, fields, issues] of quoted) {
      const input = { ...post, ...new Function(`return ({ ${fields} });`)() };
      const result = safeParseOutreachActivityRecord(input);
      if (result.ok || result.error.code !== 'INVALID_RECORD')
        throw new Error('expected the activity to be rejected');
      expect(result.error.details.issues).toEqual(new Function(`return (${issues});`)());
    }
  });
});
