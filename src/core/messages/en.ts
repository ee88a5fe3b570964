import type { CodeMessage, MessageCatalogue } from './catalogue.js';
import { amountProblems, invalidAmountMessage } from './en/amount.js';
import { invalidArgumentMessage } from './en/argument.js';
import { calendarDataMissingMessage } from './en/calendar.js';
import { dateProblems, invalidDateMessage } from './en/date.js';
import { calendarExpectations } from './en/expectations/calendar.js';
import { commonExpectations } from './en/expectations/common.js';
import { idsExpectations } from './en/expectations/ids.js';
import { moneyExpectations } from './en/expectations/money.js';
import { recordsExpectations } from './en/expectations/records.js';
import { regionsExpectations } from './en/expectations/regions.js';
import { reportExpectations } from './en/expectations/report.js';
import { instantProblems, invalidInstantMessage } from './en/instant.js';
import { invalidLocaleMessage } from './en/locale.js';
import { invalidPeriodMessage, periodProblems } from './en/period.js';
import {
  invalidRecordMessage,
  type NestedMessage,
  recordIssues,
  recordKinds,
  rules,
  unsupportedSchemaVersionMessage,
} from './en/record.js';
import { invalidRegionMessage, regionProblems } from './en/region.js';
import {
  eventOutOfOrderMessage,
  invalidExtensionMessage,
  invalidTransitionMessage,
} from './en/replay.js';
import { incompatibleReportsMessage } from './en/report.js';
import { value } from './en/shared.js';
import {
  invalidBinMessage,
  invalidIinMessage,
  invalidTaxpayerIdMessage,
  taxpayerIdProblems,
} from './en/taxpayer-id.js';

// English is written in one module per family of codes (en/), so that an
// error carries only the wording of its own code: `error.message` comes from
// the throw site (error-factories.ts), and a bundle that can throw an
// INVALID_DATE carries no word about amounts. This is the whole catalogue,
// for formatError and for errors made by hand (createTutynushyError).

const expectations: MessageCatalogue['expectations'] = {
  ...commonExpectations,
  ...moneyExpectations,
  ...calendarExpectations,
  ...idsExpectations,
  ...regionsExpectations,
  ...recordsExpectations,
  ...reportExpectations,
};

// A record issue that holds another error is worded by that error's code.
const nested: NestedMessage = (error) => {
  const message = (codes as Record<string, CodeMessage<never> | undefined>)[error.code];
  return message === undefined ? error.code : message(error.details as never);
};

const codes: MessageCatalogue['codes'] = {
  INVALID_ARGUMENT: (details) => invalidArgumentMessage(details, expectations),
  INVALID_LOCALE: invalidLocaleMessage,
  INVALID_AMOUNT: invalidAmountMessage,
  INVALID_IIN: invalidIinMessage,
  INVALID_BIN: invalidBinMessage,
  INVALID_TAXPAYER_ID: invalidTaxpayerIdMessage,
  INVALID_DATE: invalidDateMessage,
  INVALID_INSTANT: invalidInstantMessage,
  INVALID_PERIOD: invalidPeriodMessage,
  INVALID_REGION: invalidRegionMessage,
  INVALID_RECORD: (details) => invalidRecordMessage(details, nested, expectations),
  UNSUPPORTED_SCHEMA_VERSION: unsupportedSchemaVersionMessage,
  INVALID_TRANSITION: invalidTransitionMessage,
  EVENT_OUT_OF_ORDER: eventOutOfOrderMessage,
  INVALID_EXTENSION: invalidExtensionMessage,
  INCOMPATIBLE_REPORTS: incompatibleReportsMessage,
  CALENDAR_DATA_MISSING: calendarDataMissingMessage,
};

/**
 * The English messages, whole: the same text as `error.message` of every
 * `TutynushyError`.
 *
 * @internal
 */
export const en: MessageCatalogue = {
  locale: 'en',
  value,
  expectations,
  amountProblems,
  taxpayerIdProblems,
  dateProblems,
  instantProblems,
  periodProblems,
  regionProblems,
  recordKinds,
  issues: /* @__PURE__ */ recordIssues(nested, expectations),
  rules,
  codes,
};
