import { numberToWords } from '../../money/number-to-words.js';
import { tengeInWords } from '../../money/tenge-in-words.js';
import { type CommandSpec, readArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import { type Command, messagesOf } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { flagOption, HELP_OPTION, LOCALE_OPTION, localeOption, stringOption } from '../options.js';

export const WORDS_SPEC: CommandSpec = {
  name: 'words',
  positionals: true,
  negativeNumbers: true,
  options: {
    locale: LOCALE_OPTION,
    number: { type: 'boolean' },
    'tiyn-declension': { type: 'string', choices: ['agree', 'invariable'] },
    help: HELP_OPTION,
  },
};

const WHOLE_NUMBER = /^-?\d+$/;

/** `tutynushy words <amount…>`: each amount in words, one a line (`--number`: a plain number). */
export const words: Command = async (context) => {
  const parsed = readArgs(WORDS_SPEC, context.args);
  const locale = localeOption(parsed, context.env);
  context.locale = locale;
  if (parsed.values['help'] === true) {
    context.stdout.write(messagesOf(context).help.words);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) throw new CliError({ key: 'noAmount' });
  const tiynDeclension = stringOption(parsed, 'tiyn-declension') as
    | 'agree'
    | 'invariable'
    | undefined;
  const lines = parsed.positionals.map((value) => {
    if (!flagOption(parsed, 'number')) {
      return tengeInWords(value, {
        locale,
        ...(tiynDeclension === undefined ? {} : { tiynDeclension }),
      });
    }
    if (!WHOLE_NUMBER.test(value)) throw new CliError({ key: 'badNumber', value });
    return numberToWords(BigInt(value), locale);
  });
  context.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
};
