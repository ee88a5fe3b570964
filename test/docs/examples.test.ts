// Runs the `@example` blocks of the TSDoc comments in src/, and the ```ts
// blocks of README.md and docs/*.md, as tests: what the docs promise is what
// the code does.
//
// In an example, a top-level line `expression; // expected` is checked when
// `expected` is a literal (string, number, boolean, null, array or object),
// and `expression; // throws CODE …` checks that a TutynushyError with that
// code is thrown. The lines before it in the same block (imports dropped)
// run first, so examples may set things up. A note after the expected value
// follows « — » or «(». Names an example uses without defining them (an
// `input` the reader supplies) make the line unrunnable: it is counted as
// skipped, never as passed, and a skipped line fails the suite.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const match of text.matchAll(
    /@example[^\n]*\n\s*\*\s*```ts\n((?:[^\n]*\n)*?)\s*\*\s*```/g,
  )) {
    const code = (match[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ file: relative(SRC, file), line, code });
  }
  return found;
}

const LITERAL_START = /^(['"`\d[{-]|true\b|false\b|null\b|undefined\b|NaN\b|-?Infinity\b)/;

interface Check {
  readonly setup: string;
  readonly expression: string;
  readonly expected:
    | { readonly kind: 'value'; readonly source: string }
    | { readonly kind: 'throws'; readonly code: string };
  readonly line: string;
}

/**
 * The literal at the start of a comment, without a trailing note:
 * «'2024-03-01' — a Friday» keeps `'2024-03-01'`. The longest prefix, cut
 * before « — », « – » or « (», that parses as an expression wins.
 */
function literalPart(comment: string): string | undefined {
  const cuts = [comment.length];
  for (const match of comment.matchAll(/\s[—–]\s|\s\(/g)) cuts.push(match.index);
  cuts.sort((a, b) => b - a);
  for (const cut of cuts) {
    const candidate = comment.slice(0, cut).trim();
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      // not an expression yet: try a shorter prefix
    }
  }
  return undefined;
}

function depthChange(line: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charAt(i);
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '/' && line.charAt(i + 1) === '/') break;
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('{[('.includes(c)) depth += 1;
    else if ('}])'.includes(c)) depth -= 1;
  }
  return depth;
}

function checksOf(code: string): Check[] {
  const lines = code.split('\n').filter((line) => !/^\s*import\s/.test(line));
  const checks: Check[] = [];
  // Checked lines are not run again as set-up for later ones: a line that
  // throws on purpose must not stop the rest of its block.
  const checkedLines = new Set<number>();
  const setupBefore = (i: number): string =>
    lines.filter((_, k) => k < i && !checkedLines.has(k)).join('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const atTop = depth === 0;
    depth += depthChange(line);
    if (!atTop || depth !== 0) continue;
    const match = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null) continue;
    const expression = (match[1] ?? '').trim();
    const comment = (match[2] ?? '').trim();
    if (/^(const|let|var|return)\b/.test(expression)) continue;
    const setup = setupBefore(i);
    const throwsMatch = /^throws\b.*?\b([A-Z][A-Z_]{3,})\b/.exec(comment);
    if (throwsMatch !== null) {
      checks.push({
        setup,
        expression,
        expected: { kind: 'throws', code: throwsMatch[1] ?? '' },
        line,
      });
      checkedLines.add(i);
    } else if (LITERAL_START.test(comment)) {
      const source = literalPart(comment);
      if (source !== undefined) {
        checks.push({ setup, expression, expected: { kind: 'value', source }, line });
        checkedLines.add(i);
      }
    }
  }
  return checks;
}

function toJs(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

const names = Object.keys(library);
const values = Object.values(library);

function run(setup: string, expression: string): unknown {
  const body = `${toJs(setup)}\nreturn (${toJs(`(${expression})`).trim().replace(/;$/, '')});`;
  return new Function(...names, body)(...values);
}

function normalise(value: unknown): unknown {
  // The docs write ordinary spaces where Intl puts no-break spaces; the module
  // tests pin the exact code points.
  if (typeof value === 'string') return value.replace(/[\u00a0\u202f]/g, ' ');
  if (Array.isArray(value)) return value.map(normalise);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

const ROOT = new URL('../../', import.meta.url).pathname;

// The README and the guides in docs/ promise results too: their ```ts blocks
// are checked the same way.
function guideExamplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const match of text.matchAll(/```ts\n((?:[^\n]*\n)*?)```/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ file: relative(ROOT, file), line, code: match[1] ?? '' });
  }
  return found;
}

const guides = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, 'docs', name)),
];

const examples = [...sourceFiles(SRC).flatMap(examplesOf), ...guides.flatMap(guideExamplesOf)];
let checked = 0;
let skipped = 0;

describe('TSDoc examples do what they say', () => {
  for (const example of examples) {
    const checks = checksOf(example.code);
    if (checks.length === 0) continue;
    it(`${example.file}:${example.line}`, () => {
      for (const check of checks) {
        let outcome: { threw: false; value: unknown } | { threw: true; error: unknown };
        try {
          outcome = { threw: false, value: run(check.setup, check.expression) };
        } catch (error) {
          if (error instanceof ReferenceError || error instanceof SyntaxError) {
            skipped += 1;
            if (process.env['SHOW_SKIPPED'])
              console.info(
                `skipped ${example.file}:${example.line}: ${check.line.trim()} (${(error as Error).message})`,
              );
            continue;
          }
          outcome = { threw: true, error };
        }
        checked += 1;
        if (check.expected.kind === 'throws') {
          expect(outcome.threw, `${check.line} should throw`).toBe(true);
          if (outcome.threw) {
            expect((outcome.error as { code?: string }).code, check.line).toBe(check.expected.code);
          }
        } else {
          if (outcome.threw) throw outcome.error;
          const expected = new Function(`return (${check.expected.source});`)();
          expect(normalise(outcome.value), check.line).toEqual(normalise(expected));
        }
      }
    });
  }

  it('checks a meaningful share of the examples', () => {
    console.info(
      `TSDoc examples: ${examples.length} blocks, ${checked} lines checked, ${skipped} skipped`,
    );
    expect(examples.length).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(400);
    // An example that cannot run (a name it never defines) promises nothing:
    // define what it uses. SHOW_SKIPPED=1 lists the lines.
    expect(skipped).toBe(0);
  });
});
