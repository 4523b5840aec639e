import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '../db/open.ts';
import { ensureCoder } from '../db/coders.ts';
import { getArticle } from '../db/articles.ts';
import { listCodes } from '../db/codes.ts';
import { articleIdByTitle, insertHandCoding } from '../db/hand-codings.ts';
import { ensureManualStory } from '../db/stories.ts';
import { validateCodebook } from '../nlp/frames/index.ts';
import { ensureBuiltInCodebook } from './analyze/codebooks.ts';
import { codebookScopes, setCodebookScope } from './analyze/scope.ts';

// The sample story (issue 11): ten short articles written for Framescope about an invented event,
// Veloria's flood relief convoy to Kasmeria, from six fictional outlets, with a codebook of its own
// and two fictional coders' decisions on it, so that a newcomer sees Stories, Compare, Agreement
// and Disagreements at work at once. Every name in it is made up; the outlets say "(fictional)".

/** The sample story's folder: the one shipped beside the code, or the one FRAMESCOPE_SAMPLE_STORY names (a packaged app). */
export function sampleStoryDir(): string {
  return process.env.FRAMESCOPE_SAMPLE_STORY || resolve(import.meta.dirname, '../samples/convoy');
}

/** The sample story's articles (a JSON file, imported like any other). */
export function sampleStoryArticlesPath(): string {
  return resolve(sampleStoryDir(), 'articles.json');
}
export const SAMPLE_STORY_NAME = 'Velorian flood convoy (sample, fictional)';

interface SampleCoding {
  article: string;
  coder: string;
  frame: string;
  passage: string;
  memo?: string;
}

function readJson(name: string): unknown {
  const path = resolve(sampleStoryDir(), name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`The sample story's ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Of these articles, those of the sample story: by title and outlet, as the sample's file has them. */
export function sampleStoryArticles(db: Db, articleIds: readonly number[]): number[] {
  const items = readJson('articles.json') as { title: string; outlet: string }[];
  const wanted = new Set(items.map((item) => `${item.outlet}\n${item.title}`));
  return articleIds.filter((id) => {
    const article = getArticle(db, id);
    return article !== undefined && wanted.has(`${article.outlet}\n${article.title}`);
  });
}

/**
 * Puts the sample story's articles in their story, scopes the sample codebook to it, and records the
 * two sample coders' decisions. Call before analysing them; calling it again adds nothing.
 */
export function placeSampleStory(db: Db, imported: readonly number[]): void {
  const articleIds = sampleStoryArticles(db, imported);
  if (articleIds.length === 0) return;
  const codebook = validateCodebook(readJson('codebook.json'));
  const { codings } = readJson('codings.json') as { codings: SampleCoding[] };
  db.transaction(() => {
    const storyId = ensureManualStory(db, SAMPLE_STORY_NAME, articleIds);
    // A codebook made now starts with the whole project as its scope: it is narrowed to the story. One
    // a person had already set to the whole project is left so.
    const scope = codebookScopes(db).get(codebook.id);
    const codebookId = ensureBuiltInCodebook(db, codebook);
    const stories = new Set([...(scope?.kind === 'stories' ? scope.stories : []), storyId]);
    if (scope?.kind !== 'project')
      setCodebookScope(db, codebookId, { kind: 'stories', stories: [...stories].sort((a, b) => a - b) });
    const codes = new Map(listCodes(db, codebookId).map((code) => [code.key, code.id]));
    const decidedAt = new Date().toISOString();
    for (const coding of codings) {
      const articleId = articleIdByTitle(db, articleIds, coding.article);
      if (articleId === undefined) continue; // that article was in the project already
      const text = getArticle(db, articleId)!.text;
      const start = text.indexOf(coding.passage);
      const codeId = codes.get(coding.frame);
      if (start < 0 || codeId === undefined)
        throw new Error(
          `The sample story's codings.json names ${start < 0 ? `a passage not in “${coding.article}”: “${coding.passage}”` : `a frame the codebook lacks: ${coding.frame}`}.`,
        );
      insertHandCoding(db, {
        articleId,
        codeId,
        coderId: ensureCoder(db, coding.coder).id,
        start,
        end: start + coding.passage.length,
        memo: coding.memo ?? null,
        decidedAt,
      });
    }
  })();
}
