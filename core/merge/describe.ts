import type { MergeReport } from './types.ts';

/** The report in words, for the command line and the desktop app's File menu. */
export function describeMerge(report: MergeReport): string {
  const n = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
  const lines = [
    report.changed
      ? `Merged ${report.file}:`
      : `Nothing new in ${report.file}: everything in it is already in this project.`,
    `  articles: ${report.articles.added} new, ${report.articles.matched} already here (${report.articles.matchedByUid} by id, ${report.articles.matchedByHash} by text)`,
    `  coders: ${report.coders.added} new, ${report.coders.matched} matched; codebooks: ${report.codebooks.added} new, ${report.codebooks.matched} matched; codes: ${report.codes.added} new, ${report.codes.matched} matched`,
    `  codings: ${report.codings.added} new, ${report.codings.decided} suggestions decided, ${report.codings.matched} already here; ${n(report.memos.added, 'memo')} came in`,
    `  quote decisions: ${report.quoteDecisions.added} new, ${report.quoteDecisions.matched} already here; frame decisions: ${report.frameDecisions.added} new, ${report.frameDecisions.matched} already here`,
    `  entities: ${n(report.entities.renamed, 'rename')} and ${n(report.entities.merged, 'merge')} made here too`,
    `  stories: ${report.stories.added} new, ${n(report.stories.articlesPlaced, 'article')} placed in a story, ${report.stories.exclusions} taken out`,
  ];
  const missing = report.notAttached.length;
  if (missing > 0) {
    lines.push(
      `  ${missing === 1 ? "1 article's" : `${missing.toLocaleString('en')} articles'`} annotations could not be attached: you do not have ${missing === 1 ? 'this text' : 'these texts'} (the file holds annotations only). Import ${missing === 1 ? 'it' : 'them'} and merge again:`,
    );
    for (const article of report.notAttached.slice(0, 20)) lines.push(`    ${article.title}`);
    if (missing > 20) lines.push(`    … and ${missing - 20} more (framescope merge --json lists them all)`);
  }
  if (report.conflicts.length === 0) lines.push('  No conflicts.');
  else {
    lines.push(
      `  ${n(report.conflicts.length, 'conflict')}: both projects changed the same thing differently; this project's version was kept:`,
    );
    for (const conflict of report.conflicts.slice(0, 20))
      lines.push(`    ${conflict.what}: kept ${conflict.mine}; theirs: ${conflict.theirs}`);
    if (report.conflicts.length > 20)
      lines.push(`    … and ${report.conflicts.length - 20} more (framescope merge --json lists them all)`);
  }
  if (report.changed) lines.push('  The merge is one step: Undo takes all of it back.');
  return `${lines.join('\n')}\n`;
}
