// Every public name is documented: functions, classes and values with an
// `@example`, types and interfaces with at least a description.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const entry = `${root}src/index.ts`;
const program = ts.createProgram([entry], { ...parsed.options, noEmit: true });
const checker = program.getTypeChecker();

interface Finding {
  readonly name: string;
  readonly problem: string;
}

function findings(): Finding[] {
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error('src/index.ts not found');
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [];
  const problems: Finding[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    const isValue =
      ts.isFunctionDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      ts.isVariableDeclaration(declaration);
    const documented = symbol.getDocumentationComment(checker).length > 0;
    const tags = symbol.getJsDocTags(checker);
    const hasExample =
      tags.some((tag) => tag.name === 'example') ||
      (symbol.declarations ?? []).some((d) =>
        ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'example'),
      );
    if (!documented) problems.push({ name: exported.name, problem: 'no TSDoc description' });
    else if (isValue && !hasExample) problems.push({ name: exported.name, problem: 'no @example' });
  }
  return problems;
}

describe('public API documentation', () => {
  it('documents every exported name, with an @example for every function, class and value', () => {
    expect(findings()).toEqual([]);
  });
});
