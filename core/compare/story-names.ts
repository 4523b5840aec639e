import type { Db } from '../../db/open.ts';
import { groupNameCandidates, type GroupRow } from '../../db/grouping.ts';

/**
 * A story is called by the title of its most typical article (the one that matched the story's
 * articles best on average when it joined), else by the title of its earliest titled article,
 * else by the opening words of its earliest article.
 */
export function storyNameOf(db: Db, group: GroupRow): string {
  const members = groupNameCandidates(db, group.id);
  const typical = members.find((member) => member.id === group.name_article_id && member.title?.trim());
  const titled = typical ?? members.find((member) => member.title?.trim());
  if (titled) return titled.title!.trim();
  const opening = (members[0]?.text ?? '').split(/\s+/).slice(0, 10).join(' ');
  return opening ? `${opening}…` : `Story of ${group.articles} articles`;
}
