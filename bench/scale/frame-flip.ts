// What kept sums per frame (migration 031) add to a write that changes many articles' frames: the
// most used frame's state flipped (asserted to denied and back) in every article holding it, in one
// transaction rolled back, three times, on a project file opened directly (no engine). The
// triggers of the kept rows (and, from migration 031, of the sums) run as they would for a
// re-run or a bulk decision that changes that frame everywhere.
//
//   node bench/scale/frame-flip.ts PROJECT
import { openProject } from '../../db/open.ts';
import { mostUsedFrame } from './calls.ts';
import { cpuMs } from './timing.ts';

const [project] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/frame-flip.ts PROJECT');
const db = openProject(project);
const codeId = mostUsedFrame(db);
const rows = db.prepare('SELECT count(*) FROM frame_state WHERE code_id = ?').pluck().get(codeId) as number;
for (let i = 0; i < 3; i++) {
  const wall = performance.now();
  const cpu0 = cpuMs();
  try {
    db.transaction(() => {
      db.prepare('UPDATE frame_state SET denied = 1 - denied WHERE code_id = ?').run(codeId);
      throw new Error('rolled back');
    })();
  } catch {
    // rolled back, as meant
  }
  console.log(
    `frame ${codeId} flipped in ${rows} articles and rolled back: ${(performance.now() - wall).toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms CPU`,
  );
}
db.close();
