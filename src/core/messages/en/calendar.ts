import type { CodeMessage } from '../catalogue.js';
import { shownText } from '../shared.js';

/** `CALENDAR_DATA_MISSING`: a year the calendar cannot answer, or not for sure. */
export const calendarDataMissingMessage: CodeMessage<'CALENDAR_DATA_MISSING'> = (d) => {
  if (d.problem === 'yearOutOfRange')
    return `No working-day calendar for ${d.year}: expected a year from ${d.min} to ${d.max}`;
  if (d.problem === 'intlCalendarUnsupported')
    return `No working-day calendar for ${d.year}: Kurban Ait is not announced and this runtime's Intl has no islamic-umalqura calendar to estimate it (it has ${shownText(d.runtimeCalendar ?? '')}): supply it with createWorkCalendar({ kurbanAit })`;
  const reasons: string[] = [];
  if (d.missing.includes('kurbanAit'))
    reasons.push(
      `Kurban Ait is not announced${d.kurbanAitEstimate === undefined ? '' : ` (estimated ${d.kurbanAitEstimate})`}`,
    );
  if (d.missing.includes('transferActs')) reasons.push('its transfer acts are not known');
  return `No confirmed working-day calendar for ${d.year}: ${reasons.join(' and ')}. Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), or accept provisional answers with createWorkCalendar({ estimates: true })`;
};
