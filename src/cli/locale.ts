import { isLocale, type Locale } from '../core/labels.js';

/**
 * The language of the messages before the command line is read: the one
 * `--locale` names, when it names one of kk, ru, en; else the language of
 * the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: `kk_KZ.UTF-8` is
 * Kazakh, `ru_RU.UTF-8` Russian); else English.
 */
export function messageLocale(args: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    const value =
      arg === '--locale' ? args[i + 1] : arg.startsWith('--locale=') ? arg.slice(9) : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return environmentLocale(env);
}

/** The language the environment asks for, English when it asks for none of kk, ru, en. */
export function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  const setting = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const language = setting.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : 'en';
}
