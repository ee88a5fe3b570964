// The built package in headless Chromium (Debian's chromium, driven by
// playwright-core) gives exactly what it gives in Node, run by run: amounts
// formatted and parsed in kk, ru and en, number words, working-day deadlines,
// an appeal replayed. Chromium's ICU has no kk number data, so this is where
// a dependence on the runtime's locale data would show.
import { existsSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import { browserBundle } from './browser-bundle.js';
import { AMOUNTS, roundTrips, scenario } from './scenario.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

interface PageScenario {
  run(): string;
  roundTrips(tiyn: readonly string[]): string;
}

let browser: Browser;
let page: Page;
let node: typeof Library;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  }
  // The ESM build, as Node loads it for an app: the same files the page gets.
  const distUrl = new URL('../../dist/index.js', import.meta.url).href;
  node = (await import(/* @vite-ignore */ distUrl)) as typeof Library;
  const bundle = await browserBundle();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
  // Nothing on this page may come from the network.
  await page.route('**/*', (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!doctype html><meta charset="utf-8"><title>tutynushy</title>');
  await page.addScriptTag({ content: bundle });
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

type PageGlobal = { tutynushyScenario: PageScenario };

async function runInPage(): Promise<ReturnType<typeof scenario>> {
  const text = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).tutynushyScenario.run(),
  );
  return JSON.parse(text) as ReturnType<typeof scenario>;
}

async function roundTripsInPage(tiyn: readonly string[]): Promise<ReturnType<typeof roundTrips>> {
  const text = await page.evaluate(
    (values) => (globalThis as unknown as PageGlobal).tutynushyScenario.roundTrips(values),
    tiyn,
  );
  return JSON.parse(text) as ReturnType<typeof roundTrips>;
}

describe('headless Chromium and Node give the same results from the built package', () => {
  it('runs a real Chromium whose Intl writes kk amounts unlike Node (so the check means something)', async () => {
    const inBrowser = await page.evaluate(() => ({
      agent: (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent,
      kk: new Intl.NumberFormat('kk-KZ', { minimumFractionDigits: 2 }).format(1424750.5),
    }));
    expect(inBrowser.agent).toMatch(/HeadlessChrome|Chrome/);
    // Recorded rather than asserted: the browser's locale data is not ours to pin.
    console.info(
      `Chromium Intl kk: ${JSON.stringify(inBrowser.kk)}; Node: ${JSON.stringify(
        new Intl.NumberFormat('kk-KZ', { minimumFractionDigits: 2 }).format(1424750.5),
      )}`,
    );
  });

  it('formats, parses, words, deadlines, an appeal replay, regions and errors alike', async () => {
    const expected = JSON.parse(JSON.stringify(scenario(node))) as ReturnType<typeof scenario>;
    const actual = await runInPage();
    expect(actual.money).toEqual(expected.money);
    expect(actual.words).toEqual(expected.words);
    expect(actual.calendar).toEqual(expected.calendar);
    expect(actual.complaint).toEqual(expected.complaint);
    expect(actual.regions).toEqual(expected.regions);
    expect(actual.errors).toEqual(expected.errors);
    expect(actual).toEqual(expected);
  });

  it('writes kk and ru with no-break spaces and a decimal comma in the browser too', async () => {
    const { money } = await runInPage();
    expect(money.formatted['1424750.50 kk symbol auto']).toBe('1\u00A0424\u00A0750,50\u00A0₸');
    expect(money.formatted['1424750.50 ru word auto']).toBe('1\u00A0424\u00A0750,50\u00A0тенге');
    expect(money.formatted['72000000 kk word compact auto']).toBe('72\u00A0млн\u00A0теңге');
    expect(money.formatted['1424750.50 en symbol auto']).toBe('₸1,424,750.50');
    // Every non-compact text reads back as the amount it was made from.
    for (const amount of AMOUNTS) {
      for (const locale of ['kk', 'ru', 'en']) {
        const back = money.parsedBack[`${amount} ${locale} word auto`] as { value?: string };
        expect(back.value, `${amount} ${locale}`).toBe(node.Tenge.of(amount).toString());
      }
    }
  });

  it('parseTenge(formatTenge(x)) gives x back in both, for random amounts', async () => {
    const tiyn = fc
      .sample(fc.bigInt({ min: -99_999_999_999_999_999n, max: 99_999_999_999_999_999n }), {
        numRuns: 300,
        seed: 20_240_531,
      })
      .map(String);
    const expected = roundTrips(node, tiyn);
    for (const { amount, text, back } of expected) expect(back, text).toBe(amount);
    const actual = await roundTripsInPage(tiyn);
    expect(actual).toEqual(expected);
  });
});
