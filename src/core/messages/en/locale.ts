import type { CodeMessage } from '../catalogue.js';
import { value } from './shared.js';

/** `INVALID_LOCALE`. */
export const invalidLocaleMessage: CodeMessage<'INVALID_LOCALE'> = (d) =>
  `Unknown locale ${value(d.received)}: expected "kk", "ru" or "en"`;
