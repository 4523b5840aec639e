// npm run torture: every family of hostile and unlucky cases, with its figures.
//   node torture/run.ts [--short] [family name ...]
import type { Family } from './family.ts';
import { craftedProjectFiles } from './families/crafted-files.ts';
import { killsDuringWork } from './families/kills.ts';

/** The families, in the order they run. Add a family by adding its module here. */
const families: Family[] = [craftedProjectFiles, killsDuringWork];

const args = process.argv.slice(2);
const short = args.includes('--short');
const chosen = args.filter((arg) => !arg.startsWith('--'));
let failed = 0;
for (const family of families) {
  if (chosen.length > 0 && !chosen.some((name) => family.name.includes(name))) continue;
  console.log(`\n${family.name}${short ? ' (short)' : ''}`);
  const { figures, failures } = await family.run({ short, log: (line) => console.log(line) });
  const width = Math.max(...figures.map(([label]) => label.length));
  for (const [label, value] of figures) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const failure of failures) console.log(`  FAILED: ${failure}`);
  failed += failures.length;
}
console.log(failed === 0 ? '\nEvery case held.' : `\n${failed} cases did not hold.`);
process.exitCode = failed === 0 ? 0 : 1;
