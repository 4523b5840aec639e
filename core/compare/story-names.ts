import type { Db } from '../../db/open.ts';
import { basename, extname } from 'node:path';
import { groupNameCandidates, type GroupRow } from '../../db/grouping.ts';

type Member = ReturnType<typeof groupNameCandidates>[number];

/**
 * Whether an article's title is the name of the file it came from, as import gives a text with no
 * headline ("cgtn-notes" for cgtn-notes.txt, or "export (row 3)" for a row of export.csv).
 */
function isFileName(member: Member): boolean {
  if (!member.source_file || !member.title) return false;
  const stem = basename(member.source_file, extname(member.source_file));
  const title = member.title.trim();
  return title === stem || (title.startsWith(`${stem} (`) && title.endsWith(')'));
}

/**
 * A story is called by the headline of its most typical article (the one that matched the story's
 * articles best on average when it joined), else by the headline of its earliest article that has
 * one, else by any title (an untitled text's file name), else by the opening words of its earliest
 * article.
 */
export function storyNameOf(db: Db, group: GroupRow): string {
  const members = groupNameCandidates(db, group.id);
  const headline = (member: Member) => Boolean(member.title?.trim()) && !isFileName(member);
  const typical = members.find((member) => member.id === group.name_article_id && headline(member));
  const titled = typical ?? members.find(headline) ?? members.find((member) => member.title?.trim());
  if (titled) return titled.title!.trim();
  const opening = (members[0]?.text ?? '').split(/\s+/).slice(0, 10).join(' ');
  return opening ? `${opening}…` : `Story of ${group.articles} articles`;
}
