// The public names of each subpath, as an API report (api-extractor's idea):
// a name that appears or disappears without its report file changing fails
// here. After a deliberate change of the public surface, update the files
// with `npx vitest run test/api -u` and review the diff.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const root = new URL('../../', import.meta.url).pathname;
const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);

// The code subpaths: not package.json, nor the JSON Schema files.
const SUBPATHS = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json' && !key.endsWith('.json'))
  .map((key) => (key === '.' ? 'index' : key.slice(2)));

const entryOf = (subpath: string): string =>
  subpath === 'index' ? `${root}src/index.ts` : `${root}src/${subpath}/index.ts`;

const program = ts.createProgram(SUBPATHS.map(entryOf), { ...parsed.options, noEmit: true });
const checker = program.getTypeChecker();

function kindOf(symbol: ts.Symbol): string {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const flags = target.flags;
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Variable) return 'const';
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

function report(subpath: string): string {
  const source = program.getSourceFile(entryOf(subpath));
  if (source === undefined) throw new Error(`no entry for ${subpath}`);
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`no module symbol for ${subpath}`);
  const lines = checker
    .getExportsOfModule(module)
    .map((symbol) => `${kindOf(symbol).padEnd(9)} ${symbol.name}`)
    .sort((a, b) => a.slice(10).localeCompare(b.slice(10)));
  return `${lines.join('\n')}\n`;
}

describe('the public API of each subpath', () => {
  for (const subpath of SUBPATHS) {
    it(`tutynushy${subpath === 'index' ? '' : `/${subpath}`}`, async () => {
      await expect(report(subpath)).toMatchFileSnapshot(`./${subpath}.api.txt`);
    });
  }
});
