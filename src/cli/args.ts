import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

/** One option of a subcommand. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (and, for `--region`, with commas). */
  readonly multiple?: boolean;
  /** The values it accepts, when they are a fixed set. */
  readonly choices?: readonly string[];
  /** Takes the positional arguments after it too, up to the next option (`--compare a.jsonl b.jsonl`). */
  readonly greedy?: boolean;
  readonly short?: string;
}

/** A subcommand's command line. */
export interface CommandSpec {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether it takes positional arguments (files, amounts). */
  readonly positionals: boolean;
  /** Whether a positional argument may look like a negative number (`words -5`). */
  readonly negativeNumbers?: boolean;
}

/** A command line read against its spec. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

const NEGATIVE_NUMBER = /^-\d/;

// A value that is the next option rather than this option's value: `--period --region 79`.
function looksLikeOption(value: string): boolean {
  return value.startsWith('-') && value !== '-' && !NEGATIVE_NUMBER.test(value);
}

/**
 * Reads a subcommand's arguments with `node:util` `parseArgs` (its tokens,
 * so that every problem can be worded in the user's language): an unknown
 * option, an option without its value, a value that is not one of the
 * choices, a positional argument where none is taken.
 *
 * @throws {@link CliError} for each of those (exit code 2).
 */
export function readArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      {
        type: option.type,
        ...(option.multiple === true || option.greedy === true ? { multiple: true } : {}),
        ...(option.short === undefined ? {} : { short: option.short }),
      },
    ]),
  );
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  let greedy: string | undefined;
  let negativeAt = -1;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      greedy = undefined;
      continue;
    }
    if (token.kind === 'positional') {
      if (greedy !== undefined) (values[greedy] as string[]).push(token.value);
      else positionals.push(token.value);
      continue;
    }
    // `-5.50` is read as the short options -5, -., -5 and -0: take the argument whole, once.
    const raw = args[token.index] ?? token.rawName;
    if (spec.negativeNumbers === true && NEGATIVE_NUMBER.test(raw)) {
      if (token.index !== negativeAt) positionals.push(raw);
      negativeAt = token.index;
      continue;
    }
    const option = spec.options[token.name];
    if (option === undefined) {
      throw new CliError({ key: 'unknownOption', option: token.rawName, command: spec.name });
    }
    greedy = undefined;
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        throw new CliError({ key: 'unexpectedValue', option: `--${token.name}` });
      }
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && looksLikeOption(value))) {
      throw new CliError({ key: 'missingValue', option: `--${token.name}` });
    }
    if (option.choices !== undefined && !option.choices.includes(value)) {
      throw new CliError({
        key: 'badChoice',
        option: `--${token.name}`,
        value,
        allowed: option.choices,
      });
    }
    if (option.multiple === true || option.greedy === true) {
      const list = (values[token.name] as string[] | undefined) ?? [];
      list.push(value);
      values[token.name] = list;
      if (option.greedy === true) greedy = token.name;
    } else {
      values[token.name] = value;
    }
  }
  if (!spec.positionals && positionals.length > 0 && values['help'] !== true) {
    throw new CliError({
      key: 'unexpectedArgument',
      value: positionals[0] as string,
      command: spec.name,
    });
  }
  return { values, positionals };
}
