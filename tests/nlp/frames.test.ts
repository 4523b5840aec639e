// Frame detection (issue 3), cases as data: text → expected frames, hit spans and negation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_FRAMES, RUSSIA_ITALY_AID, detectFrames, validateCodebook } from '../../nlp/frames/index.ts';
import type { Codebook, FrameResult } from '../../nlp/frames/index.ts';
import { splitSentences } from '../../nlp/frames/sentences.ts';
import { brownText } from '../support/brown.ts';

const seed = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'russia-italy-aid.txt'),
  'utf8',
);

const mini: Codebook = {
  id: 'mini',
  name: 'Test codebook',
  description: '',
  frames: [
    {
      id: 'aid',
      name: 'Aid',
      description: '',
      color: '#009E73',
      cues: ['aid', 'goodwill gesture', 'humanitar*'],
    },
    {
      id: 'sanctions',
      name: 'Sanctions',
      description: '',
      color: '#D55E00',
      cues: ['sanctions', 'response measures', '~(veto|lift|extend|impose) .? sanctions'],
    },
    {
      id: 'solidarity',
      name: 'Solidarity',
      description: '',
      color: '#CC79A7',
      cues: ['~[#Noun] of solidarity'],
    },
  ],
};

/** Each hit as its span text, with a trailing "!" when negated, per frame id. */
function spans(text: string, results: FrameResult[]): Record<string, string[]> {
  return Object.fromEntries(
    results.map((r) => [r.frame, r.hits.map((h) => text.slice(h.start, h.end) + (h.negated ? '!' : ''))]),
  );
}

type Case = { name: string; text: string; expected: Record<string, string[]> };

const cases: Case[] = [
  {
    name: '"aid" does not match inside "said", "afraid" or "aides"',
    text: 'He said he was afraid; the aides left.',
    expected: {},
  },
  {
    name: 'case-insensitive',
    text: 'AID arrived. More Aid and aid followed.',
    expected: { aid: ['AID', 'Aid', 'aid'] },
  },
  {
    name: 'a phrase matches across a hyphen or a line break, not across a sentence or paragraph',
    text: 'A goodwill-gesture. A goodwill\ngesture. Goodwill. Gesture. Goodwill\n\ngesture.',
    expected: { aid: ['goodwill-gesture', 'goodwill\ngesture'] },
  },
  {
    name: 'a "*" cue matches endings of its stem only',
    text: 'Humanitarian groups and humanitarians spoke of humanity.',
    expected: { aid: ['Humanitarian', 'humanitarians'] },
  },
  {
    name: 'a tokenizer pattern wins over the shorter phrase inside it',
    text: 'Italy will veto sanctions. Others want to lift new sanctions.',
    expected: { sanctions: ['veto sanctions', 'lift new sanctions'] },
  },
  {
    name: 'a tagged pattern (#Noun) matches with its capture',
    text: 'Salvini spoke of a duty of solidarity.',
    expected: { solidarity: ['duty of solidarity'] },
  },
  {
    name: 'negation before the cue, across commas within the clause',
    text: 'The help does not imply any response measures of Rome, including the veto on new sanctions.',
    expected: { sanctions: ['response measures!', 'sanctions!'] },
  },
  {
    name: 'denials: no, never, without, denied, rejected claims, contractions',
    text:
      'There will be no sanctions. Rome has never sought sanctions. It came without aid. ' +
      'Moscow denied that sanctions were discussed. He rejected claims of sanctions. Rome doesn’t want sanctions.',
    expected: {
      sanctions: ['sanctions!', 'sanctions!', 'sanctions!', 'sanctions!', 'sanctions!'],
      aid: ['aid!'],
    },
  },
  {
    name: 'denial after the cue: out of the question, unrelated, ruled out',
    text: 'Any response measures are out of the question. Sanctions are unrelated. New sanctions were ruled out.',
    expected: { sanctions: ['response measures!', 'Sanctions!', 'sanctions!'] },
  },
  {
    name: 'no negation: plain statements, pseudo-negation, a new clause, a distant trigger',
    text:
      'Brussels will extend sanctions. It was not only aid. Moscow did not comment, but Brussels kept sanctions. ' +
      'Officials who had not been told of the talks in advance learned from the morning papers and the evening news broadcasts that ministers had agreed on sanctions.',
    expected: { sanctions: ['extend sanctions', 'sanctions', 'sanctions'], aid: ['aid'] },
  },
];

describe('detectFrames: cues, boundaries and negation', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const results = detectFrames(text, mini);
    expect(spans(text, results)).toEqual(expected);
    for (const result of results)
      for (const hit of result.hits) {
        expect(hit.sentenceStart).toBeLessThanOrEqual(hit.start);
        expect(hit.sentenceEnd).toBeGreaterThanOrEqual(hit.end);
      }
  });

  it('scores hits per 100 words and sorts frames by score', () => {
    const text = 'Aid arrived with humanitarian aid, and sanctions stayed in place for now.';
    const results = detectFrames(text, mini);
    expect(results.map((r) => r.frame)).toEqual(['aid', 'sanctions']);
    expect(results[0]?.score).toBeCloseTo((100 * 3) / 12);
    expect(results[1]?.score).toBeCloseTo((100 * 1) / 12);
  });

  it('uses the sentences the caller passes and drops hits outside them', () => {
    const text = 'First aid here; second aid there. Sanctions after.';
    const first = { start: 0, end: 15 };
    const second = { start: 16, end: 33 };
    const results = detectFrames(text, mini, [second, first]);
    expect(results.map((r) => r.frame)).toEqual(['aid']);
    expect(results[0]?.hits.map((h) => [h.sentenceStart, h.sentenceEnd])).toEqual([
      [0, 15],
      [16, 33],
    ]);
  });
});

const sentenceCases: { text: string; sentences: string[] }[] = [
  {
    text: 'Mr. Peskov spoke to the U.S. press. Sen. J. W. Smith of Calif. agreed! "Is it aid?" he asked.',
    sentences: [
      'Mr. Peskov spoke to the U.S. press.',
      'Sen. J. W. Smith of Calif. agreed!',
      '"Is it aid?" he asked.',
    ],
  },
  {
    text: 'Headline without a stop\n\nBody text. See No. 5 below.',
    sentences: ['Headline without a stop', 'Body text.', 'See No. 5 below.'],
  },
  {
    text: '"No, this is unrelated," he said. "Any conditions are out."',
    sentences: ['"No, this is unrelated," he said.', '"Any conditions are out."'],
  },
];

describe('splitSentences (the fallback when the caller passes none)', () => {
  it.each(sentenceCases)('$text', ({ text, sentences }) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
  });
});

describe('seed article with its issue codebook', () => {
  const results = detectFrames(seed, RUSSIA_ITALY_AID);
  const frame = (id: string) => results.find((r) => r.frame === id);
  const sentenceOf = (h: { sentenceStart: number; sentenceEnd: number }) =>
    seed.slice(h.sentenceStart, h.sentenceEnd);

  it('finds the humanitarian aid framing, evidenced by the goodwill-gesture sentence', () => {
    const hits = frame('humanitarian-aid')?.hits ?? [];
    const evidence = hits.filter((h) =>
      sentenceOf(h).includes('a goodwill gesture that Moscow has labelled'),
    );
    expect(evidence.map((h) => seed.slice(h.start, h.end))).toContain('goodwill gesture');
    expect(evidence.every((h) => !h.negated)).toBe(true);
  });

  it('finds the political linkage framing, negated, in the sentence that denies it', () => {
    const hits = frame('political-linkage')?.hits ?? [];
    const denial = hits.filter((h) =>
      sentenceOf(h).includes(
        'does not imply any response measures of Rome, including the veto on extension of anti-Russian sanctions',
      ),
    );
    const found = denial.map((h) => seed.slice(h.start, h.end));
    expect(found).toContain('veto');
    expect(found.some((s) => s.endsWith('sanctions'))).toBe(true);
    expect(denial.every((h) => h.negated)).toBe(true);
    // The sentence appears twice (summary and body): both are evidence.
    expect(new Set(denial.map((h) => h.sentenceStart)).size).toBe(2);
  });

  it('negates "any conditions ... are out of the question" but not the aid Peskov affirms', () => {
    const linkage = frame('political-linkage')?.hits ?? [];
    const conditions = linkage.filter((h) => seed.slice(h.start, h.end).endsWith('conditions'));
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.every((h) => h.negated)).toBe(true);
    const help = (frame('humanitarian-aid')?.hits ?? []).filter((h) => seed.slice(h.start, h.end) === 'help');
    expect(help.length).toBeGreaterThan(3);
    expect(help.every((h) => !h.negated)).toBe(true);
  });

  it('finds no military presence in planes that carry aid; every hit inside its evidence sentence', () => {
    expect(results.map((r) => r.frame)).not.toContain('military-presence');
    for (const r of results)
      for (const h of r.hits) expect(sentenceOf(h)).toContain(seed.slice(h.start, h.end));
  });
});

describe('policy frames codebook on Brown press text', () => {
  it('shows Political and Legality among the top frames of ca01 (a grand jury report on an election)', () => {
    const top = detectFrames(brownText('ca01'), POLICY_FRAMES)
      .slice(0, 3)
      .map((r) => r.frame);
    expect(top).toEqual(expect.arrayContaining(['political', 'legality']));
  });

  it('ships 15 frames with distinct ids and colours, "Other" without cues', () => {
    expect(POLICY_FRAMES.frames).toHaveLength(15);
    expect(new Set(POLICY_FRAMES.frames.map((f) => f.color)).size).toBe(15);
    expect(POLICY_FRAMES.frames.find((f) => f.id === 'other')?.cues).toEqual([]);
  });
});

type Invalid = { name: string; edit: (book: Codebook) => unknown; error: RegExp };

const copy = (book: Codebook): Codebook => structuredClone(book);
const withCue = (cue: string) => (book: Codebook) => {
  book.frames[1]?.cues.push(cue);
  return book;
};
const invalid: Invalid[] = [
  { name: 'not an object', edit: () => [], error: /must be a JSON object/ },
  {
    name: 'no frames',
    edit: (b) => ({ ...b, frames: [] }),
    error: /Codebook "mini": "frames" must be a non-empty list/,
  },
  {
    name: 'duplicate frame id',
    edit: (b) => ({ ...b, frames: [...b.frames, b.frames[0]] }),
    error: /frame "aid": duplicate frame id/,
  },
  {
    name: 'bad colour',
    edit: (b) => ({ ...b, frames: [{ ...b.frames[0], color: 'green' }] }),
    error: /frame "aid": color "green" must be a hex colour/,
  },
  { name: 'empty cue', edit: withCue('  '), error: /frame "sanctions", cue 4 " {2}": empty cue/ },
  {
    name: 'duplicate cue',
    edit: withCue('Sanctions'),
    error: /frame "sanctions", cue 4 "Sanctions": duplicate cue/,
  },
  {
    name: 'unclosed bracket in a pattern',
    edit: withCue('~(veto|lift sanctions'),
    error: /frame "sanctions", cue 4 "~\(veto\|lift sanctions": "\(" is not closed with "\)"/,
  },
  { name: 'empty alternative', edit: withCue('~(veto||lift) sanctions'), error: /alternative .* is empty/ },
  {
    name: 'unknown tag',
    edit: withCue('~#Nonu of sanctions'),
    error: /cue 4 "~#Nonu of sanctions": unknown tag #Nonu/,
  },
  { name: 'empty pattern', edit: withCue('~ '), error: /pattern after "~" is empty/ },
  { name: 'pattern syntax without "~"', edit: withCue('(veto|lift) sanctions'), error: /start it with "~"/ },
  { name: 'too short a wildcard stem', edit: withCue('sa*'), error: /at least three letters/ },
];

describe('validateCodebook', () => {
  it.each(invalid)('rejects $name, naming the frame and cue', ({ edit, error }) => {
    expect(() => validateCodebook(edit(copy(mini)))).toThrow(error);
  });

  it('accepts the shipped codebooks and a valid one unchanged', () => {
    expect(validateCodebook(copy(mini))).toEqual(mini);
    expect(RUSSIA_ITALY_AID.frames.map((f) => f.id)).toEqual([
      'humanitarian-aid',
      'political-linkage',
      'propaganda-soft-power',
      'military-presence',
    ]);
  });

  it('refuses to detect with a malformed codebook', () => {
    expect(() => detectFrames('aid', withCue('~[#Noun of')(copy(mini)))).toThrow(/"\[" is not closed/);
  });
});
