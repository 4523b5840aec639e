import type { StoryDetail, StorySummary } from '../../contract.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';
import { taskProgress, withEngine } from './engine.ts';

export interface StoriesCommandOptions {
  db?: string;
  json?: boolean;
  window?: string;
  threshold?: string;
  name?: string;
}

const USAGE = `Use: framescope stories [list | group | show ID | name ID NAME | move ARTICLE STORY|none |
  from-search QUERY [--name NAME] | merge FROM INTO | delete ID]
`;

/** `framescope stories`: list, group, and edit the stories (articles about one event) of a project. */
export async function storiesCommand(
  action: string | undefined,
  args: string[],
  options: StoriesCommandOptions,
  output: Output,
): Promise<number> {
  const verb = action ?? 'list';
  const number = (i: number) => (/^\d+$/.test(args[i] ?? '') ? Number(args[i]) : NaN);
  const needs = (count: number, numeric: number[]) =>
    args.length >= count && numeric.every((i) => Number.isInteger(number(i)));
  const valid: Record<string, boolean> = {
    list: true,
    group: true,
    show: needs(1, [0]),
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
  return withEngine(
    options.db,
    verb === 'list' || verb === 'show' ? 'read' : 'write',
    output,
    async (engine) => {
      const show = (value: unknown, text: () => string) => {
        if (options.json) printJson(output, value);
        else output.out(text());
      };
      switch (verb) {
        case 'list': {
          const stories = await engine.invoke('stories.list');
          show(stories, () => storyTable(stories, output.columns));
          return 0;
        }
        case 'group': {
          const done = taskProgress(engine, output);
          const summary = await engine
            .invoke('stories.group', {
              ...(options.window ? { windowDays: Number(options.window) } : {}),
              ...(options.threshold ? { threshold: Number(options.threshold) } : {}),
            })
            .finally(done);
          show(
            summary,
            () =>
              `Grouped ${plural(summary.grouped, 'article')} of ${summary.articles.toLocaleString('en')} into ${plural(summary.stories, 'story', 'stories')}.\n`,
          );
          return 0;
        }
        case 'show': {
          const detail = await engine.invoke('stories.get', number(0));
          show(detail, () => storyText(detail));
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
    },
  );
}

function storyTable(stories: StorySummary[], columns: number): string {
  if (stories.length === 0) return 'No stories yet. Group the articles with: framescope stories group\n';
  return (
    stories
      .map((story) => {
        const dates = story.first_published
          ? `${story.first_published.slice(0, 10)}…${(story.last_published ?? '').slice(0, 10)}`
          : 'no dates';
        const line = `${String(story.id).padStart(5)}  ${plural(story.articles, 'article').padEnd(13)} ${plural(story.outlets, 'outlet').padEnd(11)} ${dates.padEnd(21)} ${story.origin === 'manual' ? '✎ ' : ''}${story.name}`;
        return truncate(line, columns);
      })
      .join('\n') + '\n'
  );
}

function storyText(detail: StoryDetail): string {
  const { story, articles } = detail;
  const lines = [
    `Story ${story.id}: ${story.name} (${plural(story.articles, 'article')}, ${plural(story.outlets, 'outlet')})`,
  ];
  for (const article of articles)
    lines.push(
      `  ${String(article.id).padStart(5)}  ${(article.published_at ?? '').slice(0, 10).padEnd(10)}  ${(article.outlet ?? '').padEnd(20)}  ${article.title ?? '(untitled)'}`,
    );
  return `${lines.join('\n')}\n`;
}
