// The scorer behind bench/eval.ts, checked against SCORING.md on hand-made outputs.
import { describe, expect, it } from 'vitest';
import {
  firstWords,
  normalizeName,
  normalizeText,
  scoreEntities,
  entityReliability,
  scoreQuotes,
  speakerMatches,
} from '../../bench/eval-score.ts';
import type { DocOutput, GoldEntity, GoldQuote } from '../../bench/eval-score.ts';
import type { Quote } from '../../nlp/index.ts';

const quote = (text: string, start: number, speaker: string | null): Quote => ({
  kind: 'direct',
  text,
  start,
  end: start + text.length,
  speaker,
  speakerType: speaker ? 'person' : null,
  cue: speaker ? 'said' : null,
  confidence: 0.9,
  speakerSource: speaker ? 'named' : null,
});

describe('eval scorer', () => {
  it('normalises text as SCORING.md says', () => {
    expect(normalizeText('“No, this is — unrelated,” he’s')).toBe("no this is unrelated he's");
    expect(firstWords('One two, three four five six seven eight')).toBe('one two three four five six seven');
  });

  it('compares speakers strictly, leniently and by group head noun', () => {
    expect(speakerMatches('Dmitry Peskov', 'person', 'Dmitry Peskov')).toBe(true);
    expect(speakerMatches('Dmitry Peskov', 'person', 'Peskov')).toBe(false);
    expect(speakerMatches('Dmitry Peskov', 'person', 'Peskov', true)).toBe(true);
    expect(speakerMatches('President Kennedy', 'person', 'Kennedy')).toBe(true);
    expect(speakerMatches('jury', 'group', 'Fulton County Grand Jury')).toBe(true);
    expect(speakerMatches('jury', 'group', 'committee')).toBe(false);
    expect(speakerMatches('jury', 'group', null)).toBe(false);
  });

  it('scores recall, speakers, non-speech and spurious quotes', () => {
    const text = 'P0\n\n"No, this is unrelated absolutely," Peskov said. "Love" "Extra words here"';
    const out: DocOutput = {
      doc: 'd',
      text,
      analysis: {
        sentences: [],
        blocks: [],
        entities: [],
        quotes: [
          quote('No, this is unrelated absolutely,', 5, 'Peskov'),
          quote('Love', 55, 'Peskov'),
          quote('Extra words here', 62, 'Peskov'),
        ],
      },
    };
    const gold: GoldQuote[] = [
      {
        doc: 'd',
        para: 1,
        quote: 'No, this is unrelated absolutely,',
        speech: true,
        speaker: 'Dmitry Peskov',
        speaker_kind: 'person',
      },
      {
        doc: 'd',
        para: 1,
        quote: 'Missing quote entirely',
        speech: true,
        speaker: 'X Y',
        speaker_kind: 'person',
      },
      { doc: 'd', para: 1, quote: 'Love', speech: false, speaker: null, speaker_kind: null },
    ];
    const s = scoreQuotes(gold, [out]);
    expect(s.found).toBe(1);
    expect(s.speechGold).toBe(2);
    expect(s.speakerStrict).toBe(0);
    expect(s.speakerLenient).toBe(1);
    expect(s.nonSpeechLeftAlone).toBe(0);
    expect(s.spurious).toBe(1);
  });

  it('scores entities: typed F1, canonical names and splits', () => {
    expect(normalizeName('President Vladimir Putin’s')).toBe('vladimir putin');
    const gold: GoldEntity[] = [
      { doc: 'd', type: 'person', name: 'Dmitry Peskov', aliases: ['Peskov'] },
      { doc: 'd', type: 'place', name: 'Rome', aliases: ['Rome'] },
      { doc: 'd', type: 'organization', name: 'TASS', aliases: ['TASS'] },
    ];
    const e = (name: string, type: GoldEntity['type'], aliases: string[] = [name], confidence = 0.95) => ({
      name,
      type,
      confidence,
      aliases,
      mentions: [],
    });
    const out: DocOutput = {
      doc: 'd',
      text: '',
      analysis: {
        sentences: [],
        blocks: [],
        quotes: [],
        entities: [
          e('Peskov', 'person'),
          e('Dmitry Peskov', 'person'),
          e('Rome', 'organization'),
          e('Nobody', 'person'),
        ],
      },
    };
    const s = scoreEntities(gold, [out]);
    expect(s.typed).toBe(1);
    expect(s.found).toBe(2);
    expect(s.canonical).toBe(1);
    expect(s.split).toBe(1);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(1 / 3);

    // Reliability: of the entities at each confidence, how many have the gold's type.
    out.analysis.entities[2] = e('Rome', 'organization', ['Rome'], 0.6);
    out.analysis.entities[3] = e('Nobody', 'person', ['Nobody'], 0.8);
    expect(entityReliability(gold, [out])).toEqual([
      { band: '≥ 0.9', right: 2, total: 2 },
      { band: '0.7–0.9', right: 0, total: 1 },
      { band: '< 0.7', right: 0, total: 1 },
    ]);
  });
});
