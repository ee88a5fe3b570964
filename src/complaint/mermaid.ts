import type { Locale } from '../core/labels.js';
import { machineToMermaid } from '../core/mermaid.js';
import { readOptions } from '../core/options.js';
import { complaintEventTypeLabel } from './event-type.js';
import { complaintMachine } from './machine.js';
import { complaintStateLabel } from './state.js';

/**
 * Draws {@link complaintMachine} as a Mermaid `stateDiagram-v2`, for docs
 * that must not drift from the code. Events that join the same two states
 * share one arrow. Keys by default; with `locale`, states and events are
 * named in that language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown option, `INVALID_LOCALE`.
 * @example
 * ```ts
 * complaintMachineToMermaid().split('\n').slice(0, 3); // ['stateDiagram-v2', '    [*] --> received', '    received --> registered: register']
 * complaintMachineToMermaid({ locale: 'kk' }).split('\n')[1]; // '    state "түсті" as received'
 * ```
 */
export function complaintMachineToMermaid(options?: { readonly locale?: Locale }): string {
  const { locale } = readOptions<{ locale: Locale }>(options, 'complaintMachineToMermaid', [
    'locale',
  ]);
  if (locale === undefined) return machineToMermaid(complaintMachine);
  return machineToMermaid(complaintMachine, {
    state: (state) => complaintStateLabel(state, locale),
    event: (event) => complaintEventTypeLabel(event, locale),
  });
}
