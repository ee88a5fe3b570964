import type { StateMachine } from './state-machine.js';

/** How a diagram names states and events: their keys, or labels in a language. */
export interface MermaidNames<S extends string, T extends string> {
  readonly state?: ((state: S) => string) | undefined;
  readonly event?: ((event: T) => string) | undefined;
}

// Quotes and brackets would end a Mermaid label early.
const safe = (text: string): string => text.replace(/["<>{}:;]/g, ' ');

/**
 * A state machine as a Mermaid `stateDiagram-v2`: one arrow per pair of
 * states, labelled with every event that moves a record between them, the
 * initial and final states marked. The same for every machine.
 *
 * @internal
 */
export function machineToMermaid<S extends string, T extends string>(
  machine: StateMachine<S, T>,
  names: MermaidNames<S, T> = {},
): string {
  const lines = ['stateDiagram-v2'];
  if (names.state !== undefined) {
    for (const state of machine.states)
      lines.push(`    state "${safe(names.state(state))}" as ${state}`);
  }
  lines.push(`    [*] --> ${machine.initial}`);
  const arrows = new Map<string, string[]>();
  for (const { event, from, to } of machine.transitions) {
    const name = names.event === undefined ? event : safe(names.event(event));
    for (const state of from) {
      const key = `${state} --> ${to}`;
      const list = arrows.get(key);
      if (list === undefined) arrows.set(key, [name]);
      else if (!list.includes(name)) list.push(name);
    }
  }
  for (const [arrow, list] of arrows) lines.push(`    ${arrow}: ${list.join(', ')}`);
  for (const state of machine.final) lines.push(`    ${state} --> [*]`);
  return lines.join('\n');
}
