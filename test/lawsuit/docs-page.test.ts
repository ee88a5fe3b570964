// The JSON record on docs/lawsuit.md is a real record: it parses and replays
// to what the page says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lawsuitMachineToMermaid,
  parseLawsuitRecord,
  replayLawsuit,
} from '../../src/lawsuit/index.js';

const page = readFileSync(new URL('../../docs/lawsuit.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/lawsuit.md', () => {
  it('shows a record that replays as the page says', () => {
    expect(blocks).toHaveLength(1);
    const lawsuit = replayLawsuit(parseLawsuitRecord(blocks[0]));
    expect(lawsuit.state).toBe('decided');
    expect(lawsuit.hearings).toEqual(['2024-03-05', '2024-03-19']);
    expect(lawsuit.decision).toBe('forConsumer');
    expect(lawsuit.awarded.toString()).toBe('1424750.00');
    expect(lawsuit.collected.toString()).toBe('1000000.00');
    expect(page).toContain(
      'event #5 of "L-2024-007": "recover" of 500000.00 would bring the total collected to 1500000.00,',
    );
  });

  it('draws the machine lawsuitMachineToMermaid draws', () => {
    const drawn = page.match(/```text\n(stateDiagram-v2[\s\S]*?)\n```/)?.[1];
    expect(drawn).toBe(lawsuitMachineToMermaid());
  });
});
