import type { Locale } from '../../core/labels.js';
import type { CliMessages } from './catalogue.js';
import { en } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

const CATALOGUES: Readonly<Record<Locale, CliMessages>> = { kk, ru, en };

/** The command's messages in a language. */
export function messagesFor(locale: Locale): CliMessages {
  return CATALOGUES[locale];
}

export type { CliMessages, CommandName, SummaryFacts } from './catalogue.js';
export { COMMANDS } from './catalogue.js';
