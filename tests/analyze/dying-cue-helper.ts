// A cue preview helper thread that ends as soon as it is asked to count, standing in for one that
// crashes or runs out of memory.
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', (message: { kind: string }) => {
  if (message.kind === 'count') process.exit(70);
});
