// `npm run demo:money`: published amounts formatted and written in words in
// Kazakh, Russian and English, figures read back from report text, and one
// appeal replayed on the legal clocks.
import {
  complaintOutcomeLabel,
  formatError,
  formatTenge,
  LOCALES,
  type Locale,
  parseComplaintRecord,
  parseTenge,
  regionName,
  replayComplaint,
  safeParseTenge,
  Tenge,
  tengeInWords,
} from '../src/index.js';

const figures: { amount: Tenge; what: string }[] = [
  {
    amount: Tenge.of('1424750'),
    what: 'өндірілген / взыскано / recovered in court (Shymkent, 5 months of 2024)',
  },
  {
    amount: Tenge.of('72000000'),
    what: 'тұтынушыларға қайтарылды / возвращено потребителям / returned to consumers (Shymkent)',
  },
  {
    amount: Tenge.of('6400000'),
    what: 'тұтынушыларға қайтарылды / возвращено потребителям / returned (Kyzylorda, Q1 2024)',
  },
  { amount: Tenge.of('250000.50'), what: 'бір қайтарым / один возврат / a single refund' },
];

const LANGUAGE: Record<Locale, string> = { kk: 'қаз', ru: 'рус', en: 'eng' };

console.log('tutynushy — money in tenge\n');
for (const { amount, what } of figures) {
  console.log(`${formatTenge(amount, { locale: 'kk', unit: 'word' })} — ${what}`);
  for (const locale of LOCALES) {
    const forms = [
      formatTenge(amount, { locale, unit: 'symbol' }),
      formatTenge(amount, { locale, unit: 'word' }),
      formatTenge(amount, { locale, unit: 'code' }),
      formatTenge(amount, { locale, unit: 'word', compact: true }),
    ];
    console.log(`  ${LANGUAGE[locale]}  ${forms.join('   ·   ')}`);
    console.log(`       ${tengeInWords(amount, { locale })}`);
  }
  console.log('');
}

console.log('Reading figures as reports print them:');
const published: [string, Locale | undefined][] = [
  ['72 млн.теңге', undefined],
  ['4 млн 671 мың теңге', undefined],
  ['4 млн 671 тыс. тенге', undefined],
  ['1 424 750,50 ₸', undefined],
  ['1,4 млрд', undefined],
  ['₸1,424,750.50', 'en'],
  ['KZT 72M', 'en'],
  ['12 млн млн', undefined],
  ['1,234', undefined],
];
for (const [text, locale] of published) {
  const result = safeParseTenge(text, { locale });
  const shown = `«${text}»${locale ? ` (${locale})` : ''}`.padEnd(28);
  console.log(
    result.ok
      ? `  ${shown} → ${result.value.toString()}`
      : `  ${shown} → ${result.error.code}: ${formatError(result.error, 'ru')}`,
  );
}

const total = Tenge.sum(figures.map((figure) => figure.amount));
console.log(`\nTotal: ${formatTenge(total, { locale: 'ru', unit: 'word' })}`);
console.log(`  ${tengeInWords(total, { locale: 'ru' })}`);
const award = Tenge.of('1424750');
const shares = award.allocate([1, 1, 1]).map((part) => formatTenge(part, { locale: 'ru' }));
console.log(
  `  ${formatTenge(award, { locale: 'ru' })} shared by 3 consumers: ${shares.join(' + ')}`,
);
console.log(
  `  parsed back: ${parseTenge(formatTenge(total, { locale: 'kk', unit: 'word' })).equals(total)}`,
);

// An appeal on the legal clocks: received after hours on Friday 3 May 2024,
// registered on the working Saturday, reviewed across the May holidays.
console.log('\nAn appeal on the Kazakhstan working-day calendar:');
const appeal = replayComplaint(
  parseComplaintRecord({
    schemaVersion: 1,
    id: 'SH-2024-0113',
    receivedAt: '2024-05-03T18:45:00+05:00',
    channel: 'paper',
    appealType: 'complaint',
    region: '79',
    sector: 'retailTrade',
    subject: 'Смартфон с дефектом: продавец отказал в возврате',
    consumer: { kind: 'individual' },
    business: { id: '940140000385' },
    claimed: '250000',
    events: [
      { type: 'register', at: '2024-05-04' },
      { type: 'startReview', at: '2024-05-06' },
      { type: 'satisfy', at: '2024-05-20', refund: '250000' },
    ],
  }),
);
const { deadlines } = appeal;
console.log(`  received   2024-05-03 18:45 (Friday, after 18:30)`);
console.log(`  registered ${deadlines.registeredOn} (Saturday, worked for 8 May)`);
console.log(
  `  redirect by ${deadlines.redirectDue}, refusal by ${deadlines.refusalDue}, review by ${deadlines.reviewDue} (7–9 May off)`,
);
console.log(`  extension limit ${deadlines.extensionLimit}`);
for (const locale of ['kk', 'ru', 'en'] as const) {
  const outcome = complaintOutcomeLabel(appeal.outcome ?? 'satisfied', locale);
  const refund = appeal.relief.refund ?? Tenge.zero;
  console.log(
    `  ${LANGUAGE[locale]}  ${outcome}, ${formatTenge(refund, { locale, unit: 'word' })}, ${regionName(appeal.region, locale)}`,
  );
}
console.log(`  closed ${appeal.closedOn}, in time: ${appeal.timely}`);
