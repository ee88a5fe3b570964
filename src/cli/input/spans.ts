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

/** What a splitter found in the bytes it was given. */
export interface Split {
  /** The records that lie whole in the bytes, as span triples (see {@link Spans}); empty when none. */
  readonly spans: Int32Array;
  /** How many of the bytes those records end by: the rest starts a record the next bytes finish. */
  readonly consumed: number;
}

/**
 * Cuts a stream of bytes into records. It is handed the bytes it has not
 * consumed yet followed by the next ones read, each time, and remembers how
 * far it has read them.
 */
export interface Splitter {
  /**
   * The records that lie whole in `data`; with `final`, `data` is the end of
   * the file and its last record needs no line feed.
   *
   * @throws {@link SplitError} for a JSON array that is not well formed.
   */
  split(data: Uint8Array, final: boolean): Split;
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

export const EMPTY_SPANS = new Int32Array(0);

/** Space, tab, carriage return, line feed: JSON's whitespace. */
export function isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
