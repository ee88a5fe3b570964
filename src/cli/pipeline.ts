import { Worker } from 'node:worker_threads';
import { CliError, type CliProblem } from './cli-error.js';
import { BufferPool } from './input/buffer-pool.js';
import { type InputFile, readRecords } from './input/read-file.js';
import type { Progress } from './progress.js';
import type { BatchJob, BatchResult, InvalidRecord, ShardResult, ShardSetup } from './shard.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/** How the records of some files are read. */
export interface PipelineOptions {
  readonly setup: ShardSetup;
  readonly files: readonly InputFile[];
  /** Worker threads; 1 reads in this thread. */
  readonly jobs: number;
  /** The worker script. */
  readonly workerUrl: URL;
  /** `validate`: the bad records, in the order of the files and lines. */
  readonly onInvalid?: ((records: readonly InvalidRecord[]) => void) | undefined;
  readonly progress?: Progress | undefined;
}

/** What the records gave: how many there were, and each shard's share. */
export interface PipelineResult {
  readonly records: number;
  readonly shards: readonly ShardResult[];
}

/** Where batches go: this thread, or a pool of workers. */
interface Executor {
  /** Hands over a batch; resolves when there is room for the next. */
  submit(job: BatchJob): Promise<void>;
  /** Resolves when every batch handed over is done. */
  drain(): Promise<void>;
  /** Each shard's share (after `drain`). */
  collect(): Promise<ShardResult[]>;
  /** Stops at once (a problem was found). */
  abort(): Promise<void>;
}

// A worker's heap holds its share of the report (a few hundred kilobytes)
// and the short-lived garbage of the record it reads: a small young
// generation collects that garbage early (at no cost in speed, measured),
// so that memory does not grow by tens of megabytes with each thread.
const WORKER_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 });

/** Bytes read at a time: a batch of about a thousand records. */
const BATCH_BYTES = 512 * 1024;

/** Batches a worker may hold at once: one being read, one waiting. */
const IN_FLIGHT_PER_WORKER = 2;

// The shard (and with it zod and the record schemas) is loaded only when
// this thread reads records: with worker threads, the main thread stays small.
async function inProcess(
  setup: ShardSetup,
  pool: BufferPool,
  deliver: (result: BatchResult) => void,
): Promise<Executor> {
  const { createShard } = await import('./shard.js');
  const shard = createShard(setup);
  return {
    async submit(job) {
      const result = shard.run(job);
      pool.give(job.bytes);
      deliver(result);
    },
    async drain() {},
    async collect() {
      return [shard.finish()];
    },
    async abort() {},
  };
}

interface PoolWorker {
  readonly worker: Worker;
  inFlight: number;
  onFinished?: ((result: ShardResult) => void) | undefined;
}

function workerPool(
  setup: ShardSetup,
  jobs: number,
  url: URL,
  pool: BufferPool,
  deliver: (result: BatchResult) => void,
): Executor {
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const waitForChange = (): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
    });

  // Results come back in any order; they are delivered in the order of the batches.
  const waiting = new Map<number, BatchResult>();
  let next = 0;
  const arrived = (result: BatchResult): void => {
    waiting.set(result.seq, result);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next);
      next += 1;
      deliver(ready);
    }
  };

  const workers: PoolWorker[] = Array.from({ length: jobs }, () => {
    const entry: PoolWorker = {
      worker: new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS }),
      inFlight: 0,
    };
    entry.worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'batch') {
        entry.inFlight -= 1;
        pool.give(reply.buffer);
        arrived(reply.result);
      } else {
        entry.onFinished?.(reply.result);
      }
      notify();
    });
    entry.worker.on('error', (error) => {
      failure ??= error;
      pool.fail(error);
      notify();
    });
    entry.worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a worker thread stopped with exit code ${code}`);
      notify();
    });
    return entry;
  });

  const check = (): void => {
    if (failure !== undefined) throw failure;
  };
  const post = (entry: PoolWorker, request: WorkerRequest, transfer: ArrayBuffer[] = []): void => {
    entry.worker.postMessage(request, transfer);
  };

  return {
    async submit(job) {
      for (;;) {
        check();
        const free = workers.reduce((least, entry) =>
          entry.inFlight < least.inFlight ? entry : least,
        );
        if (free.inFlight < IN_FLIGHT_PER_WORKER) {
          free.inFlight += 1;
          post(free, { type: 'batch', job }, [
            job.bytes.buffer as ArrayBuffer,
            job.spans.buffer as ArrayBuffer,
          ]);
          return;
        }
        await waitForChange();
      }
    },
    async drain() {
      while (workers.some((entry) => entry.inFlight > 0)) {
        check();
        await waitForChange();
      }
      check();
    },
    async collect() {
      const results = await Promise.all(
        workers.map(
          (entry) =>
            new Promise<ShardResult>((resolve, reject) => {
              entry.onFinished = resolve;
              entry.worker.once('error', reject);
              entry.worker.once('exit', () =>
                reject(failure ?? new Error('a worker thread stopped')),
              );
              post(entry, { type: 'finish' });
            }),
        ),
      );
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
      return results;
    },
    async abort() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}

/**
 * Reads the records of the files, file by file, as a stream of batches
 * shared among worker threads (or read in this thread with `jobs: 1`), each
 * shard building its own report or list of bad records. The first problem
 * in file order — JSON that does not parse, text that is not UTF-8, a
 * record of no known kind — stops it.
 *
 * @throws {@link CliError} for that problem, or a file that cannot be read.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { setup, files, jobs, progress } = options;
  let problem: CliProblem | undefined;
  const deliver = (result: BatchResult): void => {
    if (problem !== undefined) return;
    if (result.invalid.length > 0) options.onInvalid?.(result.invalid);
    if (result.problem !== undefined) problem = result.problem;
  };
  // Run from the TypeScript sources (`tsx src/cli/index.ts`), a worker
  // thread could not load its script: Node 20 gives threads no loader hooks.
  const fromSources = options.workerUrl.pathname.endsWith('.ts');
  const threads = jobs <= 1 || fromSources ? 1 : jobs;
  // A buffer for each batch a worker may hold, and one being filled.
  const pool = new BufferPool(BATCH_BYTES, threads === 1 ? 1 : threads * IN_FLIGHT_PER_WORKER + 1);
  const executor =
    threads === 1
      ? await inProcess(setup, pool, deliver)
      : workerPool(setup, threads, options.workerUrl, pool, deliver);
  let seq = 0;
  let records = 0;
  try {
    for (const file of files) {
      progress?.start(file);
      for await (const spans of readRecords(file, pool, (bytes) => progress?.read(bytes))) {
        if (problem !== undefined) break;
        const count = spans.spans.length / 3;
        await executor.submit({ seq, source: file.name, kind: file.kind, ...spans });
        seq += 1;
        records += count;
        progress?.records(count);
      }
      if (problem !== undefined) break;
    }
    await executor.drain();
    if (problem !== undefined) throw new CliError(problem);
    return { records, shards: await executor.collect() };
  } catch (error) {
    await executor.abort();
    throw error;
  } finally {
    progress?.done();
  }
}
