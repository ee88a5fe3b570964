import { isWorkingDay, type LocalDate, reviewDeadline, type Sector } from '../../../src/index.js';
import { minutesOf, registrationDay } from './dates.js';
import type { AppealPlan } from './plan.js';
import { ECONOMIC_COURT } from './texts.js';

// The nine appeals that went to court by a statement of claim and the nine
// lawsuits the department joined as a third party, each heard in the period
// in Shymkent's specialised inter-district economic court. Four were decided
// for (or partly for) consumers by a decision in force at 31 May and made in
// the period — one of them on appeal, replacing the first decision — their
// awards summing to 1 424 750 tenge; one was decided against the consumer,
// one settled, one withdrawn, one decided only in June and one is still
// being heard.

type LawsuitEventJson =
  | {
      readonly type: 'file' | 'hearing' | 'appeal' | 'withdraw' | 'dismiss';
      readonly at: LocalDate;
    }
  | {
      readonly type: 'decide';
      readonly at: LocalDate;
      readonly decision: 'forConsumer' | 'partlyForConsumer' | 'againstConsumer';
      readonly awarded?: string;
    }
  | { readonly type: 'settle'; readonly at: LocalDate; readonly amount?: string }
  | { readonly type: 'recover'; readonly at: LocalDate; readonly amount: string };

/** A lawsuit record as stored (money as decimal strings). */
export interface LawsuitRecordJson {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly court: string;
  readonly role: 'thirdParty';
  readonly appealIds: readonly string[];
  readonly claimed: string;
  readonly region: '79';
  readonly events: readonly LawsuitEventJson[];
}

interface CourtCase {
  readonly lawsuitId: string;
  /** The appeal: received (Almaty date and time), its channel, sector and subject. */
  readonly received: readonly [LocalDate, string];
  readonly channel: AppealPlan['channel'];
  readonly sector: Sector;
  readonly subject: string;
  /** The day the review concluded that the matter goes to court. */
  readonly referredOn: LocalDate;
  readonly claimed: string;
  readonly events: readonly LawsuitEventJson[];
}

const CASES: readonly CourtCase[] = [
  {
    lawsuitId: 'SH-L-2024-001',
    received: ['2023-12-12', '10:20'],
    channel: 'paper',
    sector: 'retailTrade',
    subject: 'Отказ вернуть деньги за некачественный мебельный гарнитур',
    referredOn: '2024-01-04',
    claimed: '450000.00',
    events: [
      { type: 'file', at: '2024-01-19' },
      { type: 'hearing', at: '2024-02-07' },
      { type: 'decide', at: '2024-02-21', decision: 'forConsumer', awarded: '412300.00' },
      { type: 'recover', at: '2024-04-15', amount: '412300.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-002',
    received: ['2023-12-20', '15:05'],
    channel: 'eOtinish',
    sector: 'realEstate',
    subject: 'Үлестік құрылыс шарты бойынша пәтерді беру мерзімінің бұзылуы',
    referredOn: '2024-01-11',
    claimed: '390000.00',
    events: [
      { type: 'file', at: '2024-01-26' },
      { type: 'hearing', at: '2024-02-20' },
      { type: 'decide', at: '2024-03-05', decision: 'partlyForConsumer', awarded: '286450.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-003',
    received: ['2024-01-15', '11:40'],
    channel: 'eOtinish',
    sector: 'tourism',
    subject: 'Возврат денег за отменённый тур',
    referredOn: '2024-02-01',
    claimed: '520000.00',
    events: [
      { type: 'file', at: '2024-02-12' },
      { type: 'hearing', at: '2024-03-04' },
      { type: 'decide', at: '2024-03-27', decision: 'forConsumer', awarded: '450000.00' },
      { type: 'appeal', at: '2024-04-10' },
      { type: 'hearing', at: '2024-05-14' },
      { type: 'decide', at: '2024-05-28', decision: 'partlyForConsumer', awarded: '318000.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-004',
    received: ['2024-02-05', '09:35'],
    channel: 'eTutynushy',
    sector: 'eCommerce',
    subject: 'Товар, оплаченный в интернет-магазине, не доставлен',
    referredOn: '2024-02-22',
    claimed: '408000.00',
    events: [
      { type: 'file', at: '2024-03-01' },
      { type: 'hearing', at: '2024-04-02' },
      { type: 'hearing', at: '2024-04-23' },
      { type: 'decide', at: '2024-05-15', decision: 'forConsumer', awarded: '408000.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-005',
    received: ['2024-01-24', '16:50'],
    channel: 'reception',
    sector: 'retailTrade',
    subject: 'Некачественный автомобиль: отказ в замене',
    referredOn: '2024-02-09',
    claimed: '2400000.00',
    events: [
      { type: 'file', at: '2024-02-20' },
      { type: 'hearing', at: '2024-03-19' },
      { type: 'decide', at: '2024-04-09', decision: 'againstConsumer' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-006',
    received: ['2024-02-12', '12:15'],
    channel: 'eOtinish',
    sector: 'householdServices',
    subject: 'Тапсырыс бойынша жиһазды дайындау мерзімінің бұзылуы',
    referredOn: '2024-02-29',
    claimed: '210000.00',
    events: [
      { type: 'file', at: '2024-03-11' },
      { type: 'hearing', at: '2024-04-04' },
      { type: 'settle', at: '2024-04-18', amount: '150000.00' },
      { type: 'recover', at: '2024-04-30', amount: '150000.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-007',
    received: ['2024-03-04', '10:05'],
    channel: 'paper',
    sector: 'education',
    subject: 'Оқу курсы үшін төленген ақшаны қайтару',
    referredOn: '2024-03-20',
    claimed: '275000.00',
    events: [
      { type: 'file', at: '2024-04-01' },
      { type: 'hearing', at: '2024-05-06' },
      { type: 'hearing', at: '2024-05-21' },
      { type: 'decide', at: '2024-06-11', decision: 'forConsumer', awarded: '275000.00' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-008',
    received: ['2024-03-18', '14:30'],
    channel: 'hotline',
    sector: 'medicalServices',
    subject: 'Возврат денег за неоказанные стоматологические услуги',
    referredOn: '2024-04-05',
    claimed: '340000.00',
    events: [
      { type: 'file', at: '2024-04-15' },
      { type: 'hearing', at: '2024-05-16' },
      { type: 'hearing', at: '2024-06-13' },
    ],
  },
  {
    lawsuitId: 'SH-L-2024-009',
    received: ['2024-02-26', '17:10'],
    channel: 'eOtinish',
    sector: 'transport',
    subject: 'Некачественный ремонт автомобиля на СТО',
    referredOn: '2024-03-14',
    claimed: '185000.00',
    events: [
      { type: 'file', at: '2024-03-26' },
      { type: 'hearing', at: '2024-04-16' },
      { type: 'withdraw', at: '2024-05-03' },
    ],
  },
];

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`court case: ${what}`);
}

/** The appeal of each court case, its review ending in a referral to court within the deadline. */
export function courtAppealPlans(): AppealPlan[] {
  return CASES.map((c) => {
    const [receivedOn, time] = c.received;
    const minutes = minutesOf(time);
    const registeredOn = registrationDay(receivedOn, minutes);
    const startedOn = registeredOn;
    check(isWorkingDay(c.referredOn), `${c.referredOn} is not a working day`);
    check(
      c.referredOn > startedOn && c.referredOn <= reviewDeadline(registeredOn),
      `${c.lawsuitId}: referred after its deadline`,
    );
    return {
      receivedOn,
      minutes,
      channel: c.channel,
      sector: c.sector,
      subject: c.subject,
      claimed: c.claimed,
      events: [
        { type: 'register', at: registeredOn },
        { type: 'startReview', at: startedOn },
        { type: 'referToCourt', at: c.referredOn, lawsuitId: c.lawsuitId },
      ],
    };
  });
}

/** The nine lawsuits, each naming the appeal it came from once the appeals have ids. */
export function lawsuitRecords(appealIdOf: (lawsuitId: string) => string): LawsuitRecordJson[] {
  return CASES.map((c) => {
    let previous = c.referredOn;
    for (const event of c.events) {
      check(isWorkingDay(event.at), `${c.lawsuitId}: ${event.at} is not a working day`);
      check(event.at > previous, `${c.lawsuitId}: ${event.at} is not after ${previous}`);
      previous = event.at;
    }
    return {
      schemaVersion: 1,
      id: c.lawsuitId,
      court: ECONOMIC_COURT,
      role: 'thirdParty',
      appealIds: [appealIdOf(c.lawsuitId)],
      claimed: c.claimed,
      region: '79',
      events: c.events,
    };
  });
}
