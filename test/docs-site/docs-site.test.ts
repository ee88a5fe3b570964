// The built docs site (npm run docs) in headless Chromium, as a reader uses
// it: every guide renders without a console error, every internal link
// resolves, search finds names and the guides' words in Kazakh and Russian,
// the lifecycle diagrams are drawn, and the Try it page computes the
// Shymkent report in the browser — from the bundled sample, from dropped
// files, and from a copy of the site opened from disk with no network.
// Writes a screenshot of every page into docs-screenshots/.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SiteServer, serveSite } from './server.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'docs-site');
const SHOTS = join(ROOT, 'docs-screenshots');
const SAMPLE = join(ROOT, 'examples/sample/shymkent-2024-01-05');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The guides in the order the sidebar must list them: typedoc.json's
 * `guideOrder`, each by the title in its front matter.
 */
function guideOrder(): string[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as {
    guideOrder: string[];
  };
  return config.guideOrder.flatMap((name) => {
    const file = ['docs', 'site/pages', 'site/generated']
      .map((dir) => join(ROOT, dir, `${name}.md`))
      .find((path) => existsSync(path));
    if (file === undefined) return [];
    const title = /^---\n(?:.*\n)*?title: (.+)\n/.exec(readFileSync(file, 'utf8'))?.[1];
    return [title ?? name];
  });
}

// Chromium writes the kk amount with no-break spaces, as the library does: compare words.
const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
const offSite: string[] = [];

interface OpenedPage {
  readonly page: Page;
  readonly problems: string[];
}

/** Opens a page of the site, recording console errors, page errors and failed requests. */
async function open(path: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  // typedoc shows the page once its script has run.
  await page.waitForFunction(() => getComputedStyle(document.body).display !== 'none');
  return { page, problems };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The documents the sidebar lists, in its order, once the navigation script has built it. */
async function sidebarGuides(page: Page): Promise<{ title: string; href: string }[]> {
  await page.waitForSelector('.site-menu a[href*="documents/"]');
  return page.$$eval('.site-menu a[href*="documents/"]', (links) =>
    links.map((link) => ({
      title: (link.textContent ?? '').trim(),
      href: (link as HTMLAnchorElement).getAttribute('href') ?? '',
    })),
  );
}

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) {
    throw new Error('docs-site/ is missing: run npm run docs first');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  }
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  server = await serveSite(SITE);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // Nothing may come from the internet: every request off 127.0.0.1 is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(?:data|blob|file):/.test(url) || url.startsWith(`${server.origin}/`)) {
      return route.continue();
    }
    offSite.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the docs site', () => {
  it('lists the guides in reading order and renders the index and every guide without a console error', async () => {
    const index = await open('index.html');
    const guides = await sidebarGuides(index.page);
    const order = guideOrder();
    expect(order.slice(0, 4)).toEqual([
      'Getting started',
      'Appeals',
      'Working days and legal clocks',
      'The KPI report',
    ]);
    expect(guides.map((guide) => guide.title)).toEqual(order);
    await shoot(index.page, '00-index');
    expect(index.problems).toEqual([]);
    await index.page.close();
    for (const [i, guide] of guides.entries()) {
      const { page, problems } = await open(guide.href);
      expect(await page.locator('.col-content h1').first().textContent(), guide.href).toBeTruthy();
      // The Try it page and the diagrams fill in after load; the screenshot waits for them.
      if (guide.title === 'Try it') await page.waitForSelector('#tutynushy-try-it-drop');
      if (await page.locator('figure.tutynushy-machine').count()) {
        await page.waitForSelector('figure.tutynushy-machine svg');
      }
      const name = `${String(i + 1).padStart(2, '0')}-${guide.href.replace(/^.*\//, '').replace(/\.html$/, '')}`;
      await shoot(page, name);
      expect(problems, guide.href).toEqual([]);
      await page.close();
    }
    expect(offSite).toEqual([]);
  });

  it('resolves every internal link, anchors included', async () => {
    // Seeds: every link of the index once its navigation is built (the sidebar lists every page).
    const index = await open('index.html');
    await sidebarGuides(index.page);
    const seeds = await index.page.$$eval('a[href]', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    await index.page.close();
    const pages = new Map<string, string>();
    const queue = [`${server.origin}/index.html`, ...seeds].filter((url) =>
      url.startsWith(server.origin),
    );
    const anchors: { from: string; to: string }[] = [];
    const broken: string[] = [];
    while (queue.length > 0) {
      const url = queue.pop() as string;
      const [path = '', hash] = url.split('#');
      if (hash !== undefined && hash !== '') anchors.push({ from: url, to: url });
      if (pages.has(path)) continue;
      const response = await fetch(path);
      if (!response.ok) {
        broken.push(`${response.status} ${path}`);
        pages.set(path, '');
        continue;
      }
      const text = path.endsWith('.html') ? await response.text() : '';
      pages.set(path, text);
      for (const match of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = match[1] ?? '';
        if (/^(?:[a-z]+:|\/\/)/i.test(target) && !target.startsWith(server.origin)) continue;
        const resolved = new URL(target.replaceAll('&amp;', '&'), path).href;
        if (resolved.includes('#')) anchors.push({ from: path, to: resolved });
        queue.push(resolved);
      }
    }
    // A page's scripts may add anchors (the class hierarchy is drawn by one): look in the browser.
    const idsBuiltBy = new Map<string, Set<string>>();
    const builtIds = async (path: string): Promise<Set<string>> => {
      let ids = idsBuiltBy.get(path);
      if (ids === undefined) {
        const { page } = await open(path.slice(server.origin.length + 1));
        await page.waitForLoadState('networkidle');
        ids = new Set(
          await page.$$eval('[id]', (elements) => elements.map((element) => element.id)),
        );
        idsBuiltBy.set(path, ids);
        await page.close();
      }
      return ids;
    };
    for (const { from, to } of anchors) {
      const [path = '', hash = ''] = to.split('#');
      // An SVG sprite's fragments (`icons.svg#icon-search`) are not page anchors.
      if (!path.endsWith('.html')) continue;
      const html = pages.get(path) ?? '';
      const id = decodeURIComponent(hash);
      if (id === '' || html.includes(`id="${id}"`) || html.includes(`name="${id}"`)) continue;
      if (!(await builtIds(path)).has(id)) broken.push(`#${id} on ${path} (linked from ${from})`);
    }
    expect(pages.size).toBeGreaterThan(300);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('finds names and the guides’ words in every language', async () => {
    const { page, problems } = await open('index.html');
    await page.waitForFunction(() => 'searchData' in window);
    const search = async (query: string): Promise<string[]> => {
      await page.click('#tsd-search-trigger');
      // The results of the last query stay until the next search runs: clear them first.
      await page.fill('#tsd-search-input', '');
      await page.waitForFunction(
        () => document.querySelectorAll('#tsd-search-results li').length === 0,
      );
      await page.fill('#tsd-search-input', query);
      await page.waitForSelector('#tsd-search-results li a', { timeout: 5000 });
      const found = await page.$$eval('#tsd-search-results li a', (links) =>
        links.map(
          (link) =>
            `${(link.textContent ?? '').replace(/\s+/g, ' ').trim()} ${link.getAttribute('href')}`,
        ),
      );
      if (query === 'қанағаттандырылды')
        await page.screenshot({ path: join(SHOTS, 'search-kk.png') });
      await page.keyboard.press('Escape');
      return found;
    };
    expect((await search('reviewDeadline')).join('\n')).toMatch(
      /reviewDeadline \S*functions\/calendar\.reviewDeadline\.html/,
    );
    // In the guides' text: the Kazakh outcome and a report figure.
    expect((await search('қанағаттандырылды')).join('\n')).toMatch(
      /documents\/The_KPI_report\.html/,
    );
    expect((await search('carriedOver')).join('\n')).toMatch(/carriedOver/);
    expect((await search('рассмотрено')).join('\n')).toMatch(/documents\//);
    expect((await search('KPI')).join('\n')).toMatch(/documents\/The_KPI_report\.html/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the lifecycle of appeals and of lawsuits as SVG, from the machines', async () => {
    for (const [guide, name, states, kk] of [
      [
        'documents/Appeals.html',
        'complaintMachine',
        ['received', 'registered', 'awaitingBusiness', 'underReview', 'closed'],
        'түсті',
      ],
      [
        'documents/Lawsuits.html',
        'lawsuitMachine',
        [
          'notFiled',
          'inProceedings',
          'decided',
          'underAppeal',
          'settled',
          'withdrawn',
          'dismissed',
        ],
        'сотқа',
      ],
    ] as const) {
      const { page, problems } = await open(guide);
      const figure = page.locator(`figure.tutynushy-machine[data-machine="${name}"]`);
      await figure.locator('svg').waitFor();
      const drawn = await figure.locator('svg').textContent();
      for (const state of states) expect(drawn, `${name} ${state}`).toContain(state);
      await figure.screenshot({ path: join(SHOTS, `diagram-${name}.png`) });
      await figure.locator('button[data-labels="kk"]').click();
      await page.waitForFunction(
        ([selector, word]) =>
          document.querySelector(selector)?.textContent?.includes(word) === true,
        [`figure[data-machine="${name}"] svg`, kk] as const,
      );
      await figure.screenshot({ path: join(SHOTS, `diagram-${name}-kk.png`) });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('shows the Shymkent sample report in kk, ru and en', async () => {
    const { page, problems } = await open('documents/Sample_report.html');
    const text = plain((await page.locator('.col-content').textContent()) ?? '');
    expect(text).toContain('қаралған өтініштердің жалпы саны – 1902');
    expect(text).toContain('Қанағаттандырылды – 1664 өтініш');
    expect(text).toContain('72 млн теңге');
    expect(text).toContain('За 5 месяцев 2024 года');
    expect(text).toContain('January–May 2024');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the Try it page', () => {
  const expectShymkent = async (page: Page) => {
    const output = page.locator('#tutynushy-try-it-output');
    await output.waitFor();
    await page.waitForFunction(() =>
      document.querySelector('#tutynushy-try-it-output')?.textContent?.includes('1902'),
    );
    const text = plain((await output.textContent()) ?? '');
    expect(text).toContain('қаралған өтініштердің жалпы саны – 1902');
    expect(text).toContain('Қанағаттандырылды – 1664 өтініш');
    expect(text).toContain('Тұтынушыларға 72 млн теңге сомасында ақшалай қаражат қайтарылды.');
  };

  it('computes the report of the bundled Shymkent sample in Kazakh, with a CSV to download', async () => {
    const { page, problems } = await open('documents/Try_it.html');
    await page.click('#tutynushy-try-it-sample');
    await expectShymkent(page);
    expect(await page.locator('#tutynushy-try-it-refused h3').textContent()).toMatch(/: 0$/);
    await shoot(page, 'try-it-sample-kk');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#tutynushy-try-it-csv'),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    // UTF-8 with a byte-order mark and `;`, as Excel reads Cyrillic with decimal commas.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('appeals.reviewed;Қаралған өтініштердің жалпы саны;1902\r\n');
    expect(csv).toContain(
      'appeals.returnedToConsumers;Тұтынушыларға қайтарылған ақшалай қаражат;71984356,40\r\n',
    );
    await page.click('input[name="tutynushy-locale"][value="ru"]');
    await page.waitForFunction(
      () => document.querySelector('#tutynushy-try-it-output')?.getAttribute('lang') === 'ru',
    );
    expect(plain((await page.locator('#tutynushy-try-it-output').textContent()) ?? '')).toContain(
      'За 5 месяцев 2024 года',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('computes it from dropped files, and lists refused records with their errors in the chosen language', async () => {
    const { page, problems } = await open('documents/Try_it.html');
    const files = [
      'complaints.jsonl',
      'lawsuits.jsonl',
      'activities.jsonl',
      'registrations.jsonl',
    ].map((name) => ({
      name,
      text: readFileSync(join(SAMPLE, name), 'utf8'),
    }));
    files.push({
      name: 'more-activities.jsonl',
      text: [
        '{"schemaVersion":1,"id":"X-1","kind":"briefing","date":"2024-05-14","region":"79","colour":"red"}',
        'not json at all',
        '',
      ].join('\n'),
    });
    await page.evaluate((dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped)
        transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      const zone = document.querySelector('#tutynushy-try-it-drop');
      zone?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, files);
    await page.fill('#tutynushy-try-it-period', '2024-01/2024-05');
    await page.press('#tutynushy-try-it-period', 'Enter');
    await page.locator('label', { hasText: 'Шымкент қаласы' }).locator('input').check();
    await expectShymkent(page);
    const refused = plain((await page.locator('#tutynushy-try-it-refused').textContent()) ?? '');
    expect(refused).toContain('Қабылданбаған жазбалар: 2');
    expect(refused).toContain('белгісіз өріс "colour"');
    expect(refused).toContain('жол JSON ретінде оқылмады');
    await shoot(page, 'try-it-dropped-kk');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from a copy of the site opened from disk, with no network', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`file://${join(SITE, 'documents/Try_it.html')}`);
    await page.waitForSelector('#tutynushy-try-it-sample');
    await page.click('#tutynushy-try-it-sample');
    await expectShymkent(page);
    expect(problems).toEqual([]);
    expect(offSite).toEqual([]);
    await page.close();
  });
});
