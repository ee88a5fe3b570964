// A worker thread of `tutynushy report` and `validate`: reads the batches
// of records the main thread sends it into its own share of the report (or
// of the bad records), gives each batch's buffer back, and sends its share
// when told to finish.
import { parentPort, workerData } from 'node:worker_threads';
import { createShard, type ShardSetup } from './shard.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port !== null) {
  const shard = createShard(workerData as ShardSetup);
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'batch') {
      const buffer = request.job.bytes.buffer as ArrayBuffer;
      const reply: WorkerReply = { type: 'batch', result: shard.run(request.job), buffer };
      port.postMessage(reply, [buffer]);
    } else {
      const reply: WorkerReply = { type: 'finished', result: shard.finish() };
      port.postMessage(reply);
    }
  });
}
