import { type CommandSpec, readArgs } from '../args.js';
import { type Command, messagesOf, openOutput } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { openInputs } from '../input/read-file.js';
import { filesOf, kindOption, localeOption, READING_OPTIONS, stringOption } from '../options.js';
import type { InvalidRecord } from '../shard.js';
import { readingSetup, validateFiles } from './records.js';

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  positionals: true,
  options: { ...READING_OPTIONS, format: { type: 'string', choices: ['text', 'json'] } },
};

// Details are data; a bigint among them is written as its digits.
const asJson = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? value.toString() : value;

function textLine(record: InvalidRecord): string {
  return `${record.source}:${record.line}: ${record.code}: ${record.message}\n`;
}

function jsonLine(record: InvalidRecord): string {
  return `${JSON.stringify(record, asJson)}\n`;
}

/** `tutynushy validate <files…> [options]`: every bad record, then a summary; exit code 1 when any. */
export const validate: Command = async (context) => {
  const parsed = readArgs(VALIDATE_SPEC, context.args);
  context.locale = localeOption(parsed, context.env);
  const messages = messagesOf(context);
  if (parsed.values['help'] === true) {
    context.stdout.write(messages.help.validate);
    return EXIT.ok;
  }
  const paths = filesOf(parsed, VALIDATE_SPEC);
  const setup = readingSetup(parsed, context, 'validate');
  const files = await openInputs(paths, kindOption(parsed));
  const json = stringOption(parsed, 'format') === 'json';
  const output = openOutput(context, stringOption(parsed, 'out'));
  try {
    const line = json ? jsonLine : textLine;
    const { read, invalid } = await validateFiles(files, setup, parsed, context, (records) => {
      for (const record of records) output.write(line(record));
    });
    const summary = `${messages.summary({ files: files.length, read, valid: read - invalid, invalid })}\n`;
    if (json) context.stderr.write(summary);
    else output.write(summary);
    return invalid > 0 ? EXIT.invalidRecords : EXIT.ok;
  } finally {
    output.close();
  }
};
