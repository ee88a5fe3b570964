import type { InputFile } from './input/read-file.js';
import type { CliMessages } from './messages/index.js';

/** The progress line while records are read. */
export interface Progress {
  start(file: InputFile): void;
  read(bytes: number): void;
  records(count: number): void;
  done(): void;
}

const EVERY_MS = 200;

/**
 * A progress line on standard error, rewritten in place a few times a
 * second: only when standard error is a terminal (never in a pipe or a
 * log file), and cleared when reading ends.
 */
export function terminalProgress(
  stream: NodeJS.WriteStream,
  messages: CliMessages,
): Progress | undefined {
  if (stream.isTTY !== true) return undefined;
  let file: InputFile | undefined;
  let bytes = 0;
  let records = 0;
  let last = 0;
  let shown = false;
  const show = (force: boolean): void => {
    const now = Date.now();
    if (file === undefined || (!force && now - last < EVERY_MS)) return;
    last = now;
    const percent =
      file.size === undefined || file.size === 0
        ? undefined
        : Math.min(100, Math.floor((100 * bytes) / file.size));
    const text = messages.progress(file.name, percent, records);
    const width = stream.columns ?? 80;
    stream.write(`\r\x1b[K${text.length >= width ? text.slice(0, width - 1) : text}`);
    shown = true;
  };
  return {
    start(next) {
      file = next;
      bytes = 0;
      show(true);
    },
    read(count) {
      bytes += count;
      show(false);
    },
    records(count) {
      records += count;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
