// The command's reader: JSON Lines and JSON arrays cut into records across
// buffers of any size give back every record, each with the line it starts
// on, whatever falls on a buffer's edge (a multi-byte letter, an escaped
// quote, a bracket inside a string).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { BufferPool } from '../../../src/cli/input/buffer-pool.js';
import { type InputFile, readRecords } from '../../../src/cli/input/read-file.js';

const work = mkdtempSync(join(tmpdir(), 'tutynushy-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let files = 0;

function fileWith(content: string | Buffer): InputFile {
  const path = join(work, `input-${files++}.json`);
  writeFileSync(path, content);
  return { path, name: 'input.json', kind: null, size: undefined };
}

async function records(
  file: InputFile,
  bufferSize: number,
): Promise<{ value: unknown; line: number }[]> {
  const pool = new BufferPool(bufferSize, 2);
  const found: { value: unknown; line: number }[] = [];
  for await (const { bytes, spans } of readRecords(file, pool)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < spans.length; i += 3) {
      found.push({
        value: JSON.parse(text.toString('utf8', spans[i], spans[i + 1])),
        line: spans[i + 2] as number,
      });
    }
    pool.give(bytes);
  }
  return found;
}

// Records with what makes cutting them hard: quotes, backslashes, brackets
// and commas inside strings, Cyrillic and astral letters, nesting.
const awkwardText = fc.constantFrom(
  'a',
  '"',
  '\\',
  '[',
  ']',
  '{',
  '}',
  ',',
  'ө',
  'қ',
  '₸',
  '😀',
  ' ',
  '\t',
  '\n',
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: awkwardText, maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ unit: awkwardText, maxLength: 4 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const record = fc.dictionary(fc.string({ unit: awkwardText, maxLength: 6 }), value, { maxKeys: 4 });

describe('JSON Lines', () => {
  test.prop(
    [
      fc.array(fc.tuple(record, fc.nat({ max: 2 }), fc.boolean()), { maxLength: 12 }),
      fc.integer({ min: 1, max: 64 }),
      fc.boolean(),
    ],
    { numRuns: 150 },
  )(
    'gives every record with its line, across buffers of any size',
    async (lines, bufferSize, bom) => {
      let text = bom ? '\uFEFF' : '';
      let line = 1;
      const expected: { value: unknown; line: number }[] = [];
      for (const [value, blanks, crlf] of lines) {
        text += '\n'.repeat(blanks);
        line += blanks;
        expected.push({ value, line });
        text += `${JSON.stringify(value)}${crlf ? '\r\n' : '\n'}`;
        line += 1;
      }
      expect(await records(fileWith(text), bufferSize)).toEqual(expected);
    },
  );

  it('reads a last line without a line feed, and nothing from blank lines', async () => {
    expect(await records(fileWith('\n  \n{"a":1}\n\n{"b":2}'), 4)).toEqual([
      { value: { a: 1 }, line: 3 },
      { value: { b: 2 }, line: 5 },
    ]);
    expect(await records(fileWith('\n \t\n'), 8)).toEqual([]);
    expect(await records(fileWith(''), 8)).toEqual([]);
  });
});

describe('JSON arrays', () => {
  test.prop(
    [
      fc.array(record, { maxLength: 10 }),
      fc.integer({ min: 1, max: 64 }),
      fc.constantFrom('', ' ', '\n', '\r\n  '),
      fc.boolean(),
    ],
    { numRuns: 150 },
  )(
    'gives every element with the line it starts on, across buffers of any size',
    async (values, bufferSize, space, pretty) => {
      let text = `${space}[${space}`;
      const expected: { value: unknown; line: number }[] = [];
      values.forEach((value, i) => {
        if (i > 0) text += `${space},${space}`;
        expected.push({ value, line: text.split('\n').length });
        text += pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
      });
      text += `${space}]${space}`;
      expect(await records(fileWith(text), bufferSize)).toEqual(expected);
    },
  );

  async function problem(text: string): Promise<unknown> {
    try {
      await records(fileWith(text), 5);
    } catch (error) {
      if (error instanceof CliError) return error.problem;
      throw error;
    }
    return undefined;
  }

  it('names where an array is not well formed', async () => {
    expect(await problem('[{"a":1}\n {"b":2}]')).toEqual({
      key: 'badArray',
      path: 'input.json',
      line: 2,
      column: 2,
      expected: 'comma',
    });
    expect(await problem('[{"a":1},]')).toMatchObject({ line: 1, column: 10, expected: 'value' });
    expect(await problem('[,{"a":1}]')).toMatchObject({ line: 1, column: 2, expected: 'value' });
    expect(await problem('[{"a":1}] x')).toMatchObject({ line: 1, column: 11, expected: 'end' });
    expect(await problem('[{"a":"]"}')).toMatchObject({ expected: 'closing' });
    expect(await problem('[{"a":1}}]')).toMatchObject({ line: 1, column: 9, expected: 'comma' });
  });

  it('reads an empty array, and a string with an escaped quote and a bracket', async () => {
    expect(await records(fileWith(' [ ] '), 2)).toEqual([]);
    expect(await records(fileWith('[{"a":"x\\"]"},"]"]'), 3)).toEqual([
      { value: { a: 'x"]' }, line: 1 },
      { value: ']', line: 1 },
    ]);
  });
});

describe('the buffer pool', () => {
  it('hands out its buffers, waits for one to come back, and drops the larger ones made for long records', async () => {
    const pool = new BufferPool(4, 1);
    const first = await pool.take();
    let second: Uint8Array | undefined;
    const waiting = pool.take().then((buffer) => {
      second = buffer;
    });
    await Promise.resolve();
    expect(second).toBeUndefined();
    pool.give(first);
    await waiting;
    expect(second?.buffer).toBe(first.buffer);
    pool.give(first);
    const long = await pool.take(10);
    expect(long.length).toBeGreaterThanOrEqual(10);
    pool.give(long); // not kept
    expect(await pool.take()).toHaveLength(4);
  });
});
