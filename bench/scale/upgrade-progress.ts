// Opens (and so upgrades) a project as the engine does, printing each progress report of the
// upgrade with the time since the open began, then the open's wall and CPU time (issue 12: the
// kept sums per frame of migration 031 fill for 102 s at a million articles). It writes: run it on
// a copy of an older project.
//
//   node bench/scale/upgrade-progress.ts PROJECT
import { closeProject, openProject } from '../../db/open.ts';
import { cpuMs } from './timing.ts';

const [project] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/upgrade-progress.ts PROJECT');
const wall = performance.now();
const cpu0 = cpuMs();
let reports = 0;
const db = openProject(project, {
  onUpgrade: (done, total, label) => {
    reports++;
    console.log(`${((performance.now() - wall) / 1000).toFixed(1)} s  ${done}/${total}  ${label}`);
  },
});
console.log(
  `opened at version ${String(db.pragma('user_version', { simple: true }))}: ${reports} progress reports, ` +
    `${(performance.now() - wall).toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms CPU`,
);
closeProject(db);
