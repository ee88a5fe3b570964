// Writes the JSON Schemas in schemas/ from the library's zod schemas, or
// checks that the committed files are what it would write:
//
//   npm run schemas          # write schemas/*.json and schemas/README.md
//   npm run schemas:check    # exit 1, naming each file, when one differs
//
// Generated from the input side (what a service sends as JSON). The zod
// nodes that JSON Schema has no word for (custom types, transforms, guards)
// carry their JSON Schema in `.meta()` next to the rule they check; the
// override below turns the few generic ones into JSON Schema, and the
// generator refuses to write a schema that accepts any value where a record
// field is.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import * as schemas from '../src/schemas/index.js';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
const BASE_URI = 'https://github.com/tutynushy/tutynushy/schemas/';

type SchemaName = keyof typeof schemas;
const SCHEMAS = new Map(Object.entries(schemas)) as ReadonlyMap<SchemaName, z.ZodType>;

function schemaNamed(name: SchemaName): z.ZodType {
  const schema = SCHEMAS.get(name);
  if (schema === undefined) throw new Error(`tutynushy/schemas has no ${name}`);
  return schema;
}
type Json = z.core.JSONSchema.BaseSchema;

/** One file of schemas/: which schema, and what its title and description say. */
export interface SchemaFile {
  readonly name: SchemaName;
  readonly title: string;
  /** For a record; a field schema's description is its own `.meta()`'s. */
  readonly description?: string;
}

const RECORD = 'Validate with the library (or its rules) too: see the README of this folder.';

/** Every schema of `tutynushy/schemas`, in the order of the README. */
export const SCHEMA_FILES: readonly SchemaFile[] = [
  {
    name: 'ComplaintRecordSchema',
    title: 'Appeal record',
    description: `An appeal (complaint) to a consumer-rights department as stored: its facts and its event log, schemaVersion 1. Its state is derived by replaying the log. ${RECORD}`,
  },
  {
    name: 'ComplaintEventSchema',
    title: 'Appeal event',
    description:
      "One event of an appeal's log, told apart by type: register, forwardToBusiness, businessAnswer, startReview, extend, satisfy, explain, redirect, withdraw, refuse, return, referToCourt.",
  },
  {
    name: 'LawsuitRecordSchema',
    title: 'Lawsuit record',
    description: `A court case the department takes part in (as plaintiff in consumers' interest or as a third party) as stored: its facts and its event log, schemaVersion 1. ${RECORD}`,
  },
  {
    name: 'LawsuitEventSchema',
    title: 'Lawsuit event',
    description:
      "One event of a lawsuit's log, told apart by type: file, hearing, decide, appeal, settle, withdraw, dismiss, recover.",
  },
  {
    name: 'OutreachActivityRecordSchema',
    title: 'Outreach activity record',
    description: `An information or outreach activity (a media speech or publication, a social-network post, a briefing, a round table, and so on), schemaVersion 1. ${RECORD}`,
  },
  {
    name: 'BusinessRecordSchema',
    title: 'Business record',
    description: `A business entity by its BIN or IIN, with its kind, names, region and sector, schemaVersion 1. ${RECORD}`,
  },
  {
    name: 'SystemRegistrationRecordSchema',
    title: 'E-Tutynushy registration record',
    description: `A consumer or business account opened in the unified information system E-Tutynushy, schemaVersion 1. ${RECORD}`,
  },
  {
    name: 'ReportSchema',
    title: 'Period KPI report',
    description:
      'A period KPI report as JSON.stringify writes it (amounts as decimal strings): the four KPIs of a department report, the record counts and the refused records. The library also checks that every figure agrees with those it is made of.',
  },
  {
    name: 'PublishedReportSchema',
    title: 'Published figures',
    description:
      "Figures as a department published them, to reconcile with a computed report: any of the report's figures, each a number or { value?, text } with the text as printed, and the stated percentages and growth.",
  },
  { name: 'TengeSchema', title: 'Amount in tenge' },
  { name: 'NonNegativeTengeSchema', title: 'Amount in tenge, not negative' },
  { name: 'IinSchema', title: 'IIN' },
  { name: 'BinSchema', title: 'BIN' },
  { name: 'TaxpayerIdSchema', title: 'IIN or BIN' },
  { name: 'LocalDateSchema', title: 'Date' },
  { name: 'InstantSchema', title: 'Instant' },
  { name: 'EventTimeSchema', title: 'Event time' },
  { name: 'PeriodCodeSchema', title: 'Period code' },
  {
    name: 'PeriodSchema',
    title: 'Period',
    description:
      'A reporting period object as a report stores it: its code, first and last day, and the fields of its kind. The library also checks that every field agrees with the code.',
  },
  { name: 'RegionCodeSchema', title: 'Region' },
];

/** The file a schema is written to: `ComplaintRecordSchema` → `complaint-record.json`. */
export function fileNameOf(name: SchemaName): string {
  return `${name
    .replace(/Schema$/, '')
    .replace(/(?<=[a-z0-9])([A-Z])/g, '-$1')
    .toLowerCase()}.json`;
}

// Where a value may be anything, on purpose: an error's details differ by its code.
const ANY_VALUE_ALLOWED = new Set([
  'report.json#/properties/rejected/items/properties/error/properties/details',
]);

type Def = z.core.$ZodTypeDef & {
  readonly in?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
};

const OPTIONS = {
  target: 'draft-2020-12',
  io: 'input',
  // Custom types and transforms describe themselves in `.meta()`; the check
  // after generation refuses any that does not.
  unrepresentable: 'any',
  override,
} as const;

function replaceContents(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

// The generic translations, by the kind of zod node.
function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Json }): void {
  const def = ctx.zodSchema._zod.def as Def;
  const json = ctx.jsonSchema as Record<string, unknown>;
  // A field that must be absent (`platform` on an activity that is not a social post).
  if (def.type === 'undefined') {
    replaceContents(json, { not: {} });
    return;
  }
  // A guard before the real schema (a list's length checked before its items,
  // a field's presence before its value): the value is what the output side says.
  if (def.type === 'pipe' && def.in?._zod.def.type === 'unknown' && def.out !== undefined) {
    const { $schema: _, ...out } = z.toJSONSchema(def.out, OPTIONS) as Record<string, unknown>;
    replaceContents(json, { ...out, ...json });
    return;
  }
  // A key is required exactly when the field refuses to be missing: zod's
  // own reading says a guard's `z.unknown()` may be.
  if (def.type === 'object' && def.shape !== undefined) {
    const required = Object.entries(def.shape)
      .filter(([, field]) => !z.safeParse(field, undefined).success)
      .map(([key]) => key);
    if (required.length > 0) json['required'] = required;
    else delete json['required'];
  }
}

// Keywords that describe a value without constraining it.
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'format',
  'readOnly',
  'deprecated',
]);

const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
// `not` and `if` are conditions: `not: {}` is how a field that must be absent reads.
const SUBSCHEMAS = ['items', 'then', 'else', 'additionalProperties', 'propertyNames'];

/** Every place in a schema where a value may be anything: `{}` or annotations only. */
export function unconstrained(schema: unknown, at = '#'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found = Object.keys(node).every((key) => ANNOTATIONS.has(key)) ? [at] : [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === '$defs') {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        found.push(...unconstrained(sub, `${at}/${key}/${name}`));
      }
    } else if ((SUBSCHEMA_LISTS as readonly string[]).includes(key)) {
      (value as unknown[]).forEach((sub, i) => {
        found.push(...unconstrained(sub, `${at}/${key}/${i}`));
      });
    } else if (SUBSCHEMAS.includes(key)) {
      found.push(...unconstrained(value, `${at}/${key}`));
    }
  }
  return found;
}

function bodyOf(name: SchemaName): Record<string, unknown> {
  const { $schema: _, ...body } = z.toJSONSchema(schemaNamed(name), OPTIONS) as Record<
    string,
    unknown
  >;
  return body;
}

// The field schemas a record file names in its `$defs` wherever a field is
// exactly one of them, so that a code generator gives them a type of their
// own (`RegionCode`, `Tenge`) rather than one per field.
const SHARED: readonly (readonly [string, SchemaName])[] = [
  ['tenge', 'TengeSchema'],
  ['nonNegativeTenge', 'NonNegativeTengeSchema'],
  ['iin', 'IinSchema'],
  ['bin', 'BinSchema'],
  ['taxpayerId', 'TaxpayerIdSchema'],
  ['localDate', 'LocalDateSchema'],
  ['instant', 'InstantSchema'],
  ['eventTime', 'EventTimeSchema'],
  ['periodCode', 'PeriodCodeSchema'],
  ['regionCode', 'RegionCodeSchema'],
];

function shareDefinitions(body: Record<string, unknown>, own: SchemaName): Record<string, unknown> {
  const shared = SHARED.filter(([, name]) => name !== own).map(
    ([key, name]) => [key, bodyOf(name), JSON.stringify(bodyOf(name))] as const,
  );
  const used = new Map<string, unknown>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const text = JSON.stringify(node);
    const match = shared.find(([, , json]) => json === text);
    if (match !== undefined) {
      used.set(match[0], match[1]);
      return { $ref: `#/$defs/${match[0]}` };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
  };
  const result = Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, visit(value)]),
  );
  if (used.size === 0) return result;
  const order = SHARED.map(([key]) => key).filter((key) => used.has(key));
  return { ...result, $defs: Object.fromEntries(order.map((key) => [key, used.get(key)])) };
}

const camelCase = (title: string): string =>
  title.toLowerCase().replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());

// Nodes with a title of their own (`Ratio`, `Published count`) that a file
// uses more than once go to its `$defs` under that title.
function shareTitled(body: Record<string, unknown>): Record<string, unknown> {
  const counts = new Map<string, { node: unknown; count: number }>();
  const count = (node: unknown, root: boolean): void => {
    if (typeof node !== 'object' || node === null) return;
    const title = (node as { title?: unknown }).title;
    if (!root && typeof title === 'string') {
      const key = JSON.stringify(node);
      const seen = counts.get(key);
      counts.set(key, { node, count: (seen?.count ?? 0) + 1 });
    }
    for (const value of Object.values(node)) count(value, false);
  };
  count(body, true);
  const names = new Map<string, string>();
  for (const [key, { node, count: n }] of counts) {
    const name = camelCase((node as { title: string }).title);
    if (n < 2) continue;
    if ([...names.values()].includes(name))
      throw new Error(`Two different schemas titled "${name}"`);
    names.set(key, name);
  }
  const defs: Record<string, unknown> = {};
  const visit = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, false));
    if (typeof node !== 'object' || node === null) return node;
    const name = root ? undefined : names.get(JSON.stringify(node));
    const copy = Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, visit(value, false)]),
    );
    if (name === undefined) return copy;
    defs[name] = copy;
    return { $ref: `#/$defs/${name}` };
  };
  const result = visit(body, true) as Record<string, unknown>;
  if (Object.keys(defs).length === 0) return result;
  return { ...result, $defs: { ...(result['$defs'] as object | undefined), ...defs } };
}

/** The JSON Schema of one file, as an object. */
export function jsonSchemaOf(file: SchemaFile): Record<string, unknown> {
  const body = shareTitled(shareDefinitions(bodyOf(file.name), file.name));
  // A field schema's own description (the rule it checks) stands alone; a
  // record's is the file's.
  const own = body['description'];
  delete body['description'];
  const fileName = fileNameOf(file.name);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE_URI}${fileName}`,
    title: file.title,
    description: file.description ?? own,
    ...body,
  };
  const loose = unconstrained(schema)
    .map((at) => `${fileName}${at}`)
    .filter((at) => !ANY_VALUE_ALLOWED.has(at));
  if (loose.length > 0) {
    throw new Error(`These places of the JSON Schema accept any value: ${loose.join(', ')}`);
  }
  return schema;
}

// JSON with every invisible character escaped (JSON.stringify already does
// the C0 controls): the patterns hold spaces, controls and format characters
// that must be seen in review. Cyrillic and other visible text stays as it is.
function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}

const README_HEAD = `# JSON Schemas

JSON Schemas (draft 2020-12) of the records the library reads, the published figures it
reconciles and the report it writes, for services in other languages. They are generated from the
library's zod schemas by \`npm run schemas\`; CI fails when a file here differs from what the
generator writes (\`npm run schemas:check\`). Do not edit them by hand. The docs page
«JSON Schemas and services in other languages» (docs/json-schemas.md) says how to use them.

| file | schema | what |
| --- | --- | --- |
`;

const README_TAIL = `
Each file is self-contained (no \`$ref\` to another file) and has its \`$id\` under
\`https://github.com/tutynushy/tutynushy/schemas/\`.

## What they check

The shape of every record: each field's type, the required fields, no unknown field
(\`additionalProperties: false\`), every key list as an \`enum\`, text lengths (\`maxLength\`),
list lengths (\`maxItems\`), and as patterns: amounts as decimal strings exact to the tiyn, IIN and
BIN digits, dates, instants with an offset, period codes, region codes, texts that are not blank
and hold no control character, identifiers without surrounding spaces. Some rules between fields
too: a satisfied appeal names its relief, no award on a decision against the consumer, a business's
kind agrees with the digits of its BIN or IIN, a business has a kk or ru name, a lawsuit lists an
appeal once.

Every value the library accepts passes these schemas (a test checks it on random and real
records). The reverse does not hold: a record that passes may still be refused by the library.

## What they cannot check

Read each record with the library (\`parseComplaintRecord\`, …, or \`tutynushy validate\`) or
implement these rules too; the library's parsers are the reference.

- **Check digits** of an IIN or a BIN (the 12th digit, Σ dᵢ·wᵢ mod 11): no pattern computes it.
- **Days of the month**: a pattern cannot tell 30 February, 31 April or 29 February of a year that
  is not a leap year from a real date, in a date, an instant, a period code or an IIN's birth
  date. \`format: date\` says it for dates when the validator asserts formats (ajv with
  ajv-formats does; many validators treat \`format\` as a note only).
- **Event order and transitions**: that events are in time order and that each is allowed in the
  state the ones before it lead to (\`replayComplaint\`, \`replayLawsuit\`).
- **Figures that add up**: a report's totals against their parts, rates against their numerator
  and denominator, a period's fields against its code, a period code's start before its end.
- **Links**: that a link's host has a domain and no user name before it (the schema checks the
  http or https scheme only).
- **Lengths in UTF-16 units**: \`maxLength\` counts characters, the library counts UTF-16 code
  units, so a text of emoji can pass the schema and be too long for the library.
- **Lone surrogates** in a text: JSON text in other languages usually cannot hold them anyway.

## Versions

Every record has \`schemaVersion\` (today \`1\`, a \`const\` here). A change that would refuse a
record that was valid, or read one differently, comes with a new \`schemaVersion\`, and the library
keeps reading the older ones. Adding an optional field keeps the version: services that validate
with an older copy of these files refuse the new field (\`additionalProperties: false\`) until they
update it.
`;

function readmeText(): string {
  const rows = SCHEMA_FILES.map(
    (file) =>
      `| [${fileNameOf(file.name)}](${fileNameOf(file.name)}) | \`${file.name}\` | ${file.title} |`,
  );
  return `${README_HEAD}${rows.join('\n')}\n${README_TAIL}`;
}

/** Every file of schemas/ and its text, as the generator writes it. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of SCHEMA_FILES) files.set(fileNameOf(file.name), toJsonText(jsonSchemaOf(file)));
  files.set('README.md', readmeText());
  return files;
}

/** The files of schemas/ that differ from what the generator writes, are missing or are extra. */
export function staleFiles(dir = SCHEMAS_DIR): string[] {
  const files = generatedFiles();
  let present: string[] = [];
  try {
    present = readdirSync(dir);
  } catch {
    // no folder yet: every file is missing
  }
  const stale = present.filter((name) => !files.has(name));
  for (const [name, text] of files) {
    if (!present.includes(name) || readFileSync(join(dir, name), 'utf8') !== text) stale.push(name);
  }
  return stale.sort();
}

function main(args: readonly string[]): number {
  if (args.includes('--check')) {
    const stale = staleFiles();
    if (stale.length === 0) return 0;
    console.error(
      `schemas/ is not what the zod schemas give: ${stale.join(', ')}. Run \`npm run schemas\` and commit the result.`,
    );
    return 1;
  }
  const files = generatedFiles();
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const name of readdirSync(SCHEMAS_DIR)) {
    if (!files.has(name)) rmSync(join(SCHEMAS_DIR, name));
  }
  for (const [name, text] of files) writeFileSync(join(SCHEMAS_DIR, name), text);
  console.log(`wrote ${files.size} files to schemas/`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
