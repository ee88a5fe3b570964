import { EXIT, type ExitCode } from './exit-codes.js';

/** What went wrong on the command line or with its files, as data: the catalogues word it. */
export type CliProblem =
  | { readonly key: 'unknownCommand'; readonly command: string }
  /** `command` is empty for an option before any command. */
  | { readonly key: 'unknownOption'; readonly option: string; readonly command: string }
  | { readonly key: 'missingValue'; readonly option: string }
  | { readonly key: 'unexpectedValue'; readonly option: string }
  | {
      readonly key: 'badChoice';
      readonly option: string;
      readonly value: string;
      readonly allowed: readonly string[];
    }
  | { readonly key: 'badJobs'; readonly value: string }
  | { readonly key: 'missingOption'; readonly option: string; readonly command: string }
  | { readonly key: 'noFiles'; readonly command: string }
  | { readonly key: 'unexpectedArgument'; readonly value: string; readonly command: string }
  | { readonly key: 'noAmount' }
  | { readonly key: 'badNumber'; readonly value: string }
  | { readonly key: 'fileNotFound'; readonly path: string }
  | { readonly key: 'notAFile'; readonly path: string }
  | { readonly key: 'fileUnreadable'; readonly path: string; readonly reason: string }
  | { readonly key: 'outUnwritable'; readonly path: string; readonly reason: string }
  | {
      readonly key: 'badJson';
      readonly path: string;
      readonly line: number;
      readonly column?: number | undefined;
    }
  | {
      readonly key: 'badArray';
      readonly path: string;
      readonly line: number;
      readonly column: number;
      readonly expected: 'comma' | 'value' | 'end' | 'closing';
    }
  | { readonly key: 'notUtf8'; readonly path: string; readonly line: number }
  | { readonly key: 'unknownKind'; readonly path: string; readonly line: number }
  | { readonly key: 'emptyInput'; readonly paths: readonly string[] }
  | { readonly key: 'sampleMissing'; readonly path: string }
  | { readonly key: 'zodMissing' };

export type CliProblemKey = CliProblem['key'];

const EXIT_OF: Readonly<Record<CliProblemKey, ExitCode>> = {
  unknownCommand: EXIT.usage,
  unknownOption: EXIT.usage,
  missingValue: EXIT.usage,
  unexpectedValue: EXIT.usage,
  badChoice: EXIT.usage,
  badJobs: EXIT.usage,
  missingOption: EXIT.usage,
  noFiles: EXIT.usage,
  unexpectedArgument: EXIT.usage,
  noAmount: EXIT.usage,
  badNumber: EXIT.value,
  fileNotFound: EXIT.file,
  notAFile: EXIT.file,
  fileUnreadable: EXIT.file,
  outUnwritable: EXIT.file,
  sampleMissing: EXIT.file,
  badJson: EXIT.json,
  badArray: EXIT.json,
  notUtf8: EXIT.json,
  unknownKind: EXIT.json,
  emptyInput: EXIT.empty,
  zodMissing: EXIT.setup,
};

/** A failure of the command that is not the library's: it ends the command with one line and its exit code. */
export class CliError extends Error {
  readonly problem: CliProblem;
  readonly exitCode: ExitCode;

  constructor(problem: CliProblem) {
    super(problem.key);
    this.name = 'CliError';
    this.problem = problem;
    this.exitCode = EXIT_OF[problem.key];
  }
}
