import type { CliProblem, CliProblemKey } from '../cli-error.js';

/** The subcommands, in the order the help lists them. */
export const COMMANDS = Object.freeze(['report', 'validate', 'deadline', 'words', 'demo'] as const);
export type CommandName = (typeof COMMANDS)[number];

/** Facts of the `validate` summary. */
export interface SummaryFacts {
  readonly files: number;
  readonly read: number;
  readonly valid: number;
  readonly invalid: number;
}

/** Everything the command writes in words, in one language. */
export interface CliMessages {
  /** One line per problem, saying what is wrong, with what, and what to do. */
  readonly problems: {
    readonly [K in CliProblemKey]: (p: Extract<CliProblem, { key: K }>) => string;
  };
  /** A fault of the command itself. */
  readonly internal: (message: string) => string;
  /** `report`: some records were refused (they are listed in the report). */
  readonly refused: (count: number) => string;
  /** `validate`: the last line. */
  readonly summary: (facts: SummaryFacts) => string;
  /** The progress line while reading, on a terminal. */
  readonly progress: (path: string, percent: number | undefined, records: number) => string;
  /** `deadline`. */
  readonly deadline: {
    readonly received: string;
    readonly receivedOn: string;
    readonly provisional: string;
    readonly provisionalNote: string;
    readonly term: (length: number, unit: 'workingDays' | 'calendarDays' | 'months') => string;
  };
  /** `demo`: the heading of each language's report. */
  readonly demoHeading: (language: string) => string;
  /** `--help` of the command and of each subcommand. */
  readonly help: { readonly main: string } & { readonly [C in CommandName]: string };
}
