// npm run torture: every family of hostile and unlucky cases of issue #10, with its figures; exits 1
// when any case did not hold. A short version of each family runs in npm test.
//   node torture/run.ts [--short] [family name ...]
import type { Family } from './family.ts';
import { craftedProjectFiles } from './families/crafted-files.ts';
import { killsDuringWork } from './families/kills.ts';
import * as malformedInput from './families/malformed-input.ts';

/** The malformed-input family reports figures by name and problems; printed like the others. */
const malformedInputs: Family = {
  name: malformedInput.name,
  async run({ short }) {
    const result = await malformedInput.run({ short });
    const failures =
      result.problems.length > 0 ? result.problems.map((problem) => problem.split('\n')[0]!) : [];
    if (!result.ok && failures.length === 0) failures.push('the family failed without naming a case');
    return {
      figures: Object.entries(result.figures).map(([label, value]): [string, string] => [
        label,
        typeof value === 'number' ? value.toLocaleString('en') : value,
      ]),
      failures,
    };
  },
};

/** The families, in the order they run. Add a family by adding its module here. */
const families: Family[] = [malformedInputs, craftedProjectFiles, killsDuringWork];

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
  for (const failure of failures.slice(0, 50)) console.log(`  FAILED: ${failure}`);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);
  failed += failures.length;
}
console.log(failed === 0 ? '\nEvery case held.' : `\n${failed} cases did not hold.`);
process.exitCode = failed === 0 ? 0 : 1;
