// The zod pieces every record schema shares, and how their issues become the
// library's (RecordIssue): stable codes and bounded values, never zod's text.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatRecordIssue, type RecordIssue } from '../../src/core/index.js';
import { issueOfZod } from '../../src/core/record-error.js';
import { boundedArray, boundedText, identifier, oneOf } from '../../src/core/schema-helpers.js';

const issuesOf = (schema: z.ZodType, input: unknown): RecordIssue[] => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map(issueOfZod);
};

const cut = (text: string) => `${text.slice(0, 200)}…`;

describe('boundedText', () => {
  const Text = boundedText(10);

  it('accepts text up to the limit, as given', () => {
    expect(Text.parse(' a b ')).toBe(' a b ');
    expect(Text.parse('x'.repeat(10))).toBe('x'.repeat(10));
  });

  it('names a blank value, a length over the limit and a wrong type', () => {
    expect(issuesOf(Text, '')).toEqual([{ code: 'blank', path: [], received: '' }]);
    expect(issuesOf(Text, ' \n\t')).toEqual([{ code: 'blank', path: [], received: ' \n\t' }]);
    const huge = 'x'.repeat(50_000);
    expect(issuesOf(Text, huge)).toEqual([
      { code: 'tooLong', path: [], max: 10, length: 50_000, received: cut(huge) },
    ]);
    expect(issuesOf(Text, 42)).toEqual([
      { code: 'invalidType', path: [], expected: 'string', received: 42 },
    ]);
    expect(issuesOf(Text, Number.NaN)).toEqual([
      { code: 'invalidType', path: [], expected: 'string', received: Number.NaN },
    ]);
  });

  it('words them in every language, with the length found', () => {
    const [tooLong] = issuesOf(Text, 'x'.repeat(50_000)) as [RecordIssue];
    expect(formatRecordIssue(tooLong, 'en')).toBe('expected at most 10 characters, got 50000');
    expect(formatRecordIssue(tooLong, 'ru')).toBe(
      'слишком длинное значение (не более 10 символов), получено 50000',
    );
    expect(formatRecordIssue(tooLong, 'kk')).toBe('тым ұзын (ең көбі 10 таңба), берілгені 50000');
    const [blank] = issuesOf(Text, ' \n\t') as [RecordIssue];
    expect(formatRecordIssue(blank, 'en')).toBe('expected a non-empty text, got " \\n\\t"');
  });

  it('refuses control characters, lone surrogates and bidirectional controls', () => {
    for (const text of ['a\u0000b', '\uD800\u202E', 'a\u202Eb', '\uDC00', 'a\u2066b', 'a\u007F']) {
      expect(issuesOf(Text, text)).toEqual([
        { code: 'rule', rule: 'plainText', path: [], received: text },
      ]);
    }
    expect(issuesOf(Text, 'a\nb')).toEqual([
      { code: 'rule', rule: 'plainText', path: [], received: 'a\nb' },
    ]);
    expect(boundedText(10, { multiline: true }).parse('a\nb')).toBe('a\nb');
    expect(Text.parse('😀 ok')).toBe('😀 ok');
  });
});

describe('identifier', () => {
  it('refuses whitespace around it, so that "A" and "A " are never two ids', () => {
    const Id = identifier(10);
    expect(Id.parse('A-1')).toBe('A-1');
    for (const id of ['A ', ' A', 'A\u00a0']) {
      expect(issuesOf(Id, id)).toEqual([{ code: 'rule', rule: 'trimmed', path: [], received: id }]);
    }
  });
});

describe('boundedArray', () => {
  it('refuses a list by its length before reading an item', () => {
    const List = boundedArray(z.string(), 3);
    expect(List.parse(['a', 'b'])).toEqual(['a', 'b']);
    const huge = new Array(2 ** 32 - 1);
    expect(issuesOf(List, huge)).toEqual([
      {
        code: 'tooMany',
        path: [],
        max: 3,
        length: 2 ** 32 - 1,
        received: { type: 'array', length: 2 ** 32 - 1 },
      },
    ]);
  });
});

describe('oneOf', () => {
  it('lists the allowed keys', () => {
    expect(issuesOf(oneOf(['paper', 'hotline']), 'fax')).toEqual([
      { code: 'notOneOf', path: [], allowed: ['paper', 'hotline'], received: 'fax' },
    ]);
  });
});

describe('unknown fields of a strict object', () => {
  const Point = z.strictObject({ x: z.number() });

  it('name up to five keys, each cut, and count them all', () => {
    expect(issuesOf(Point, { x: 1, judge: 2 })).toEqual([
      { code: 'unknownField', path: [], keys: ['judge'], count: 1 },
    ]);
    const six = issuesOf(Point, { x: 1, a: 1, b: 1, c: 1, d: 1, e: 1, f: 1 });
    expect(six).toEqual([
      { code: 'unknownField', path: [], keys: ['a', 'b', 'c', 'd', 'e'], count: 6 },
    ]);
    expect(formatRecordIssue(six[0] as RecordIssue, 'en')).toBe(
      'unknown fields "a", "b", "c", "d", "e" and 1 more',
    );
    expect(
      formatRecordIssue({ code: 'unknownField', path: [], keys: ['judge'], count: 1 }, 'en'),
    ).toBe('unknown field "judge"');
    const key = 'k'.repeat(50_000);
    const [long] = issuesOf(Point, { x: 1, [key]: 2 }) as [RecordIssue];
    expect(long).toEqual({ code: 'unknownField', path: [], keys: [cut(key)], count: 1 });
    expect(formatRecordIssue(long, 'en').length).toBeLessThan(120);
  });

  it('leave other issues alone', () => {
    expect(issuesOf(Point, { x: 'one' })).toEqual([
      { code: 'invalidType', path: ['x'], expected: 'number', received: 'one' },
    ]);
  });
});
