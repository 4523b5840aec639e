import type { Db } from './open.ts';
import { getSetting, setSetting } from './meta.ts';
import { statement } from './statements.ts';
import { deleteCompareFeatures } from './compare-features.ts';

// A copy of a project with its annotations but without the article texts (issue 11), for sending
// where the texts may not go (copyright). Each article keeps its uid, content hash and metadata,
// so a person sees what it is about and a merge re-attaches the codings to the recipient's own
// copy of the text, whose offsets are the same when its content hash is.

const MARK = 'annotations_only';

/**
 * Empties every article's text in a fresh copy of a project and marks the copy annotations-only;
 * the edit history goes too (it can hold whole articles brought in by a merge). A step of
 * `writeSnapshot`, which then vacuums the copy, so no text lingers in free pages.
 */
export function stripArticleTexts(copy: Db): { articles: number } {
  copy.pragma('secure_delete = ON');
  return copy.transaction(() => {
    const articles = copy.prepare("UPDATE articles SET text = '' WHERE text != ''").run().changes;
    // The full-text index keeps its own copy of every term; rebuilt from the emptied texts.
    copy.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')").run();
    // Compare's stored words and phrases of every text (migration 020) would give the texts away.
    deleteCompareFeatures(copy);
    // Nothing is found in empty texts: each cue's kept hits (migration 027) and the log of changed
    // texts they would be brought up to date by (migration 030) go.
    copy.prepare('DELETE FROM cue_finds').run();
    copy.prepare('DELETE FROM text_changes').run();
    // The hits analysis recorded (migration 032) hold offsets into the texts.
    copy.prepare('DELETE FROM article_cue_hits').run();
    copy.prepare('DELETE FROM edits').run();
    setSetting(copy, MARK, true);
    return { articles };
  })();
}

/** Whether a project was saved "annotations only": its articles carry no text. */
export function isAnnotationsOnly(db: Db): boolean {
  return getSetting(db, MARK, false, (value): value is boolean => typeof value === 'boolean');
}

/** Whether this article's text was left out of the copy (an annotations-only share). */
export function hasNoText(db: Db, articleId: number): boolean {
  return statement(db, "SELECT 1 FROM articles WHERE id = ? AND text = ''").get(articleId) !== undefined;
}
