// npm run bench (learn part), issue 9: proposals that follow a coder's decisions. On the project
// bench/learn.ts builds, with decisions on three frames (a few thousand in all), one decision in a
// served engine (reader threads on, as the bridge and the desktop app run it) and what follows: the
// pause, the refresh on the job thread (the first reads every article's words there; later ones keep
// them), and how long the thread that answers clicks was busy meanwhile.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Engine } from '../core/engine/engine.ts';
import { REFRESH_AFTER_MS } from '../core/engine/proposal-refresher.ts';

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(9);

/** Decides `frameId` in each of `articles` in turn, timing what the background refresh then does. */
export async function benchBackgroundRefresh(
  path: string,
  frameId: number,
  coderId: number,
  articles: readonly number[],
): Promise<void> {
  const engine = new Engine(path, { readerThreads: true });
  // The engine's pause and its job thread do not keep a process alive on their own (a host's
  // server or window does): this script waits for them.
  const alive = setInterval(() => undefined, 1000);
  try {
    let started = 0;
    let finished = 0;
    let message = '';
    /** How long the click made while the refresh ran took to answer. */
    const clicks: Promise<number>[] = [];
    engine.subscribe((event) => {
      if (event.type === 'progress' && event.task === 'learn' && started === 0) {
        started = performance.now();
        // A click while it runs: the article view, answered by the engine's own thread.
        const asked = performance.now();
        clicks.push(engine.invoke('articles.get', articles[0]!).then(() => performance.now() - asked));
      }
      if (event.type === 'finished' && event.task === 'learn') {
        finished = performance.now();
        message = event.message;
      }
    });
    for (const [i, articleId] of articles.entries()) {
      started = 0;
      clicks.length = 0;
      const busy = monitorEventLoopDelay({ resolution: 10 });
      busy.enable();
      const decided = performance.now();
      await engine.invoke('frames.decide', articleId, frameId, { present: true, coderId });
      await engine.learnedProposalsSettled();
      busy.disable();
      const clicked = (await clicks[0]) ?? null;
      console.log(
        `  background refresh ${i === 0 ? '(first: reads the words)' : '(words kept)           '} ` +
          `${ms(finished - started)}; decision to stored ${ms(finished - decided)} ` +
          `(a pause of ${REFRESH_AFTER_MS.toLocaleString('en')} ms first)`,
      );
      console.log(
        `    clicks meanwhile: the engine's thread busy at most ${ms(busy.max / 1e6)}` +
          `${clicked === null ? '' : `, an article opened in ${ms(clicked)}`}; ${message}`,
      );
    }
  } finally {
    clearInterval(alive);
    await engine.close();
  }
}
