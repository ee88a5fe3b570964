// The package as an app meets it: `npm pack`, the tarball installed into a
// new project (from the local npm cache, as CI has it after `npm ci`), then
// plain Node ESM and CommonJS scripts and TypeScript type-checks against it.
// Without zod the zod-free subpaths load; with zod every subpath loads in
// both formats, and an error or an amount made by the CommonJS copy is what
// it is to the ESM copy.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ZOD_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules', 'zod', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
// The code subpaths: not package.json, nor the JSON Schema files.
const SUBPATHS = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json' && !key.endsWith('.json'))
  .map((key) => (key === '.' ? 'tutynushy' : `tutynushy/${key.slice(2)}`));
const ZOD_FREE = [
  'tutynushy/core',
  'tutynushy/money',
  'tutynushy/ids',
  'tutynushy/regions',
  'tutynushy/calendar',
];

// The child processes must not inherit what `npm run` tells its scripts
// (npm_config_*, the prefix of this package), or npm installs into the wrong place.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

function run(cwd: string, command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`,
    );
  }
}

let work: string;
let tarball: string;
let zodInstalledAsPeer: boolean | undefined;

/** A new project with the tarball (and, when asked, zod) installed. */
function project(name: string, withZod: boolean): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true }, null, 2)}\n`,
  );
  run(dir, 'npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--no-package-lock',
    tarball,
    ...(withZod ? [`zod@${ZOD_VERSION}`] : []),
  ]);
  if (!withZod) {
    // npm installs a peer that is not optional: note it, then take it away, so
    // that the tests below load the package without zod whatever npm did.
    zodInstalledAsPeer = existsSync(join(dir, 'node_modules', 'zod'));
    rmSync(join(dir, 'node_modules', 'zod'), { recursive: true, force: true });
  }
  return dir;
}

function script(dir: string, file: string, code: string): string {
  writeFileSync(join(dir, file), code);
  return run(dir, process.execPath, [file]).trim();
}

let bare: string;
let full: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tutynushy-consumer-'));
  const packed = JSON.parse(
    run(ROOT, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]),
  ) as { filename: string }[];
  tarball = join(work, packed[0]?.filename ?? '');
  bare = project('without-zod', false);
  full = project('with-zod', true);
}, 120_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('installed without zod', () => {
  it('ships the JSON Schemas, importable as JSON from ESM and CommonJS', () => {
    const esm = script(
      bare,
      'schemas.mjs',
      `
      import schema from 'tutynushy/schemas/complaint-record.json' with { type: 'json' };
      console.log(schema.$id);
      `,
    );
    expect(esm).toBe('https://github.com/tutynushy/tutynushy/schemas/complaint-record.json');
    const cjs = script(
      bare,
      'schemas.cjs',
      `console.log(require('tutynushy/schemas/region-code.json').title);`,
    );
    expect(cjs).toBe('Region');
    const shipped = readdirSync(join(bare, 'node_modules', 'tutynushy', 'schemas')).sort();
    expect(shipped).toEqual(readdirSync(join(ROOT, 'schemas')).sort());
  });

  it('has no zod: it is an optional peer, so npm does not install it', () => {
    expect(existsSync(join(bare, 'node_modules', 'tutynushy', 'package.json'))).toBe(true);
    expect(zodInstalledAsPeer).toBe(false);
  });

  it('loads core, money, ids, regions and calendar in plain ESM', () => {
    const out = script(
      bare,
      'zod-free.mjs',
      `
      import { Tenge, formatTenge, parseTenge } from 'tutynushy/money';
      import { parseIin } from 'tutynushy/ids';
      import { reviewDeadline } from 'tutynushy/calendar';
      import { regionName } from 'tutynushy/regions';
      import { isTutynushyError, parseLocalDate } from 'tutynushy/core';
      const text = formatTenge(Tenge.of('1424750.50'), { locale: 'kk' });
      console.log(JSON.stringify([
        text, parseTenge(text).toString(), parseIin('900101300017').birthDate,
        reviewDeadline('2024-05-03'), regionName('79', 'kk'), parseLocalDate('2024-02-29'),
        isTutynushyError((() => { try { Tenge.of('x'); } catch (e) { return e; } })(), 'INVALID_AMOUNT'),
      ]));
      `,
    );
    expect(JSON.parse(out)).toEqual([
      '1\u00A0424\u00A0750,50\u00A0₸',
      '1424750.50',
      '1990-01-01',
      // 15 working days after Friday 3 May 2024: Saturday 4 May was worked, 7–9 May were off.
      '2024-05-28',
      'Шымкент қаласы',
      '2024-02-29',
      true,
    ]);
  });

  it('loads the same in CommonJS', () => {
    const out = script(
      bare,
      'zod-free.cjs',
      `
      const { Tenge, formatTenge } = require('tutynushy/money');
      const { isValidBin } = require('tutynushy/ids');
      const { isWorkingDay } = require('tutynushy/calendar');
      const { regionByCode } = require('tutynushy/regions');
      const { TutynushyError } = require('tutynushy/core');
      console.log(JSON.stringify([
        formatTenge(Tenge.of(72000000), { locale: 'ru', unit: 'word', compact: true }),
        isValidBin('940140000385'), isWorkingDay('2024-05-07'), regionByCode('KZ-79').code,
        typeof TutynushyError,
      ]));
      `,
    );
    expect(JSON.parse(out)).toEqual(['72\u00A0млн\u00A0тенге', true, false, '79', 'function']);
  });

  it('loads every zod-free subpath whole, in ESM and in CommonJS', () => {
    const list = JSON.stringify(ZOD_FREE);
    const esm = script(
      bare,
      'whole.mjs',
      `for (const s of ${list}) console.log(s, Object.keys(await import(s)).length);`,
    );
    const cjs = script(
      bare,
      'whole.cjs',
      `for (const s of ${list}) console.log(s, Object.keys(require(s)).filter((k) => k !== '__esModule').length);`,
    );
    expect(esm.split('\n').map((line) => line.split(' ')[0])).toEqual(ZOD_FREE);
    expect(cjs).toBe(esm);
  });

  it('points stack traces at the shipped sources (with --enable-source-maps)', () => {
    writeFileSync(
      join(bare, 'trace.mjs'),
      "import { Tenge } from 'tutynushy/money';\ntry { Tenge.of('0.001'); } catch (e) { console.log(e.stack); }\n",
    );
    const plain = run(bare, process.execPath, ['trace.mjs']);
    const mapped = run(bare, process.execPath, ['--enable-source-maps', 'trace.mjs']);
    expect(plain).toMatch(/node_modules\/tutynushy\/dist\/chunk-\w+\.js:\d+/);
    const frame = /\((\/[^():]+\/node_modules\/tutynushy\/src\/money\/[\w-]+\.ts):\d+:\d+\)/.exec(
      mapped,
    );
    expect(frame?.[1], mapped).toBeDefined();
    expect(existsSync(frame?.[1] ?? '')).toBe(true);
  });

  it('ships every source a source map names, and its text in the map', () => {
    const dist = join(bare, 'node_modules', 'tutynushy', 'dist');
    const maps = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.map'),
    );
    expect(maps.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of maps) {
      const map = JSON.parse(readFileSync(join(dist, file), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, i) => {
        const path = join(dist, dirname(file), source);
        if (!existsSync(path) || typeof map.sourcesContent?.[i] !== 'string')
          missing.push(`${file}: ${source}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('says plainly that tutynushy/schemas needs zod', () => {
    writeFileSync(join(bare, 'schemas.mjs'), "await import('tutynushy/schemas');\n");
    expect(() => run(bare, process.execPath, ['schemas.mjs'])).toThrow(/Cannot find package 'zod'/);
  });

  it('type-checks a zod-free consumer under node16, with the library’s .d.ts files checked too', () => {
    writeFileSync(
      join(bare, 'consumer.mts'),
      `
      import { Tenge, formatTenge, safeParseTenge } from 'tutynushy/money';
      import { parseIin, type ParsedIin } from 'tutynushy/ids';
      import { addWorkingDays } from 'tutynushy/calendar';
      import { regionName } from 'tutynushy/regions';
      import type { ErrorCode } from 'tutynushy/core';
      const iin: ParsedIin = parseIin('900101300017');
      const result = safeParseTenge('x');
      const code: ErrorCode | undefined = result.ok ? undefined : result.error.code;
      export const shown: string[] = [formatTenge(Tenge.of(5), { locale: 'en' }), iin.sex, addWorkingDays('2024-05-03', 3), regionName('79', 'en'), String(code)];
      `,
    );
    writeFileSync(
      join(bare, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.mts'],
      }),
    );
    run(bare, process.execPath, [TSC, '-p', 'tsconfig.json']);
  });
});

describe('installed with zod', () => {
  it('loads every subpath in ESM and in CommonJS, with the same names', () => {
    const list = JSON.stringify(SUBPATHS);
    const esm = script(
      full,
      'names.mjs',
      `const names = {};
       for (const subpath of ${list}) names[subpath] = Object.keys(await import(subpath)).sort();
       console.log(JSON.stringify(names));`,
    );
    const cjs = script(
      full,
      'names.cjs',
      `const names = {};
       for (const subpath of ${list}) {
         names[subpath] = Object.keys(require(subpath)).filter((k) => k !== '__esModule').sort();
       }
       console.log(JSON.stringify(names));`,
    );
    const names = JSON.parse(esm) as Record<string, string[]>;
    expect(Object.keys(names)).toEqual(SUBPATHS);
    for (const subpath of SUBPATHS) expect(names[subpath]?.length, subpath).toBeGreaterThan(0);
    expect(names['tutynushy/schemas']).toContain('ComplaintRecordSchema');
    expect(names['tutynushy/money']).not.toContain('TengeSchema');
    expect(JSON.parse(cjs)).toEqual(names);
  });

  it('parses a record with the zod schemas in both formats', () => {
    const record = JSON.stringify({
      schemaVersion: 1,
      id: 'SH-2024-0113',
      receivedAt: '2024-05-03T18:45:00+05:00',
      channel: 'paper',
      appealType: 'complaint',
      region: '79',
      sector: 'retailTrade',
      subject: 'Смартфон с дефектом',
      consumer: { kind: 'individual' },
      business: { id: '940140000385' },
      events: [{ type: 'register', at: '2024-05-04' }],
    });
    const esm = script(
      full,
      'record.mjs',
      `import { replayComplaint, parseComplaintRecord } from 'tutynushy/complaint';
       import { TengeSchema } from 'tutynushy/schemas';
       console.log(JSON.stringify([replayComplaint(parseComplaintRecord(${record})).state, TengeSchema.parse('5').toString()]));`,
    );
    const cjs = script(
      full,
      'record.cjs',
      `const { replayComplaint, parseComplaintRecord } = require('tutynushy');
       const { TengeSchema } = require('tutynushy/schemas');
       console.log(JSON.stringify([replayComplaint(parseComplaintRecord(${record})).state, TengeSchema.parse('5').toString()]));`,
    );
    expect(JSON.parse(esm)).toEqual(['registered', '5.00']);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it('an error or an amount made by the CommonJS copy is one to the ESM copy, and back', () => {
    const out = script(
      full,
      'dual.mjs',
      `
      import { createRequire } from 'node:module';
      import { TutynushyError, isTutynushyError } from 'tutynushy/core';
      import { Tenge, formatTenge } from 'tutynushy/money';
      import * as root from 'tutynushy';
      const require = createRequire(import.meta.url);
      const cjsCore = require('tutynushy/core');
      const cjsMoney = require('tutynushy/money');
      const thrown = (fn) => { try { fn(); } catch (e) { return e; } };
      const fromCjs = thrown(() => cjsMoney.Tenge.of('0.001'));
      const fromEsm = thrown(() => Tenge.of('0.001'));
      const cjsAmount = cjsMoney.Tenge.of('1424750.50');
      console.log(JSON.stringify({
        twoClasses: cjsCore.TutynushyError !== TutynushyError,
        cjsErrorInEsm: fromCjs instanceof TutynushyError,
        cjsErrorIsError: isTutynushyError(fromCjs, 'INVALID_AMOUNT'),
        cjsErrorViaRoot: fromCjs instanceof root.TutynushyError,
        esmErrorInCjs: fromEsm instanceof cjsCore.TutynushyError,
        esmErrorIsErrorInCjs: cjsCore.isTutynushyError(fromEsm, 'INVALID_AMOUNT'),
        code: fromCjs.code,
        amountOf: Tenge.of(cjsAmount).toString(),
        plus: Tenge.of(1).plus(cjsAmount).toString(),
        equals: Tenge.of('1424750.50').equals(cjsAmount),
        sum: Tenge.sum([cjsAmount, Tenge.of(1)]).toString(),
        formatted: formatTenge(cjsAmount, { locale: 'ru' }),
        back: cjsMoney.Tenge.of(Tenge.of(2)).toString(),
      }));
      `,
    );
    expect(JSON.parse(out)).toEqual({
      twoClasses: true,
      cjsErrorInEsm: true,
      cjsErrorIsError: true,
      cjsErrorViaRoot: true,
      esmErrorInCjs: true,
      esmErrorIsErrorInCjs: true,
      code: 'INVALID_AMOUNT',
      amountOf: '1424750.50',
      plus: '1424751.50',
      equals: true,
      sum: '1424751.50',
      formatted: '1\u00A0424\u00A0750,50\u00A0₸',
      back: '2.00',
    });
  });

  const CONSUMER = `
    import { Tenge, formatTenge } from 'tutynushy/money';
    import { parseComplaintRecord, replayComplaint, type Complaint } from 'tutynushy/complaint';
    import { ComplaintRecordSchema, TengeSchema } from 'tutynushy/schemas';
    import { isTutynushyError, type ErrorCode } from 'tutynushy/core';
    import * as everything from 'tutynushy';
    export function refund(input: unknown): string {
      const appeal: Complaint = replayComplaint(parseComplaintRecord(input));
      const amount: Tenge = appeal.relief.refund ?? everything.Tenge.zero;
      return formatTenge(amount, { locale: 'kk', unit: 'word' });
    }
    export const parsed: Tenge = TengeSchema.parse('5');
    export const checked = ComplaintRecordSchema.safeParse({}).success;
    export function codeOf(error: unknown): ErrorCode | undefined {
      return isTutynushyError(error) ? error.code : undefined;
    }
  `;

  it.each([
    ['node16 (ESM file)', 'consumer.mts', { module: 'node16', moduleResolution: 'node16' }],
    ['node16 (CommonJS file)', 'consumer.cts', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', 'consumer.ts', { module: 'esnext', moduleResolution: 'bundler' }],
    [
      'node10 (typesVersions)',
      'consumer.ts',
      // zod's own declarations need esModuleInterop under node10.
      { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
    ],
  ])('type-checks a consumer with moduleResolution %s', (name, file, options) => {
    writeFileSync(join(full, file), CONSUMER);
    const config = `tsconfig.${name.replace(/\W+/g, '-')}.json`;
    writeFileSync(
      join(full, config),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          noEmit: true,
          // The library's declarations are checked in full without zod (above) and by
          // attw; checking zod's own for each resolution mode would only cost time.
          skipLibCheck: true,
          types: [],
        },
        files: [file],
      }),
    );
    run(full, process.execPath, [TSC, '-p', config]);
  });
});
