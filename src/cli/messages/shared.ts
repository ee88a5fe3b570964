import { EXIT } from '../exit-codes.js';

/** The exit codes with their meaning in one language, one a line, for `--help`. */
export function exitCodesList(meaning: Readonly<Record<keyof typeof EXIT, string>>): string {
  return (Object.keys(EXIT) as (keyof typeof EXIT)[])
    .map((key) => `  ${String(EXIT[key]).padStart(2)}  ${meaning[key]}`)
    .join('\n');
}
