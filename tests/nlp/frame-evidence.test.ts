// How a sentence's evidence for a policy frame is decided (issue 9, paragraph level, sixth round): what
// counts as the frame's own terms and what only looks like them. Sentences of our own writing; decisions
// run with the analysis's own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

const LEGALITY = 'Legality, constitutionality and jurisprudence';
const SECURITY = 'Security and defense';

describe('a word and its plural are one weak cue, not two', () => {
  it('does not add up a weak word with its own plural or derivative', () => {
    expect(present('The court steps and the courts car park were swept on Monday.', LEGALITY)).toBe(false);
    expect(
      present('One attack of hiccups followed another, and the attacks lasted all evening.', SECURITY),
    ).toBe(false);
  });

  it('still adds up two different weak words of the frame', () => {
    expect(present('The judge heard the case on Monday.', LEGALITY)).toBe(true);
    expect(present('The court heard the lawyers for the widow.', LEGALITY)).toBe(true);
  });
});
