import type { BatchJob, BatchResult, ShardResult } from './shard.js';

/** What the main thread sends a worker: a batch to read, or the word to finish. */
export type WorkerRequest =
  | { readonly type: 'batch'; readonly job: BatchJob }
  | { readonly type: 'finish' };

/** What a worker answers: a batch's result with its buffer given back, or its whole share. */
export type WorkerReply =
  | { readonly type: 'batch'; readonly result: BatchResult; readonly buffer: ArrayBuffer }
  | { readonly type: 'finished'; readonly result: ShardResult };
