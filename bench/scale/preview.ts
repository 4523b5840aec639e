// Issue 12: one cue preview as the codebook asks for it, timed to its first matches and to its end.
// Opens a project in an engine (its own thread, as the command line and the bench's runner do), asks
// `codes.preview` for the most used frame's cues (`frame`), a frame's by id (`frame:6`) or for one rare
// cue, and prints as JSON how long until the first matches (the first progress event carrying them,
// else the answer), how long in all, the process's CPU time meanwhile, the load average, the counts and
// a hash of the answer (equal hashes: the same answer). With a cue and its edit after it, the same
// engine then previews the cues with that one cue edited (or added, if it is not among them), as a
// person typing in the codebook would, and prints that preview's line too. The engine's opening (and
// so any migration of the file) is timed apart, as `openMs`. With `--edit N` instead, the engine's
// connection then appends a sentence to the texts of the N articles with the highest ids (as a
// correction or an import of N articles changes N texts) and the same cues are previewed again.
//
//   node bench/scale/preview.ts PROJECT frame|frame:ID|CUE [CUE EDITED-CUE | --edit N]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { Engine } from '../../core/engine/engine.ts';
import { mostUsedFrame } from './calls.ts';

const [project, which, before, after] = process.argv.slice(2);
if (!project || !which || (before !== undefined && after === undefined))
  throw new Error('usage: node bench/scale/preview.ts PROJECT frame|CUE [CUE EDITED-CUE]');

const opening = performance.now();
const engine = new Engine(project);
process.stdout.write(`${JSON.stringify({ openMs: Math.round(performance.now() - opening) })}\n`);
const frame = which === 'frame' ? mostUsedFrame(engine.db) : /^frame:(\d+)$/.exec(which)?.[1];
const cues =
  frame !== undefined
    ? (JSON.parse(
        engine.db.prepare('SELECT cues FROM codes WHERE id = ?').pluck().get(Number(frame)) as string,
      ) as string[])
    : [which];
let started = 0;
let firstMs: number | null = null;
engine.subscribe((event) => {
  if (
    event.type === 'progress' &&
    event.task === 'preview' &&
    firstMs === null &&
    event.found?.examples.length
  )
    firstMs = performance.now() - started;
});
async function time(cues: string[], what: string): Promise<void> {
  firstMs = null;
  const load = loadavg()[0] ?? 0;
  const cpu = process.cpuUsage();
  started = performance.now();
  const found = await engine.invoke('codes.preview', { cues });
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${JSON.stringify({
      what,
      cues: cues.length,
      // Nothing shown before the answer (every cue counted before): the answer is the first matches.
      firstMs: Math.round(firstMs ?? totalMs),
      totalMs: Math.round(totalMs),
      cpuMs: Math.round((used.user + used.system) / 1000),
      load: Number(load.toFixed(1)),
      passages: found.passages,
      articles: found.articles,
      answer: createHash('sha256').update(JSON.stringify(found)).digest('hex').slice(0, 12),
    })}\n`,
  );
}

await time(cues, 'cold');
if (before === '--edit') {
  const edited = engine.db
    .prepare(
      `UPDATE articles SET text = text || ' The board should be told of the plan to reform the policy.'
       WHERE id IN (SELECT id FROM articles ORDER BY id DESC LIMIT ?)`,
    )
    .run(Number(after)).changes;
  await time(cues, `after ${edited} texts edited`);
} else if (before !== undefined && after !== undefined) {
  const edited = cues.includes(before) ? cues.map((cue) => (cue === before ? after : cue)) : [...cues, after];
  await time(edited, `${before} -> ${after}`);
}
await engine.close();
