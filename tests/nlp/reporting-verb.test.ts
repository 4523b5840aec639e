// Compare counts each outlet's reporting verbs in their dictionary form (issue #9). The forms come
// from a table built from compromise, so the first comparison need not warm compromise's tagger up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVerbLemmas, VERB_LEMMAS_PATH } from '../../bin/build-verb-lemmas.ts';
import { lemmaOf, reportingVerb } from '../../nlp/reporting-verb.ts';

describe('reporting verbs in dictionary form', () => {
  it('the committed table is what the installed compromise gives for every reporting cue', () => {
    expect(JSON.parse(readFileSync(VERB_LEMMAS_PATH, 'utf8'))).toEqual(buildVerbLemmas());
  });

  it('gives one form across tenses, keeps phrases and nouns, and leaves out what is no verb', () => {
    expect(['said', 'says', 'say', 'saying'].map(reportingVerb)).toEqual(['say', 'say', 'say', 'say']);
    expect(['told', 'wrote', 'insisted', 'Admitted '].map(reportingVerb)).toEqual([
      'tell',
      'write',
      'insist',
      'admit',
    ]);
    expect(reportingVerb('according to')).toBe('according to');
    expect(reportingVerb('statement')).toBe('statement');
    expect(['colon', 'continuation', 'headline', 'introduced', ' '].map(reportingVerb)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(reportingVerb(null)).toBeNull();
  });

  it('gives the dictionary form of cues compromise reads as adjectives when alone', () => {
    expect(['stated', 'states', 'state'].map(reportingVerb)).toEqual(['state', 'state', 'state']);
    expect(['noted', 'suggested', 'acknowledged'].map(reportingVerb)).toEqual([
      'note',
      'suggest',
      'acknowledge',
    ]);
  });

  it('asks compromise for a cue the table lacks, as for one it has', () => {
    expect(reportingVerb('grumbled')).toBe(lemmaOf('grumbled'));
    expect(reportingVerb('grumbled')).toBe('grumble');
  });
});
