import { basename, extname } from 'node:path';
import { z } from 'zod';
import { projectCounts, type ProjectCounts } from '../../../db/articles.ts';
import { getSetting } from '../../../db/meta.ts';
import type { Session } from '../session.ts';
import { nonEmpty } from '../schemas.ts';

export interface ProjectInfo {
  /** The project file. */
  path: string;
  /** The project's name: set in the project, else the file name without its extension. */
  name: string;
  counts: ProjectCounts;
}

export const projectPathArgs = z.tuple([nonEmpty]);

export function projectInfo(this: Session): ProjectInfo {
  const fallback = basename(this.path, extname(this.path));
  return { path: this.path, name: getSetting(this.db, 'name', fallback), counts: projectCounts(this.db) };
}

/** Opens another project file; a file that is not a Framescope project is refused and left unchanged. */
export function openProjectFile(this: Session, path: string): ProjectInfo {
  this.switchProject(path, 'open');
  return projectInfo.call(this);
}

/** Creates a new, empty project file and opens it; an existing file is refused. */
export function createProjectFile(this: Session, path: string): ProjectInfo {
  this.switchProject(path, 'create');
  return projectInfo.call(this);
}
