// Article-level frame decisions (issue 9), cases as data: our own sentences for each phenomenon.
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, RUSSIA_ITALY_AID, decideFrames, validateCodebook } from '../../nlp/frames/index.ts';
import type { Codebook, FrameDecision, QuoteSpan } from '../../nlp/frames/index.ts';
import { analyzeText } from '../../nlp/index.ts';

const byName = (decisions: FrameDecision[]) => new Map(decisions.map((d) => [d.name, d]));

/** Decides with the analysis's own sentences and quotes, as the app does. */
function decide(text: string, codebook: Codebook): Map<string, FrameDecision> {
  const { sentences, quotes } = analyzeText(text);
  return byName(decideFrames(text, codebook, { sentences, quotes }));
}

type Case = {
  name: string;
  codebook: Codebook;
  text: string;
  present: string[];
  absent: string[];
  denied?: string[];
  primary?: string;
};

const cases: Case[] = [
  {
    name: 'planes that carry aid are logistics, not military presence',
    codebook: RUSSIA_ITALY_AID,
    text:
      'Two military transport planes landed at the airport on Friday with medical supplies for the clinics of the province.\n\n' +
      'Army trucks then drove the ventilators to the hospitals.',
    present: ['Humanitarian aid and goodwill'],
    absent: ['Military presence'],
  },
  {
    name: 'foreign troops near an alliance base, raising concern, are military presence',
    codebook: RUSSIA_ITALY_AID,
    text:
      'The foreign military officers stayed near the alliance base for weeks, which raised concerns among security officials.\n\n' +
      'Commentators asked whether the mission gave the visitors a foothold for intelligence gathering.',
    present: ['Military presence'],
    absent: ['Humanitarian aid and goodwill'],
  },
  {
    name: 'aid as a pretext and as useless is propaganda, not goodwill',
    codebook: RUSSIA_ITALY_AID,
    text:
      'Officials in the capital privately called the shipment useless: most of the equipment could not be used in wards.\n\n' +
      'An analyst said the flights were a public relations exercise staged for the cameras.',
    present: ['Propaganda and soft power'],
    absent: ['Military presence'],
  },
  {
    name: 'a denied link to sanctions is kept as denied, never asserted',
    codebook: RUSSIA_ITALY_AID,
    text:
      'Ministers sent doctors and masks to the stricken region as a gesture of solidarity.\n\n' +
      'The spokeswoman said the help was not linked to the sanctions and came with no strings attached.',
    present: ['Humanitarian aid and goodwill', 'Political linkage and sanctions'],
    absent: ['Military presence'],
    denied: ['Political linkage and sanctions'],
    primary: 'Humanitarian aid and goodwill',
  },
  {
    name: 'an asserted link to sanctions is not denied',
    codebook: RUSSIA_ITALY_AID,
    text:
      'Diplomats said the donation was meant to win support for lifting the sanctions.\n\n' +
      'The government expects something in return when the bloc votes in June.',
    present: ['Political linkage and sanctions'],
    absent: [],
    denied: [],
    primary: 'Political linkage and sanctions',
  },
  {
    name: 'one ambiguous word is not a frame: a president at a concert is not Political',
    codebook: POLICY_FRAMES,
    text: 'The club president thanked the choir after the concert on Sunday evening.',
    present: [],
    absent: ['Political', 'Legality, constitutionality and jurisprudence'],
  },
  {
    name: 'ambiguous words in their frame sense: a court ruling is Legality, a vetoed bill is Political',
    codebook: POLICY_FRAMES,
    text:
      'The appeals court ruled that the statute was unconstitutional.\n\n' +
      'The senator said the president would veto the bill if the election went his way.',
    present: ['Legality, constitutionality and jurisprudence', 'Political'],
    absent: ['Cultural identity'],
  },
  {
    name: 'a weak word joins the frame when the next sentence evidences it',
    codebook: POLICY_FRAMES,
    text:
      'The judge heard the case on Monday.\n\n' +
      'The appeals court later ruled that the lower court had no jurisdiction.',
    present: ['Legality, constitutionality and jurisprudence'],
    absent: [],
  },
];

describe('frame decisions per article', () => {
  for (const c of cases)
    it(c.name, () => {
      const decided = decide(c.text, c.codebook);
      for (const name of c.present) expect(decided.get(name)?.present, `${name} present`).toBe(true);
      for (const name of c.absent) expect(decided.get(name)?.present, `${name} absent`).toBe(false);
      const denied = [...decided.values()].filter((d) => d.denied).map((d) => d.name);
      if (c.denied) expect(denied).toEqual(c.denied);
      if (c.primary) expect([...decided.values()].find((d) => d.primary)?.name).toBe(c.primary);
      for (const d of decided.values()) {
        if (!d.present) expect(d.evidence).toEqual([]);
        for (const item of d.evidence)
          for (const cue of item.cues) {
            expect(cue.start).toBeGreaterThanOrEqual(item.start);
            expect(cue.end).toBeLessThanOrEqual(item.end);
          }
      }
    });

  it('keeps the weak sentence as evidence next to a full one, listing every cue once per sentence', () => {
    const text =
      'The judge heard the case on Monday.\n\n' +
      'The appeals court later ruled that the lower court had no jurisdiction.';
    const legality = decide(text, POLICY_FRAMES).get('Legality, constitutionality and jurisprudence')!;
    expect(legality.evidence).toHaveLength(2);
    expect(legality.evidence[0]!.strength).toBe(1); // two weak cues: "judge", "case"
    expect(legality.evidence[1]!.cues.map((c) => text.slice(c.start, c.end))).toEqual(
      expect.arrayContaining(['appeals court', 'jurisdiction']),
    );
  });

  it('gives evidence inside a quotation to its speaker, and the rest to the outlet', () => {
    const text =
      '"These are sanctions by another name," said Marta Ruiz, a trade lawyer.\n\n' +
      'Weeks after the flights, the sanctions were extended for another six months.';
    const linkage = decide(text, RUSSIA_ITALY_AID).get('Political linkage and sanctions')!;
    expect(linkage.evidence.map((e) => [e.inQuote, e.speaker])).toEqual([
      [true, 'Marta Ruiz'],
      [false, null],
    ]);
  });

  it('takes quotes a caller passes (corrected speakers) over none', () => {
    const text = 'Critics call the flights propaganda for the evening news.';
    const quotes: QuoteSpan[] = [{ start: 0, end: text.length, speaker: 'Critics' }];
    const [item] = decideFrames(text, RUSSIA_ITALY_AID, { quotes }).find(
      (d) => d.frame === 'propaganda-soft-power',
    )!.evidence;
    expect(item).toMatchObject({ inQuote: true, speaker: 'Critics' });
  });

  it('weighs the headline most: a frame in the headline outweighs the same evidence in the body', () => {
    const book = validateCodebook({
      id: 'two',
      name: 'Two frames',
      description: '',
      frames: [
        { id: 'a', name: 'Rescue', description: '', color: '#111111', cues: ['rescue'] },
        { id: 'b', name: 'Budget', description: '', color: '#222222', cues: ['budget'] },
      ],
    });
    const body = 'The city council met on Tuesday and talked for an hour about many things.';
    const headlineA = `Rescue teams and the budget\n\n${body} The budget was discussed. A rescue was planned.`;
    const headlineB = `The budget and rescue teams, in short\n\n${body} A rescue was planned. The budget was discussed.`;
    const primary = (text: string) => decideFrames(text, book).find((d) => d.primary)?.name;
    const rescueFirst = decideFrames(`Rescue teams arrive\n\n${body} The budget was discussed.`, book);
    expect(rescueFirst.find((d) => d.primary)?.name).toBe('Rescue');
    expect(rescueFirst.find((d) => d.name === 'Rescue')!.evidence[0]!.place).toBe('headline');
    expect(rescueFirst.find((d) => d.name === 'Rescue')!.salience).toBeGreaterThan(
      rescueFirst.find((d) => d.name === 'Budget')!.salience,
    );
    const budgetFirst = decideFrames(`Budget cut announced\n\n${body} A rescue was planned.`, book);
    expect(budgetFirst.find((d) => d.primary)?.name).toBe('Budget');
    expect(primary(headlineA)).toBe('Rescue');
    expect(primary(headlineB)).toBe('Rescue'); // a tie goes to the codebook's order
  });

  it('marks no frame primary when the only frame is denied', () => {
    const decided = decide('The minister said the visit had nothing to do with sanctions.', RUSSIA_ITALY_AID);
    const linkage = decided.get('Political linkage and sanctions')!;
    expect(linkage).toMatchObject({ present: true, denied: true, primary: false });
    expect(linkage.evidence[0]!.denied).toBe(true);
  });
});
