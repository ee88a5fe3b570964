import { lawsuitMachine } from './machine.js';

/**
 * Draws {@link lawsuitMachine} as a Mermaid state diagram, for docs and
 * dashboards: one arrow per transition, labelled with its event.
 *
 * @example
 * ```ts
 * lawsuitMachineToMermaid().split('\n')[0]; // 'stateDiagram-v2'
 * lawsuitMachineToMermaid().includes('notFiled --> inProceedings: file'); // true
 * ```
 */
export function lawsuitMachineToMermaid(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${lawsuitMachine.initial}`];
  for (const transition of lawsuitMachine.transitions) {
    for (const from of transition.from) {
      lines.push(`  ${from} --> ${transition.to}: ${transition.event}`);
    }
  }
  for (const state of lawsuitMachine.final) lines.push(`  ${state} --> [*]`);
  return lines.join('\n');
}
