// `tutynushy demo` reads the sample shipped in the package, found beside the
// command itself (examples/sample/… above dist/cli/). Here a copy of the
// built package holds the test fixtures as its sample; the bundled sample
// itself is checked when it is there.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, oneLine, ROOT, run } from './run.js';

const SAMPLE = 'examples/sample/shymkent-2024-01-05';
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tutynushy-demo-'));
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, SAMPLE), { recursive: true });
  for (const [from, to] of [
    ['complaints.jsonl', 'complaints.jsonl'],
    ['lawsuits.jsonl', 'lawsuits.jsonl'],
    ['activities.json', 'activities.jsonl'], // a JSON array, whatever its name
    ['registrations.jsonl', 'registrations.jsonl'],
    ['published.json', 'published.json'],
  ] as const) {
    cpSync(join(FIXTURES, from), join(copy, SAMPLE, to));
  }
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('tutynushy demo', () => {
  it('renders the sample in Kazakh, Russian and English, reconciled with its published figures', () => {
    const result = run(['demo'], { bin: join(copy, 'dist/cli/index.js'), cwd: tmpdir() });
    expect(result.code, result.stderr).toBe(0);
    const headings = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('Шымкент') || line.startsWith('Shymkent'));
    expect(headings).toEqual([
      'Шымкент қаласы, 2024 жылғы қаңтар–мамыр — қазақша',
      'Шымкент қаласы',
      'Шымкент, январь–май 2024 года — по-русски',
      'Shymkent, January–May 2024 — in English',
      'Shymkent',
    ]);
    expect(result.stdout).toContain('2024 жылдың 5 айында қаралған өтініштердің жалпы саны – 5');
    expect(result.stdout).toContain('За 5 месяцев 2024 года рассмотрено 5 обращений');
    expect(result.stdout).toContain('In January–May 2024, 5 appeals were reviewed');
    expect(result.stdout).toContain('Сверка с опубликованными показателями');
    // The refused records are named by the sample's own paths.
    expect(result.stdout).toContain(`– ${SAMPLE}/complaints.jsonl, #7 (SH-2024-0005)`);
  });

  it('renders one language with --locale', () => {
    const result = run(['demo', '--locale', 'ru'], { bin: join(copy, 'dist/cli/index.js') });
    expect(result.stdout.startsWith('Шымкент, январь–май 2024 года — по-русски\n')).toBe(true);
    expect(result.stdout).not.toContain('In January–May 2024');
  });

  it('says so when the sample is missing (exit code 3)', () => {
    const bare = mkdtempSync(join(tmpdir(), 'tutynushy-demo-bare-'));
    try {
      cpSync(join(ROOT, 'dist'), join(bare, 'dist'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(bare, 'node_modules'));
      const result = run(['demo', '--locale', 'kk'], { bin: join(bare, 'dist/cli/index.js') });
      expect(result.code).toBe(3);
      expect(oneLine(result)).toBe(
        `кірістірілген деректер үлгісі жоқ: ${join(bare, SAMPLE, 'complaints.jsonl')}`,
      );
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(join(ROOT, SAMPLE, 'complaints.jsonl')))(
    'renders the bundled Shymkent sample: 1902 appeals reviewed, «72 млн теңге», 2165 published against 2156',
    () => {
      const result = run(['demo']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        '2024 жылдың 5 айында қаралған өтініштердің жалпы саны – 1902',
      );
      // The amount is written with no-break spaces, as formatTenge writes it.
      expect(result.stdout).toContain('72\u00A0млн\u00A0теңге');
      expect(result.stdout).toMatch(/2165[^\n]*2156/);
    },
  );
});
