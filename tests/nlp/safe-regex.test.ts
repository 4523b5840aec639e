import { describe, expect, it } from 'vitest';
import { detectFrames, validateCodebook, type Codebook } from '../../nlp/frames/index.ts';
import { cueProblem } from '../../nlp/frames/validate.ts';
import { MAX_TESTED_LENGTH } from '../../nlp/frames/safe-regex.ts';

// Issue #10: the cue ~/^([a-z]|[a-z]|[a-z]|[a-z])*[0-9]$/ hung analysis of a two-line article.

const codebook = (cues: string[]): Codebook => ({
  id: 'test',
  name: 'Test',
  description: '',
  frames: [{ id: 'aid', name: 'Aid', description: '', color: '#117733', cues }],
});

describe('regex terms in pattern cues', () => {
  it.each([
    ['~/^([a-z]|[a-z]|[a-z]|[a-z])*[0-9]$/', /repeats a group that itself offers a choice/],
    ['~/^(a+)+$/', /repeats a group that itself repeats/],
    ['~/^(\\w*\\s?)*$/', /repeats a group that itself repeats/],
    ['~aid /^(x|xx){2,}y$/', /offers a choice/],
    ['~/(a|b)\\1/', /refers back to a group/],
    ['~/^\\w+\\w+\\w+\\w+$/', /more than 3 open-ended repetitions/],
    ['~/^(unclosed$/', /is not valid/],
  ])('refuses %s with a sentence', (cue, problem) => {
    expect(cueProblem(cue)).toMatch(problem);
    expect(() => validateCodebook(codebook([cue]))).toThrow(/Codebook "test", frame "aid", cue 1/);
  });

  it.each([
    '~/^sanction(s|ed)?$/',
    '~/^[a-z]+[0-9]$/',
    '~#Noun /^aid/',
    '~/^(ab){2,5}$/',
    '~(sanction|embargo) /^rub/',
  ])('accepts %s', (cue) => expect(cueProblem(cue)).toBeNull());

  it('matches words with an accepted regex, and never tries it on words longer than the bound', () => {
    const long = `x${'a'.repeat(MAX_TESTED_LENGTH)}9`;
    const text = `Officials promised aid9 within days. The code ${long} meant nothing to anyone.`;
    const [result] = detectFrames(text, codebook(['~/^[a-z]+[0-9]$/']));
    expect(result?.hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['aid9']);
  });
});
