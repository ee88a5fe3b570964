import type { CodeMessage, MessageCatalogue, TaxpayerIdCode } from '../catalogue.js';
import { dateProblems } from './date.js';
import { character, value } from './shared.js';

const ID_NOUN = { INVALID_IIN: 'IIN', INVALID_BIN: 'BIN', INVALID_TAXPAYER_ID: 'IIN or BIN' };

/** What is wrong with an IIN or a BIN, one wording per problem. */
export const taxpayerIdProblems: MessageCatalogue['taxpayerIdProblems'] = {
  notAString: () => 'expected a string of 12 digits',
  number: (_, code) => {
    // A real-looking number with a leading zero: a BIN registered in 2002 (KazMunayGas), an IIN of someone born in 2005.
    const example = code === 'INVALID_BIN' ? '020240000555' : '050707500015';
    return `expected a string of 12 digits, not a number: a number drops leading zeros (${ID_NOUN[code]} ${example} would become ${example.slice(1)}), so pass the ${ID_NOUN[code]} as a string`;
  },
  empty: () => 'the string is empty: expected 12 digits',
  character: ({ character: found, position }) =>
    `${character(found)} at position ${position}: expected 12 digits 0–9 only, without spaces, dashes or letters`,
  length: ({ length }) => `${length} digits: expected exactly 12`,
  checkDigit: ({ digit, expectedCheckDigit }) =>
    `wrong check digit ${digit} (digit 12): digits 1–11 give ${expectedCheckDigit}`,
  noCheckDigit: () =>
    'no check digit exists for digits 1–11: both weight passes give 10, so no such number is ever issued',
  centuryAndSex: ({ digit }) =>
    `digit 7 (century and sex) is ${digit}, which is not defined: 1 or 2 mean born in the 1800s, 3 or 4 in the 1900s, 5 or 6 in the 2000s (odd for a man, even for a woman)`,
  birthDate: ({ date, dateProblem, lastDay }) =>
    `digits 1–6 with digit 7 give the birth date ${date}, which does not exist${dateProblem === undefined ? '' : `: ${dateProblems[dateProblem]({ received: date, problem: dateProblem, lastDay })}`}`,
  registeredIn: ({ date }) =>
    `digits 3–4 give the registration month ${date}, which does not exist (expected 01–12)`,
  entityType: ({ digit }) =>
    `digit 5 (entity type) is ${digit}, expected 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship)${(digit ?? 9) <= 3 ? ': 0–3 there mark an IIN, not a BIN' : ''}`,
  unit: ({ digit }) =>
    `digit 6 (unit) is ${digit}, expected 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)`,
  kind: ({ digit }) =>
    `digit 5 is ${digit}: 0–3 there mark an IIN and 4–6 a BIN, so the number is neither`,
};

/** `INVALID_IIN`. */
export const invalidIinMessage: CodeMessage<'INVALID_IIN'> = (d) =>
  `Invalid IIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_IIN')}`;

/** `INVALID_BIN`. */
export const invalidBinMessage: CodeMessage<'INVALID_BIN'> = (d) =>
  `Invalid BIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_BIN')}`;

/** `INVALID_TAXPAYER_ID`. */
export const invalidTaxpayerIdMessage: CodeMessage<'INVALID_TAXPAYER_ID'> = (d) =>
  `Invalid IIN or BIN ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_TAXPAYER_ID')}`;

/** The message of an IIN, BIN or either code. */
export const taxpayerIdMessages: { readonly [C in TaxpayerIdCode]: CodeMessage<C> } = {
  INVALID_IIN: invalidIinMessage,
  INVALID_BIN: invalidBinMessage,
  INVALID_TAXPAYER_ID: invalidTaxpayerIdMessage,
};
