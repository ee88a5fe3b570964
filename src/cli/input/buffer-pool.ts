/**
 * The buffers a file is read into, reused: a buffer goes with its batch to
 * a worker thread (transferred, not copied) and comes back with the
 * result. A read waits for a free buffer, so memory stays the same however
 * large the file, and no buffer is left for a garbage collector to find.
 */
export class BufferPool {
  private readonly free: Uint8Array[] = [];
  private readonly waiting: ((buffer: Uint8Array) => void)[] = [];
  private failure: unknown;

  /**
   * @param size Bytes of each buffer.
   * @param count How many buffers there are.
   */
  constructor(
    readonly size: number,
    count: number,
  ) {
    for (let i = 0; i < count; i++) this.free.push(new Uint8Array(size));
  }

  /** A free buffer, when one is back; at least `minimum` bytes (a larger one is made for a record longer than a buffer). */
  async take(minimum = 0): Promise<Uint8Array> {
    if (this.failure !== undefined) throw this.failure;
    const buffer =
      this.free.pop() ?? (await new Promise<Uint8Array>((resolve) => this.waiting.push(resolve)));
    if (this.failure !== undefined) throw this.failure;
    if (buffer.length >= minimum) return buffer;
    this.give(buffer);
    return new Uint8Array(Math.max(minimum, 2 * buffer.length));
  }

  /** A buffer back (one of another size, made for a long record, is dropped). */
  give(buffer: ArrayBuffer | Uint8Array): void {
    const bytes =
      buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
    if (bytes.length !== this.size) return;
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter(bytes);
    else this.free.push(bytes);
  }

  /** Wakes whoever waits for a buffer with this error (a worker failed). */
  fail(error: unknown): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter(new Uint8Array(this.size));
  }
}
