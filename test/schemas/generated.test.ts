// schemas/ is what the generator writes from the zod schemas today, one file
// per schema of tutynushy/schemas, each self-describing, strict and written
// in the part of regular-expression syntax every JSON Schema dialect shares.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileNameOf,
  generatedFiles,
  SCHEMA_FILES,
  SCHEMAS_DIR,
  staleFiles,
  unconstrained,
} from '../../scripts/json-schemas.js';
import * as schemas from '../../src/schemas/index.js';
import { schemaFile, validatorOf } from './support.js';

const FILES = SCHEMA_FILES.map((file) => fileNameOf(file.name));

// Every value of a keyword anywhere in a schema.
function valuesOf(node: unknown, keyword: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const own = keyword in node ? [(node as Record<string, unknown>)[keyword]] : [];
  return [...own, ...Object.values(node).flatMap((value) => valuesOf(value, keyword))];
}

describe('schemas/', () => {
  it('holds exactly what the generator writes now (npm run schemas)', () => {
    expect(staleFiles()).toEqual([]);
    expect(readdirSync(SCHEMAS_DIR).sort()).toEqual([...generatedFiles().keys()].sort());
  });

  it('names a changed, a missing and an extra file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutynushy-schemas-'));
    try {
      for (const [name, text] of generatedFiles()) writeFileSync(join(dir, name), text);
      expect(staleFiles(dir)).toEqual([]);
      writeFileSync(join(dir, 'tenge.json'), '{}\n');
      rmSync(join(dir, 'README.md'));
      writeFileSync(join(dir, 'old.json'), '{}\n');
      expect(staleFiles(dir)).toEqual(['README.md', 'old.json', 'tenge.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has one file per schema of tutynushy/schemas, in kebab case', () => {
    expect(SCHEMA_FILES.map((file) => file.name).sort()).toEqual(Object.keys(schemas).sort());
    expect(fileNameOf('ComplaintRecordSchema')).toBe('complaint-record.json');
    expect(fileNameOf('SystemRegistrationRecordSchema')).toBe('system-registration-record.json');
    expect(fileNameOf('NonNegativeTengeSchema')).toBe('non-negative-tenge.json');
    expect(new Set(FILES).size).toBe(FILES.length);
  });

  it('lists every file in its README', () => {
    const readme = readFileSync(join(SCHEMAS_DIR, 'README.md'), 'utf8');
    for (const file of FILES) expect(readme).toContain(`[${file}](${file})`);
    expect(readme).toContain('Check digits');
    expect(readme).toContain('Event order and transitions');
  });
});

describe.each(FILES)('%s', (file) => {
  const schema = schemaFile(file);

  it('is draft 2020-12 with its own $id, a title and a description', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://github.com/tutynushy/tutynushy/schemas/${file}`);
    expect(typeof schema['title']).toBe('string');
    expect((schema['description'] as string).length).toBeGreaterThan(20);
  });

  it('compiles in ajv’s strict mode', () => {
    expect(() => validatorOf(file)).not.toThrow();
  });

  it('accepts any value nowhere but an error’s details, and closes every object', () => {
    const open = unconstrained(schema);
    expect(open).toEqual(
      file === 'report.json'
        ? ['#/properties/rejected/items/properties/error/properties/details']
        : [],
    );
    const objects = valuesOf(schema, 'type').filter((type) => type === 'object').length;
    const closed = valuesOf(schema, 'additionalProperties').filter((a) => a === false).length;
    // byRegion is a record keyed by region codes: its values are counts.
    expect(closed).toBe(file === 'report.json' ? objects - 1 : objects);
  });

  it('writes its patterns with characters, classes and groups only (no \\d, \\s, \\u, lookaround)', () => {
    for (const pattern of valuesOf(schema, 'pattern') as string[]) {
      expect(pattern).not.toMatch(/\\/);
      expect(pattern).not.toContain('(?');
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});
