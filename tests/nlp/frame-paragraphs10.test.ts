// Paragraph-level policy-frame decisions that should hold on unseen text (issue 9, round 10): each
// phenomenon with sentences of our own writing. Decisions run with the analysis's own sentences and
// quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

const POLICY = 'Policy prescription and evaluation';
const EXTERNAL = 'External regulation and reputation';
const CAPACITY = 'Capacity and resources';

describe("a phrase names one thing: another frame's word inside it is part of the name", () => {
  it('reads "foreign policy" as relations abroad, not as a policy weighed', () => {
    const text = 'The envoy talked about foreign policy for an hour after the dinner.';
    expect(present(text, EXTERNAL)).toBe(true);
    expect(present(text, POLICY)).toBe(false);
  });

  it('still reads the word where it stands alone', () => {
    expect(present('The new policy on rents has left the tenants worse off.', POLICY)).toBe(true);
  });
});

describe('Capacity and resources in a lack of resources, not a lack of anything', () => {
  it('leaves a lack of understanding or of agreement out', () => {
    expect(present('The quarrel grew out of a lack of understanding between neighbours.', CAPACITY)).toBe(
      false,
    );
  });

  it('still finds a lack of money or staff', () => {
    expect(present('The clinic closed its doors for lack of money.', CAPACITY)).toBe(true);
  });
});

describe('a modal prescribes only in its deontic reading', () => {
  it('leaves "should" in a condition and "must" before a verb of seeming out', () => {
    expect(present('If the harvest should fail, the village will go hungry.', POLICY)).toBe(false);
    expect(present('To a stranger this must sound like a fairy tale.', POLICY)).toBe(false);
  });

  it('still reads what must be done, after a condition that has closed', () => {
    expect(present('The council must act before the river floods again.', POLICY)).toBe(true);
    expect(present('If the dam breaks, the town must be emptied within the hour.', POLICY)).toBe(true);
  });
});
