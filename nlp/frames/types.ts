/**
 * A codebook is data (JSON in `codebooks/`), so scholars can edit and share it without touching code.
 *
 * A cue is either
 * - a plain phrase: case- and accent-insensitive, matched on whole words ("aid" never matches "said").
 *   Between words, a space in the cue also matches a hyphen or line break in the text ("goodwill gesture"
 *   matches "goodwill-gesture"); other punctuation must be written as it appears ("u.s.", "people's").
 *   A word ending in `*` matches any ending of a stem of at least three letters ("sanction*");
 * - a compromise match pattern marked with a leading `~` ("~(veto|lift) .? sanctions", "~[#Noun] of
 *   solidarity"). Patterns that use tags (#Noun) run on a fully tagged sentence, which is ~10x dearer
 *   than the tokenizer; every pattern is only tried on sentences that hold a word of each of its
 *   required terms.
 */
export type CodebookFrame = {
  id: string;
  name: string;
  description: string;
  /** `#rrggbb`. */
  color: string;
  /** May be empty: a frame coded by hand only (e.g. "Other"). */
  cues: string[];
};

export type Codebook = {
  id: string;
  name: string;
  description: string;
  frames: CodebookFrame[];
};

/** A sentence as UTF-16 offsets into the text: `text.slice(start, end)`. */
export type SentenceSpan = { start: number; end: number };

export type FrameHit = {
  /** The cue span, UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The cue as written in the codebook (patterns keep their `~`). */
  cue: string;
  /** The evidence sentence. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The cue sits under negation or denial ("does not imply ... sanctions"); still a hit. */
  negated: boolean;
};

export type FrameResult = {
  /** The frame id. */
  frame: string;
  name: string;
  /** Hits per 100 words of the text (negated hits included): comparable across articles of any length. */
  score: number;
  hits: FrameHit[];
};
