import { describe, expect, it } from 'vitest';
import { analyseText, findFrames } from '../../core/analyze/analyse-text.ts';
import {
  BUILT_IN_CODEBOOKS,
  cueHitsByFrame,
  cuesOf,
  oneFramePerCue,
  PACKED_HIT,
} from '../../nlp/frames/index.ts';
import { brownSamples, brownText } from '../support/brown.ts';

// Issue 12: analysis records each cue's hits as the cue preview counts them, sharing its tagged
// windows with its own frame detection. Its frame decisions must not change, and what it records must
// be the preview's own count, hit for hit.

const OWN =
  'The council should raise the levy, the mayor said. "We must not wait," she added.\n\n' +
  'Prices fell 5% in March. The governors must be told; the senators ought to vote now.';

const texts = [OWN, ...brownSamples('cb').slice(0, 6).map(brownText)];

describe('analysis records the cue preview’s hits', () => {
  const cues = cuesOf(BUILT_IN_CODEBOOKS);

  it('decides the same frames as detection of each codebook on its own', () => {
    for (const text of texts) {
      const analysis = analyseText(text, BUILT_IN_CODEBOOKS, undefined, cues);
      const alone = BUILT_IN_CODEBOOKS.flatMap((book) =>
        findFrames(text, [book], analysis.sentences, analysis.quotes),
      );
      expect(analysis.frames).toEqual(alone);
    }
  });

  it('records each cue’s hits as the preview counts them', () => {
    const book = oneFramePerCue(cues);
    let recorded = 0;
    for (const text of texts) {
      const packed = analyseText(text, BUILT_IN_CODEBOOKS, undefined, cues).cueHits ?? new Int32Array();
      const unpacked: [string, number, number, number, number][] = [];
      for (let at = 0; at < packed.length; at += PACKED_HIT) {
        const [cue, start, end, sentenceStart, sentenceEnd] = packed.subarray(at, at + PACKED_HIT);
        unpacked.push([cues[cue ?? -1] ?? '?', start ?? 0, end ?? 0, sentenceStart ?? 0, sentenceEnd ?? 0]);
      }
      const counted = cueHitsByFrame(text, book)
        .sort((a, b) => Number(a.frame) - Number(b.frame))
        .flatMap((found) =>
          found.hits.map(
            (hit) =>
              [
                cues[Number(found.frame)] ?? '?',
                hit.start,
                hit.end,
                hit.sentenceStart,
                hit.sentenceEnd,
              ] as const,
          ),
        );
      expect(unpacked).toEqual(counted);
      recorded += unpacked.length;
    }
    // Policy frames' patterns ("should", "must ... be") and the figure cue are among them.
    expect(recorded).toBeGreaterThan(100);
  });
});
