import type { CodeMessage } from '../catalogue.js';
import { shownText } from '../shared.js';
import { expectations } from './expectations.js';
import { value } from './shared.js';

/** `INVALID_ARGUMENT`: the function, the argument or option, its value, and what was expected. */
export const invalidArgumentMessage: CodeMessage<'INVALID_ARGUMENT'> = (d) => {
  const fn = d.fn === undefined ? '' : `${d.fn}: `;
  if (d.expected === 'knownKey')
    return `${fn}unknown option ${shownText(d.field)}: expected ${expectations.knownKey(d)}`;
  const act = d.transferAct === undefined ? '' : ` (${shownText(d.transferAct.act)})`;
  return `${fn}invalid ${d.field} ${value(d.received)}${act}: expected ${expectations[d.expected](d)}`;
};
