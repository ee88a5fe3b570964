// The Try it page: records dropped, chosen or pasted by an analyst, read in
// the page, and the period report computed and rendered by the library in
// the browser. Nothing leaves the page: there is no request to make, and
// the page works from a saved copy of the site without a network.
import {
  type AnyTutynushyError,
  formatError,
  isTutynushyError,
  type Locale,
} from '../../src/core/index.js';
import { formatPeriod, parsePeriod } from '../../src/period/index.js';
import { REGIONS, type RegionCode, sortRegionsByName } from '../../src/regions/index.js';
import {
  createReportBuilder,
  REPORT_RECORD_KINDS,
  type Report,
  type ReportRecordKind,
  renderReport,
} from '../../src/report/index.js';
import { reportMarkdownToHtml } from './markdown.js';
import { detectKind, type ReadRecords, readRecords, type UnreadableLine } from './records.js';
import { reportTextLines } from './report-text.js';
import { LANGUAGE_NAMES, type PageStrings, STRINGS } from './strings.js';

/** One input of the report: a file (or a pasted text, or one kind of a JSON object of inputs). */
interface Input {
  readonly name: string;
  kind: ReportRecordKind | undefined;
  readonly read: ReadRecords;
}

interface SampleScript {
  readonly folder: string;
  readonly files: Readonly<Record<string, string>>;
}

interface State {
  locale: Locale;
  inputs: Input[];
  period: string;
  regions: Set<RegionCode>;
  view: 'text' | 'tables';
  /** Whether the paste box is open: the page is drawn again on every change. */
  pasteOpen: boolean;
  report: Report | undefined;
  problem: string | undefined;
}

const state: State = {
  locale: 'kk',
  inputs: [],
  period: '',
  regions: new Set(),
  view: 'text',
  pasteOpen: false,
  report: undefined,
  problem: undefined,
};

type Child = Node | string | null | undefined | false;

function h(
  tag: string,
  attributes: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

const words = (): PageStrings => STRINGS[state.locale];

const errorText = (error: unknown): string =>
  isTutynushyError(error) ? formatError(error, state.locale) : String(error);

// ——— reading inputs ———

function addText(name: string, text: string, kind?: ReportRecordKind): void {
  const read = readRecords(text);
  if (read.byKind !== undefined) {
    for (const recordKind of REPORT_RECORD_KINDS) {
      const part = read.byKind[recordKind];
      if (part !== undefined)
        state.inputs.push({ name: `${name} · ${recordKind}`, kind: recordKind, read: part });
    }
    return;
  }
  state.inputs.push({ name, kind: kind ?? detectKind(name, read.records), read });
}

async function addFiles(files: Iterable<File>): Promise<void> {
  for (const file of files) addText(file.name, await file.text());
  recompute();
}

function loadSample(base: string): void {
  const take = (sample: SampleScript) => {
    state.inputs = [];
    for (const [file, text] of Object.entries(sample.files)) addText(file, text);
    state.period = '2024-01/2024-05';
    state.regions = new Set(['79']);
    recompute();
  };
  const loaded = (globalThis as { tutynushySample?: SampleScript }).tutynushySample;
  if (loaded !== undefined) {
    take(loaded);
    return;
  }
  // A script, not fetch(): a copy of the site opened from disk may load scripts, not files.
  const script = h('script', { src: `${base}assets/shymkent-sample.js` }) as HTMLScriptElement;
  script.addEventListener('load', () => {
    const sample = (globalThis as { tutynushySample?: SampleScript }).tutynushySample;
    if (sample !== undefined) take(sample);
  });
  document.head.append(script);
}

// ——— computing ———

function compute(): void {
  state.report = undefined;
  state.problem = undefined;
  if (state.inputs.every((input) => input.read.records.length === 0)) {
    state.problem = words().needRecords;
    return;
  }
  if (state.period.trim() === '') {
    state.problem = words().needPeriod;
    return;
  }
  try {
    const builder = createReportBuilder({
      period: state.period.trim(),
      regions: state.regions.size === 0 ? null : [...state.regions],
    });
    for (const input of state.inputs) {
      const { kind } = input;
      if (kind === undefined) continue;
      input.read.records.forEach((record, i) => {
        builder.add(kind, record, { source: input.name, index: input.read.places[i] ?? i });
      });
    }
    state.report = builder.result();
  } catch (error) {
    state.problem = errorText(error);
  }
}

let pending: number | undefined;

function recompute(): void {
  const status = document.getElementById('tutynushy-try-it-status');
  if (status !== null) status.textContent = words().computing;
  render();
  // Let the page show «computing» before a large input takes the thread.
  if (pending !== undefined) clearTimeout(pending);
  pending = window.setTimeout(() => {
    pending = undefined;
    compute();
    render();
  }, 30);
}

// ——— the page ———

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function languageSwitch(): HTMLElement {
  return h(
    'fieldset',
    { class: 'tutynushy-try-it-languages' },
    h('legend', {}, words().language),
    ...(['kk', 'ru', 'en'] as const).map((locale) => {
      const input = h('input', {
        type: 'radio',
        name: 'tutynushy-locale',
        value: locale,
        checked: state.locale === locale,
      });
      input.addEventListener('change', () => {
        state.locale = locale;
        if (state.report === undefined) compute();
        render();
      });
      return h('label', {}, input, ` ${LANGUAGE_NAMES[locale]}`);
    }),
  );
}

function dropZone(base: string): HTMLElement {
  const w = words();
  const picker = h('input', {
    type: 'file',
    multiple: true,
    accept: '.json,.jsonl,.ndjson,.txt,application/json',
    id: 'tutynushy-try-it-files',
  }) as HTMLInputElement;
  picker.addEventListener('change', () => {
    if (picker.files !== null) void addFiles([...picker.files]);
  });
  const sample = h('button', { type: 'button', id: 'tutynushy-try-it-sample' }, w.sample);
  sample.addEventListener('click', () => loadSample(base));
  const clear = h('button', { type: 'button' }, w.clear);
  clear.addEventListener('click', () => {
    state.inputs = [];
    recompute();
  });
  const zone = h(
    'div',
    { class: 'tutynushy-try-it-drop', id: 'tutynushy-try-it-drop' },
    h('p', {}, w.dropHint),
    h(
      'p',
      {},
      h('label', { class: 'tutynushy-try-it-button' }, w.choose, picker),
      ' ',
      sample,
      ' ',
      clear,
    ),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const files = event.dataTransfer?.files;
    if (files !== undefined && files.length > 0) void addFiles([...files]);
  });
  return zone;
}

function kindPicker(
  selected: ReportRecordKind | undefined,
  onPick: (kind: ReportRecordKind | undefined) => void,
  allowDetect: boolean,
): HTMLElement {
  const w = words();
  const select = h(
    'select',
    {},
    allowDetect
      ? h('option', { value: '' }, w.detect)
      : selected === undefined && h('option', { value: '', selected: true }, w.unknownKind),
    ...REPORT_RECORD_KINDS.map((kind) =>
      h('option', { value: kind, selected: selected === kind }, w.kinds[kind]),
    ),
  ) as HTMLSelectElement;
  select.addEventListener('change', () =>
    onPick(select.value === '' ? undefined : (select.value as ReportRecordKind)),
  );
  return select;
}

function pasteBox(): HTMLElement {
  const w = words();
  const area = h('textarea', {
    rows: '6',
    placeholder: w.pasteHint,
    spellcheck: 'false',
  }) as HTMLTextAreaElement;
  let kind: ReportRecordKind | undefined;
  const add = h('button', { type: 'button' }, w.addPasted);
  add.addEventListener('click', () => {
    if (area.value.trim() === '') return;
    addText(`${w.pasted} ${state.inputs.length + 1}`, area.value, kind);
    area.value = '';
    recompute();
  });
  const box = h(
    'details',
    { class: 'tutynushy-try-it-paste', open: state.pasteOpen },
    h('summary', {}, w.paste),
    area,
    h(
      'p',
      {},
      h(
        'label',
        {},
        `${w.kind}: `,
        kindPicker(
          undefined,
          (picked) => {
            kind = picked;
          },
          true,
        ),
      ),
      ' ',
      add,
    ),
  );
  box.addEventListener('toggle', () => {
    state.pasteOpen = (box as HTMLDetailsElement).open;
  });
  return box;
}

function inputTable(): HTMLElement {
  const w = words();
  if (state.inputs.length === 0) return h('p', { class: 'tutynushy-try-it-empty' }, w.noFiles);
  return h(
    'table',
    { class: 'tutynushy-try-it-inputs' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, w.file),
        h('th', {}, w.kind),
        h('th', { class: 'number' }, w.count),
        h('th', { class: 'number' }, w.unreadableCount),
        h('th', {}),
      ),
    ),
    h(
      'tbody',
      {},
      ...state.inputs.map((input) => {
        const remove = h(
          'button',
          { type: 'button', title: w.remove, 'aria-label': `${w.remove}: ${input.name}` },
          '×',
        );
        remove.addEventListener('click', () => {
          state.inputs = state.inputs.filter((other) => other !== input);
          recompute();
        });
        return h(
          'tr',
          {},
          h('td', {}, input.name),
          h(
            'td',
            {},
            kindPicker(
              input.kind,
              (kind) => {
                input.kind = kind;
                recompute();
              },
              false,
            ),
          ),
          h('td', { class: 'number' }, String(input.read.records.length)),
          h('td', { class: 'number' }, String(input.read.unreadable.length)),
          h('td', {}, remove),
        );
      }),
    ),
  );
}

function scopeControls(): HTMLElement {
  const w = words();
  const period = h('input', {
    type: 'text',
    id: 'tutynushy-try-it-period',
    value: state.period,
    placeholder: '2024-01/2024-05',
    spellcheck: 'false',
  }) as HTMLInputElement;
  period.addEventListener('change', () => {
    state.period = period.value;
    recompute();
  });
  let periodName = '';
  if (state.period.trim() !== '') {
    try {
      periodName = formatPeriod(parsePeriod(state.period.trim()), state.locale);
    } catch (error) {
      periodName = errorText(error);
    }
  }
  const regions = sortRegionsByName(REGIONS, state.locale).map((region) => {
    const box = h('input', {
      type: 'checkbox',
      value: region.code,
      checked: state.regions.has(region.code),
    }) as HTMLInputElement;
    box.addEventListener('change', () => {
      if (box.checked) state.regions.add(region.code);
      else state.regions.delete(region.code);
      recompute();
    });
    return h('label', {}, box, ` ${region.name[state.locale]}`);
  });
  return h(
    'div',
    { class: 'tutynushy-try-it-scope' },
    h(
      'p',
      {},
      h('label', { for: 'tutynushy-try-it-period' }, `${w.period}: `),
      period,
      ' ',
      h('span', { class: 'tutynushy-try-it-period-name' }, periodName),
    ),
    h('p', { class: 'tutynushy-try-it-hint' }, w.periodHint),
    h(
      'fieldset',
      { class: 'tutynushy-try-it-regions' },
      h('legend', {}, `${w.regions} — ${w.allRegions}`),
      ...regions,
    ),
  );
}

function countsTable(report: Report): HTMLElement {
  const w = words();
  const rows = [
    ['complaint', report.records.complaints],
    ['lawsuit', report.records.lawsuits],
    ['activity', report.records.activities],
    ['registration', report.records.registrations],
  ] as const;
  return h(
    'table',
    { class: 'tutynushy-try-it-counts' },
    h('caption', {}, w.counted),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, w.kind),
        h('th', { class: 'number' }, w.read),
        h('th', { class: 'number' }, w.accepted),
        h('th', { class: 'number' }, w.rejected),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map(([kind, counts]) =>
        h(
          'tr',
          {},
          h('td', {}, w.kinds[kind]),
          h('td', { class: 'number' }, String(counts.read)),
          h('td', { class: 'number' }, String(counts.accepted)),
          h('td', { class: 'number' }, String(counts.rejected)),
        ),
      ),
    ),
  );
}

interface RefusedRow {
  readonly file: string;
  readonly line: number;
  readonly id: string;
  readonly error: string;
}

function refusedRows(report: Report): RefusedRow[] {
  const w = words();
  const unreadable = state.inputs.flatMap((input) =>
    input.read.unreadable.map((entry: UnreadableLine) => ({
      file: input.name,
      line: entry.line,
      id: '',
      error: `${w.notJson}: ${entry.message}`,
    })),
  );
  const refused = report.rejected.map((entry) => ({
    file: entry.source ?? '',
    line: entry.index + 1,
    id: entry.id ?? '',
    error: formatError(entry.error as AnyTutynushyError, state.locale),
  }));
  return [...unreadable, ...refused].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

function refusedSection(report: Report): HTMLElement {
  const w = words();
  const rows = refusedRows(report);
  const total = Object.values(report.records).reduce((sum, counts) => sum + counts.rejected, 0);
  const unlisted = total - report.rejected.length;
  return h(
    'section',
    { class: 'tutynushy-try-it-refused', id: 'tutynushy-try-it-refused' },
    h('h3', {}, `${w.refused}: ${rows.length + unlisted}`),
    rows.length === 0
      ? h('p', {}, w.noneRefused)
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, w.file),
              h('th', { class: 'number' }, w.line),
              h('th', {}, w.id),
              h('th', {}, w.error),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map((row) =>
              h(
                'tr',
                {},
                h('td', {}, row.file),
                h('td', { class: 'number' }, String(row.line)),
                h('td', {}, row.id),
                h('td', {}, row.error),
              ),
            ),
          ),
        ),
    unlisted > 0 && h('p', {}, w.moreRefused(unlisted)),
  );
}

function reportSection(): HTMLElement {
  const w = words();
  const { report } = state;
  const section = h(
    'section',
    { class: 'tutynushy-try-it-report', id: 'tutynushy-try-it-report' },
    h('h2', {}, w.report),
  );
  section.append(
    h(
      'p',
      { id: 'tutynushy-try-it-status', role: 'status' },
      pending !== undefined ? w.computing : (state.problem ?? ''),
    ),
  );
  if (report === undefined) return section;
  const tabs = (['text', 'tables'] as const).map((view) => {
    const tab = h(
      'button',
      { type: 'button', role: 'tab', 'aria-selected': String(state.view === view) },
      view === 'text' ? w.text : w.tables,
    );
    tab.addEventListener('click', () => {
      state.view = view;
      render();
    });
    return tab;
  });
  const csv = h('button', { type: 'button', id: 'tutynushy-try-it-csv' }, w.downloadCsv);
  csv.addEventListener('click', () =>
    download(
      `report-${report.period.code.replaceAll('/', '_')}-${state.locale}.csv`,
      'text/csv;charset=utf-8',
      renderReport(report, { locale: state.locale, format: 'csv' }),
    ),
  );
  const json = h('button', { type: 'button' }, w.downloadJson);
  json.addEventListener('click', () =>
    download(
      `report-${report.period.code.replaceAll('/', '_')}.json`,
      'application/json',
      renderReport(report, { locale: state.locale, format: 'json' }),
    ),
  );
  const body =
    state.view === 'text'
      ? h(
          'div',
          { class: 'tutynushy-report-text', id: 'tutynushy-try-it-output', lang: state.locale },
          ...reportTextLines(renderReport(report, { locale: state.locale, format: 'text' })).map(
            (line) => h('p', line.heading ? { class: 'heading' } : {}, line.text),
          ),
        )
      : h('div', {
          class: 'tutynushy-try-it-tables',
          id: 'tutynushy-try-it-output',
          lang: state.locale,
        });
  if (state.view === 'tables')
    body.innerHTML = reportMarkdownToHtml(
      renderReport(report, { locale: state.locale, format: 'markdown' }),
      2,
    );
  section.append(
    countsTable(report),
    h(
      'p',
      { class: 'tutynushy-try-it-actions' },
      h('span', { role: 'tablist' }, ...tabs),
      ' ',
      csv,
      ' ',
      json,
    ),
    body,
    refusedSection(report),
  );
  return section;
}

let root: HTMLElement | null = null;
let base = './';

function render(): void {
  if (root === null) return;
  const w = words();
  root.replaceChildren(
    languageSwitch(),
    h('h2', {}, w.records),
    dropZone(base),
    pasteBox(),
    inputTable(),
    scopeControls(),
    reportSection(),
  );
}

function start(): void {
  root = document.getElementById('tutynushy-try-it');
  if (root === null) return;
  base = document.documentElement.dataset['base'] ?? './';
  if (!base.endsWith('/')) base += '/';
  // A file dropped beside the drop zone must not make the browser leave the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
