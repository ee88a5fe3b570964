import { readFile } from 'node:fs/promises';
import { CliError } from '../cli-error.js';

const POSITION = /at position (\d+)/;

function osReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

/**
 * A small JSON file read whole (published figures): its value.
 *
 * @throws {@link CliError} `fileNotFound`, `notAFile`, `fileUnreadable`, or
 * `badJson` with the line and column where it stops being JSON.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = osReason(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError({ key: 'fileNotFound', path });
    if (code === 'EISDIR') throw new CliError({ key: 'notAFile', path });
    throw new CliError({ key: 'fileUnreadable', path, reason: code });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    const match = POSITION.exec(error instanceof Error ? error.message : '');
    if (match === null) throw new CliError({ key: 'badJson', path, line: text.split('\n').length });
    const before = text.slice(0, Number(match[1]));
    const lines = before.split('\n');
    throw new CliError({
      key: 'badJson',
      path,
      line: lines.length,
      column: (lines.at(-1) ?? '').length + 1,
    });
  }
}
