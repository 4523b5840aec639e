// What a REFI-QDA import reports, in a module of its own so that the command line can speak of an
// import (or of a file that failed before one began) without loading the exchange code.

export interface QdpxImport {
  file: string;
  sources: { imported: number; matched: number };
  /** The articles added, for analysis. */
  newArticleIds: number[];
  codes: { added: number; matched: number };
  coders: { added: number; matched: number };
  codings: { imported: number; alreadyThere: number };
  /** People's article-level frame decisions (Framescope's own files carry them). */
  decisions: { imported: number; alreadyThere: number };
  memos: number;
  failures: { where: string; reason: string }[];
}

/** A report with nothing imported yet, for the file `file` (its base name). */
export function emptyQdpxImport(file: string): QdpxImport {
  return {
    file,
    sources: { imported: 0, matched: 0 },
    newArticleIds: [],
    codes: { added: 0, matched: 0 },
    coders: { added: 0, matched: 0 },
    codings: { imported: 0, alreadyThere: 0 },
    decisions: { imported: 0, alreadyThere: 0 },
    memos: 0,
    failures: [],
  };
}
