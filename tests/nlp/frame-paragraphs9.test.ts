// Paragraph-level policy-frame decisions that should hold on unseen text (issue 9): each phenomenon with
// sentences of our own writing. Decisions run with the analysis's own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

const MORALITY = 'Morality';
const EXTERNAL = 'External regulation and reputation';

describe('a quoted title names something; its words do not frame the sentence', () => {
  it('leaves the titles of panels and editorials out of the evidence', () => {
    const text =
      'The panels, "Ethics in Public Life" and "Foreign Policy After the Treaty", drew a full hall in the ' +
      'old library on Saturday.';
    expect(present(text, MORALITY)).toBe(false);
    expect(present(text, EXTERNAL)).toBe(false);
  });

  it('still reads the same words when the sentence uses them, quoted speech included', () => {
    expect(
      present('The mayor said the deal raised "serious ethical questions" for the town.', MORALITY),
    ).toBe(true);
    expect(present('Ethics in public life matter more than ever, the bishop told the hall.', MORALITY)).toBe(
      true,
    );
    expect(present('"Our foreign policy has failed," the senator told the crowd.', EXTERNAL)).toBe(true);
  });
});

const SECURITY = 'Security and defense';

describe('Security and defense in armed forces that fight, not in soldiers merely named', () => {
  it('finds an army or its men fighting, striking, rebelling or poised to', () => {
    expect(present('Nobody in the capital could say whether the conscript army would fight.', SECURITY)).toBe(
      true,
    );
    expect(present('The guerrillas attacked two depots on the coast road.', SECURITY)).toBe(true);
    expect(present('If the garrison rebelled, the regime would not last a week.', SECURITY)).toBe(true);
    expect(present('Three brigades on the northern border stand poised to strike.', SECURITY)).toBe(true);
    expect(present('No country is better drilled than this mobilized force of volunteers.', SECURITY)).toBe(
      true,
    );
    expect(present('The republic can no longer defend itself against a blockade.', SECURITY)).toBe(true);
  });

  it('leaves soldiers on parade, and the cause old soldiers fought for, out of it', () => {
    expect(present('The soldiers marched past the cathedral and the band played.', SECURITY)).toBe(false);
    expect(present('The square honours the freedom the farmers and soldiers fought for.', SECURITY)).toBe(
      false,
    );
  });
});

const POLICY = 'Policy prescription and evaluation';

describe('Policy prescription when a writer weighs options, suggests a course or judges a remedy', () => {
  it('hears options weighed, suggestions made and remedies judged', () => {
    expect(present('The council has three routes open, and the second option costs least.', POLICY)).toBe(
      true,
    );
    expect(present('We would like to suggest that the board open the pool on Sundays.', POLICY)).toBe(true);
    expect(present('As a modest proposal, the city could rent out the empty depot.', POLICY)).toBe(true);
    expect(present('A new stadium is not the answer to the town’s traffic problems.', POLICY)).toBe(true);
    expect(present('Cheaper fares would do more to relieve the congestion downtown.', POLICY)).toBe(true);
    expect(present('A toll on the old bridge seems unworkable to most drivers.', POLICY)).toBe(true);
  });

  it('leaves problems solved in class and choices on a menu alone', () => {
    expect(present('The pupils solved problems on the blackboard all morning.', POLICY)).toBe(false);
    expect(present('The diner offers two choices of soup and a pie on Fridays.', POLICY)).toBe(false);
  });
});

const QUALITY = 'Quality of life';
const LEGALITY = 'Legality, constitutionality and jurisprudence';

describe('Quality of life in the hours a job takes from home and family', () => {
  it('hears long hours, lost evenings and years without a holiday', () => {
    expect(present('The long hours away from home wore the drivers down.', QUALITY)).toBe(true);
    expect(present('Most farmers there have not had a vacation in ten years.', QUALITY)).toBe(true);
    expect(present('The clerks were told to give up their Sundays for the stocktaking.', QUALITY)).toBe(true);
    expect(present('Bakers in the old quarter work six days a week.', QUALITY)).toBe(true);
  });

  it('leaves a trip taken and a ship at sea alone', () => {
    expect(present('She took a vacation in Maine last summer.', QUALITY)).toBe(false);
    expect(present('The ship spent months away from port.', QUALITY)).toBe(false);
  });
});

describe('Legality in antitrust law', () => {
  it('reads an antitrust inquiry as the law’s reach', () => {
    expect(present('The merger drew an antitrust inquiry in the spring.', LEGALITY)).toBe(true);
    expect(present('The merger drew an anti-trust inquiry in the spring.', LEGALITY)).toBe(true);
  });
});

const POLITICAL = 'Political';

describe('Political in the tie between voters and those they elect', () => {
  it('hears constituents writing to their members and a member’s seat', () => {
    expect(present('Few of us ever write to our representative any more.', POLITICAL)).toBe(true);
    expect(present('Letters to Sen. Marsh went unanswered for months.', POLITICAL)).toBe(true);
    expect(
      present('She has been the district’s representative in Congress for twelve years.', POLITICAL),
    ).toBe(true);
    expect(
      present(
        'The congresswoman from the third district thanked the mill hands for their support.',
        POLITICAL,
      ),
    ).toBe(true);
  });

  it('leaves letters to a paper and a firm’s sales representative alone', () => {
    expect(present('He wrote to the paper about the potholes.', POLITICAL)).toBe(false);
    expect(present('The sales representative for the region wrote to the firm.', POLITICAL)).toBe(false);
  });
});

describe('a "should" of personal advice is not a policy', () => {
  it('leaves advice to a person out of Policy prescription', () => {
    expect(present('Everyone should see the new wing of the gallery.', POLICY)).toBe(false);
    expect(present('You should try the pie at the corner diner.', POLICY)).toBe(false);
    expect(present('He should not have shouted at the umpire.', POLICY)).toBe(false);
  });

  it('still hears what a council, a law or a tax should be', () => {
    expect(present('The council should ban trucks from the old bridge.', POLICY)).toBe(true);
    expect(present('It should be made a crime to feed the pigeons.', POLICY)).toBe(true);
    expect(present('Taxes on farm land should be cut.', POLICY)).toBe(true);
  });
});

const CAPACITY = 'Capacity and resources';

describe('Capacity and resources in need left unmet and means lacking', () => {
  it('hears work left undone, funds lacking, staff hard to hire and help too small', () => {
    expect(present('There is still so much that needs doing in the flooded wards.', CAPACITY)).toBe(true);
    expect(present('Compared with what needs to be done, the grant is small.', CAPACITY)).toBe(true);
    expect(present('Lacking funds, the clinic closed on weekday evenings.', CAPACITY)).toBe(true);
    expect(present('The small towns have had difficulty hiring teachers.', CAPACITY)).toBe(true);
    expect(present('The new pumps are helpful but inadequate.', CAPACITY)).toBe(true);
  });

  it('leaves lost keys and the washing-up alone', () => {
    expect(present('She had trouble finding her keys.', CAPACITY)).toBe(false);
    expect(present('The dishes need doing.', CAPACITY)).toBe(false);
  });
});

describe('Security and defense in a war fought somewhere and in defence weighed against retaliation', () => {
  it('hears a war in a place and a doctrine of defence', () => {
    expect(present('Nobody expected the war in the mountains to last another winter.', SECURITY)).toBe(true);
    expect(
      present(
        'The new doctrine puts a balanced defense in place of the old promise of instant retaliation.',
        SECURITY,
      ),
    ).toBe(true);
  });

  it('leaves a trial’s defense and a war on litter alone', () => {
    expect(present('The defense rested its case on Friday.', SECURITY)).toBe(false);
    expect(present('The mayor declared a war on litter.', SECURITY)).toBe(false);
  });
});
