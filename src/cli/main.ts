import { readFileSync } from 'node:fs';
import { type AnyTutynushyError, isTutynushyError } from '../core/errors.js';
import { formatError } from '../core/format-error.js';
import type { Locale } from '../core/labels.js';
import { CliError, type CliProblem } from './cli-error.js';
import type { CliContext, Command } from './context.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { messageLocale } from './locale.js';
import { COMMANDS, type CommandName, messagesFor } from './messages/index.js';

/** Where the command runs: its streams, its environment, and the files of its package. */
export interface CliRuntime {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
  readonly root: URL;
  readonly workerUrl: URL;
}

// Each subcommand is loaded when it runs: `words` and `deadline` need no
// zod, and a missing zod is then a message, not a crash at start-up.
const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  report: async () => (await import('./commands/report.js')).report,
  validate: async () => (await import('./commands/validate.js')).validate,
  deadline: async () => (await import('./commands/deadline.js')).deadline,
  words: async () => (await import('./commands/words.js')).words,
  demo: async () => (await import('./commands/demo.js')).demo,
};

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function isMissingZod(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && /['"]zod['"]/.test(message)
  );
}

function version(root: URL): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

// The library's error in the user's language; its English message should
// the catalogue not word it (an error of another copy of the library).
function wordedError(error: AnyTutynushyError, locale: Locale): string {
  try {
    return formatError(error, locale);
  } catch {
    return error.message;
  }
}

/** The one line a failure ends with, and its exit code. Never a stack trace. */
function failure(error: unknown, context: CliContext): ExitCode {
  const messages = messagesFor(context.locale);
  let line: string;
  let code: ExitCode;
  if (error instanceof CliError) {
    const { problem } = error;
    line = (messages.problems[problem.key] as (p: CliProblem) => string)(problem);
    code = error.exitCode;
  } else if (isTutynushyError(error)) {
    line = wordedError(error, context.locale);
    code = error.code === 'INVALID_PERIOD' ? EXIT.period : EXIT.value;
  } else if (isMissingZod(error)) {
    line = messages.problems.zodMissing({ key: 'zodMissing' });
    code = EXIT.setup;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    line = messages.internal(message);
    code = EXIT.internal;
    if (context.env['TUTYNUSHY_DEBUG'] === '1' && error instanceof Error) {
      context.stderr.write(`${error.stack ?? ''}\n`);
    }
  }
  context.stderr.write(`tutynushy: ${line}\n`);
  return code;
}

/**
 * Runs `tutynushy <command> [arguments]` and returns its exit code. Every
 * failure is one line on standard error, in the chosen language, with an
 * exit code of its own (see `EXIT`).
 */
export async function main(args: readonly string[], runtime: CliRuntime): Promise<ExitCode> {
  const [first, ...rest] = args;
  // One context for the command and for its failure: the command sets the language it reads.
  const context: CliContext = { ...runtime, args: rest, locale: messageLocale(args, runtime.env) };
  const messages = messagesFor(context.locale);
  try {
    if (first === undefined) {
      runtime.stderr.write(messages.help.main);
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest.find((arg) => !arg.startsWith('-'));
      runtime.stdout.write(
        topic !== undefined && isCommand(topic) ? messages.help[topic] : messages.help.main,
      );
      return EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
      runtime.stdout.write(`${version(runtime.root)}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) {
      throw new CliError({
        key: 'unknownOption',
        option: first.split('=')[0] as string,
        command: '',
      });
    }
    if (!isCommand(first)) throw new CliError({ key: 'unknownCommand', command: first });
    const command = await LOADERS[first]();
    return await command(context);
  } catch (error) {
    return failure(error, context);
  }
}
