import type { CodeMessage } from '../catalogue.js';

/** `INCOMPATIBLE_REPORTS`: reports of different periods or regions. */
export const incompatibleReportsMessage: CodeMessage<'INCOMPATIBLE_REPORTS'> = (d) => {
  const regions = (text: string) => (text === 'all' ? 'the whole country' : `regions ${text}`);
  if (d.problem === 'notLastYear')
    return `The previous report covers ${d.received}, not the same period of last year (${d.expected}): pass { anyPeriod: true } to compare other periods`;
  if (d.problem === 'regions')
    return `Reports of different regions cannot be merged: report #${d.index} covers ${regions(d.received)}, expected ${regions(d.expected)}`;
  return `Reports of different periods cannot be merged: report #${d.index} covers ${d.received}, expected ${d.expected}`;
};
