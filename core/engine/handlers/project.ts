import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { writeSnapshot } from '../../../db/snapshot.ts';
import { stripArticleTexts } from '../../../db/annotations-only.ts';
import type { Session } from '../session.ts';
import { nonEmpty } from '../schemas.ts';
import { EngineError } from '../errors.ts';
import { SAMPLE_ARTICLE, placeInSampleStory } from '../../sample.ts';
import { importAndAnalyse, type ImportResult } from './imports.ts';
import { sampleStoryArticlesPath, placeSampleStory, sampleStoryArticles } from '../../sample-story.ts';
import { z } from 'zod';
import { projectInfo, type ProjectInfo } from './project-info.ts';

export const projectPathArgs = z.tuple([nonEmpty]);

/**
 * Opens another project file; a file that is not a Framescope project is refused and left unchanged.
 * An older one is upgraded first, on a thread of its own (Session.switchProject).
 */
export async function openProjectFile(this: Session, path: string): Promise<ProjectInfo> {
  await this.switchProject(path, 'open');
  return projectInfo.call(this);
}

/** Creates a new, empty project file and opens it; an existing file is refused. */
export async function createProjectFile(this: Session, path: string): Promise<ProjectInfo> {
  await this.switchProject(path, 'create');
  return projectInfo.call(this);
}

export const saveCopyArgs = z.tuple([
  nonEmpty,
  z
    .strictObject({
      /** Leave the article texts out (copyright); the annotations re-attach to the recipient's texts. */
      annotationsOnly: z.boolean().optional(),
    })
    .optional(),
]);

/**
 * Writes a consistent copy of the open project to another file, whole in one file and checked
 * (db/snapshot.ts), for handing to a colleague; the open project stays the one in use. With
 * `annotationsOnly` the copy holds no article text. An existing file is refused.
 */
export function saveProjectCopy(
  this: Session,
  path: string,
  options: { annotationsOnly?: boolean | undefined } = {},
): { path: string; bytes: number; annotationsOnly: boolean } {
  if (existsSync(path)) throw new EngineError('conflict', `${path} already exists; choose a new file name.`);
  const annotationsOnly = options.annotationsOnly === true;
  const { bytes } = writeSnapshot(this.db, path, {
    steps: annotationsOnly ? [(copy) => void stripArticleTexts(copy)] : [],
  });
  return { path, bytes, annotationsOnly };
}

/** The sample article: the one shipped with Framescope, or the file FRAMESCOPE_SAMPLE names (a packaged app). */
export function sampleArticlePath(): string {
  return process.env.FRAMESCOPE_SAMPLE || SAMPLE_ARTICLE;
}

export const importSampleArgs = z.tuple([
  z
    .strictObject({
      /** Also the sample story of ten fictional articles (default true). */ story: z.boolean().optional(),
    })
    .optional(),
]);

/**
 * Imports the sample article into the open project, in its sample story (to which the sample's
 * issue codebook applies), and the sample story of ten short fictional articles with its codebook
 * and two fictional coders' decisions; then analyses them, as a task with progress like any import.
 * What is already there is reported as a duplicate and left as it is.
 */
export function importSample(
  this: Session,
  options: { story?: boolean | undefined } = {},
): Promise<ImportResult> {
  const paths = [sampleArticlePath(), ...(options.story === false ? [] : [sampleStoryArticlesPath()])];
  return importAndAnalyse(
    this,
    paths,
    {},
    (path) => basename(path),
    (ids) => {
      const story = new Set(sampleStoryArticles(this.db, ids));
      placeInSampleStory(
        this.db,
        ids.filter((id) => !story.has(id)),
      );
      placeSampleStory(this.db, [...story]);
    },
  );
}
