import { isJsonSpace, SpanList, SplitError, type Splitter } from './spans.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LF = 0x0a;

/**
 * A JSON array read element by element: the array's brackets, commas and
 * strings are followed byte by byte, and each top-level element becomes a
 * record (parsed later by `JSON.parse`). Only the bytes of the element cut
 * by a read's end are left for the next read, so an array of any length
 * streams in constant memory. What is wrong with the array itself — a
 * missing comma or bracket, something after it — is a {@link SplitError}
 * naming its line and column.
 */
export function arraySplitter(): Splitter {
  let scanned = 0; // bytes at the start of the next data already read
  let state: 'start' | 'before' | 'value' | 'after' = 'start';
  let afterComma = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let complete = false; // the value's closing bracket or quote has been read
  let valueStart = 0;
  let valueEnd = 0;
  let valueLine = 0;
  let line = 1;
  let column = 0; // bytes since the last line feed, before the one being read
  const spans = new SpanList();

  const scan = (data: Uint8Array): void => {
    for (let i = scanned; i < data.length; i++) {
      const byte = data[i] as number;
      if (byte === LF) {
        line += 1;
        column = 0;
      } else {
        column += 1;
      }
      if (state === 'value') {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) {
            inString = false;
            complete = depth === 0;
          }
          valueEnd = i + 1;
          continue;
        }
        if (isJsonSpace(byte)) continue;
        if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
          spans.add(valueStart, valueEnd, valueLine);
          state = byte === COMMA ? 'before' : 'after';
          afterComma = byte === COMMA;
          continue;
        }
        // `{…} {…}`: a second value where a comma belongs.
        if (complete) throw new SplitError(line, column, 'comma');
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          if (depth === 0) throw new SplitError(line, column, 'comma');
          depth -= 1;
          complete = depth === 0;
        }
        valueEnd = i + 1;
        continue;
      }
      if (isJsonSpace(byte)) continue;
      if (state === 'start') {
        if (byte !== OPEN_BRACKET) throw new SplitError(line, column, 'value');
        state = 'before';
        continue;
      }
      if (state === 'after') throw new SplitError(line, column, 'end');
      // before a value
      if (byte === CLOSE_BRACKET && !afterComma) {
        state = 'after';
        continue;
      }
      if (byte === COMMA || byte === CLOSE_BRACKET) throw new SplitError(line, column, 'value');
      state = 'value';
      depth = 0;
      complete = false;
      valueStart = i;
      valueLine = line;
      i -= 1; // read this byte again, as the value's first
      column -= 1;
    }
  };

  return {
    split(data, final) {
      scan(data);
      if (final && state !== 'after') throw new SplitError(line, column + 1, 'closing');
      const consumed = state === 'value' ? valueStart : data.length;
      scanned = data.length - consumed;
      valueStart -= consumed;
      valueEnd -= consumed;
      return { spans: spans.take(), consumed };
    },
  };
}
