// How a sentence's evidence for a policy frame is decided (issue 9, paragraph level, sixth round): what
// counts as the frame's own terms and what only looks like them. Sentences of our own writing; decisions
// run with the analysis's own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames, detectFrames } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

const LEGALITY = 'Legality, constitutionality and jurisprudence';

const ECONOMIC = 'Economic';

describe('Economic in the terms of trade figures and the stock market', () => {
  it('finds sales, orders or prices moving, a pickup in them, and the words of share issues', () => {
    expect(present('Orders for machine tools rose by a fifth in May.', ECONOMIC)).toBe(true);
    expect(present('The bakery reported a pickup in sales after the holidays.', ECONOMIC)).toBe(true);
    expect(present('Prices of lumber slipped for the third week running.', ECONOMIC)).toBe(true);
    expect(present('Shareholders of the dairy will receive a larger dividend this year.', ECONOMIC)).toBe(
      true,
    );
    expect(present('Three banks will underwrite the new issue of the bottling company.', ECONOMIC)).toBe(
      true,
    );
  });

  it('needs two of the weaker market words together', () => {
    expect(present('Dealers said the market for used tractors was quiet.', ECONOMIC)).toBe(true);
    expect(present('The grocer kept a stock of candles in the cellar.', ECONOMIC)).toBe(false);
    expect(present('The river rose and the temperature fell overnight.', ECONOMIC)).toBe(false);
  });
});

const CAPACITY = 'Capacity and resources';
const POLICY = 'Policy prescription and evaluation';

describe('a word that looks like a frame term in another sense', () => {
  it('reads "more than 300 workers" as a firm’s size, not as more hands wanted', () => {
    expect(present('More than 300 workers pack fruit at the cannery.', CAPACITY)).toBe(false);
    expect(present('Three hundred employees left the mill at noon.', CAPACITY)).toBe(false);
    expect(present('The ward needs more nurses before the winter.', CAPACITY)).toBe(true);
    expect(present('The county hired two additional deputies for the fair.', CAPACITY)).toBe(true);
  });

  it('reads new equipment as goods on sale, and more equipment as means wanted', () => {
    expect(present('Dealers cut their stocks of new equipment before the harvest.', CAPACITY)).toBe(false);
    expect(present('The fire brigade asked for more equipment after the mill fire.', CAPACITY)).toBe(true);
  });

  it('reads farm implements as tools, and implementing a rule as policy', () => {
    expect(present('The dealer sells tractors and implements in three counties.', POLICY)).toBe(false);
    expect(present('The board will implement the new grazing rules in May.', POLICY)).toBe(true);
    expect(present('The implementation of the water plan was delayed again.', POLICY)).toBe(true);
  });
});

const EXTERNAL = 'External regulation and reputation';

describe('a language is not a nation', () => {
  it('reads a people’s name after "in" or a word of speaking as their language', () => {
    expect(present('A bank in Switzerland sent the dealers a cable in French.', EXTERNAL)).toBe(false);
    expect(present('The guide from Norway spoke Italian to the hikers.', EXTERNAL)).toBe(false);
  });

  it('keeps it a nation where it qualifies a noun or stands as a people', () => {
    expect(present('Swiss bankers bought French vineyards last spring.', EXTERNAL)).toBe(true);
    expect(present('The Italians thanked Norway for the loan.', EXTERNAL)).toBe(true);
  });
});

describe('tax rulings in their own terms', () => {
  it('reads what is taxable, deductions and excise as Economic', () => {
    expect(present('Gifts to the museum remain fully tax-deductible.', ECONOMIC)).toBe(true);
    expect(present('The bonus was ruled taxable in the year it was paid.', ECONOMIC)).toBe(true);
    expect(present('Her claim for the deduction of the excise was turned down.', ECONOMIC)).toBe(true);
    expect(present('The lawyer made a deduction from the footprints.', ECONOMIC)).toBe(false);
  });

  it('reads a thing ruled, and a ruling on something, as Legality', () => {
    expect(present('The bonus was ruled taxable in the year it was paid.', LEGALITY)).toBe(true);
    expect(present('The agency issued a ruling on boat stoves last week.', LEGALITY)).toBe(true);
    expect(present('The queen ruled for forty years.', LEGALITY)).toBe(false);
  });
});

const SECURITY = 'Security and defense';

describe('Security in the terms of arms and aggression', () => {
  it('reads aggressions, artillery, marines and warships as the frame’s own terms', () => {
    expect(present('The island had suffered three aggressions from its neighbour.', SECURITY)).toBe(true);
    expect(present('Artillery rolled through the capital on the holiday.', SECURITY)).toBe(true);
    expect(present('Two hundred marines landed at the port at dawn.', SECURITY)).toBe(true);
    expect(present('Four warships steamed out of the harbour.', SECURITY)).toBe(true);
  });

  it('does not read a marine painter as defence', () => {
    expect(present('The marine painter sold a seascape to the bank.', SECURITY)).toBe(false);
  });
});

describe('Economic in figures: a sum or a share beside a word of the market (@figure)', () => {
  it('reads one market word with a sum of money or a percentage as Economic', () => {
    expect(present('A new gin plant costs about $250,000 to build.', ECONOMIC)).toBe(true);
    expect(present('Retail volume was 80 per cent of the year before.', ECONOMIC)).toBe(true);
    expect(present('Used-car dealers took 12% of the county’s trade-ins.', ECONOMIC)).toBe(true);
  });

  it('does not read a figure alone, or a market word alone, as Economic', () => {
    expect(present('The incumbent won 52 per cent of the vote in the runoff.', ECONOMIC)).toBe(false);
    expect(present('The crowd was 20% larger than last year.', ECONOMIC)).toBe(false);
    expect(present('A new gin plant costs a great deal to build.', ECONOMIC)).toBe(false);
  });

  it('is found alone (a cue preview lists every figure), but is no evidence alone', () => {
    const text = 'The incumbent won 52 per cent of the vote in the runoff.';
    const economic = detectFrames(text, POLICY_FRAMES).find((r) => r.frame === 'economic');
    expect(economic?.hits.map((h) => text.slice(h.start, h.end))).toEqual(['52 per cent']);
    expect(present(text, ECONOMIC)).toBe(false);
  });

  it('adds no hit of its own to the frame’s score', () => {
    const text = 'The plant costs $250,000.';
    const withoutFigure = {
      ...POLICY_FRAMES,
      frames: POLICY_FRAMES.frames.map((f) => ({ ...f, cues: f.cues.filter((c) => c !== '?@figure') })),
    };
    const economic = (book: typeof POLICY_FRAMES) =>
      detectFrames(text, book).find((r) => r.frame === 'economic');
    expect(economic(POLICY_FRAMES)?.hits.map((h) => h.cue)).toEqual(['?costs', '?@figure']);
    expect(economic(POLICY_FRAMES)?.score).toBe(economic(withoutFigure)?.score);
  });
});

describe('a subheading is not a sentence', () => {
  it('does not take a verbless subheading inside the text as evidence', () => {
    const text =
      'The council met on Monday to hear the budget.\n\nThe mayor spoke first. Danger of invasion.';
    expect(present(text, SECURITY)).toBe(false);
  });

  it('keeps a short sentence with a verb, and the headline, as evidence', () => {
    expect(present('The council met on Monday.\n\nWar threatens again.', SECURITY)).toBe(true);
    expect(present('Danger of invasion\n\nThe council met on Monday to hear the budget.', SECURITY)).toBe(
      true,
    );
  });
});

const PUBLIC_OPINION = 'Public opinion';

describe('a protest is the public’s only when the public makes it', () => {
  it('reads a protest by citizens or residents as Public opinion', () => {
    expect(present('Hundreds of citizens joined the protest at the city hall.', PUBLIC_OPINION)).toBe(true);
    expect(present('Residents filed protests against the new dump.', PUBLIC_OPINION)).toBe(true);
  });

  it('does not read a government’s or a trade group’s protest as Public opinion', () => {
    expect(present('The embassy sent a formal protest to the ministry.', PUBLIC_OPINION)).toBe(false);
    expect(present('The bill passed despite the protests of the grain dealers.', PUBLIC_OPINION)).toBe(false);
  });
});

describe('an epidemic named as the occasion is not Health and safety', () => {
  const HEALTH = 'Health and safety';
  it('leaves a sentence that names the disease only as the backdrop of money or politics', () => {
    expect(present('The ministers argued for hours over the coronavirus recovery fund.', HEALTH)).toBe(false);
    expect(present('Covid-19 loans to small firms will be repaid over ten years.', HEALTH)).toBe(false);
  });

  it('still reads the disease as Health beside the sick, the dead or the wards', () => {
    expect(present('Coronavirus patients filled every ward of the county hospital.', HEALTH)).toBe(true);
    expect(present('The coronavirus death toll in the province rose to 40.', HEALTH)).toBe(true);
  });
});

describe('Morality in the terms of right and wrong', () => {
  const MORALITY = 'Morality';
  it('finds a judgement of right and wrong, or of a shame that is ours', () => {
    expect(present('Two wrongs do not make a right, and the council knows it.', MORALITY)).toBe(true);
    expect(present('Voters should ask what is right and fair, not what is cheap.', MORALITY)).toBe(true);
    expect(present('To our lasting shame, the orphanage was left to fall apart.', MORALITY)).toBe(true);
    expect(present('Children must learn right from wrong before they learn arithmetic.', MORALITY)).toBe(
      true,
    );
  });

  it('leaves right and wrong in their everyday senses alone', () => {
    expect(present('The driver took a wrong turn and ended up on the right bank.', MORALITY)).toBe(false);
    expect(present('It was a shame that the rain spoiled the picnic.', MORALITY)).toBe(false);
    expect(present('She was right that the train was wrong about its timetable.', MORALITY)).toBe(false);
  });
});

describe('Policy evaluation: whether a policy works', () => {
  const POLICY = 'Policy prescription and evaluation';
  it('reads a policy, plan or doctrine that works, never worked or backfired as its evaluation', () => {
    expect(present('The tariff doctrine has never worked, and it is not working now.', POLICY)).toBe(true);
    expect(present('Their housing scheme backfired within a year.', POLICY)).toBe(true);
  });

  it('leaves people who work, and plans drawn by them, alone', () => {
    expect(present('Her brother worked on the farm until the harvest was in.', POLICY)).toBe(false);
    expect(present('The drawings were made by engineers who worked at night.', POLICY)).toBe(false);
  });
});

describe('Health and safety in the terms of radiation and its harm', () => {
  const HEALTH = 'Health and safety';
  it('reads fallout and radiation together, harm from them, and genetic damage as Health', () => {
    expect(present('Radiation from the fallout of the tests has reached the grazing land.', HEALTH)).toBe(
      true,
    );
    expect(present('Will the fallout be less harmful to the children of the valley?', HEALTH)).toBe(true);
    expect(present('Scientists fear the genetic damage the new pesticide may do.', HEALTH)).toBe(true);
  });

  it('leaves fallout or radiation in another sense alone', () => {
    expect(present('The political fallout from the vote lasted for weeks.', HEALTH)).toBe(false);
    expect(present('The radiation of heat from the stove warmed the room.', HEALTH)).toBe(false);
  });
});

describe('Policy prescription in the terms of advice and remedies', () => {
  const POLICY = 'Policy prescription and evaluation';
  it('reads a body well advised to act, and the best answer or only hope for a problem, as prescription', () => {
    expect(present('The county is well advised to hire its own engineers.', POLICY)).toBe(true);
    expect(present('The best answer to the flooding is a new levee along the river.', POLICY)).toBe(true);
    expect(present('The only hope for the mill lies in a merger with its rival.', POLICY)).toBe(true);
  });

  it('leaves advice to a person and an answer that is no remedy alone', () => {
    expect(present('He was advised to rest after the match.', POLICY)).toBe(false);
    expect(present('The only answer he gave was a shrug.', POLICY)).toBe(false);
  });
});

describe('Economic in the terms of jobs a firm provides', () => {
  it('reads a firm that employs a number of people as Economic', () => {
    expect(present('The cannery employs about 250 people in the summer.', ECONOMIC)).toBe(true);
    expect(present('The new mill will employ a total of 90 workers.', ECONOMIC)).toBe(true);
  });

  it('leaves employing a means, or a number of things, alone', () => {
    expect(present('She employed a clever trick to win the game.', ECONOMIC)).toBe(false);
    expect(present('The army employed 3 tanks in the parade.', ECONOMIC)).toBe(false);
  });
});
