// Issue 12: the cue preview's first count of a frame reads every text that may hold its cues, while
// analysis runs the same cues on the same texts. Analysis therefore also records each cue's hits as the
// preview counts them (the detector's own sentence split, one frame per cue), so that a frame's first
// preview only reads what analysis recorded and counts only a new or edited cue.
import { detectFrames } from './detect.ts';
import type { SentenceMatcher } from './patterns.ts';
import { splitSentences } from './sentences.ts';
import type { Codebook } from './types.ts';

/** Every cue of the codebooks once, in codebook and frame order. */
export function cuesOf(codebooks: readonly Codebook[]): string[] {
  return [...new Set(codebooks.flatMap((codebook) => codebook.frames.flatMap((frame) => frame.cues)))];
}

/** A codebook of one frame per cue, frame ids "0", "1", …, so the detector keeps each cue's hits apart. */
export function oneFramePerCue(cues: readonly string[]): Codebook {
  return {
    id: 'preview',
    name: 'Preview',
    description: '',
    frames: cues.map((cue, index) => ({
      id: String(index),
      name: `cue ${index + 1}`,
      description: '',
      color: '#888888',
      cues: [cue],
    })),
  };
}

/** Numbers a recorded hit takes: the cue's index, start, end, sentence start, sentence end. */
export const PACKED_HIT = 5;

/**
 * Each of `book`'s cues' hits in `text` (`book` made by `oneFramePerCue`), as the cue preview counts
 * them (`cueHitsByFrame`: the same hits, offsets and evidence sentences as the detector on the whole
 * text split by `splitSentences`), packed PACKED_HIT numbers a hit, cue after cue, each cue's in text
 * order. `matcher`, `sentenceMatcher(text)` shared with the analysis's own frame detection, tags each
 * window the two have in common once.
 */
export function packedCueHits(text: string, book: Codebook, matcher?: SentenceMatcher): Int32Array {
  const found = detectFrames(text, book, splitSentences(text), matcher);
  const packed = new Int32Array(PACKED_HIT * found.reduce((sum, frame) => sum + frame.hits.length, 0));
  let at = 0;
  // The detector orders frames by score; the cue's index is its frame's id.
  for (const frame of found.sort((a, b) => Number(a.frame) - Number(b.frame)))
    for (const hit of frame.hits) {
      packed.set([Number(frame.frame), hit.start, hit.end, hit.sentenceStart, hit.sentenceEnd], at);
      at += PACKED_HIT;
    }
  return packed;
}
