import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cueHits,
  detectFrames,
  POLICY_FRAMES,
  RUSSIA_ITALY_AID,
  type Codebook,
} from '../../nlp/frames/index.ts';
import { NON_ASCII_WORD } from '../../nlp/frames/cue-sentences.ts';
import { paragraphAround, splitSentences } from '../../nlp/frames/sentences.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { SEED_PATH } from '../support/temp.ts';

// Issue 12: the cue preview matches only the sentences (of the paragraphs) that may hold a cue word.
// It must give exactly what detecting frames in the whole text gives: the same hits, offsets,
// evidence sentences, negation and frame order.

function codebook(...frames: string[][]): Codebook {
  return {
    id: 'test',
    name: 'Test',
    description: '',
    frames: frames.map((cues, index) => ({
      id: `f${index}`,
      name: `Frame ${index}`,
      description: '',
      color: '#888888',
      cues,
    })),
  };
}

/** Our own text: a headline, a quote over two sentences, accents, case, glued punctuation, odd breaks. */
const OWN = [
  'CITY COUNCIL VOTES ON AID\n\nThe Président of the Città council said the U.S.-backed aid was a goodwill-gesture.',
  '"We will not vote for it. The city council must reject it," said Ms. Tanaka, who won the election in No.\n\n5 district.',
  'Lawmakers did not support the veto. It is no. 5 on the list.\n\n\n\nVoters, however, did; the mayor\u2019s coalition won a seat.',
  '\u00c9LECTION day: the \u00e9lecteurs of the PARTI\u00a0socialiste went to vote \u2014 "no \u00e9lection is unrelated."',
  'He said it wasn\u2019t a vote.\n \nNor was it\u00a0an election\r\n\r\nthe senate\u2019s aid (U.S.) arrived. Mr.\n\nSmith voted!',
  'The council\u2019s vote on\nthe aid was close. Senators\nvoted no. The goodwill\ngesture stood.\nThe mayor said so.',
].join('\n\n');

/** Hard-wrapped lines, as in e-mailed or scanned copy: single line breaks inside paragraphs. */
function wrapped(text: string): string {
  return text.replace(/(.{60,70}?) /g, '$1\n');
}

const TEXTS: [string, string][] = [
  ['the seed article', readFileSync(SEED_PATH, 'utf8')],
  ['our own text', OWN],
  ...brownSamples('cb')
    .slice(0, 6)
    .map((sample): [string, string] => [`Brown ${sample}`, brownText(sample)]),
  ...brownSamples('cf')
    .slice(0, 3)
    .map((sample): [string, string] => [`Brown ${sample}`, brownText(sample)]),
  ...brownSamples('cb')
    .slice(6, 9)
    .map((sample): [string, string] => [`Brown ${sample}, wrapped`, wrapped(brownText(sample))]),
];

const BOOKS: [string, Codebook][] = [
  ['word cues and stems', codebook(['vote', 'voter*', 'election', 'mayor', 'senate', 'tax*', 'government'])],
  ['cues across punctuation', codebook(['u.s.', 'goodwill gesture', "nation's", "mayor's", 'city council'])],
  ['accents and case', codebook(['président', 'citta', 'ELECTION', 'parti socialiste', 'électeurs'])],
  ['weak cues', codebook(['?court', '?must be', 'public school*'])],
  [
    'patterns of words and of tags',
    codebook([
      '~(win|wins|won|lose|lost) (the|a)? (election|seat|vote)',
      '~(should|must) #Verb',
      '~(do|does|did|was) not #Verb',
      '~[#Noun] of the world',
    ]),
  ],
  ['negated and denied cues', codebook(['sanction*', 'veto', 'support', 'unrelated'])],
  ['several frames, in score order', codebook(['aid', 'help'], ['vote', 'election*'], ['italy', 'russia*'])],
  ['the policy frames', POLICY_FRAMES],
  ['a codebook with a built-in cue', RUSSIA_ITALY_AID],
];

describe('the cue preview matching only sentences that may hold a cue', () => {
  it.each(BOOKS)('finds exactly what whole-text detection finds: %s', (_name, book) => {
    let hits = 0;
    for (const [name, text] of TEXTS) {
      const expected = detectFrames(text, book).flatMap((found) => found.hits);
      hits += expected.length;
      expect(cueHits(text, book), name).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('finds a cue word glued to an underscore, as whole-text detection does', () => {
    // The quicker search's word start (\b) does not begin a word after "_"; a text with one uses the other.
    const text = 'Filed under news_vote.\n\nThe _mayor spoke at noon. A plain vote followed.';
    const book = codebook(['vote', 'mayor']);
    const hits = cueHits(text, book);
    expect(hits).toEqual(detectFrames(text, book).flatMap((found) => found.hits));
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['vote', 'mayor', 'vote']);
  });

  it('finds hits with accents and case folded, negation read within the sentence', () => {
    const hits = cueHits(OWN, codebook(['election', 'président', 'vote']));
    const texts = hits.map((hit) => OWN.slice(hit.start, hit.end));
    expect(texts).toEqual(expect.arrayContaining(['ÉLECTION', 'élection', 'Président', 'vote']));
    const quoted = hits.find((hit) => OWN.slice(hit.start, hit.end) === 'élection');
    expect(quoted?.negated).toBe(true);
  });

  it('splits a paragraph into exactly the sentences the whole text gives it', () => {
    for (const [name, text] of TEXTS) {
      const whole = splitSentences(text);
      for (let offset = 0; offset < text.length; offset += text.length < 2000 ? 1 : 7) {
        if (/\s/.test(text[offset] ?? '')) continue;
        const paragraph = paragraphAround(text, offset);
        expect(paragraph.start, name).toBeLessThanOrEqual(offset);
        expect(paragraph.end, name).toBeGreaterThan(offset);
        const inside = whole.filter((span) => span.start >= paragraph.start && span.end <= paragraph.end);
        expect(splitSentences(text, paragraph.start, paragraph.end), `${name} at ${offset}`).toEqual(inside);
      }
    }
  });

  it('takes a run of blank lines, with spaces or carriage returns in it, as a paragraph break', () => {
    const text = 'One vote.\n \n\n\nTwo votes here.\r\n\r\nThree. Four\nfive.';
    expect(paragraphAround(text, text.indexOf('Two'))).toEqual({
      start: text.indexOf('Two'),
      end: text.indexOf('.\r') + 1,
    });
    expect(paragraphAround(text, text.indexOf('five'))).toEqual({
      start: text.indexOf('Three'),
      end: text.length,
    });
  });

  it('keeps every sentence with a letter beyond ASCII, whatever its case', () => {
    const search = new RegExp(NON_ASCII_WORD, 'i');
    const missed: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/[\p{L}\p{N}]/u.test(char) && !search.test(char)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
