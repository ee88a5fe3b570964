// Walks the import graph of the built package, file by file, the way Node
// loads it: every static import, re-export, require() and dynamic import().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One module the graph reached from outside the package, and how. */
export interface ExternalImport {
  /** The package name: `zod`, `decimal.js`, `@date-fns/tz`. */
  readonly name: string;
  /** The files from the entry to the one that imports it, relative to the package. */
  readonly chain: readonly string[];
}

/** A bare specifier's package: `@date-fns/tz/date` → `@date-fns/tz`, `zod/v4` → `zod`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The specifiers a file imports, found by TypeScript's own pre-processor (no regexes over code). */
export function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

// A declaration file names the code file (`./tenge.js`); its types are beside it.
const DECLARATION_OF: readonly [RegExp, string][] = [
  [/\.js$/, '.d.ts'],
  [/\.cjs$/, '.d.cts'],
  [/\.mjs$/, '.d.mts'],
];

function resolveRelative(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier);
  if (/\.d\.[cm]?ts$/.test(from)) {
    for (const [code, declaration] of DECLARATION_OF) {
      const types = target.replace(code, declaration);
      if (types !== target && existsSync(types)) return types;
    }
  }
  if (existsSync(target)) return target;
  throw new Error(`${from} imports ${specifier}, which does not exist`);
}

/**
 * Every package outside the package that `entry` reaches, each with the
 * first chain of files found that leads to it (breadth first, so the
 * shortest).
 */
export function externalImports(root: string, entry: string): ExternalImport[] {
  const found = new Map<string, ExternalImport>();
  const seen = new Set<string>([entry]);
  const queue: { file: string; chain: string[] }[] = [
    { file: entry, chain: [relative(root, entry)] },
  ];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    for (const specifier of specifiersOf(item.file)) {
      if (specifier.startsWith('.')) {
        const next = resolveRelative(item.file, specifier);
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push({ file: next, chain: [...item.chain, relative(root, next)] });
      } else {
        const name = packageOf(specifier);
        if (!found.has(name)) found.set(name, { name, chain: item.chain });
      }
    }
  }
  return [...found.values()];
}
