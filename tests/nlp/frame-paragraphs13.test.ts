// Paragraph-level policy-frame decisions that should hold on unseen text (issue 9, round 13): forms of a
// frame that at least two dev sets of different sources share, each with sentences of our own writing.
// Decisions run with the analysis's own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function present(text: string, frame: string): boolean {
  const { sentences, quotes } = analyzeText(text);
  return (
    decideFrames(text, POLICY_FRAMES, { sentences, quotes }).find((d) => d.name === frame)?.present ?? false
  );
}

const POLITICAL = 'Political';
const CAPACITY = 'Capacity and resources';
const CULTURE = 'Cultural identity';
const POLICY = 'Policy prescription and evaluation';
const SECURITY = 'Security and defense';

describe('Political: the noun "vote" alone is procedure, not politics (a weak cue)', () => {
  it('does not make a tally or a vote on a measure Political by itself', () => {
    expect(present('The final vote was 41 to 12.', POLITICAL)).toBe(false);
    expect(present('The harbour plan was adopted in a short vote on Tuesday.', POLITICAL)).toBe(false);
  });

  it('still counts beside another word of the frame', () => {
    expect(present('The vote split the ruling party down the middle.', POLITICAL)).toBe(true);
    expect(present('Farmers voted for the candidate who promised them roads.', POLITICAL)).toBe(true);
  });
});

describe('Capacity and resources when money, funds or staff are too few', () => {
  it('finds not having enough money and being in need of funds', () => {
    expect(present('The clinic will not have enough money for a second nurse next year.', CAPACITY)).toBe(
      true,
    );
    expect(present('The village schools are in urgent need of funds.', CAPACITY)).toBe(true);
  });

  it('leaves enough of something that is no resource alone', () => {
    expect(present('The band made enough noise to wake the street.', CAPACITY)).toBe(false);
  });
});

describe('Cultural identity when a language, tradition or custom is to be protected', () => {
  it('finds protecting or preserving a language, tongue or custom', () => {
    expect(present('The council wants to preserve the island’s old customs.', CULTURE)).toBe(true);
    expect(present('Parents say the new rule will protect our mother tongue.', CULTURE)).toBe(true);
    expect(present('The minister promised to protect the Breton language in every school.', CULTURE)).toBe(
      true,
    );
  });

  it('leaves protecting something else alone', () => {
    expect(present('The new wall will protect the harbour from winter storms.', CULTURE)).toBe(false);
  });
});

describe('Policy prescription when a measure is said to aim at something or to bring it about', () => {
  it('finds what a bill or plan aims to do and what it will help, give or keep', () => {
    expect(present('The ferry plan aims to halve the waiting time.', POLICY)).toBe(true);
    expect(present('It is a housing bill that will help young families.', POLICY)).toBe(true);
  });

  it('leaves an aim that is no measure alone', () => {
    expect(present('The team aims to win the cup this year.', POLICY)).toBe(false);
  });
});

describe('Security and defense when a country is to be defended or an enemy deterred', () => {
  it('finds defending or deterring a country, the nation or the homeland', () => {
    expect(present('"We have to defend Norway," the admiral said.', SECURITY)).toBe(true);
    expect(present('A larger fleet would deter Spain, the minister wrote.', SECURITY)).toBe(true);
    expect(present('He vowed to defend the homeland.', SECURITY)).toBe(true);
  });

  it('leaves defending a client or a title alone', () => {
    expect(present('The lawyer will defend the company in court.', SECURITY)).toBe(false);
    expect(present('She hopes to defend her title next spring.', SECURITY)).toBe(false);
  });
});

describe('Economic when a business or service loses money', () => {
  it('finds losing money, or millions', () => {
    expect(present('The ferry line is losing money on its winter crossings.', 'Economic')).toBe(true);
    expect(present('The sawmill has lost millions since the spring.', 'Economic')).toBe(true);
  });

  it('leaves losing something else alone', () => {
    expect(present('She lost her keys on the winter crossing.', 'Economic')).toBe(false);
  });
});
