// What Framescope keeps beside the standard project file inside a .qdpx (framescope.json): the
// details other tools have no place for (a code's cue patterns and kind, a suggestion's review
// status, cue and negation, the suggestions a coder rejected), so that a project exported and
// imported again by Framescope loses nothing. Other tools ignore the file; without it an import
// still brings in every source, code, coding, coder and memo.

export const SIDECAR = 'framescope.json';

export interface SidecarCodebook {
  key: string;
  name: string;
  description: string | null;
  /** Which articles the codebook applies to; stories travel as their names and their articles' uids. */
  scope?: SidecarScope;
}

export type SidecarScope =
  | { kind: 'project' }
  | { kind: 'search'; query: string }
  | { kind: 'stories'; stories: { name: string; articles: string[] }[] };

export interface SidecarCode {
  codebookGuid: string;
  key: string;
  kind: 'frame' | 'code';
  cues: string[];
}

export interface SidecarCoding {
  origin: 'auto' | 'manual';
  status: 'suggested' | 'accepted' | 'rejected';
  cue: { start: number; end: number; text: string | null } | null;
  negated: boolean;
}

/** A suggestion a coder rejected: not a coding for other tools, but kept so it is not suggested again. */
export interface SidecarRejected extends SidecarCoding {
  source: string;
  code: string;
  user: string | null;
  start: number;
  end: number;
  memo: string | null;
  createdAt: string;
}

export interface SidecarArticle {
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  publishedRaw: string | null;
  language: string | null;
  sourceFile: string | null;
  sourceFormat: string;
  importedAt: string;
}

export interface Sidecar {
  format: 'framescope-refi-sidecar';
  version: 1;
  /** Offsets below count UTF-16 code units into the source's text, as Framescope stores them. */
  codebooks: Record<string, SidecarCodebook>;
  codes: Record<string, SidecarCode>;
  codings: Record<string, SidecarCoding>;
  rejected: SidecarRejected[];
  articles: Record<string, SidecarArticle>;
  /** People's article-level frame decisions (absent from files written before they travelled). */
  decisions?: SidecarDecision[];
}

/** A coder's (or an adjudicated) decision on one frame of one article: present or absent, primary, denied. */
export interface SidecarDecision {
  source: string;
  code: string;
  /** The coder's user GUID; null for an adjudicated decision made by no one named. */
  user: string | null;
  origin: 'manual' | 'adjudicated';
  present: boolean;
  primary: boolean;
  denied: boolean;
  salience: number | null;
  decidedAt: string;
}
