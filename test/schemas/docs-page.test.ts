// docs/json-schemas.md shows a real record, and names every file of schemas/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/json-schemas.js';
import { parseComplaintRecord, replayComplaint } from '../../src/complaint/index.js';
import { errorsOf, validatorWithoutFormats } from './support.js';

const page = readFileSync(new URL('../../docs/json-schemas.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match) => JSON.parse(match[1] ?? '') as unknown,
);

describe('docs/json-schemas.md', () => {
  it('shows an appeal that the schema, the parser and the replay all accept', () => {
    expect(blocks).toHaveLength(1);
    const [record] = blocks;
    expect(errorsOf('complaint-record.json', record)).toEqual([]);
    expect(errorsOf('complaint-record.json', record, validatorWithoutFormats)).toEqual([]);
    const complaint = replayComplaint(parseComplaintRecord(record));
    expect(complaint.outcome).toBe('satisfied');
    expect(complaint.relief.refund?.toString()).toBe('349000.00');
  });

  it('names every file of schemas/', () => {
    for (const name of generatedFiles().keys()) {
      if (name !== 'README.md') expect(page).toContain(`\`${name}\``);
    }
  });
});
