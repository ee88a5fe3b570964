import type { Channel, LocalDate, Sector } from '../../../src/index.js';
import { minutesOf } from './dates.js';
import type { AppealPlan, PlannedEvent } from './plan.js';

// The appeals written out by hand: the 15 still open at 31 May (carried
// over), each for a reason a department meets — received in the last days of
// May, received at 18:45 on 31 May and registered on 3 June, waiting for the
// seller's answer, extended into June, or simply late — and two November
// appeals whose reviews were extended into January. The records run to the
// day they were exported, 14 June 2024: some of those open at 31 May are
// closed by then, some are not.

interface Designed {
  readonly received: readonly [LocalDate, string];
  readonly channel: Channel;
  readonly sector: Sector;
  readonly events: readonly PlannedEvent[];
}

const plan = ({ received: [receivedOn, time], channel, sector, events }: Designed): AppealPlan => ({
  receivedOn,
  minutes: minutesOf(time),
  channel,
  sector,
  events,
});

const CARRIED_OVER: readonly Designed[] = [
  // Received in the last week of May and under review at its end.
  {
    received: ['2024-05-27', '10:10'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-05-27' },
      { type: 'startReview', at: '2024-05-28' },
      { type: 'satisfy', at: '2024-06-05', relief: 'refund' },
    ],
  },
  {
    received: ['2024-05-28', '11:25'],
    channel: 'paper',
    sector: 'eCommerce',
    events: [
      { type: 'register', at: '2024-05-28' },
      { type: 'startReview', at: '2024-05-29' },
      { type: 'explain', at: '2024-06-07' },
    ],
  },
  {
    received: ['2024-05-29', '09:50'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-05-29' },
      { type: 'startReview', at: '2024-05-29' },
      { type: 'forwardToBusiness', at: '2024-05-30' },
      { type: 'businessAnswer', at: '2024-06-04', answer: 'accepted' },
      { type: 'satisfy', at: '2024-06-06', relief: 'inKind' },
    ],
  },
  {
    received: ['2024-05-30', '16:40'],
    channel: 'reception',
    sector: 'householdServices',
    events: [
      { type: 'register', at: '2024-05-30' },
      { type: 'startReview', at: '2024-05-31' },
      { type: 'satisfy', at: '2024-06-12', relief: 'refund' },
    ],
  },
  {
    received: ['2024-05-30', '12:00'],
    channel: 'eOtinish',
    sector: 'housingAndUtilities',
    events: [
      { type: 'register', at: '2024-05-30' },
      { type: 'startReview', at: '2024-05-31' },
    ],
  },
  {
    received: ['2024-05-29', '15:15'],
    channel: 'hotline',
    sector: 'tourism',
    events: [
      { type: 'register', at: '2024-05-29' },
      { type: 'startReview', at: '2024-05-30' },
    ],
  },
  // Received at 18:45 on 31 May: in the period, registered on Monday 3 June.
  {
    received: ['2024-05-31', '18:45'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-06-03' },
      { type: 'startReview', at: '2024-06-04' },
      { type: 'satisfy', at: '2024-06-12', relief: 'refund' },
    ],
  },
  {
    received: ['2024-05-31', '14:10'],
    channel: 'reception',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-05-31' },
      { type: 'startReview', at: '2024-06-03' },
    ],
  },
  // Sent through E-Tutynushy on a Saturday, forwarded to the seller on
  // Monday; the seller answered in June.
  {
    received: ['2024-05-25', '11:30'],
    channel: 'eTutynushy',
    sector: 'eCommerce',
    events: [
      { type: 'register', at: '2024-05-27' },
      { type: 'forwardToBusiness', at: '2024-05-27' },
      { type: 'businessAnswer', at: '2024-06-05', answer: 'accepted' },
      { type: 'satisfy', at: '2024-06-07', relief: 'refund' },
    ],
  },
  // Waiting for the seller's answer at the end of May.
  {
    received: ['2024-05-20', '10:00'],
    channel: 'eOtinish',
    sector: 'communicationServices',
    events: [
      { type: 'register', at: '2024-05-20' },
      { type: 'startReview', at: '2024-05-21' },
      { type: 'forwardToBusiness', at: '2024-05-22' },
      { type: 'businessAnswer', at: '2024-06-03', answer: 'rejected' },
      { type: 'explain', at: '2024-06-10' },
    ],
  },
  // Reviews extended into June (АППК art. 76): an expert opinion, documents.
  {
    received: ['2024-05-02', '11:00'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-05-02' },
      { type: 'startReview', at: '2024-05-03' },
      {
        type: 'extend',
        at: '2024-05-24',
        until: '2024-06-14',
        reason: 'Тауарға сараптама тағайындалды',
      },
      { type: 'satisfy', at: '2024-06-13', relief: 'refund' },
    ],
  },
  {
    received: ['2024-05-10', '09:20'],
    channel: 'paper',
    sector: 'medicalServices',
    events: [
      { type: 'register', at: '2024-05-10' },
      { type: 'startReview', at: '2024-05-13' },
      {
        type: 'extend',
        at: '2024-05-30',
        until: '2024-06-21',
        reason: 'Запрошены дополнительные документы у медицинского центра',
      },
    ],
  },
  {
    received: ['2024-05-14', '15:45'],
    channel: 'eOtinish',
    sector: 'education',
    events: [
      { type: 'register', at: '2024-05-14' },
      { type: 'startReview', at: '2024-05-15' },
      {
        type: 'extend',
        at: '2024-05-31',
        until: '2024-06-25',
        reason: 'Сатушыдан қосымша құжаттар сұратылды',
      },
      { type: 'explain', at: '2024-06-11' },
    ],
  },
  // Late: its deadline passed in May, closed in June.
  {
    received: ['2024-04-22', '10:30'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-04-22' },
      { type: 'startReview', at: '2024-04-23' },
      { type: 'forwardToBusiness', at: '2024-04-24' },
      { type: 'businessAnswer', at: '2024-05-06', answer: 'partlyAccepted' },
      { type: 'satisfy', at: '2024-06-05', relief: 'refund' },
    ],
  },
  {
    received: ['2024-04-29', '12:40'],
    channel: 'hotline',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2024-04-29' },
      { type: 'startReview', at: '2024-04-30' },
      {
        type: 'extend',
        at: '2024-05-20',
        until: '2024-06-10',
        reason: 'Назначена экспертиза качества товара',
      },
      { type: 'satisfy', at: '2024-06-06', relief: 'refund' },
    ],
  },
];

const EXTENDED_FROM_NOVEMBER: readonly Designed[] = [
  {
    received: ['2023-11-24', '10:00'],
    channel: 'eOtinish',
    sector: 'retailTrade',
    events: [
      { type: 'register', at: '2023-11-24' },
      { type: 'startReview', at: '2023-11-27' },
      {
        type: 'extend',
        at: '2023-12-12',
        until: '2024-01-17',
        reason: 'Назначена экспертиза качества товара',
      },
      { type: 'satisfy', at: '2024-01-16', relief: 'refund' },
    ],
  },
  {
    received: ['2023-11-30', '16:20'],
    channel: 'paper',
    sector: 'householdServices',
    events: [
      { type: 'register', at: '2023-11-30' },
      { type: 'startReview', at: '2023-12-01' },
      {
        type: 'extend',
        at: '2023-12-20',
        until: '2024-01-24',
        reason: 'Необходим выезд на место для осмотра',
      },
      { type: 'explain', at: '2024-01-19' },
    ],
  },
];

/** The 15 appeals carried over at 31 May 2024. */
export const carriedOverPlans = (): AppealPlan[] => CARRIED_OVER.map(plan);

/** Two appeals of November 2023 reviewed past the new year by an extension. */
export const extendedFromNovemberPlans = (): AppealPlan[] => EXTENDED_FROM_NOVEMBER.map(plan);
