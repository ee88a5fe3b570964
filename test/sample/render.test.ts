// The sample's report as people read it, in Kazakh, Russian and English:
// the key sentences of each text, and snapshot files of every rendering
// (text, Markdown, CSV, JSON) so that a change to any sentence shows in
// review. Numbers are grouped with U+00A0 in kk and ru, and amounts keep
// U+00A0 before their unit, as Intl does.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/index.js';
import {
  REPORT_FORMATS,
  type ReportFormat,
  reconcilePublished,
  renderReport,
} from '../../src/report/index.js';
import { published, report } from './sample.js';

const { findings } = reconcilePublished(published, { report });
const text = (locale: Locale, withFindings = true) =>
  renderReport(report, { locale, format: 'text', ...(withFindings ? { findings } : {}) });

/** U+00A0, the group separator of kk and ru numbers. */
const _ = '\u00a0';

const KEY_SENTENCES: Readonly<Record<Locale, readonly string[]>> = {
  kk: [
    'Шымкент қаласы\n2024 жылғы қаңтар–мамыр\n',
    `2024 жылдың 5 айында бірыңғай ақпараттық жүйеде 1558 пайдаланушы және 412 кәсіпкерлік субъектісі тіркелді, жүйе арқылы 112 өтініш түсті.`,
    '2024 жылдың 5 айында барлығы 2156 ақпараттық-түсіндіру іс-шарасы өткізілді, оның ішінде: БАҚ-та сөз сөйлеу – 69, БАҚ-тағы жарияланымдар – 114, әлеуметтік желілердегі жарияланымдар – 1960 (Instagram – 980, Facebook – 980), өткізілген брифингтер – 13.',
    '2024 жылдың 5 айында қаралған өтініштердің жалпы саны – 1902, оның ішінде:\nҚанағаттандырылды – 1664 өтініш;\nтүсіндірме берілді – 135;\nқайта бағытталды – 58;\nқайтарып алынды – 21;\nталап арыз бойынша – 9;\nкелесі айға көшті – 15.\n',
    `Тұтынушыларға 72${_}млн${_}теңге сомасында ақшалай қаражат қайтарылды.`,
    `2024 жылдың 5 айында 9 сот ісі бойынша сот отырыстарына үшінші тұлға ретінде қатысты. 4 іс тұтынушылардың пайдасына шешілді, 1${_}424${_}750${_}теңге өндірілді.`,
  ],
  ru: [
    'Город Шымкент\nЯнварь–май 2024 года\n',
    'За 5 месяцев 2024 года в единой информационной системе зарегистрировано 1558 пользователей и 412 субъектов предпринимательства, через систему поступило 112 обращений.',
    'За 5 месяцев 2024 года проведено 2156 мероприятий информационно-разъяснительной работы, из них: выступления в СМИ – 69, публикации в СМИ – 114, публикации в социальных сетях – 1960 (Instagram – 980, Facebook – 980), проведённые брифинги – 13.',
    'За 5 месяцев 2024 года рассмотрено 1902 обращения, из них:\nудовлетворено – 1664;\nдано разъяснение – 135;\nперенаправлено по компетенции – 58;\nотозвано – 21;\nв исковом порядке – 9;\nперенесено на следующий месяц – 15.\n',
    `Потребителям возвращено 72${_}млн${_}тенге.`,
    `За 5 месяцев 2024 года принято участие в судебных заседаниях по 9 искам в качестве третьего лица. В пользу потребителей решено 4 дела, взыскано 1${_}424${_}750${_}тенге.`,
  ],
  en: [
    'Shymkent\nJanuary–May 2024\n',
    'In January–May 2024, 1,558 users and 412 business entities registered in the unified information system, and 112 appeals came through it.',
    'In January–May 2024, 2,156 outreach activities were held: media speeches – 69, media publications – 114, social media posts – 1,960 (Instagram 980, Facebook 980), briefings held – 13.',
    'In January–May 2024, 1,902 appeals were reviewed:\nsatisfied – 1,664;\nexplanation given – 135;\nredirected by competence – 58;\nwithdrawn by the applicant – 21;\nby statement of claim (court) – 9;\ncarried over to next month – 15.\n',
    `Money returned to consumers: 72M${_}tenge.`,
    `In January–May 2024, the department took part in court sessions on 9 lawsuits, all as a third party. The courts decided 4 cases in consumers' favour, awarding 1,424,750${_}tenge.`,
  ],
};

const RECONCILIATION: Readonly<Record<Locale, string>> = {
  kk: 'Жарияланған көрсеткіштермен салыстыру\n– Ақпараттық-түсіндіру іс-шараларының жалпы саны: 2165 көрсетілген, бірақ бөліктерінің қосындысы 2156: 9 түсіндірілмеген\n',
  ru: 'Сверка с опубликованными показателями\n– Всего информационно-разъяснительных мероприятий: указано 2165, но части в сумме дают 2156: 9 не объяснено\n',
  en: 'Reconciliation with published figures\n– Outreach activities: stated 2,165, but its parts sum to 2,156: 9 unexplained\n',
};

const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

describe('the sample report in words', () => {
  for (const locale of LOCALES) {
    it(`${locale}: says the four KPIs as a press release does`, () => {
      const rendered = text(locale);
      for (const sentence of KEY_SENTENCES[locale]) expect(rendered).toContain(sentence);
    });

    it(`${locale}: reconciles with the published figures only when given the findings`, () => {
      expect(text(locale)).toContain(RECONCILIATION[locale]);
      expect(text(locale, false)).not.toContain(RECONCILIATION[locale].split('\n')[0]);
    });

    it(`${locale}: names no figure that is zero in the text`, () => {
      const rendered = text(locale);
      // Refused and returned appeals, round tables and the plaintiff role are all zero here.
      expect(rendered).not.toMatch(/– 0[;.,\n]/);
      expect(rendered).not.toMatch(/талапкер|в качестве истца|as plaintiff/);
    });
  }

  it('keeps the numbers the brief quotes: 1902, 1664, «72 млн теңге», 1 424 750', () => {
    const kk = text('kk');
    expect(kk).toContain('1902');
    expect(kk).toContain('Қанағаттандырылды – 1664 өтініш');
    expect(kk).toContain(`72${_}млн${_}теңге`);
    expect(kk).toContain(`1${_}424${_}750`);
    expect(text('ru')).toContain('За 5 месяцев 2024 года рассмотрено 1902 обращения');
    expect(text('ru')).toContain(`1${_}424${_}750`);
  });
});

const EXTENSIONS: Readonly<Record<ReportFormat, string>> = {
  text: 'txt',
  markdown: 'md',
  csv: 'csv',
  json: 'json',
};

describe('the sample report, every rendering (snapshots under test/sample/snapshots/)', () => {
  for (const locale of LOCALES) {
    for (const format of REPORT_FORMATS) {
      it(`${locale} ${format}`, async () => {
        const rendered = renderReport(report, { locale, format, findings });
        await expect(rendered).toMatchFileSnapshot(
          `./snapshots/report.${locale}.${EXTENSIONS[format]}`,
        );
      });
    }
  }
});
