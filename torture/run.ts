// npm run torture [-- --short] [-- family ...]: the torture families of issue #10, each printing its
// figures; exits 1 when any family found a problem. A short version of each runs in npm test.
import * as malformedInput from './families/malformed-input.ts';

interface Family {
  name: string;
  run(options: {
    short: boolean;
  }): Promise<{ ok: boolean; figures: Record<string, string | number>; problems: string[] }>;
}

const FAMILIES: Family[] = [malformedInput];

const args = process.argv.slice(2);
const short = args.includes('--short');
const chosen = args.filter((arg) => !arg.startsWith('--'));
let failed = false;
for (const family of FAMILIES.filter((each) => chosen.length === 0 || chosen.includes(each.name))) {
  console.log(`\n${family.name}${short ? ' (short)' : ''}`);
  const result = await family.run({ short });
  for (const [figure, value] of Object.entries(result.figures))
    console.log(`  ${figure.padEnd(14)} ${typeof value === 'number' ? value.toLocaleString('en') : value}`);
  for (const problem of result.problems.slice(0, 50)) console.log(`  PROBLEM ${problem.split('\n')[0]}`);
  if (result.problems.length > 50) console.log(`  … and ${result.problems.length - 50} more problems`);
  console.log(`  ${result.ok ? 'passed' : 'FAILED'}`);
  failed ||= !result.ok;
}
process.exit(failed ? 1 : 0);
