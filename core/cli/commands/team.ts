import type { CoderRole, DisagreementResult } from '../../contract.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';
import { withEngine } from './engine.ts';
import { coderList, findCodebook } from './options.ts';

// Working as a team from the command line (issue 11): coders and their roles, the places where
// coders differ, and a copy of the project for students without the key's decisions.

export interface DisagreementsCommandOptions {
  db?: string;
  json?: boolean;
  codebook: string;
  unit?: 'article' | 'paragraph' | 'sentence';
  coders?: string;
  open?: boolean;
}

/** `framescope disagreements`: the units where coders differ on a code, with their memos. */
export async function disagreementsCommand(
  options: DisagreementsCommandOptions,
  output: Output,
): Promise<number> {
  return withEngine(options.db, 'read', output, async (engine) => {
    const codebook = await findCodebook(engine, options.codebook, output);
    if (!codebook) return 1;
    const coders = coderList(options.coders);
    const result = await engine.invoke('disagreements.list', {
      codebookId: codebook.id,
      ...(options.unit ? { unit: options.unit } : {}),
      ...(coders ? { coders } : {}),
      ...(options.open ? { open: true } : {}),
      limit: 5000,
    });
    if (options.json) printJson(output, { method: 'disagreements.list', ...result });
    else output.out(describeDisagreements(result, output.columns));
    return 0;
  });
}

const mark = (present: boolean | null) =>
  present === null ? 'not looked' : present ? 'applied' : 'not applied';

export function describeDisagreements(result: DisagreementResult, columns = 100): string {
  const unitWord = { article: 'article', paragraph: 'paragraph', sentence: 'sentence' }[result.unit];
  const lines = [
    `Where ${result.coders.map((coder) => coder.name).join(', ')} differ on the codebook “${result.codebook.name}” (${result.codebook.id}), by ${unitWord}:`,
    `${plural(result.total, `${unitWord} and code`, `${unitWord}s and codes`)} differ; ${result.settled} settled by an adjudicator.`,
  ];
  for (const place of result.units) {
    lines.push(
      '',
      `${place.codeName} · ${place.outlet ?? '(no outlet)'} · ${truncate(place.title ?? `article ${place.articleId}`, 60)} [${place.start}–${place.end}]`,
      `  “${truncate(place.text.replace(/\s+/g, ' '), Math.max(40, columns - 6))}”`,
    );
    for (const side of place.sides) {
      lines.push(`  ${side.name}: ${mark(side.present)}`);
      for (const memo of side.memos)
        lines.push(`    memo: ${truncate(memo.replace(/\s+/g, ' '), Math.max(30, columns - 12))}`);
    }
    if (place.adjudicated)
      lines.push(
        `  adjudicated: ${place.adjudicated.present ? 'applies' : 'does not apply'}${place.adjudicated.coderName ? ` (${place.adjudicated.coderName})` : ''}${place.adjudicated.memo ? ` — ${place.adjudicated.memo}` : ''}`,
      );
  }
  if (result.units.length < (result.total ?? 0) && result.units.length > 0)
    lines.push('', `${result.units.length} shown of ${result.total}.`);
  lines.push('', 'Engine method: disagreements.list (the Disagreements view shows the same places).');
  return `${lines.join('\n')}\n`;
}

export interface CodersCommandOptions {
  db?: string;
  json?: boolean;
}

const ROLES: readonly CoderRole[] = ['coder', 'adjudicator', 'key'];

/** `framescope coders [role NAME ROLE]`: the project's coders, or give one a role. */
export async function codersCommand(
  args: readonly string[],
  options: CodersCommandOptions,
  output: Output,
): Promise<number> {
  const [action, name, role] = args;
  if (action !== undefined && action !== 'list' && action !== 'role') {
    output.err(`framescope coders knows “list” and “role NAME ROLE”, not “${action}”.\n`);
    return 2;
  }
  if (action === 'role' && (!name || !role || !ROLES.includes(role as CoderRole))) {
    output.err(`Give a coder and a role: framescope coders role NAME ${ROLES.join('|')}.\n`);
    return 2;
  }
  return withEngine(options.db, action === 'role' ? 'write' : 'read', output, async (engine) => {
    const coders =
      action === 'role'
        ? await engine.invoke('coders.setRole', name!, role as CoderRole)
        : await engine.invoke('coders.list');
    if (options.json)
      printJson(output, { method: action === 'role' ? 'coders.setRole' : 'coders.list', coders });
    else if (coders.length === 0)
      output.out('No coders yet: a coder is added when someone first codes or corrects.\n');
    else
      output.out(
        `${coders.map((coder) => `${coder.id}\t${coder.name}\t${coder.role ?? 'coder'}`).join('\n')}\n`,
      );
    return 0;
  });
}

export interface StudentsCopyCommandOptions {
  db?: string;
  json?: boolean;
  out: string;
}

/** `framescope students-copy --out FILE`: the project without the key coder's decisions. */
export async function studentsCopyCommand(
  options: StudentsCopyCommandOptions,
  output: Output,
): Promise<number> {
  return withEngine(options.db, 'read', output, async (engine) => {
    const copy = await engine.invoke('project.saveStudentsCopy', options.out);
    if (options.json) printJson(output, { method: 'project.saveStudentsCopy', ...copy });
    else
      output.out(
        `Wrote ${copy.path} (${copy.bytes.toLocaleString('en')} bytes) for students: ${plural(copy.removed.codings, 'coding')}, ` +
          `${plural(copy.removed.quotes, 'quote decision')} and ${plural(copy.removed.frameDecisions, 'frame decision')} of the key, ${copy.key}, taken out` +
          `${copy.removed.adjudicated > 0 ? `, and ${plural(copy.removed.adjudicated, 'adjudicated decision')}` : ''}.\n`,
      );
    return 0;
  });
}
