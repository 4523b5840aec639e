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
const SECURITY = 'Security and defense';
const ECONOMIC = 'Economic';
const FAIRNESS = 'Fairness and equality';
const QUALITY = 'Quality of life';
const CAPACITY = 'Capacity and resources';
const POLITICAL = 'Political';

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

describe('External regulation in dealings with another bloc of states', () => {
  it('finds coexistence and dealings with "the capitalist world" or its like', () => {
    expect(present('The premier again preached peaceful coexistence in a long speech.', EXTERNAL)).toBe(true);
    expect(present('The party paper now wants friendship with the western world.', EXTERNAL)).toBe(true);
  });

  it('leaves a bloc word that qualifies another noun alone', () => {
    expect(present('They feared communist world domination above all.', EXTERNAL)).toBe(false);
  });
});

describe('Security and defense in attacks under way and in military strength', () => {
  it('finds a state attacking, its strength in arms, and wars fought for a cause', () => {
    expect(
      present(
        'The rebels vow to go on attacking the border posts, and militarily they are stronger.',
        SECURITY,
      ),
    ).toBe(true);
    expect(present('The regime promises to back wars of liberation across the continent.', SECURITY)).toBe(
      true,
    );
  });

  it('finds a move against the enemy and weapons of war', () => {
    expect(present('At dawn the recruits crept towards the enemy outpost on the hill.', SECURITY)).toBe(true);
    expect(present('Two grenades went off in the crowded market at noon.', SECURITY)).toBe(true);
  });

  it('leaves a founding document named for independence alone', () => {
    expect(present('The Declaration of Independence was read aloud at the picnic.', SECURITY)).toBe(false);
  });
});

describe("Economic in a sector's output, Policy in whether a scheme works in practice", () => {
  it("finds a sector's production and a scheme judged by how it works in practice", () => {
    expect(present('The minister boasted of the steel production of the coming decade.', ECONOMIC)).toBe(
      true,
    );
    expect(present('Nobody can yet say how the new scheme will work in practice.', POLICY)).toBe(true);
  });
});

describe('Fairness when one group gets less than the rest; Quality of life in social benefits', () => {
  it('finds a group that earns or benefits less than others', () => {
    expect(present('Farm hands still earn far less than the rest of the nation.', FAIRNESS)).toBe(true);
  });

  it('leaves a sum earned alone', () => {
    expect(present('He earned more than five hundred dollars last month.', FAIRNESS)).toBe(false);
  });

  it('finds benefits of the welfare state that people go without', () => {
    expect(
      present('Miners there draw no disability pensions, whatever the welfare state promises.', QUALITY),
    ).toBe(true);
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

  it("leaves what a law or court already demands out: that is the rule's requirement, not a proposal", () => {
    expect(present('The statute states that every club must file its accounts by May.', POLICY)).toBe(false);
    expect(present('By law the board must meet twice a year in the town hall.', POLICY)).toBe(false);
  });

  it('still reads what must be done, after a condition that has closed', () => {
    expect(present('The council must act before the river floods again.', POLICY)).toBe(true);
    expect(present('The board must meet more often, the mayor told the paper.', POLICY)).toBe(true);
    expect(present('If the dam breaks, the town must be emptied within the hour.', POLICY)).toBe(true);
  });
});

describe('Policy prescription in a stand taken for or against a measure', () => {
  it('finds someone opposing, backing or favouring a measure', () => {
    expect(present('The governor opposes any relief for the mills this year.', POLICY)).toBe(true);
    expect(present('Most of the aldermen now favor the new parking plan.', POLICY)).toBe(true);
  });

  it('leaves backing for a team or a person alone', () => {
    expect(present('The crowd backed the home team all night long.', POLICY)).toBe(false);
  });
});

describe('Political in factions and in a contest for an office', () => {
  it('finds factions and the fight for an office or for power', () => {
    expect(present('Each faction of the council blamed the other for the delay.', POLITICAL)).toBe(true);
    expect(present('The contest for mayor turned bitter in its last week.', POLITICAL)).toBe(true);
  });

  it('leaves a fight for anything else alone', () => {
    expect(present('The fight for the ball went on in the rain.', POLITICAL)).toBe(false);
  });
});
