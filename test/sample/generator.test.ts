// The bundled sample is what its generator writes: a fresh run gives the
// committed files byte for byte, and nothing in it depends on the clock or
// on Math.random.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  generateSample,
  SAMPLE_DIR,
  SAMPLE_FILES,
  writeSample,
} from '../../examples/sample/generate.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sample generator', () => {
  it('writes the committed files, byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tutynushy-sample-'));
    try {
      const paths = await writeSample(dir);
      expect(paths.map((path) => basename(path))).toEqual([...SAMPLE_FILES]);
      for (const name of SAMPLE_FILES) {
        const fresh = await readFile(join(dir, name));
        const committed = await readFile(join(SAMPLE_DIR, name));
        expect(fresh.equals(committed), `${name} differs from a fresh run: npm run sample`).toBe(
          true,
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads neither the clock nor Math.random', () => {
    const refuse = (what: string) => () => {
      throw new Error(`the generator called ${what}`);
    };
    vi.spyOn(Math, 'random').mockImplementation(refuse('Math.random'));
    vi.spyOn(Date, 'now').mockImplementation(refuse('Date.now'));
    vi.spyOn(performance, 'now').mockImplementation(refuse('performance.now'));
    const files = generateSample();
    expect(Object.keys(files)).toEqual([...SAMPLE_FILES]);
  });

  it('keeps the sample small: well under 2 MB, one record per line', async () => {
    let total = 0;
    for (const name of SAMPLE_FILES) {
      const text = await readFile(join(SAMPLE_DIR, name), 'utf8');
      total += Buffer.byteLength(text);
      expect(text.endsWith('\n'), name).toBe(true);
      if (name.endsWith('.jsonl')) {
        const lines = text.slice(0, -1).split('\n');
        expect(
          lines.every((line) => line.startsWith('{"schemaVersion":1,') && line.endsWith('}')),
          name,
        ).toBe(true);
      }
    }
    expect(total).toBeLessThan(1_700_000);
  });
});
