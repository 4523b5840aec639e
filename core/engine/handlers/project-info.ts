import { basename, extname } from 'node:path';
import { projectCounts, type ProjectCounts } from '../../../db/articles.ts';
import { isAnnotationsOnly } from '../../../db/annotations-only.ts';
import { getSetting, isShortText } from '../../../db/meta.ts';
import { cachedRead } from '../../../db/read-cache.ts';
import type { Session } from '../session.ts';

// Kept apart from the project handlers, whose imports reach the whole analysis: the engine's reader
// thread answers this call and must start in a moment, not after loading the NLP.

export interface ProjectInfo {
  /** The project file. */
  path: string;
  /** The project's name: set in the project, else the file name without its extension. */
  name: string;
  counts: ProjectCounts;
  /** The project was saved "annotations only": its articles carry no text, so none can be read or analysed. */
  annotationsOnly: boolean;
}

export function projectInfo(this: Session): ProjectInfo {
  const fallback = basename(this.path, extname(this.path));
  return {
    path: this.path,
    name: getSetting(this.db, 'name', fallback, (value) => isShortText(value)),
    // The window asks on every load and after every change; counting quotes reads them all.
    counts: cachedRead(this.db, 'project counts', () => projectCounts(this.db)),
    annotationsOnly: isAnnotationsOnly(this.db),
  };
}
