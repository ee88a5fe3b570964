import type { Received } from '../../received.js';
import { characterShown, shownText } from '../shared.js';

// What every English message writes the same way: a value, a list, a
// character. Each message gives, in this order, what is wrong, the value,
// and what was expected.

/** A received value as English shows it inside a message. */
export const value = (received: Received): string => {
  if (typeof received === 'string') return shownText(received);
  if (typeof received === 'bigint') return `${received}n`;
  if (typeof received === 'number') return Object.is(received, -0) ? '-0' : String(received);
  if (received === null || received === undefined || typeof received === 'boolean')
    return String(received);
  switch (received.type) {
    case 'array':
      return `an array of ${received.length}`;
    case 'date':
      return `Date(${received.iso ?? 'Invalid Date'})`;
    case 'tenge':
      return `Tenge(${received.amount})`;
    case 'decimal':
      return `Decimal(${received.value})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
};

/** Items joined by commas. */
export const list = (items: readonly unknown[] | undefined): string =>
  (items ?? []).map((item) => String(item)).join(', ');

/** A character by name, without an article: `space`, `character "$"`, `character U+202E`. */
export const characterName = (text: string | undefined): string => {
  const shown = characterShown(text);
  if (shown.kind === 'space' || shown.kind === 'dash') return shown.kind;
  if (shown.kind === 'whitespace') return `whitespace character (${shown.codePoint})`;
  return `character ${shown.kind === 'invisible' ? shown.codePoint : shown.text}`;
};

/** A character with its article: `a space`, `the character "$"`. */
export const character = (text: string | undefined): string => {
  const name = characterName(text);
  return name.startsWith('character') ? `the ${name}` : `a ${name}`;
};
