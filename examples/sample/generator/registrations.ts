import { isWorkingDay, type LocalDate } from '../../../src/index.js';
import { everyDay } from './dates.js';
import { BRANCH_BINS, ENTREPRENEUR_IINS, PUBLISHED_BINS, syntheticBin } from './ids.js';
import type { Random } from './random.js';

// Accounts opened in E-Tutynushy in Shymkent in January–May 2024, as
// published: 1558 consumers and 412 businesses. People register on any day,
// fewer at weekends. Businesses register by BIN — the published ones, three
// branches, and companies made up for the sample with valid check digits
// (registered before they open their account) — and individual
// entrepreneurs by their (synthetic) IIN.

/** A registration record as stored. */
export interface RegistrationRecordJson {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly date: LocalDate;
  readonly region: '79';
  readonly account: 'consumer' | 'business';
  readonly businessId?: string;
}

export const REGISTRATIONS = { consumer: 1558, business: 412 } as const;

function registrationDay(random: Random, days: readonly LocalDate[]): LocalDate {
  for (;;) {
    const day = random.pick(days);
    if (isWorkingDay(day) || random.chance(0.45)) return day;
  }
}

/** A BIN of a company registered with the state some months or years before `date`. */
function binBefore(random: Random, date: LocalDate): string {
  const monthsBefore = random.chance(0.1) ? random.int(1, 4) : random.int(6, 19 * 12);
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - monthsBefore;
  const yymm = `${String(Math.floor(months / 12) % 100).padStart(2, '0')}${String((months % 12) + 1).padStart(2, '0')}`;
  return syntheticBin(random, yymm, random.chance(0.15) ? '1' : '0');
}

/** Every registration of the period, in date order. */
export function registrationRecords(
  random: Random,
  from: LocalDate,
  to: LocalDate,
): RegistrationRecordJson[] {
  const days = everyDay(from, to);
  const known = random.shuffle([...PUBLISHED_BINS, ...BRANCH_BINS, ...ENTREPRENEUR_IINS]);
  const drafts: { date: LocalDate; account: 'consumer' | 'business'; businessId?: string }[] = [];
  for (let i = 0; i < REGISTRATIONS.consumer; i += 1) {
    drafts.push({ date: registrationDay(random, days), account: 'consumer' });
  }
  const used = new Set<string>(known);
  for (let i = 0; i < REGISTRATIONS.business; i += 1) {
    const date = registrationDay(random, days);
    let businessId = known[i];
    while (businessId === undefined || (i >= known.length && used.has(businessId))) {
      businessId = binBefore(random, date);
    }
    used.add(businessId);
    drafts.push({ date, account: 'business', businessId });
  }
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) =>
      a.draft.date === b.draft.date ? a.index - b.index : a.draft.date < b.draft.date ? -1 : 1,
    );
  return ordered.map(({ draft }, i) => ({
    schemaVersion: 1,
    id: `SH-R-2024-${String(i + 1).padStart(5, '0')}`,
    date: draft.date,
    region: '79',
    account: draft.account,
    ...(draft.businessId === undefined ? {} : { businessId: draft.businessId }),
  }));
}
