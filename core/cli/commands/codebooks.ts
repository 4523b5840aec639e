import type { CodebookScope } from '../../contract.ts';
import { printJson, type Output } from '../output.ts';
import { taskProgress, withEngine } from './engine.ts';
import { listUpdatesCommand, updateCommand } from './codebook-updates.ts';

export interface CodebooksCommandOptions {
  db?: string;
  json?: boolean;
  project?: boolean;
  story?: string[];
  search?: string;
  frame?: string[];
  rerun?: boolean;
}

const USAGE = `Use: framescope codebooks [list | new NAME [--story ID… | --search QUERY] | scope KEY (--project | --story ID [--story ID…] | --search QUERY) | updates | update KEY [--frame KEY…] [--rerun]]
`;

/**
 * `framescope codebooks`: the project's codebooks with the articles each applies to, and setting that
 * scope (a codebook shipped with Framescope but not in the project yet is added). Setting a scope
 * decides the frames again where it changed.
 */
export async function codebooksCommand(
  action: string | undefined,
  args: string[],
  options: CodebooksCommandOptions,
  output: Output,
): Promise<number> {
  const verb = action ?? 'list';
  if (verb === 'updates' && args.length === 0) return listUpdatesCommand(options, output);
  if (verb === 'update' && args.length === 1) return updateCommand(args[0]!, options, output);
  const scope = scopeOf(options);
  if (verb === 'new' && args.length === 1) return newCodebook(args[0]!, scope, options, output);
  if (!(verb === 'list' || (verb === 'scope' && args.length === 1 && scope))) {
    output.err(USAGE);
    return 2;
  }
  return withEngine(options.db, verb === 'list' ? 'read' : 'write', output, async (engine) => {
    if (verb === 'scope' && scope) {
      const key = args[0]!;
      let book = (await engine.invoke('codebooks.list')).find((b) => b.key === key);
      if (!book) {
        await engine.invoke('codebooks.addBuiltIn', key);
        book = (await engine.invoke('codebooks.list')).find((b) => b.key === key)!;
      }
      await engine.invoke('codebooks.setScope', book.id, scope);
      const done = taskProgress(engine, output);
      const rerun = await engine.invoke('frames.rerun').finally(done);
      if (!options.json)
        output.out(
          `Codebook “${book.name}” now applies to ${describe(scope)}; frames decided again in ${rerun.articles.toLocaleString('en')} articles.\n`,
        );
    }
    const books = await engine.invoke('codebooks.list');
    if (options.json)
      printJson(
        output,
        books.map(({ codes, ...book }) => ({ ...book, frames: codes.length })),
      );
    else if (verb === 'list')
      output.out(books.map((b) => `${b.key}  ${b.name}: ${b.codes.length} codes, ${b.scopeText}\n`).join(''));
    return 0;
  });
}

/** `codebooks new NAME`: a codebook of one's own, empty, for the whole project unless scoped. */
function newCodebook(
  name: string,
  scope: CodebookScope | null,
  options: CodebooksCommandOptions,
  output: Output,
): Promise<number> {
  return withEngine(options.db, 'write', output, async (engine) => {
    const book = await engine.invoke('codebooks.create', { name, ...(scope ? { scope } : {}) });
    if (options.json) printJson(output, book);
    else
      output.out(
        `Codebook “${book.name}” (${book.key}) made, for ${describe(scope ?? { kind: 'project' })}; add its codes in the Codebook view.\n`,
      );
    return 0;
  });
}

function scopeOf(options: CodebooksCommandOptions): CodebookScope | null {
  const chosen = [options.project, options.story?.length, options.search].filter(Boolean).length;
  if (chosen !== 1) return null;
  if (options.project) return { kind: 'project' };
  if (options.search) return { kind: 'search', query: options.search };
  const stories = (options.story ?? []).map(Number);
  return stories.every((id) => Number.isInteger(id) && id > 0) ? { kind: 'stories', stories } : null;
}

function describe(scope: CodebookScope): string {
  if (scope.kind === 'project') return 'the whole project';
  if (scope.kind === 'search') return `the articles matching ${scope.query}`;
  return `${scope.stories.length === 1 ? 'story' : 'stories'} ${scope.stories.join(', ')}`;
}
