import type { Locale } from '../core/labels.js';
import { machineToMermaid } from '../core/mermaid.js';
import { readOptions } from '../core/options.js';
import { lawsuitEventTypeLabel } from './event-type.js';
import { lawsuitMachine } from './machine.js';
import { lawsuitStateLabel } from './state.js';

/**
 * Draws {@link lawsuitMachine} as a Mermaid `stateDiagram-v2`, as
 * {@link complaintMachineToMermaid} draws appeals: events that join the
 * same two states share one arrow; keys by default, labels with `locale`.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown option, `INVALID_LOCALE`.
 * @example
 * ```ts
 * lawsuitMachineToMermaid().split('\n')[0]; // 'stateDiagram-v2'
 * lawsuitMachineToMermaid().includes('notFiled --> inProceedings: file'); // true
 * lawsuitMachineToMermaid({ locale: 'ru' }).includes('state "не подан в суд" as notFiled'); // true
 * ```
 */
export function lawsuitMachineToMermaid(options?: { readonly locale?: Locale }): string {
  const { locale } = readOptions<{ locale: Locale }>(options, 'lawsuitMachineToMermaid', [
    'locale',
  ]);
  if (locale === undefined) return machineToMermaid(lawsuitMachine);
  return machineToMermaid(lawsuitMachine, {
    state: (state) => lawsuitStateLabel(state, locale),
    event: (event) => lawsuitEventTypeLabel(event, locale),
  });
}
