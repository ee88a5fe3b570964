// Day codes of the per-year tables. A day is working when its code is
// WORKDAY or WORKING_WEEKEND; the others say why a day is off.
export const WORKDAY = 0;
export const WEEKEND = 1;
export const WORKING_WEEKEND = 2;
export const HOLIDAY = 3;
export const SUBSTITUTE = 4;
export const RELIGIOUS = 5;
export const TRANSFER_OFF = 6;

/** Whether a day code is a working day. @internal */
export function isWorkingCode(code: number | undefined): boolean {
  return code === WORKDAY || code === WORKING_WEEKEND;
}
