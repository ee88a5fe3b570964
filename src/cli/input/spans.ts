/**
 * Records found in a run of a file's bytes: `spans` holds three numbers per
 * record — its first byte, the byte after its last, and the line it starts
 * on (from 1) — as offsets into `bytes`. A batch of records travels to a
 * worker thread as these two arrays, without a copy (their buffers are
 * transferred), and the worker decodes and parses each record.
 */
export interface Spans {
  readonly bytes: Uint8Array;
  readonly spans: Int32Array;
}

/** Cuts a stream of bytes into records, chunk by chunk. */
export interface Splitter {
  /** The next chunk of the file: returns the records it completes (a record cut by the chunk's end waits for the next). */
  push(chunk: Uint8Array): Spans | undefined;
  /** The end of the file: returns the last record, if any. */
  end(): Spans | undefined;
}

/** Where the input stops being what it should be, for the one-line error. */
export class SplitError extends Error {
  readonly line: number;
  readonly column: number;
  readonly expected: 'comma' | 'value' | 'end' | 'closing';

  constructor(line: number, column: number, expected: SplitError['expected']) {
    super(`expected ${expected} at ${line}:${column}`);
    this.line = line;
    this.column = column;
    this.expected = expected;
  }
}

/** A growable list of span triples. */
export class SpanList {
  private data = new Int32Array(3 * 1024);
  private length = 0;

  add(start: number, end: number, line: number): void {
    if (this.length + 3 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = start;
    this.data[this.length + 1] = end;
    this.data[this.length + 2] = line;
    this.length += 3;
  }

  get count(): number {
    return this.length / 3;
  }

  /** The triples so far, in an array of their own (transferable), and a fresh list. */
  take(): Int32Array {
    const taken = this.data.slice(0, this.length);
    this.length = 0;
    return taken;
  }
}

/**
 * `a` then `b` in a new buffer of their own, so that it can be transferred:
 * a stream's chunk may share its memory with other chunks.
 */
export function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const data = new Uint8Array(a.length + b.length);
  data.set(a, 0);
  data.set(b, a.length);
  return data;
}

export const EMPTY = new Uint8Array(0);

/** Space, tab, carriage return, line feed: JSON's whitespace. */
export function isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
