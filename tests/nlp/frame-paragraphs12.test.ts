// Paragraph-level policy-frame decisions that should hold on unseen text (issue 9, round 12): forms of a
// frame that dev sets of different sources share, each with sentences of our own writing. Decisions run
// with the analysis's own sentences and quotes, as the app does.
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

describe('Policy prescription when a measure is judged too small, inadequate or unworkable', () => {
  it('finds a plan or scheme judged not enough, inadequate or unworkable', () => {
    expect(present('For the unions, the fuel plan was not enough.', POLICY)).toBe(true);
    expect(present('In the hill towns the training schemes remain wholly inadequate.', POLICY)).toBe(true);
    expect(present('The mayor said the toll scheme is not going to work.', POLICY)).toBe(true);
    expect(present('Their reforms were not too bold but too timid.', POLICY)).toBe(true);
  });

  it('leaves something that is not a measure alone', () => {
    expect(present('Her answer was not enough to win the quiz.', POLICY)).toBe(false);
    expect(present('The old boat was too small for the whole crew.', POLICY)).toBe(false);
  });
});

describe('Policy prescription when a measure is judged effective (a weak cue)', () => {
  it('counts "effective" beside another word of the frame', () => {
    expect(present('The ferry plan proved effective in the winter months.', POLICY)).toBe(true);
  });

  it('does not count it alone', () => {
    expect(present('The new goalkeeper was effective in the winter months.', POLICY)).toBe(false);
  });
});

describe('Policy prescription when a measure or a body’s practices come under fire', () => {
  it('finds proposals or rules under fire, and a body under fire for its handling of something', () => {
    expect(
      present("The council's parking rules, above all their cost to shop owners, came under fire.", POLICY),
    ).toBe(true);
    expect(present('The harbour board has been under fire for its handling of the berths.', POLICY)).toBe(
      true,
    );
  });

  it('leaves soldiers under fire alone', () => {
    expect(present('The patrol came under fire near the river.', POLICY)).toBe(false);
  });
});

describe('Policy prescription when someone must act: a call for action', () => {
  it('finds a body or a country that needs to act, step in or do more', () => {
    expect(present('The port towns need to act before the autumn storms.', POLICY)).toBe(true);
    expect(present('"The province needs to step in," the farmers told the minister.', POLICY)).toBe(true);
  });

  it('leaves an errand someone needs to run alone', () => {
    expect(present('The children need to take the early bus.', POLICY)).toBe(false);
  });
});

describe('Policy prescription when a means to an end is weighed: what can be achieved, and by what', () => {
  it('finds a goal that can be achieved through one way rather than another', () => {
    expect(present('Better schools can be achieved through a single county board.', POLICY)).toBe(true);
    expect(present('Lower fares might be achieved without any new toll.', POLICY)).toBe(true);
  });

  it('leaves a feat achieved by someone alone', () => {
    expect(present('The record was achieved by a young runner.', POLICY)).toBe(false);
  });
});

describe('Policy prescription when a measure’s provisions are told', () => {
  it('finds what a measure allows, requires or bars, and what happens under a plan', () => {
    expect(present('The new bill allows small farms to sell milk at the gate.', POLICY)).toBe(true);
    expect(present('Under this plan the harbour board will be chosen by the towns.', POLICY)).toBe(true);
  });

  it('leaves what a river allows alone', () => {
    expect(present('The river allows boats to pass.', POLICY)).toBe(false);
  });
});

const SECURITY = 'Security and defense';

describe('Security and defense when an attack or a war to come is pictured', () => {
  it('finds an air attack and the world after an attack', () => {
    expect(present('The children drilled for an air attack every Friday.', SECURITY)).toBe(true);
    expect(present('Planners drew maps of the post-attack city.', SECURITY)).toBe(true);
  });

  it('finds a war that would or could come, and a third world war', () => {
    expect(present('Nobody in the valley wants a war that would empty the cities.', SECURITY)).toBe(true);
    expect(present('The pamphlet said a third world war was close.', SECURITY)).toBe(true);
    expect(present('Some of the farmers think World War III is near.', SECURITY)).toBe(true);
  });

  it('leaves a war named as a date alone', () => {
    expect(present('My grandfather sailed home after World War 2.', SECURITY)).toBe(false);
  });
});

const CAPACITY = 'Capacity and resources';

describe('Capacity and resources when what there is is set against what is needed', () => {
  it('finds enough of something to meet the needs, and help measured by its means', () => {
    expect(present('The valley has enough water to meet the needs of its farms.', CAPACITY)).toBe(true);
    expect(present('The ferry firm said its help was commensurate with its means.', CAPACITY)).toBe(true);
  });

  it('leaves a hope to meet the needs of readers alone', () => {
    expect(present('The new library hopes to meet the reading needs of every child.', CAPACITY)).toBe(false);
  });
});
