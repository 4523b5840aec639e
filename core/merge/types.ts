/** One thing both projects hold, changed differently: what each side has, and which was kept. */
export interface MergeConflict {
  kind: 'codebook' | 'code' | 'quote' | 'coding' | 'memo' | 'frame decision' | 'story' | 'entity';
  /** What it is, in words: "code “Economy” of codebook “Policy frames”", "a quote in “Aid lands in Rome”". */
  what: string;
  mine: string;
  theirs: string;
  /** The stated rule: this project's version is kept; the other file's is only reported. */
  resolution: 'kept mine';
}

/** Counts of one kind of thing: new here, already here (matched), and how it was matched. */
export interface MergeCount {
  added: number;
  matched: number;
}

/** What a merge did: what came in, what matched, what conflicted and how it was resolved. */
export interface MergeReport {
  /** The other project file (never changed). */
  file: string;
  /** Whether anything changed here; false for a file merged before (a merge is idempotent). */
  changed: boolean;
  articles: MergeCount & { matchedByUid: number; matchedByHash: number };
  coders: MergeCount;
  codebooks: MergeCount;
  codes: MergeCount;
  /** Codings (annotations) made or decided by a person. */
  codings: MergeCount & { decided: number };
  quoteDecisions: MergeCount;
  frameDecisions: MergeCount;
  memos: { added: number };
  stories: { added: number; articlesPlaced: number; exclusions: number };
  /** Entity renames and merges a person made in the other file, made here too. */
  entities: { renamed: number; merged: number };
  /**
   * Articles of an annotations-only file (no texts) that this project does not have (no article of
   * the same uid and text, or of the same text): their codings and decisions could not be attached
   * to anything, so they did not come in, and no empty article was made for them.
   */
  notAttached: { uid: string; title: string }[];
  conflicts: MergeConflict[];
  /** How long the merge took, in milliseconds. */
  ms: number;
}
