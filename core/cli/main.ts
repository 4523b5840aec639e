import { Command, CommanderError, Option } from 'commander';
import { importCommand, type ImportCommandOptions } from './commands/import.ts';
import { analyzeCommand, type AnalyzeCommandOptions } from './commands/analyze.ts';
import { lexiconCommand } from './commands/lexicon.ts';
import {
  listCommand,
  searchCommand,
  showCommand,
  type ListCommandOptions,
  type ReadOptions,
  type SearchCommandOptions,
} from './commands/read.ts';
import { exportCommand, type ExportCommandOptions } from './commands/export.ts';
import { serveCommand, type ServeCommandOptions } from './commands/serve.ts';
import { compareCommand, type CompareCommandOptions } from './commands/compare.ts';
import { storiesCommand, type StoriesCommandOptions } from './commands/stories.ts';
import { shareCommand, type ShareCommandOptions } from './commands/share.ts';
import { processOutput, type Output } from './output.ts';
import { describeFileFailure } from '../../db/failures.ts';
import { defaultProjectPath } from '../paths.ts';

/** Errors whose message is already a sentence for the user; anything else is a bug and says so. */
const USER_ERRORS = new Set(['ProjectFileError', 'SearchSyntaxError', 'ImportFileError', 'FieldMapError']);

/** Runs the `framescope` command line; resolves to the process exit code. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const dbOption = () => new Option('--db <file>', 'project file (default: the default project, see README)');
  const jsonOption = () => new Option('--json', 'print the result as JSON');

  const program = new Command('framescope')
    .description('Framescope: read coverage of one event across many outlets.')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: output.out, writeErr: output.err });

  program
    .command('import')
    .description(
      'import articles from files and folders (txt, md, html, csv, json, jsonl, rss/atom, docx, pdf)',
    )
    .argument('<paths...>', 'files or folders; folders are read recursively')
    .addOption(dbOption())
    .option('--outlet <name>', 'outlet for articles whose metadata and URL name none')
    .option('--map <fields>', 'CSV/JSON columns for the article fields, e.g. text=body,outlet=source')
    .option('--no-analyze', 'import only; tag entities, quotes and frames later with "framescope analyze"')
    .addOption(jsonOption())
    .action(async (paths: string[], options: ImportCommandOptions) => {
      exitCode = await importCommand(paths, options, output);
    });

  program
    .command('analyze')
    .description(
      "tag entities, quotes with speakers and frames: in the project's articles not analysed yet, or in files given (printed as JSON, no project)",
    )
    .argument('[files...]', 'files or folders to analyse without a project')
    .addOption(dbOption())
    .option('--all', 'analyse every article again (corrections and coding are kept)')
    .option('--threads <n>', 'worker threads (default: one per core, at most 4)')
    .addOption(jsonOption())
    .action(async (files: string[], options: AnalyzeCommandOptions) => {
      exitCode = await analyzeCommand(files, options, output);
    });

  program
    .command('lexicon')
    .description('the organization and place names this project adds to the built-in lexicon')
    .argument('[action]', 'add or remove; without it, list the names')
    .argument('[kind]', 'organization or place')
    .argument('[names...]', 'the names, each in quotes if it has spaces')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action((action: string | undefined, kind: string | undefined, names: string[], options: ReadOptions) => {
      exitCode = lexiconCommand(action, kind, names, options, output);
    });

  program
    .command('list')
    .description('list the articles in the project')
    .addOption(dbOption())
    .addOption(
      new Option('--sort <field>', 'order by').choices(['id', 'title', 'outlet', 'published', 'words']),
    )
    .option('--desc', 'descending order')
    .option('--outlet <name>', 'only this outlet')
    .option('--limit <n>', 'at most this many')
    .addOption(jsonOption())
    .action((options: ListCommandOptions) => {
      exitCode = listCommand(options, output);
    });

  program
    .command('show')
    .description('show one article with its metadata and text')
    .argument('<id>', 'the article number from "list", or its uid')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action((id: string, options: ReadOptions) => {
      exitCode = showCommand(id, options, output);
    });

  program
    .command('search')
    .description('full-text search: words, "exact phrases", OR, NOT, prefix*; best matches first')
    .argument('<query>', 'for example: sanctions NOT "goodwill gesture", or aid AND (Ital* OR Rome)')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many results', '20')
    .addOption(jsonOption())
    .action((query: string, options: SearchCommandOptions) => {
      exitCode = searchCommand(query, options, output);
    });

  program
    .command('export')
    .description('export every article with its metadata and text')
    .addOption(new Option('--format <format>', 'file format').choices(['json', 'csv']).makeOptionMandatory())
    .requiredOption('--out <path>', 'the file to write')
    .addOption(dbOption())
    .action((options: ExportCommandOptions) => {
      exitCode = exportCommand(options, output);
    });

  program
    .command('stories')
    .description(
      'stories (articles reporting one event): list, group, show, name, move, from-search, merge, delete',
    )
    .argument(
      '[action]',
      'list (default), group, show ID, name ID NAME, move ARTICLE STORY|none, from-search QUERY, merge FROM INTO, delete ID',
    )
    .argument('[args...]', 'what the action needs')
    .addOption(dbOption())
    .option(
      '--window <days>',
      'group: articles further apart than this many days are not one story (default 3)',
    )
    .option(
      '--threshold <cosine>',
      'group: how alike an article must be to a story to join it, 0-1 (default 0.12)',
    )
    .option('--name <name>', 'from-search: the name of the new story (default: the search)')
    .addOption(jsonOption())
    .action(async (action: string | undefined, args: string[], options: StoriesCommandOptions) => {
      exitCode = await storiesCommand(action, args, options, output);
    });

  program
    .command('compare')
    .description(
      'compare outlets on a story, a search or chosen articles: frames, who is quoted, entities, distinctive words, reprints',
    )
    .addOption(dbOption())
    .option('--story <id>', 'the story to compare (see "framescope stories")')
    .option('--query <search>', 'the articles a search finds, e.g. "aid AND italy"')
    .option('--articles <ids>', 'articles by number, e.g. 12,14,20')
    .addOption(new Option('--by <what>', 'what to compare').choices(['outlet']).default('outlet'))
    .option(
      '--link <concept>',
      'a concept for linkage as name=term,term*,… (give two or more)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--no-discount', 'count reprints of wire copy as articles of their own')
    .addOption(jsonOption())
    .action(async (options: CompareCommandOptions) => {
      exitCode = await compareCommand(options, output);
    });

  program
    .command('share')
    .description('save a copy of the project to send or keep: one whole file, checked before it is saved')
    .requiredOption('--out <file>', 'the new file (an existing file is never replaced)')
    .addOption(dbOption())
    .action((options: ShareCommandOptions) => {
      exitCode = shareCommand(options, output);
    });

  program
    .command('serve')
    .description('serve the app to a browser on this computer (127.0.0.1 only) until Ctrl+C')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (default: any free port)')
    .option('--static <dir>', 'the built UI to serve (default: dist/renderer)')
    .action(async (options: ServeCommandOptions) => {
      exitCode = await serveCommand(options, output);
    });

  // The project a failing command was working on, so that a damaged or read-only file is named.
  let projectPath: string | undefined;
  program.hook('preAction', (_program, command) => {
    projectPath = command.opts<{ db?: string }>().db ?? defaultProjectPath();
  });

  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    const { name, message } = error as Error;
    const fileFailure = projectPath ? describeFileFailure(projectPath, error) : null;
    if (fileFailure) {
      output.err(`${fileFailure}\n`);
      return 1;
    }
    if (USER_ERRORS.has(name)) {
      output.err(`${message}\n`);
      return 1;
    }
    output.err(`Framescope failed: ${message}\n`);
    if (process.env.FRAMESCOPE_DEBUG) output.err(`${(error as Error).stack}\n`);
    return 1;
  }
}
