/**
 * A codebook is data (JSON in `codebooks/`), so scholars can edit and share it without touching code.
 *
 * A cue is either
 * - a plain phrase: case- and accent-insensitive, matched on whole words ("aid" never matches "said").
 *   Between words, a space in the cue also matches a hyphen or line break in the text ("goodwill gesture"
 *   matches "goodwill-gesture"); other punctuation must be written as it appears ("u.s.", "people's").
 *   A word ending in `*` matches any ending of a stem of at least three letters ("sanction*");
 * - a compromise match pattern marked with a leading `~` ("~(veto|lift) .? sanctions", "~[#Noun] of
 *   solidarity"). Patterns that use tags (#Noun) run on tagged text, which is ~10x dearer than the
 *   tokenizer: a window around each anchor word when the pattern's reach is bounded, else the whole
 *   sentence; every pattern is only tried on sentences that hold a word of each of its required terms.
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

/** One cue inside an evidence sentence. */
export type EvidenceCue = {
  start: number;
  end: number;
  /** As written in the codebook; a weak cue keeps its leading "?". */
  cue: string;
  negated: boolean;
};

/** Where a sentence stands in the article: headline and lead weigh most (Media Frames Corpus practice). */
export type SentencePlace = 'headline' | 'lead' | 'body';

/**
 * One sentence that treats the issue in a frame's terms: one review item, whatever number of cues it holds.
 */
export type FrameEvidence = {
  start: number;
  end: number;
  cues: EvidenceCue[];
  /** Sum of the cue weights (full cue 1, weak cue ½); a sentence is evidence from 1 up. */
  strength: number;
  place: SentencePlace;
  /** Every cue of the sentence lies under negation or denial: the frame's claim is denied here. */
  denied: boolean;
  /** The cues lie inside a quotation (or reported speech): the frame is its speaker's. */
  inQuote: boolean;
  speaker: string | null;
};

/** A machine decision on one frame of one codebook for one article. */
export type FrameDecision = {
  frame: string;
  name: string;
  /** The article treats the issue in this frame's terms (asserted, or denied: see `denied`). */
  present: boolean;
  /** The frame that best sums up the article; at most one per codebook, never a denied one. */
  primary: boolean;
  /** Denied evidence outweighs asserted evidence: present as a claim the article denies, not asserted. */
  denied: boolean;
  /** Share of the codebook's weighted evidence in this article (0–1), headline and lead weighing most. */
  salience: number;
  /** Evidence sentences, in text order; empty when the frame is not present. */
  evidence: FrameEvidence[];
};

/** A quotation as frame detection needs it: the span and who said it. */
export type QuoteSpan = { start: number; end: number; speaker: string | null };
