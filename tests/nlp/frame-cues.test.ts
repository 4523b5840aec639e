// Frame cues that express how an issue is treated rather than what it is about (issue 9), each with
// sentences of our own writing. Decisions run with the analysis's own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames, validateCodebook } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

const EXTERNAL = 'External regulation and reputation';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

describe('one nation dealing with another is External regulation and reputation', () => {
  it('finds it when a sentence names two countries, by name or by people', () => {
    expect(present('Norway shipped grain to Peru after a poor harvest in the Andes.', EXTERNAL)).toBe(true);
    expect(present('Canadian engineers arrived in Ghana on Tuesday to repair the dam.', EXTERNAL)).toBe(true);
    expect(present('Soviet negotiators left Vienna after Austria refused the offer.', EXTERNAL)).toBe(true);
    // A union of states stands where a state would.
    expect(present('Portugal asked the EU for a second loan within a month.', EXTERNAL)).toBe(true);
  });

  it('does not count a country and its own people, or American and the United States, as two nations', () => {
    expect(present('Brazilian farmers say Brazil must build more roads to the coast.', EXTERNAL)).toBe(false);
    expect(present('Most Americans think the United States spends too little on roads.', EXTERNAL)).toBe(
      false,
    );
  });

  it('reads a state and the name its people go by in the news as one nation, not two meeting', () => {
    expect(
      present('The Soviet rocket flew farther than any Russian rocket had flown before it.', EXTERNAL),
    ).toBe(false);
    expect(present('European farm ministers say the EU spends too much on storage.', EXTERNAL)).toBe(false);
    // Another nation beside them still makes a relation.
    expect(present('Soviet engineers sent a Russian tractor to Finland in the spring.', EXTERNAL)).toBe(true);
  });

  it('does not read countries named as one list, acting or named together, as one dealing with another', () => {
    expect(present('Poland and Hungary blocked the farm budget on Monday.', EXTERNAL)).toBe(false);
    expect(present('The old square reminded him of Chile, Peru or Bolivia.', EXTERNAL)).toBe(false);
    // A country outside the list, or peoples' words before what they send, still make a relation.
    expect(present('Norway and Sweden sent stern notes to Chile.', EXTERNAL)).toBe(true);
    expect(present('Dutch or Danish ships may soon enter the strait.', EXTERNAL)).toBe(true);
  });

  it('reads the world as the community of nations only where it acts or is acted on', () => {
    expect(present('The world organization sent observers to the border.', EXTERNAL)).toBe(true);
    expect(present('Peru tried to frighten the world with its new rocket.', EXTERNAL)).toBe(true);
    // "In the world", "around the world": a place, not an audience.
    expect(present('It was the last place in the world to build a dam in Peru.', EXTERNAL)).toBe(false);
    expect(present('Children around the world now sing the songs of Chile.', EXTERNAL)).toBe(false);
  });

  it('leaves states, towns and a single country domestic', () => {
    expect(present('The governor of Ohio met the mayor of Denver to discuss the highway.', EXTERNAL)).toBe(
      false,
    );
    expect(present('A Kenyan runner won the city marathon on Sunday morning.', EXTERNAL)).toBe(false);
  });

  it('carries the relation on into the next sentence that names one of the two, and reads one nation with foreign company', () => {
    const text =
      'Norway sent a team of engineers to Peru on Monday.\n\n' +
      'Peruvian officials thanked the team at the airport.\n\n' +
      'The engineers will spend a month on the dam.';
    const evidence = decide(text).get(EXTERNAL)?.evidence ?? [];
    expect(evidence.map((e) => text.slice(e.start, e.end))).toEqual([
      'Norway sent a team of engineers to Peru on Monday.',
      'Peruvian officials thanked the team at the airport.',
    ]);
    expect(present('Portugal is in talks with its foreign lenders again.', EXTERNAL)).toBe(true);
  });

  it('tells a codebook author which built-in cues exist when one is misspelt', () => {
    const book = {
      id: 'mine',
      name: 'Mine',
      frames: [{ id: 'abroad', name: 'Abroad', color: '#123456', cues: ['@three-nations'] }],
    };
    expect(() => validateCodebook(book)).toThrow(
      /frame "abroad", cue 1 "@three-nations": unknown built-in cue.*@two-nations/,
    );
  });
});

describe('Political is politics as such, not every office-holder', () => {
  it('does not fire on a title or an institution doing something else', () => {
    const text =
      'The mayor opened the new library on Friday and thanked the architects.\n\n' +
      'The president of the council later toured the reading rooms with the head librarian.';
    expect(present(text, 'Political')).toBe(false);
  });

  it('fires on the legislative contest and on partisanship', () => {
    expect(present('The state senate passed the water bill after a long night of debate.', 'Political')).toBe(
      true,
    );
    expect(present('A far-right leader accused the cabinet of betraying the farmers.', 'Political')).toBe(
      true,
    );
    expect(present('The measure was rejected by the assembly on its second reading.', 'Political')).toBe(
      true,
    );
  });
});

describe('Policy prescription and evaluation is what ought to be done and how well it is done', () => {
  const POLICY = 'Policy prescription and evaluation';
  it('finds a course of action urged on a body, an obligation, and a verdict on how a thing is run', () => {
    expect(present('The town should build a second bridge across the river.', POLICY)).toBe(true);
    expect(present('The nurses asked the county board to fund two new clinics.', POLICY)).toBe(true);
    expect(present('Auditors found the harbour authority badly managed for years.', POLICY)).toBe(true);
    expect(present('The union is not in favor of the wage freeze plan.', POLICY)).toBe(true);
    expect(present('The tenancy rules have to be revised before the spring.', POLICY)).toBe(true);
  });

  it('does not find it in a plain account of what happened', () => {
    expect(present('The ferry left the harbour at noon with forty passengers aboard.', POLICY)).toBe(false);
  });

  it('finds the instruments a government acts with: emergencies declared, curfews, bans, restrictions imposed', () => {
    expect(present('The governor declared a state of emergency after the floods.', POLICY)).toBe(true);
    expect(present('The island council set a curfew for the harbour district.', POLICY)).toBe(true);
    expect(present('The ban on night fishing ends in May.', POLICY)).toBe(true);
    expect(present('The city imposed new restrictions on water use.', POLICY)).toBe(true);
    expect(present('Ministers eased the controls on grain exports last week.', POLICY)).toBe(true);
    // A weak word alone is not enough: "restrictions" needs company.
    expect(present('Restrictions apply to the upper deck.', POLICY)).toBe(false);
  });

  it('does not take a bill or a proposal named on its way through the house for a verdict on it', () => {
    expect(present('The bill went to a second committee on Tuesday.', POLICY)).toBe(false);
    expect(present('A similar proposal waits for a hearing in the upper house.', POLICY)).toBe(false);
    expect(present('Her bills on harbour dues were sponsored by two members from the coast.', POLICY)).toBe(
      false,
    );
  });

  it('still finds what a bill would do and a proposal judged', () => {
    expect(present('The bill would require every ferry to carry a nurse.', POLICY)).toBe(true);
    expect(present('The proposed toll should be dropped, the mayor said.', POLICY)).toBe(true);
  });
});

describe('the vocabulary of relations between states is External regulation and reputation', () => {
  const sentences = [
    'The great powers met again without reaching any agreement.',
    'Both superpowers kept their fleets at sea through the winter.',
    'The speech was aimed at audiences behind the Iron Curtain.',
    'East-West trade fell sharply over the year.',
    'The western powers rejected the note within a day.',
    'He said the free world could not afford to look away.',
    'The communist bloc answered with a statement of its own.',
    'Foreign powers have no business meddling in the election, he said.',
    'A foreign government paid for the new port.',
    'The foreign office summoned the envoy on Friday.',
    'Peace talks resumed in the afternoon.',
    'Progress on disarmament and arms control has stalled.',
    'The ceasefire held for a second night, and a cease-fire line was drawn.',
    'The armistice ended three years of fighting.',
    'The small republic guards its sovereignty and its neutrality.',
    'Neutralist members of the cabinet walked out.',
    'The foreign ministry issued a protest, and two foreign ministers met in the evening.',
    'Heads of state arrived for the funeral; one head of state stayed away.',
    'World leaders sent messages of sympathy.',
    'The scandal damaged its image abroad and its standing in the world.',
  ];
  for (const sentence of sentences) it(sentence, () => expect(present(sentence, EXTERNAL)).toBe(true));
});

describe('the primary frame is the one the headline and lead carry', () => {
  it('keeps a story about one country helping another about that, however much of the body is about hospitals', () => {
    const text = [
      'Norway flies doctors to Peru as relations warm',
      'Norway sent two planes of doctors to Peru on Monday, weeks after the two governments restored full diplomatic ties.',
      'The doctors will work in hospitals in the south, where an outbreak of fever has filled the wards.',
      'Patients with the disease wait hours for treatment, and nurses say the clinics have run out of medicine.',
      'Health officials fear the infection will spread to the capital before the vaccine arrives.',
      'Hospital staff said the death toll had risen to forty, most of them children and elderly patients.',
    ].join('\n\n');
    const decided = decide(text);
    expect(decided.get(EXTERNAL)?.primary).toBe(true);
    expect(decided.get('Health and safety')?.present).toBe(true);
    expect(decided.get('Health and safety')!.salience).toBeGreaterThan(decided.get(EXTERNAL)!.salience);
  });
});

describe('Economic is buying, selling, trade and sums of money', () => {
  it('finds a sale with a purchase, a refund, a trade deal and a sum in millions', () => {
    expect(present('The mill sold its flour at a loss and bought two new presses.', 'Economic')).toBe(true);
    expect(present('The farmers want a refund for the spoiled seed.', 'Economic')).toBe(true);
    expect(present('The two ports signed a trade deal on Friday.', 'Economic')).toBe(true);
    expect(present('The town set aside 4 million for the new bridge.', 'Economic')).toBe(true);
  });

  it('needs company for a word of the market on its own', () => {
    expect(present('She bought a ticket for the evening train.', 'Economic')).toBe(false);
  });
});

describe('the story’s topic, named in sentence after sentence, is its setting and not its primary frame', () => {
  it('takes a country sending help during an outbreak as about the help, though every sentence names the outbreak', () => {
    const text = [
      'Fever outbreak: Norway sends nurses to Peru',
      'Norway sent forty nurses to Peru on Monday to help fight the fever outbreak in the south.',
      'The outbreak has killed twelve people in the region this month.',
      'Doctors say the outbreak could reach the capital within weeks.',
      'The nurses will stay until the outbreak is over, the ministry said.',
    ].join('\n\n');
    const decided = decide(text);
    expect(decided.get(EXTERNAL)?.primary).toBe(true);
    expect(decided.get('Health and safety')?.present).toBe(true);
  });

  it('keeps a frame primary when its cues vary from sentence to sentence', () => {
    const text = [
      'Fever spreads through the southern valleys',
      'Hospitals in the south reported forty new infections on Monday as the fever spread.',
      'Doctors fear the disease will reach the capital, and nurses say the clinics are full.',
      'Norway sent a team of nurses to Peru last week.',
    ].join('\n\n');
    expect(decide(text).get('Health and safety')?.primary).toBe(true);
  });
});

describe('Capacity and resources is whether there is enough to do what is asked', () => {
  const CAPACITY = 'Capacity and resources';
  it('finds capacities built, a system unable to cope, and capacity expanded', () => {
    expect(present('The grant will build the capacities of rural clinics.', CAPACITY)).toBe(true);
    expect(present("The clinic's only resource is a handful of volunteers.", CAPACITY)).toBe(true);
    expect(present('Village schools are struggling to cope with the new pupils.', CAPACITY)).toBe(true);
    expect(present('The city will expand its testing at two new sites.', CAPACITY)).toBe(true);
  });

  it('does not find it where nothing is short or stretched', () => {
    expect(present('The choir sang two songs at the opening of the new hall.', CAPACITY)).toBe(false);
  });
});

describe('a cue word inside an institution’s name names an actor, not the frame', () => {
  it('does not take the health department moving offices for Health and safety', () => {
    const text = 'The offices of the State Health Department moved to the old school on Friday.';
    expect(present(text, 'Health and safety')).toBe(false);
  });

  it('still reads the word where it is the frame’s, and in a title-case headline', () => {
    expect(present('Health inspectors closed the kitchen after the outbreak.', 'Health and safety')).toBe(
      true,
    );
    const headline =
      'Health Fears Grow As Outbreak Reaches Capital\n\nThe city counted forty new cases on Monday.';
    expect(decide(headline).get('Health and safety')?.evidence[0]?.place).toBe('headline');
  });
});

describe('fighting a disease is not combat', () => {
  const SECURITY = 'Security and defense';
  it('reads combat as fighting only where soldiers fight', () => {
    expect(present('Health workers set out to combat the fever in the villages.', SECURITY)).toBe(false);
    expect(present('Two combat units crossed the river at dawn.', SECURITY)).toBe(true);
    expect(present('Her brother was wounded in combat last year.', SECURITY)).toBe(true);
  });
});

describe('a weak cue does not hide a full cue on the same words', () => {
  const POLICY = 'Policy prescription and evaluation';
  it('reads "must be" + verb as an obligation, though "must be" alone is a weak cue', () => {
    expect(present('The old pier must be rebuilt before the summer season.', POLICY)).toBe(true);
  });

  it('gives the same answer whichever of the two cues the codebook lists first', () => {
    const cues = ['?must be', '~must (#Verb|be)'];
    const book = (order: string[]) => ({
      id: 'duty',
      name: 'Duty',
      frames: [{ id: 'duty', name: 'Duty', color: '#123456', cues: order }],
    });
    const text = 'The old pier must be rebuilt before the summer season.';
    for (const order of [cues, [...cues].reverse()]) {
      const [decision] = decideFrames(text, validateCodebook(book(order)));
      expect(decision?.present).toBe(true);
      expect(decision?.evidence[0]?.cues.map((c) => c.cue)).toEqual(['~must (#Verb|be)']);
    }
  });
});
