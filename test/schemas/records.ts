// Records of every kind as a department's systems store them: Shymkent,
// spring 2024, real BINs (test/fixtures/ids/vectors.json) and synthetic IINs
// that pass the check digit. Each is valid; the tests break them one field at
// a time.
import { appealJson, HALYK_BIN, VALID_IIN } from '../complaint/records.js';
import { COURT, FACTS } from '../lawsuit/fixtures.js';

/** The Kaspi Bank BIN, public requisites. */
export const KASPI_BIN = '971240001315';
/** A Halyk Bank branch: the 6th digit 1. */
export const BRANCH_BIN = '950341000052';
/** A synthetic IIN of a woman born on 31 December 1985, for an individual entrepreneur. */
export const ENTREPRENEUR_IIN = '851231400011';

/** Appeals: satisfied with a refund, extended then explained, refused, redirected, still open. */
export const APPEALS = [
  appealJson([
    { type: 'register', at: '2024-06-03' },
    { type: 'forwardToBusiness', at: '2024-06-04' },
    { type: 'businessAnswer', at: '2024-06-10', answer: 'accepted' },
    {
      type: 'satisfy',
      at: '2024-06-14',
      refund: '249990.00',
      note: 'Тауар ауыстырылды,\nақша қайтарылды',
    },
  ]),
  appealJson(
    [
      { type: 'register', at: '2024-05-03T18:45:00+05:00' },
      { type: 'startReview', at: '2024-05-06' },
      {
        type: 'extend',
        at: '2024-05-20',
        until: '2024-06-28',
        reason: 'Ждём заключение экспертизы',
      },
      { type: 'explain', at: '2024-06-20' },
    ],
    {
      id: 'SH-2024-0113',
      receivedAt: '2024-05-03T18:45+05:00',
      channel: 'eTutynushy',
      appealType: 'application',
      region: 'KZ-79',
      sector: 'eCommerce',
      subject: 'Смартфон с дефектом, продавец отказал в возврате',
      consumer: { kind: 'individual', iin: VALID_IIN, name: 'Айгерім Сейітқызы' },
      business: { id: KASPI_BIN },
      claimed: '349000',
    },
  ),
  appealJson(
    [
      { type: 'register', at: '2024-02-29' },
      {
        type: 'refuse',
        at: '2024-03-05',
        ground: 'courtDecision',
        note: 'решение суда от 12.01.2024',
      },
    ],
    {
      id: 'SH-2024-0042',
      receivedAt: '2024-02-29T09:12:30.250+06:00',
      channel: 'reception',
      consumer: { kind: 'legalEntity', bin: HALYK_BIN },
      business: { id: ENTREPRENEUR_IIN, name: 'ИП «Береке»' },
    },
  ),
  appealJson(
    [
      { type: 'register', at: '2024-04-01' },
      {
        type: 'redirect',
        at: '2024-04-03',
        to: 'Департамент санитарно-эпидемиологического контроля',
      },
    ],
    {
      id: 'SH-2024-0077',
      receivedAt: '2024-04-01T04:00:00Z',
      channel: 'hotline',
      region: 79,
      sector: 'catering',
    },
  ),
  appealJson([{ type: 'register', at: '2024-05-31' }], {
    id: 'SH-2024-0190',
    receivedAt: '2024-05-31T17:59:59+05:00',
    channel: 'eOtinish',
    appealType: 'complaint',
    region: '790000000',
    sector: 'housingAndUtilities',
    consumer: { kind: 'individual' },
  }),
  appealJson(
    [
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-04' },
      { type: 'satisfy', at: '2024-06-21', inKind: 'Тоңазытқыш жөнделді', nonMonetary: true },
    ],
    { id: 'SH-2024-0201' },
  ),
  appealJson(
    [
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-04' },
      { type: 'referToCourt', at: '2024-06-18', lawsuitId: 'L-2024-011' },
    ],
    { id: 'SH-2024-0202' },
  ),
] as const;

/** Lawsuits: the third-party case decided for the consumer and collected, and one the consumer lost. */
export const LAWSUITS = [
  {
    ...FACTS,
    caseNumber: '7199-24-00-2/1234',
    events: [
      { type: 'file', at: '2024-02-01' },
      { type: 'hearing', at: '2024-03-05' },
      { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
      { type: 'recover', at: '2024-05-02', amount: '1424750.00' },
    ],
  },
  {
    schemaVersion: 1,
    id: 'L-2024-011',
    court: COURT,
    role: 'plaintiff',
    appealIds: ['SH-2024-0201', 'SH-2024-0202'],
    claimed: '0',
    region: 79,
    events: [
      { type: 'file', at: '2024-03-11' },
      { type: 'hearing', at: '2024-04-09T10:00:00+05:00' },
      { type: 'decide', at: '2024-04-23', decision: 'againstConsumer' },
      { type: 'appeal', at: '2024-05-06' },
      { type: 'settle', at: '2024-05-27', amount: '150000.5' },
    ],
  },
] as const;

/** Outreach: posts on two platforms, a briefing, a round table with Atameken, a media speech. */
export const ACTIVITIES = [
  {
    schemaVersion: 1,
    id: 'O-2024-0457',
    kind: 'socialPost',
    platform: 'instagram',
    date: '2024-05-03',
    region: '79',
    link: 'https://www.instagram.com/p/C4kq2Xxxxx/',
  },
  {
    schemaVersion: 1,
    id: 'O-2024-0458',
    kind: 'socialPost',
    platform: 'facebook',
    date: '2024-05-03',
    region: '79',
  },
  {
    schemaVersion: 1,
    id: 'O-2024-0460',
    kind: 'briefing',
    date: '2024-05-14',
    region: 'KZ-79',
    title: 'Тұтынушылардың құқықтарын қорғау: 5 айдың қорытындысы',
    audience: 40,
  },
  {
    schemaVersion: 1,
    id: 'O-2024-0461',
    kind: 'roundTable',
    date: '2024-05-22',
    region: '79',
    partner: '«Атамекен» ҰКП Шымкент қалалық кәсіпкерлер палатасы',
    link: 'HTTP://atameken.kz/ru/news/1',
  },
  {
    schemaVersion: 1,
    id: 'O-2024-0470',
    kind: 'mediaSpeech',
    date: '2024-05-29',
    region: '79',
    audience: 0,
  },
] as const;

/** Businesses: a bank, a branch, an individual entrepreneur by IIN. */
export const BUSINESSES = [
  {
    schemaVersion: 1,
    id: HALYK_BIN,
    kind: 'legalEntity',
    names: { kk: '«Қазақстан Халық Банкі» АҚ', ru: 'АО «Народный Банк Казахстана»' },
    region: '75',
    sector: 'financialServices',
  },
  {
    schemaVersion: 1,
    id: BRANCH_BIN,
    kind: 'branch',
    names: { ru: 'Шымкентский филиал АО «Народный Банк Казахстана»' },
    region: '79',
    sector: 'financialServices',
  },
  {
    schemaVersion: 1,
    id: ENTREPRENEUR_IIN,
    kind: 'individualEntrepreneur',
    names: { kk: '«Береке» ЖК' },
    region: 79,
    sector: 'retailTrade',
  },
] as const;

/** E-Tutynushy accounts: a consumer's with and without a region, a business's. */
export const REGISTRATIONS = [
  { schemaVersion: 1, id: 'R-2024-1558', account: 'consumer', date: '2024-05-31', region: '79' },
  { schemaVersion: 1, id: 'R-2024-0001', account: 'consumer', date: '2024-01-03' },
  {
    schemaVersion: 1,
    id: 'R-2024-0412',
    account: 'business',
    date: '2024-02-29',
    region: '79',
    businessId: KASPI_BIN,
  },
] as const;

/** Each record list with the schema file it is validated against. */
export const RECORD_FILES = [
  ['complaint-record.json', APPEALS],
  ['lawsuit-record.json', LAWSUITS],
  ['outreach-activity-record.json', ACTIVITIES],
  ['business-record.json', BUSINESSES],
  ['system-registration-record.json', REGISTRATIONS],
] as const;
