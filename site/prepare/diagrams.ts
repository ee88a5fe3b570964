// The state diagrams the guides draw, made from the machines themselves: the
// docs plugin puts them where a guide shows a machine's diagram, so a page
// can never show a lifecycle the code no longer has.
import { complaintMachine, complaintMachineToMermaid } from '../../src/complaint/index.js';
import { LOCALES, type Locale } from '../../src/core/index.js';
import { lawsuitMachine, lawsuitMachineToMermaid } from '../../src/lawsuit/index.js';

/** One machine's diagram: by keys (what a guide shows) and with the labels of each language. */
export interface MachineDiagram {
  /** The machine's initial state: how the plugin tells which machine a guide's diagram draws. */
  readonly initial: string;
  readonly keys: string;
  readonly labelled: Readonly<Record<Locale, string>>;
}

function diagram(
  initial: string,
  draw: (options?: { readonly locale?: Locale }) => string,
): MachineDiagram {
  const labelled = Object.fromEntries(LOCALES.map((locale) => [locale, draw({ locale })]));
  return { initial, keys: draw(), labelled: labelled as Record<Locale, string> };
}

/** The diagrams of `complaintMachine` and `lawsuitMachine`, by the machine's exported name. */
export function machineDiagrams(): Record<string, MachineDiagram> {
  return {
    complaintMachine: diagram(complaintMachine.initial, complaintMachineToMermaid),
    lawsuitMachine: diagram(lawsuitMachine.initial, lawsuitMachineToMermaid),
  };
}
