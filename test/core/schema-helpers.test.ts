// The zod pieces every record schema shares.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { boundedText, STRICT_FIELDS, unknownFieldsMessage } from '../../src/core/schema-helpers.js';

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]?.message;
};

describe('boundedText', () => {
  const Text = boundedText(10);

  it('accepts text up to the limit, as given', () => {
    expect(Text.parse(' a b ')).toBe(' a b ');
    expect(Text.parse('x'.repeat(10))).toBe('x'.repeat(10));
  });

  it('names a blank value, a length over the limit and a wrong type', () => {
    expect(messageOf(Text, '')).toBe('expected a non-empty text, got ""');
    expect(messageOf(Text, ' \n\t')).toBe('expected a non-empty text, got " \\n\\t"');
    expect(messageOf(Text, 'x'.repeat(50_000))).toBe('expected at most 10 characters, got 50000');
    expect(Text.safeParse(42).success).toBe(false);
    expect(Text.safeParse(Number.NaN).success).toBe(false);
  });
});

describe('unknownFieldsMessage and STRICT_FIELDS', () => {
  it('name up to five keys, cut when long', () => {
    expect(unknownFieldsMessage(['judge'])).toBe('unknown field "judge"');
    expect(unknownFieldsMessage(['a', 'b'])).toBe('unknown fields "a", "b"');
    expect(unknownFieldsMessage(['a', 'b', 'c', 'd', 'e', 'f'])).toBe(
      'unknown fields "a", "b", "c", "d", "e" and 1 more',
    );
    const long = unknownFieldsMessage(['k'.repeat(50_000)]);
    expect(long.length).toBeLessThan(120);
    expect(long.endsWith('… (50000 characters)')).toBe(true);
  });

  it('word a strict object unknown field, and leave other issues alone', () => {
    const Point = z.strictObject({ x: z.number() }, STRICT_FIELDS);
    expect(messageOf(Point, { x: 1, ['k'.repeat(50_000)]: 2 })).toMatch(
      /^unknown field "k+"… \(50000 characters\)$/,
    );
    expect(messageOf(Point, { x: 'one' })).toContain('expected number');
  });
});
