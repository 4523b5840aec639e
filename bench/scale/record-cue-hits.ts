// Issue 12: what analysis by this code records for the cue preview (migration 032), written into a
// project analysed by older code, so the preview's first count can be measured at 100,000 articles
// without analysing them all again. Runs the very function analysis runs (`packedCueHits` with the
// project's codebooks' cues, `recordCueHits`) over every article, in transactions of 500; the
// analysis's own frame detection, whose tagged windows it would share, is not run. Prints the time, the
// CPU time and the rows' bytes. Only on a copy: it writes.
//
//   node bench/scale/record-cue-hits.ts PROJECT [FROM-ID TO-ID]
import { loadavg } from 'node:os';
import { loadProjectCodebooks } from '../../core/analyze/codebooks.ts';
import { ANALYSIS_VERSION } from '../../core/analyze/run.ts';
import { openProject } from '../../db/open.ts';
import { cueSetId, recordCueHits } from '../../db/recorded-cue-hits.ts';
import { cuesOf, oneFramePerCue, packedCueHits } from '../../nlp/frames/index.ts';

const [path, from, to] = process.argv.slice(2);
if (!path) throw new Error('usage: node bench/scale/record-cue-hits.ts PROJECT [FROM-ID TO-ID]');
const opening = performance.now();
const db = openProject(path);
db.pragma('busy_timeout = 60000');
const openMs = Math.round(performance.now() - opening);
const cues = cuesOf(loadProjectCodebooks(db).codebooks);
const book = oneFramePerCue(cues);
const cueSet = cueSetId(db, ANALYSIS_VERSION, cues) ?? -1;
const ids = db
  .prepare('SELECT id FROM articles WHERE id BETWEEN ? AND ? ORDER BY id')
  .pluck()
  .all(Number(from ?? 0), Number(to ?? Number.MAX_SAFE_INTEGER)) as number[];
const read = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
const cpu = process.cpuUsage();
const started = performance.now();
let bytes = 0;
for (let at = 0; at < ids.length; at += 500) {
  const run = ids.slice(at, at + 500).map((id) => {
    const text = read.get(id) as string;
    return { id, text, hits: packedCueHits(text, book) };
  });
  db.transaction(() => {
    for (const { id, text, hits } of run) {
      recordCueHits(db, id, cueSet, hits, text);
      bytes += hits.byteLength;
    }
  })();
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    openMs,
    cues: cues.length,
    articles: ids.length,
    totalMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    hitBytes: bytes,
    load: Number((loadavg()[0] ?? 0).toFixed(1)),
  })}\n`,
);
db.close();
