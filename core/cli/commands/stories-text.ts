import type { LeftOutPage, StoryDetail, StorySummary, StoryWhy } from '../../contract.ts';
import { plural, truncate } from '../output.ts';

// How `framescope stories` prints stories, their articles with why each is there, and the
// articles in no story.

export function storyTable(stories: StorySummary[], leftOut: number, columns: number): string {
  const none = leftOut > 0 ? `${plural(leftOut, 'article')} in no story: framescope stories none\n` : '';
  if (stories.length === 0)
    return `No stories yet. Group the articles with: framescope stories group\n${none}`;
  return (
    stories
      .map((story) => {
        const dates = story.first_published
          ? `${story.first_published.slice(0, 10)}…${(story.last_published ?? '').slice(0, 10)}`
          : 'no dates';
        const line = `${String(story.id).padStart(5)}  ${plural(story.articles, 'article').padEnd(13)} ${plural(story.outlets, 'outlet').padEnd(11)} ${dates.padEnd(21)} ${story.origin === 'manual' ? '✎ ' : ''}${story.name}`;
        return truncate(line, columns);
      })
      .join('\n') +
    '\n' +
    none
  );
}

export function storyText(detail: StoryDetail, why?: StoryWhy): string {
  const { story, articles } = detail;
  const shared = new Map(why?.articles.map((article) => [article.id, article.terms]) ?? []);
  const lines = [
    `Story ${story.id}: ${story.name} (${plural(story.articles, 'article')}, ${plural(story.outlets, 'outlet')})`,
  ];
  if (why && why.storyTerms.length > 0) lines.push(`  about: ${why.storyTerms.join(', ')}`);
  for (const article of articles) {
    lines.push(
      `  ${String(article.id).padStart(5)}  ${(article.published_at ?? '').slice(0, 10).padEnd(10)}  ${(article.outlet ?? '').padEnd(20)}  ${article.title ?? '(untitled)'}${article.origin === 'manual' ? ' ✎' : ''}`,
    );
    const terms = shared.get(article.id);
    if (terms && terms.length > 0)
      lines.push(
        `${' '.repeat(9)}shares ${terms.map((term) => `${term.term} (${term.articles})`).join(', ')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export function leftOutText(page: LeftOutPage): string {
  if (page.total === 0) return 'Every article is in a story.\n';
  const lines = [`${plural(page.total, 'article')} in no story:`];
  for (const article of page.articles)
    lines.push(
      `  ${String(article.id).padStart(5)}  ${(article.published_at ?? '').slice(0, 10).padEnd(10)}  ${(article.outlet ?? '').padEnd(20)}  ${article.title ?? '(untitled)'}${article.excluded ? '  (taken out by hand)' : ''}`,
    );
  if (page.total > page.articles.length)
    lines.push(`  … and ${plural(page.total - page.articles.length, 'more')}`);
  lines.push('Add one to a story with: framescope stories add STORY ARTICLE');
  return `${lines.join('\n')}\n`;
}
