import { closeSync, openSync, writeSync } from 'node:fs';
import type { Locale } from '../core/labels.js';
import { CliError } from './cli-error.js';
import type { ExitCode } from './exit-codes.js';
import { type CliMessages, messagesFor } from './messages/index.js';

/** What a subcommand runs with: its arguments, the streams, and where the package lies. */
export interface CliContext {
  /** The arguments after the subcommand's name. */
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
  /** The package's root directory (package.json, examples/). */
  readonly root: URL;
  /** The worker thread's script. */
  readonly workerUrl: URL;
  /** The language chosen for messages so far (updated once `--locale` is read). */
  locale: Locale;
}

/** A subcommand: it returns its exit code, or throws a `CliError` or a library error. */
export type Command = (context: CliContext) => Promise<ExitCode>;

/** The messages of the context's language. */
export function messagesOf(context: CliContext): CliMessages {
  return messagesFor(context.locale);
}

/** Where a command writes its output: standard output, or the file of `--out`. */
export interface Output {
  write(text: string): void;
  close(): void;
}

function osReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

/**
 * Standard output, or a file (created or emptied now, written as the
 * command goes).
 *
 * @throws {@link CliError} `outUnwritable` when the file cannot be opened or written.
 */
export function openOutput(context: CliContext, path: string | undefined): Output {
  if (path === undefined) {
    return { write: (text) => void context.stdout.write(text), close: () => {} };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new CliError({ key: 'outUnwritable', path, reason: osReason(error) });
  }
  return {
    write(text) {
      try {
        writeSync(fd, text);
      } catch (error) {
        throw new CliError({ key: 'outUnwritable', path, reason: osReason(error) });
      }
    },
    close: () => closeSync(fd),
  };
}
