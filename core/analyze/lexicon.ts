import type { Db } from '../../db/open.ts';
import { getSetting, isShortText, setSetting } from '../../db/meta.ts';

/** The organization and place names a project adds to the built-in lexicon, used by its analysis. */
export interface ProjectLexicon {
  organizations: string[];
  places: string[];
}

export type LexiconKind = keyof ProjectLexicon;
const KEY = 'lexicon';

export function getProjectLexicon(db: Db): ProjectLexicon {
  return getSetting(db, KEY, { organizations: [], places: [] }, isLexicon);
}

function isLexicon(value: unknown): value is ProjectLexicon {
  const names = (list: unknown) => Array.isArray(list) && list.every((name) => isShortText(name));
  const lexicon = value as Partial<ProjectLexicon> | null;
  return (
    typeof value === 'object' && value !== null && names(lexicon?.organizations) && names(lexicon?.places)
  );
}

export function addToLexicon(db: Db, kind: LexiconKind, names: readonly string[]): ProjectLexicon {
  const lexicon = getProjectLexicon(db);
  const cleaned = names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  lexicon[kind] = [...new Set([...lexicon[kind], ...cleaned])].sort((a, b) => a.localeCompare(b));
  setSetting(db, KEY, lexicon);
  return lexicon;
}

export function removeFromLexicon(db: Db, kind: LexiconKind, names: readonly string[]): ProjectLexicon {
  const lexicon = getProjectLexicon(db);
  lexicon[kind] = lexicon[kind].filter((name) => !names.includes(name));
  setSetting(db, KEY, lexicon);
  return lexicon;
}
