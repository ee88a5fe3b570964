import type { Locale } from '../core/index.js';
import { checkOptions } from './check-argument.js';
import { complaintEventTypeLabel } from './event-type.js';
import { complaintMachine } from './machine.js';
import { complaintStateLabel } from './state.js';

/**
 * Draws {@link complaintMachine} as a Mermaid `stateDiagram-v2`, for docs
 * that must not drift from the code. Events that join the same two states
 * share one arrow. Keys by default; with `locale`, states and events are
 * named in that language.
 *
 * @example
 * ```ts
 * complaintMachineToMermaid().split('\n').slice(0, 3); // ['stateDiagram-v2', '    [*] --> received', '    received --> registered: register']
 * complaintMachineToMermaid({ locale: 'kk' }).split('\n')[1]; // '    state "түсті" as received'
 * ```
 */
export function complaintMachineToMermaid(options: { readonly locale?: Locale } = {}): string {
  checkOptions(options, 'complaintMachineToMermaid');
  const { locale } = options;
  const lines = ['stateDiagram-v2'];
  if (locale !== undefined) {
    for (const state of complaintMachine.states) {
      lines.push(`    state "${complaintStateLabel(state, locale)}" as ${state}`);
    }
  }
  lines.push(`    [*] --> ${complaintMachine.initial}`);
  const arrows = new Map<string, string[]>();
  for (const { event, from, to } of complaintMachine.transitions) {
    const name = locale === undefined ? event : complaintEventTypeLabel(event, locale);
    for (const state of from) {
      const key = `${state} --> ${to}`;
      const names = arrows.get(key);
      if (names === undefined) arrows.set(key, [name]);
      else names.push(name);
    }
  }
  for (const [arrow, names] of arrows) lines.push(`    ${arrow}: ${names.join(', ')}`);
  for (const state of complaintMachine.final) lines.push(`    ${state} --> [*]`);
  return lines.join('\n');
}
