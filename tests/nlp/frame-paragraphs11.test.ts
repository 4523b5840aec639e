// Paragraph-level policy-frame decisions that should hold on unseen text (issue 9, round 11): each
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

const HEALTH = 'Health and safety';

describe('Health and safety when a disease is treated as one, not when it is the setting', () => {
  it('leaves an epidemic named as the time or cause of something else alone', () => {
    expect(present('The council put off the harbour budget vote because of the pandemic.', HEALTH)).toBe(
      false,
    );
    expect(present('Grants from the epidemic relief fund reached the shops in the old town.', HEALTH)).toBe(
      false,
    );
  });

  it('reads a disease named two ways as one mention', () => {
    expect(present('The coronavirus pandemic grants reached the harbour firms late.', HEALTH)).toBe(false);
    expect(present('After the epidemic the ferry firm, hit by the virus, cut its fares.', HEALTH)).toBe(
      false,
    );
  });

  it('finds a disease fought, spreading, or filling the wards', () => {
    expect(present('Volunteers flew in to help the island fight the virus.', HEALTH)).toBe(true);
    expect(present('Nobody yet knows how to stop the spread of the epidemic in the camps.', HEALTH)).toBe(
      true,
    );
    expect(present('The epidemic has filled the hospitals in the north.', HEALTH)).toBe(true);
  });
});

const POLITICAL = 'Political';

describe('Political in deals, compromise and divisions between leaders', () => {
  it('finds leaders seeking or striking a compromise, a deal or an agreement', () => {
    expect(present('The two mayors sought a compromise on the bridge tolls.', POLITICAL)).toBe(true);
    expect(present('After a week of talks the ministers struck a deal on the canal.', POLITICAL)).toBe(true);
    expect(present('By dawn the governors had reached an agreement on the river.', POLITICAL)).toBe(true);
    expect(present('Neither camp showed any willingness to compromise on the canal.', POLITICAL)).toBe(true);
  });

  it('finds bitter or deep divisions among them, and haggling that ends in deadlock', () => {
    expect(present('The ministers haggled for hours and the talks ended in deadlock.', POLITICAL)).toBe(true);
    expect(present('The canal plan laid bare bitter divisions among the ministers.', POLITICAL)).toBe(true);
  });

  it('finds a stance or position softened or hardened, not a body moved', () => {
    expect(
      present('By Friday the two provinces had softened their stance on the water plan.', POLITICAL),
    ).toBe(true);
    expect(present('The dancer shifted her position on the stage.', POLITICAL)).toBe(false);
  });

  it('leaves haggling over a price, a deadlock word alone and a firm’s division alone', () => {
    expect(present('Farm buyers haggle less over prices this spring.', POLITICAL)).toBe(false);
    expect(present('The sales division moved to a new building downtown.', POLITICAL)).toBe(false);
    expect(present('Traffic at the crossing was in deadlock for an hour.', POLITICAL)).toBe(false);
  });
});

const CAPACITY = 'Capacity and resources';

describe('Capacity and resources when nothing is left or there is no room', () => {
  it('finds land, money or room running out', () => {
    expect(present('At this rate of building there will be no land left for farms.', CAPACITY)).toBe(true);
    expect(present('The old school has no room for the new pupils.', CAPACITY)).toBe(true);
  });

  it('leaves "no room for doubt" to its own sense', () => {
    expect(present('The coach said the win leaves no room for doubt about the title.', CAPACITY)).toBe(false);
  });
});
