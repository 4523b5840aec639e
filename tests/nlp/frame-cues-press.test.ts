// Policy-frame cues for the vocabulary of press reportage on defence, crime and public administration
// (issue 9, paragraph level), each with sentences of our own writing. Decisions run with the analysis's
// own sentences and quotes, as the app does.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, decideFrames } from '../../nlp/frames/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

function decide(text: string): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return new Map(decideFrames(text, POLICY_FRAMES, { sentences, quotes }).map((d) => [d.name, d]));
}
const present = (text: string, frame: string) => decide(text).get(frame)?.present ?? false;

const SECURITY = 'Security and defense';

describe('Security and defense in the terms of armed force, not only of its institutions', () => {
  it('finds military power, defence budgets, arms and aggression', () => {
    expect(present('The rebels counted on their military superiority in the north.', SECURITY)).toBe(true);
    expect(present('Parliament doubled the defense budget for the coming year.', SECURITY)).toBe(true);
    expect(present('The talks on a test ban broke off on Thursday.', SECURITY)).toBe(true);
    expect(present('Neighbouring states accused the junta of aggression.', SECURITY)).toBe(true);
    expect(present('Both sides kept shipping arms to the border towns.', SECURITY)).toBe(true);
    expect(present('The generals feared an all-out war in the strait.', SECURITY)).toBe(true);
  });

  it('needs two words of the field when each alone is weak: troops, guns, a cease-fire', () => {
    expect(present('The troops paraded through the capital on the national holiday.', SECURITY)).toBe(false);
    expect(present('Armed men with rifles guarded the polling station all day.', SECURITY)).toBe(true);
    expect(present('The troops held the cease-fire line through the night.', SECURITY)).toBe(true);
  });

  it('leaves an army that merely carries aid, and a fight against a disease, out of it', () => {
    const text =
      'Military transport planes landed at the airport with doctors and ventilators.\n\n' +
      'The defence ministry said the crews were fighting the epidemic alongside local hospitals.';
    expect(present(text, SECURITY)).toBe(false);
  });
});

const CRIME = 'Crime and punishment';

describe('Crime and punishment names the crimes of a news brief and the enforcing of laws', () => {
  it('finds hijackings, hostages, kidnappings, killings and hold-ups', () => {
    expect(present('Two men hijacked a bus outside Tulsa early on Sunday.', CRIME)).toBe(true);
    expect(present('The hostages were freed after nine hours on the runway.', CRIME)).toBe(true);
    expect(present('The nurse denied any part in the kidnapping of the child.', CRIME)).toBe(true);
    expect(present('The farmhand faces a count of manslaughter after the fight.', CRIME)).toBe(true);
    expect(present('The driver of the getaway car was caught at a roadblock.', CRIME)).toBe(true);
  });

  it('counts the enforcing of a law as policing, but not an agency named in passing', () => {
    expect(present('Town constables were told to enforce the curfew strictly.', CRIME)).toBe(true);
    expect(present('She worked for the FBI before she went into banking.', CRIME)).toBe(false);
  });
});

const POLICY = 'Policy prescription and evaluation';

describe('Policy prescription and evaluation hears what should be done and how well it was done', () => {
  it('finds a demand that something be done, however it is worded', () => {
    expect(present('The board insisted the clerk be paid by the hour.', POLICY)).toBe(true);
    expect(present('The parents demanded that two crossing guards be posted.', POLICY)).toBe(true);
    // A forecast is not a demand, and a family's wish at a funeral is no policy.
    expect(present('The family requests that flowers be omitted.', POLICY)).toBe(false);
    expect(present('He suggested the party would be beaten in the spring.', POLICY)).toBe(false);
  });

  it('finds judgements of how a public body runs things', () => {
    expect(present('The auditors praised the handling of the flood relief.', POLICY)).toBe(true);
    expect(present('The mayor defended the contract before the aldermen.', POLICY)).toBe(true);
    expect(present('Critics called the harbour scheme a costly blunder.', POLICY)).toBe(true);
    expect(present('The county home was run efficiently last year, the report found.', POLICY)).toBe(true);
    expect(present('The new office is working out, the clerk told the board.', POLICY)).toBe(true);
  });

  it('finds a government setting up, revamping or scrapping the machinery it acts through', () => {
    expect(present('The province set up a new inspection system for river barges.', POLICY)).toBe(true);
    expect(present('The ministry scrapped its loan service for small farms.', POLICY)).toBe(true);
    expect(present('The ministry scrapped the old lorry after the crash.', POLICY)).toBe(false);
  });
});

const CAPACITY = 'Capacity and resources';

describe('Capacity and resources hears whether there is enough, of people, time or money', () => {
  it('finds too little time, money or staff, and more hands asked for', () => {
    expect(present('The clinic is short of nurses every winter.', CAPACITY)).toBe(true);
    expect(present('There was not time enough to finish the survey before the vote.', CAPACITY)).toBe(true);
    expect(present('The chief asked for forty more firemen for the new district.', CAPACITY)).toBe(true);
    expect(present('The library must train new staff before the old hands retire.', CAPACITY)).toBe(true);
    expect(present('Without the engineer the plant would be seriously hampered.', CAPACITY)).toBe(true);
    expect(present('The office now depends on the machines and two operators.', CAPACITY)).toBe(true);
  });

  it('leaves a plain count of people, and the same words in another sense, alone', () => {
    expect(present('Forty firemen marched in the parade on Saturday.', CAPACITY)).toBe(false);
    expect(present('The speech fell short of what the voters had hoped to hear.', CAPACITY)).toBe(false);
    expect(present('The storm left only the lighthouse standing on the point.', CAPACITY)).toBe(false);
    expect(present('The fund had paid out most of its grant, leaving only $900 for June.', CAPACITY)).toBe(
      true,
    );
  });
});

describe('Health and safety reads the hospital bulletin of a news brief', () => {
  it('finds a victim in serious condition, and a crash beside another word of injury', () => {
    expect(present('The cyclist was in critical condition on Sunday night.', 'Health and safety')).toBe(true);
    expect(present('Two riders were injured in the collision at the crossing.', 'Health and safety')).toBe(
      true,
    );
    expect(present('The talks ended in a collision of wills.', 'Health and safety')).toBe(false);
  });
});

const EXTERNAL = 'External regulation and reputation';

describe('External regulation and reputation hears nations spoken of as groups', () => {
  it('finds neutral, allied or developing countries, and the Communists across a conference table', () => {
    expect(present('The plan leans on the help of neutral countries in the region.', EXTERNAL)).toBe(true);
    expect(present('Aid to developing nations rose again last year.', EXTERNAL)).toBe(true);
    expect(present('The Communists left the conference without an answer.', EXTERNAL)).toBe(true);
  });

  it('leaves states of a union and a single weak word alone', () => {
    expect(present('Member states of the grain cooperative met in Omaha.', EXTERNAL)).toBe(false);
    expect(present('The dentists met for their yearly conference in Ohio.', EXTERNAL)).toBe(false);
  });
});
