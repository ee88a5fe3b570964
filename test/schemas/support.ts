// The committed JSON Schemas, compiled by an independent validator (ajv, draft
// 2020-12) as a service in another language would use them: once asserting
// `format` (ajv-formats), once reading it as a note only, as many validators do.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export is the function under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url);

/** A committed schema file, parsed. */
export function schemaFile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, SCHEMAS_DIR), 'utf8')) as Record<string, unknown>;
}

// Strict: unknown keywords, and keywords without the type they apply to, are
// errors. `strictRequired` stays off: `anyOf: [{ required: ['refund'] }, …]`
// names properties its own branch does not declare, which is the point.
function compiler(formats: boolean): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    validateFormats: formats,
  });
  if (formats) addFormats(ajv);
  const cache = new Map<string, ValidateFunction>();
  return (name) => {
    let validate = cache.get(name);
    if (validate === undefined) {
      validate = ajv.compile(schemaFile(name));
      cache.set(name, validate);
    }
    return validate;
  };
}

/** The validator of a schema file, asserting `format: date`. */
export const validatorOf = compiler(true);

/** The validator of a schema file that treats `format` as a note. */
export const validatorWithoutFormats = compiler(false);

/** What the schema file says of a value: `ok`, or its errors (`keyword` at `instancePath`). */
export function check(
  name: string,
  value: unknown,
  validate = validatorOf,
): { ok: true } | { ok: false; errors: readonly ErrorObject[] } {
  const fn = validate(name);
  return fn(value) ? { ok: true } : { ok: false, errors: fn.errors ?? [] };
}

/** Whether the schema file accepts a value. */
export function accepts(name: string, value: unknown, validate = validatorOf): boolean {
  return validate(name)(value) === true;
}

/** The errors' `keyword@instancePath`, for assertions that name what failed and where. */
export function errorsOf(name: string, value: unknown, validate = validatorOf): string[] {
  const result = check(name, value, validate);
  return result.ok ? [] : result.errors.map((e) => `${e.keyword}@${e.instancePath}`);
}
