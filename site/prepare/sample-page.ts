// The page of the Shymkent sample report: the bundled records run through
// buildReport and reconcilePublished, and the report rendered by renderReport
// in Kazakh, Russian and English, so a reader sees exactly what the library
// writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/core/index.js';
import {
  buildReport,
  type Finding,
  reconcilePublished,
  renderReport,
} from '../../src/report/index.js';
import { reportTextLines } from '../try-it/report-text.js';

/** The folder of the bundled sample, relative to the repository. */
export const SAMPLE_DIR = 'examples/sample/shymkent-2024-01-05';

/** The sample's record files, by the report input each one feeds. */
export const SAMPLE_FILES = {
  complaints: 'complaints.jsonl',
  lawsuits: 'lawsuits.jsonl',
  activities: 'activities.jsonl',
  registrations: 'registrations.jsonl',
} as const;

const LANGUAGES: readonly (readonly [Locale, string])[] = [
  ['kk', 'Қазақша (kk)'],
  ['ru', 'Русский (ru)'],
  ['en', 'English (en)'],
];

const jsonLines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// The page's own headings are levels 1–3: the rendered report's go below them.
const demoted = (markdown: string): string =>
  markdown.replace(/^(#+) /gm, (_, hashes: string) => `${hashes}## `);

// The press-release text line by line, as paragraphs: in a code block its
// long lines would scroll, and as Markdown «1. …» would turn into a list.
const asParagraphs = (text: string): string =>
  [
    '<div class="tutynushy-report-text">',
    ...reportTextLines(text).map(
      (line) => `<p${line.heading ? ' class="heading"' : ''}>\n${escapeHtml(line.text)}\n</p>`,
    ),
    '</div>',
  ].join('\n');

/** The Markdown of the sample report page, rendered from the records in `root`/{@link SAMPLE_DIR}. */
export function samplePage(root: string): string {
  const dir = join(root, SAMPLE_DIR);
  const read = (file: string) => jsonLines(readFileSync(join(dir, file), 'utf8'));
  const report = buildReport(
    {
      complaints: read(SAMPLE_FILES.complaints),
      lawsuits: read(SAMPLE_FILES.lawsuits),
      activities: read(SAMPLE_FILES.activities),
      registrations: read(SAMPLE_FILES.registrations),
    },
    { period: '2024-01/2024-05', regions: ['79'] },
  );
  const published = JSON.parse(readFileSync(join(dir, 'published.json'), 'utf8')) as unknown;
  const findings: readonly Finding[] = reconcilePublished(published, { report }).findings;
  const { records } = report;
  const readCount = Object.values(records).reduce((sum, counts) => sum + counts.read, 0);
  const rejected = Object.values(records).reduce((sum, counts) => sum + counts.rejected, 0);
  const sections = LANGUAGES.flatMap(([locale, heading]) => [
    `## ${heading}`,
    '',
    `### ${locale === 'kk' ? 'Мәтін' : locale === 'ru' ? 'Текст' : 'Text'}`,
    '',
    `\`renderReport(report, { locale: '${locale}', format: 'text', findings })\`:`,
    '',
    asParagraphs(renderReport(report, { locale, format: 'text', findings })),
    '',
    `### ${locale === 'kk' ? 'Кестелер' : locale === 'ru' ? 'Таблицы' : 'Tables'}`,
    '',
    `\`renderReport(report, { locale: '${locale}', format: 'markdown', findings })\`, as Markdown renders it:`,
    '',
    demoted(renderReport(report, { locale, format: 'markdown', findings })).trim(),
    '',
  ]);
  return [
    '---',
    'title: Sample report',
    '---',
    '',
    '# Sample report: Shymkent, January–May 2024',
    '',
    'What the library writes from a department’s records: the KPI report of the Department of',
    'Trade and Consumer Rights Protection of Shymkent (region `79`) for the first five months of',
    `2024, computed from the sample records bundled in \`${SAMPLE_DIR}/\` and rendered in Kazakh,`,
    'Russian and English when this site was built. The records are synthetic; the figures they',
    'add up to are the ones the department published, and the reconciliation with the published',
    'figures finds the one the department got wrong.',
    '',
    `The report read ${readCount} records and refused ${rejected}. The same records can be loaded on the`,
    '[Try it](../pages/try-it.md) page, which computes this report in your browser.',
    '',
    '```ts',
    "import { buildReport, reconcilePublished, renderReport } from 'tutynushy';",
    '',
    '// complaints, lawsuits, activities, registrations: the JSON Lines files, one object a line',
    'const report = buildReport(',
    '  { complaints, lawsuits, activities, registrations },',
    "  { period: '2024-01/2024-05', regions: ['79'] },",
    ');',
    'const { findings } = reconcilePublished(published, { report });',
    "renderReport(report, { locale: 'kk', format: 'text', findings });",
    "renderReport(report, { locale: 'kk', format: 'markdown', findings });",
    '```',
    '',
    ...sections,
  ].join('\n');
}
