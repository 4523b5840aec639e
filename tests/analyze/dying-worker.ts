// An analysis worker that ends its thread on cue, standing in for one that crashes or runs out of
// memory: texts with END_ALWAYS end every worker that takes them; texts with END_ONCE end the first
// worker only (a flag file, named by FRAMESCOPE_TEST_FLAG, remembers).
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { END_ALWAYS, END_ONCE } from './dying-cues.ts';

parentPort!.on('message', (message: { text?: string }) => {
  const text = message.text ?? ''; // the pool's first message, the set-up, has none
  if (text.includes(END_ALWAYS)) process.exit(70);
  const flag = process.env.FRAMESCOPE_TEST_FLAG;
  if (text.includes(END_ONCE) && flag && !existsSync(flag)) {
    writeFileSync(flag, 'ended once');
    process.exit(71);
  }
});
// Registered after the listener above, so the real worker never sees a text that ends the thread.
await import('../../core/analyze/worker.ts');
