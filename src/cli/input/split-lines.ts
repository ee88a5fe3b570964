import { isJsonSpace, SpanList, type Splitter } from './spans.js';

const LF = 0x0a;

/**
 * JSON Lines: one record a line, blank lines skipped, a line ending in CRLF
 * read without its CR. Only the bytes of the last, unfinished line are left
 * for the next read, so a file of any size streams in constant memory.
 */
export function lineSplitter(): Splitter {
  let line = 1; // the line the bytes given next start on
  const spans = new SpanList();

  const addLine = (data: Uint8Array, start: number, end: number, at: number): void => {
    let s = start;
    let e = end;
    while (s < e && isJsonSpace(data[s] as number)) s++;
    while (e > s && isJsonSpace(data[e - 1] as number)) e--;
    if (s < e) spans.add(s, e, at);
  };

  return {
    split(data, final) {
      const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      let from = 0;
      for (let lf = buffer.indexOf(LF, 0); lf !== -1; lf = buffer.indexOf(LF, from)) {
        addLine(data, from, lf, line);
        from = lf + 1;
        line += 1;
      }
      if (final && from < data.length) {
        addLine(data, from, data.length, line);
        from = data.length;
      }
      return { spans: spans.take(), consumed: from };
    },
  };
}
