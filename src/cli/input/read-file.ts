import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ReportRecordKind } from '../../report/report.js';
import { CliError } from '../cli-error.js';
import { kindFromFileName } from './detect-kind.js';
import { arraySplitter } from './split-array.js';
import { lineSplitter } from './split-lines.js';
import { EMPTY, isJsonSpace, joined, type Spans, SplitError, type Splitter } from './spans.js';

/** An input file: its path as given (`-` for standard input), the kind of its records when known, its size. */
export interface InputFile {
  readonly path: string;
  /** How messages and the report's refused records name it: the path as given. */
  readonly name: string;
  readonly kind: ReportRecordKind | null;
  /** Bytes, when known (not for standard input): for the progress line and the choice of threads. */
  readonly size: number | undefined;
}

/** How much of a file is read at a time: a batch of records for a worker. */
const CHUNK_BYTES = 512 * 1024;

const OPEN_BRACKET = 0x5b;

function osReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

/**
 * Checks that each input exists and is a file, before any is read: a typo
 * in the last path stops the command at once, not after the first file.
 *
 * @throws {@link CliError} `fileNotFound`, `notAFile` or `fileUnreadable`.
 */
export async function openInputs(
  paths: readonly string[],
  kind: ReportRecordKind | undefined,
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const fileKind = kind ?? kindFromFileName(path);
    if (path === '-') {
      files.push({ path, name: path, kind: fileKind, size: undefined });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      const code = osReason(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError({ key: 'fileNotFound', path });
      throw new CliError({ key: 'fileUnreadable', path, reason: code });
    }
    if (!info.isFile()) throw new CliError({ key: 'notAFile', path });
    files.push({ path, name: path, kind: fileKind, size: info.size });
  }
  return files;
}

// JSON Lines or a JSON array, told by the first byte that is not whitespace
// (after a UTF-8 byte-order mark, which Excel and Notepad write).
function startOf(head: Uint8Array): { splitter: Splitter; mark: number } | undefined {
  const mark = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  if (mark === 0 && head.length < 3 && head[0] === 0xef) return undefined; // a mark cut by the chunk's end
  let i = mark;
  while (i < head.length && isJsonSpace(head[i] as number)) i++;
  if (i === head.length) return undefined;
  return { splitter: head[i] === OPEN_BRACKET ? arraySplitter() : lineSplitter(), mark };
}

/**
 * The records of a file, batch by batch, as a stream: JSON Lines or a JSON
 * array, never read whole into memory.
 *
 * @throws {@link CliError} `fileUnreadable` when reading fails, `badArray`
 * for a JSON array that is not well formed.
 */
export async function* readRecords(
  file: InputFile,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Spans> {
  const stream =
    file.path === '-' ? process.stdin : createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
  let splitter: Splitter | undefined;
  let head: Uint8Array = EMPTY;
  try {
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        onBytes?.(chunk.length);
        let bytes: Uint8Array = chunk;
        if (splitter === undefined) {
          head = joined(head, chunk);
          const start = startOf(head);
          if (start === undefined) continue;
          splitter = start.splitter;
          bytes = head.subarray(start.mark);
          head = EMPTY;
        }
        const spans = splitter.push(bytes);
        if (spans !== undefined) yield spans;
      }
    } catch (error) {
      if (error instanceof SplitError || error instanceof CliError) throw error;
      throw new CliError({ key: 'fileUnreadable', path: file.name, reason: osReason(error) });
    }
    const last = splitter?.end();
    if (last !== undefined) yield last;
  } catch (error) {
    if (error instanceof SplitError) {
      throw new CliError({
        key: 'badArray',
        path: file.name,
        line: error.line,
        column: error.column,
        expected: error.expected,
      });
    }
    throw error;
  } finally {
    if (file.path !== '-') (stream as ReturnType<typeof createReadStream>).destroy();
  }
}
