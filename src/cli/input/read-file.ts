import { open, stat } from 'node:fs/promises';
import type { ReportRecordKind } from '../../report/report.js';
import { CliError } from '../cli-error.js';
import type { BufferPool } from './buffer-pool.js';
import { kindFromFileName } from './detect-kind.js';
import { isJsonSpace, type Spans, SplitError, type Splitter } from './spans.js';
import { arraySplitter } from './split-array.js';
import { lineSplitter } from './split-lines.js';

/** An input file: its path (`-` for standard input), the kind of its records when known, its size. */
export interface InputFile {
  readonly path: string;
  /** How messages and the report's refused records name it: the path as given. */
  readonly name: string;
  readonly kind: ReportRecordKind | null;
  /** Bytes, when known (not for standard input): for the progress line and the choice of threads. */
  readonly size: number | undefined;
}

const OPEN_BRACKET = 0x5b;
const EMPTY = new Uint8Array(0);

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
      if (code === 'ENOENT' || code === 'ENOTDIR')
        throw new CliError({ key: 'fileNotFound', path });
      throw new CliError({ key: 'fileUnreadable', path, reason: code });
    }
    if (!info.isFile()) throw new CliError({ key: 'notAFile', path });
    files.push({ path, name: path, kind: fileKind, size: info.size });
  }
  return files;
}

/** Reads up to `length` bytes into `target` at `offset`; 0 at the end. */
type ReadInto = (target: Uint8Array, offset: number, length: number) => Promise<number>;

// Standard input comes in chunks of its own size: they are copied into the pool's buffers.
function stdinReader(): { read: ReadInto; close: () => void } {
  const chunks = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let left: Uint8Array = EMPTY;
  return {
    async read(target, offset, length) {
      while (left.length === 0) {
        const next = await chunks.next();
        if (next.done === true) return 0;
        left = next.value;
      }
      const n = Math.min(length, left.length);
      target.set(left.subarray(0, n), offset);
      left = left.subarray(n);
      return n;
    },
    close: () => void chunks.return?.(),
  };
}

async function fileReader(path: string): Promise<{ read: ReadInto; close: () => Promise<void> }> {
  const handle = await open(path, 'r');
  return {
    read: async (target, offset, length) =>
      (await handle.read(target, offset, length, null)).bytesRead,
    close: () => handle.close(),
  };
}

// JSON Lines or a JSON array, told by the first byte that is not whitespace
// (after a UTF-8 byte-order mark, which Excel and Notepad write); the mark's length.
function formatOf(
  head: Uint8Array,
  final: boolean,
): { splitter: Splitter; mark: number } | undefined {
  const mark = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  if (mark === 0 && head.length < 3 && head[0] === 0xef && !final) return undefined;
  let i = mark;
  while (i < head.length && isJsonSpace(head[i] as number)) i++;
  if (i === head.length) return undefined;
  return { splitter: head[i] === OPEN_BRACKET ? arraySplitter() : lineSplitter(), mark };
}

/**
 * The records of a file, batch by batch, read into the pool's buffers: JSON
 * Lines or a JSON array, never the whole file in memory. Each batch's bytes
 * lie in a buffer of the pool, which whoever reads the batch gives back.
 *
 * @throws {@link CliError} `fileUnreadable` when reading fails, `badArray`
 * for a JSON array that is not well formed.
 */
export async function* readRecords(
  file: InputFile,
  pool: BufferPool,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Spans> {
  let source: { read: ReadInto; close: () => unknown };
  try {
    source = file.path === '-' ? stdinReader() : await fileReader(file.path);
  } catch (error) {
    throw new CliError({ key: 'fileUnreadable', path: file.name, reason: osReason(error) });
  }
  let splitter: Splitter | undefined;
  let pending: Uint8Array = EMPTY; // bytes read and not yet part of a batch
  try {
    for (let final = false; !final; ) {
      const buffer = await pool.take(2 * pending.length);
      buffer.set(pending, 0);
      let read: number;
      try {
        read = await source.read(buffer, pending.length, buffer.length - pending.length);
      } catch (error) {
        pool.give(buffer);
        throw new CliError({ key: 'fileUnreadable', path: file.name, reason: osReason(error) });
      }
      onBytes?.(read);
      final = read === 0;
      let data = buffer.subarray(0, pending.length + read);
      if (splitter === undefined) {
        const format = formatOf(data, final);
        if (format === undefined) {
          // Only whitespace so far (or nothing at all).
          pending = final ? EMPTY : data.slice();
          pool.give(buffer);
          continue;
        }
        splitter = format.splitter;
        data = data.subarray(format.mark);
      }
      const { spans, consumed } = splitter.split(data, final);
      pending = consumed < data.length ? data.slice(consumed) : EMPTY;
      if (spans.length === 0) pool.give(buffer);
      else yield { bytes: data.subarray(0, consumed), spans };
    }
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
    await source.close();
  }
}
