// Every exported function that throws says so: a function that throws a
// TutynushyError for some plain bad input (nothing, null, an empty string,
// an object, NaN, an unknown locale or option) carries a `@throws` tag.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const entry = `${root}src/index.ts`;
const program = ts.createProgram([entry], { ...parsed.options, noEmit: true });
const checker = program.getTypeChecker();

/** The exported functions, and whether their TSDoc has `@throws`. */
function exportedFunctions(): Map<string, boolean> {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('src/index.ts not found');
  const found = new Map<string, boolean>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    if (!declarations.some(ts.isFunctionDeclaration)) continue;
    const documented = declarations.some((d) =>
      ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'throws'),
    );
    found.set(exported.name, documented);
  }
  return found;
}

const BAD_INPUTS: readonly (readonly unknown[])[] = [
  [],
  [undefined],
  [null],
  [''],
  ['x'],
  [{}],
  [Number.NaN],
  [-1],
  ['x', 'xx'],
  [1, 'xx'],
  [{}, { unknownOption: 1 }],
  ['2024-01-01', { unknownOption: 1 }],
];

function throwsTyped(fn: (...args: unknown[]) => unknown): string | undefined {
  for (const args of BAD_INPUTS) {
    try {
      fn(...args);
    } catch (error) {
      if (library.isTutynushyError(error)) return `${error.code} for ${JSON.stringify(args)}`;
    }
  }
  return undefined;
}

describe('@throws on every exported function that throws', () => {
  const functions = exportedFunctions();

  it('finds the exported functions', () => {
    expect(functions.size).toBeGreaterThan(150);
  });

  it('documents @throws wherever bad input gets a TutynushyError', () => {
    const undocumented: string[] = [];
    for (const [name, documented] of functions) {
      const fn = (library as unknown as Record<string, unknown>)[name];
      if (typeof fn !== 'function' || documented) continue;
      const thrown = throwsTyped(fn as (...args: unknown[]) => unknown);
      if (thrown !== undefined) undocumented.push(`${name}: ${thrown}`);
    }
    expect(undocumented).toEqual([]);
  });
});
