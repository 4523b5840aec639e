import type { Engine } from '../../engine/engine.ts';
import { plural, printJson, type Output } from '../output.ts';
import { taskProgress, withEngine } from './engine.ts';
import { leftOutText, storyTable, storyText } from './stories-text.ts';

export interface StoriesCommandOptions {
  db?: string;
  json?: boolean;
  window?: string;
  threshold?: string;
  name?: string;
  restart?: boolean;
}

const USAGE = `Use: framescope stories [list | group [--restart] | show ID | none | add STORY ARTICLE... |
  remove ARTICLE... | name ID NAME | move ARTICLE STORY|none | from-search QUERY [--name NAME] |
  merge FROM INTO | delete ID]
`;

const READS = new Set(['list', 'show', 'none']);

/** `framescope stories`: list, group, and edit the stories (articles about one event) of a project. */
export async function storiesCommand(
  action: string | undefined,
  args: string[],
  options: StoriesCommandOptions,
  output: Output,
): Promise<number> {
  const verb = action ?? 'list';
  const number = (i: number) => (/^\d+$/.test(args[i] ?? '') ? Number(args[i]) : NaN);
  const numbers = (from: number) => args.slice(from).map((_, i) => number(from + i));
  const needs = (count: number, numeric: number[]) =>
    args.length >= count && numeric.every((i) => Number.isInteger(number(i)));
  const valid: Record<string, boolean> = {
    list: true,
    group: true,
    none: true,
    show: needs(1, [0]),
    add: needs(2, [0]) && numbers(1).every(Number.isInteger),
    remove: needs(1, []) && numbers(0).every(Number.isInteger),
    name: needs(2, [0]),
    move: needs(2, [0]) && (args[1] === 'none' || Number.isInteger(number(1))),
    'from-search': needs(1, []),
    merge: needs(2, [0, 1]),
    delete: needs(1, [0]),
  };
  if (!valid[verb]) {
    output.err(USAGE);
    return 2;
  }
  return withEngine(options.db, READS.has(verb) ? 'read' : 'write', output, async (engine) => {
    const show = (value: unknown, text: () => string) => {
      if (options.json) printJson(output, value);
      else output.out(text());
    };
    switch (verb) {
      case 'list': {
        const stories = await engine.invoke('stories.list');
        const leftOut = await engine.invoke('stories.leftOut', { limit: 1 });
        show(stories, () => storyTable(stories, leftOut.total, output.columns));
        return 0;
      }
      case 'group':
        return group(engine, options, output);
      case 'none': {
        const page = await engine.invoke('stories.leftOut', { limit: 1000 });
        show(page, () => leftOutText(page));
        return 0;
      }
      case 'show': {
        const detail = await engine.invoke('stories.get', number(0));
        const why = await engine.invoke('stories.why', number(0));
        show({ ...detail, why }, () => storyText(detail, why));
        return 0;
      }
      case 'add': {
        const detail = await engine.invoke('stories.moveArticles', numbers(1), number(0));
        show(
          detail,
          () =>
            `Added ${plural(args.length - 1, 'article')} to story ${detail!.story.id}, “${detail!.story.name}”.\n`,
        );
        return 0;
      }
      case 'remove': {
        await engine.invoke('stories.moveArticles', numbers(0), null);
        show(
          { removed: numbers(0) },
          () =>
            `Took ${plural(args.length, 'article')} out of the stories; grouping again leaves ${args.length === 1 ? 'it' : 'them'} out.\n`,
        );
        return 0;
      }
      case 'name': {
        const story = await engine.invoke('stories.rename', number(0), args.slice(1).join(' '));
        show(story, () => `Story ${story.id} is now “${story.name}”.\n`);
        return 0;
      }
      case 'move': {
        const target = args[1] === 'none' ? null : number(1);
        const detail = await engine.invoke('stories.moveArticle', number(0), target);
        show(detail, () =>
          detail
            ? `Article ${args[0]} is now in story ${detail.story.id}, “${detail.story.name}”.\n`
            : `Article ${args[0]} is in no story now.\n`,
        );
        return 0;
      }
      case 'from-search': {
        const detail = await engine.invoke('stories.fromSearch', args.join(' '), options.name);
        show(detail, () => storyText(detail));
        return 0;
      }
      case 'merge': {
        const detail = await engine.invoke('stories.merge', number(0), number(1));
        show(detail, () => storyText(detail));
        return 0;
      }
      default: {
        const deleted = await engine.invoke('stories.delete', number(0));
        show(deleted, () => `Story ${deleted.deleted} deleted; its articles stay in the project.\n`);
        return 0;
      }
    }
  });
}

/**
 * Groups with progress on stderr. Ctrl+C stops the grouping after the page it is on (what it did
 * is kept, and the next `stories group` goes on from there); a second Ctrl+C quits at once, which
 * leaves the project as whole as a crash does.
 */
async function group(engine: Engine, options: StoriesCommandOptions, output: Output): Promise<number> {
  let taskId: number | null = null;
  const watch = engine.subscribe((event) => {
    if (event.type === 'progress' && event.task === 'stories') taskId = event.taskId;
  });
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    output.err('\nStopping after the current page (Ctrl+C again to quit at once)…\n');
    if (taskId !== null) engine.cancelTask(taskId);
  };
  process.on('SIGINT', onInterrupt);
  const stopProgress = taskProgress(engine, output);
  let progressShown = true;
  const done = () => {
    if (progressShown) stopProgress();
    progressShown = false;
  };
  try {
    const summary = await engine.invoke('stories.group', {
      ...(options.window ? { windowDays: Number(options.window) } : {}),
      ...(options.threshold ? { threshold: Number(options.threshold) } : {}),
      ...(options.restart ? { restart: true } : {}),
    });
    done();
    if (!summary.finished) {
      if (options.json) printJson(output, summary);
      else
        output.err(
          `Grouping stopped at ${Math.floor(summary.done * 100)}%; the stories are as they were. Run framescope stories group again to go on from there.\n`,
        );
      return 130;
    }
    if (options.json) printJson(output, summary);
    else
      output.out(
        `Grouped ${plural(summary.grouped, 'article')} of ${summary.articles.toLocaleString('en')} into ${plural(summary.stories, 'story', 'stories')}${summary.resumed ? ', going on from where grouping had stopped' : ''}.\n`,
      );
    return 0;
  } finally {
    done();
    watch();
    process.off('SIGINT', onInterrupt);
  }
}
