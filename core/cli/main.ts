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
import { mergeCommand, type MergeCommandOptions } from './commands/merge.ts';
import { agreementCommand, type AgreementCommandOptions } from './commands/agreement.ts';
import { learnCommand, type LearnCommandOptions } from './commands/learn.ts';
import { codebooksCommand, type CodebooksCommandOptions } from './commands/codebooks.ts';
import {
  codersCommand,
  disagreementsCommand,
  studentsCopyCommand,
  type CodersCommandOptions,
  type DisagreementsCommandOptions,
  type StudentsCopyCommandOptions,
} from './commands/team.ts';
import { processOutput, terminalOutput, type Output } from './output.ts';
import { describeFileFailure } from '../../db/failures.ts';
import { describeSqliteProblem } from '../../db/errors.ts';
import { defaultProjectPath } from '../paths.ts';

/** Errors whose message is already a sentence for the user; anything else is a bug and says so. */
const USER_ERRORS = new Set(['ProjectFileError', 'SearchSyntaxError', 'ImportFileError', 'FieldMapError']);

/** Runs the `framescope` command line; resolves to the process exit code. */
export async function main(argv: string[], given: Output = processOutput): Promise<number> {
  const output = terminalOutput(given);
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
      'import articles from files and folders (txt, md, html, csv, json, jsonl, rss/atom, docx, pdf), or a REFI-QDA project (qdpx)',
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
    .option(
      '--codebook <id>',
      'with files: apply only this built-in codebook (repeatable; default: every built-in codebook)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
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
    .description(
      'export the project: articles as JSON or CSV, a REFI-QDA project (qdpx) for other QDA tools, or tidy CSV tables',
    )
    .addOption(
      new Option('--format <format>', 'json, csv, qdpx (REFI-QDA) or tidy (a folder of CSV tables)')
        .choices(['json', 'csv', 'qdpx', 'tidy'])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <path>', 'the file to write (for tidy: the folder)')
    .addOption(dbOption())
    .action(async (options: ExportCommandOptions) => {
      exitCode = await exportCommand(options, output);
    });

  program
    .command('codebooks')
    .description(
      "the project's codebooks and the articles each applies to; new NAME makes one of your own; scope KEY sets where one applies; updates and update KEY offer and apply newer shipped cues",
    )
    .argument('[action]', 'list (default), new NAME, scope KEY, updates, update KEY')
    .argument('[args...]', 'what the action needs')
    .addOption(dbOption())
    .option('--project', 'scope: the whole project')
    .option('--story <id>', 'scope: this story (repeatable)', (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .option('--search <query>', 'scope: the articles this search finds')
    .option(
      '--frame <key>',
      'update: only this frame, even one edited here (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--rerun', 'update: detect frames again with the new cues')
    .addOption(jsonOption())
    .action(async (action: string | undefined, args: string[], options: CodebooksCommandOptions) => {
      exitCode = await codebooksCommand(action, args, options, output);
    });

  program
    .command('stories')
    .description(
      'stories (articles reporting one event): list, group, show, none, add, remove, name, move, from-search, merge, delete',
    )
    .argument(
      '[action]',
      'list (default), group, show ID, none (articles in no story), add STORY ARTICLE..., remove ARTICLE..., name ID NAME, move ARTICLE STORY|none, from-search QUERY, merge FROM INTO, delete ID',
    )
    .argument('[args...]', 'what the action needs')
    .addOption(dbOption())
    .option(
      '--window <days>',
      'group: an article joins the story of a similar article at most this many days older (default 3)',
    )
    .option(
      '--threshold <cosine>',
      "group: how alike an article must be to one of a story's recent articles to join it, 0-1 (default 0.2)",
    )
    .option('--restart', 'group: start over instead of going on from where an earlier grouping stopped')
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
    .option('--reported', 'count reported speech ("X told reporters that …") as sourcing, not only quotes')
    .addOption(
      new Option(
        '--voice <whose>',
        "whose frames count: the outlet's own voice, its quoted sources', or both",
      )
        .choices(['own', 'quoted', 'both'])
        .default('both'),
    )
    .addOption(jsonOption())
    .action(async (options: CompareCommandOptions) => {
      exitCode = await compareCommand(options, output);
    });

  program
    .command('merge <file>')
    .description(
      "merge a colleague's copy of the project into this one: their articles, codings, decisions and memos, with a report; the other file is never changed",
    )
    .addOption(dbOption())
    .addOption(jsonOption())
    .action((file: string, options: MergeCommandOptions) => {
      exitCode = mergeCommand(file, options, output);
    });

  program
    .command('share')
    .description('save a copy of the project to send or keep: one whole file, checked before it is saved')
    .requiredOption('--out <file>', 'the new file (an existing file is never replaced)')
    .option(
      '--annotations-only',
      "leave the article texts out (for texts that may not be passed on); they re-attach to the recipient's copies of the articles",
    )
    .addOption(dbOption())
    .action((options: ShareCommandOptions) => {
      exitCode = shareCommand(options, output);
    });

  program
    .command('agreement')
    .description(
      "how far coders agree (Krippendorff's alpha, Cohen's kappa, percent agreement, bootstrap intervals), per code or outlet",
    )
    .requiredOption('--codebook <id>', 'the codebook, by number or name (see the Codebook view)')
    .addOption(
      new Option('--unit <unit>', 'what a coding is compared in')
        .choices(['article', 'paragraph', 'sentence'])
        .default('article'),
    )
    .option('--coders <names>', 'coders by name or number, e.g. Anna,Ben (default: all who coded)')
    .addOption(
      new Option('--by <what>', 'one row per code or per outlet').choices(['code', 'outlet']).default('code'),
    )
    .option('--machine', "compare the machine's suggestions with each coder (frames and quote speakers)")
    .option(
      '--reference <coder>',
      'compare each coder with this one (e.g. the key of a class), one pair at a time',
    )
    .option('--resamples <n>', 'bootstrap resamples for the 95% intervals (default 1000; 0 for none)')
    .option('--seed <n>', 'seed of the resampling, so the intervals repeat (default 1)')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (options: AgreementCommandOptions) => {
      exitCode = await agreementCommand(options, output);
    });

  program
    .command('learn')
    .description(
      "learn each frame from a coder's decisions: cross-validated precision and recall per frame, and the frames proposed for undecided articles",
    )
    .requiredOption('--codebook <id>', 'the codebook, by number or name (see the Codebook view)')
    .option('--folds <n>', 'folds of the cross-validation (default 5)')
    .option('--seed <n>', 'seed of the folds and the training order, so the figures repeat (default 1)')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (options: LearnCommandOptions) => {
      exitCode = await learnCommand(options, output);
    });

  program
    .command('disagreements')
    .description('the sentences, paragraphs or articles where coders differ on a code, with their memos')
    .requiredOption('--codebook <id>', 'the codebook, by number or name (see the Codebook view)')
    .addOption(
      new Option('--unit <unit>', 'what coders are compared in')
        .choices(['article', 'paragraph', 'sentence'])
        .default('sentence'),
    )
    .option(
      '--coders <names>',
      'coders by name or number, e.g. Anna,Ben (default: all who coded, adjudicators aside)',
    )
    .option('--open', 'leave out the places an adjudicator has settled')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (options: DisagreementsCommandOptions) => {
      exitCode = await disagreementsCommand(options, output);
    });

  program
    .command('coders')
    .description('list the coders, or give one a role: coders role NAME coder|adjudicator|key')
    .argument('[args...]', 'list, or role NAME ROLE')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (args: string[], options: CodersCommandOptions) => {
      exitCode = await codersCommand(args, options, output);
    });

  program
    .command('students-copy')
    .description("save a copy of the project for students, without the key coder's decisions")
    .requiredOption('--out <file>', 'the new project file (must not exist)')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (options: StudentsCopyCommandOptions) => {
      exitCode = await studentsCopyCommand(options, output);
    });

  program
    .command('serve')
    .description('serve the app to a browser on this computer (127.0.0.1 only) until Ctrl+C')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (default: any free port)')
    .option('--static <dir>', 'the built UI to serve (default: dist/renderer)')
    .option(
      '--allow <folder...>',
      'folders the window may open projects in, import from and save to (default: none; it uploads what you pick)',
    )
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
      // A --map that names no article field is a usage error, as the README says.
      return name === 'FieldMapError' ? 2 : 1;
    }
    if (name === 'SqliteError') {
      const at = argv.indexOf('--db');
      output.err(`${describeSqliteProblem(at >= 0 ? (argv[at + 1] ?? '') : defaultProjectPath(), error)}\n`);
      return 1;
    }
    output.err(`Framescope failed: ${message}\n`);
    if (process.env.FRAMESCOPE_DEBUG) output.err(`${(error as Error).stack}\n`);
    return 1;
  }
}
