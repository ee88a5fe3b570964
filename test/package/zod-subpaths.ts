/**
 * The subpaths that load zod: the schemas, the record modules and the report
 * (which export their record schemas and parsers) and the root. Every other subpath must
 * never reach zod. README.md and docs/getting-started.md list the same.
 */
export const NEEDS_ZOD: readonly string[] = [
  '.',
  './complaint',
  './lawsuit',
  './outreach',
  './business',
  './report',
  './schemas',
];
