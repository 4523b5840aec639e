import { describe, expect, it } from 'vitest';
import { wordCount, words } from '../../core/compare/words.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { fightinWords } from '../../core/compare/logodds.ts';
import { fingerprints, sharedShare } from '../../core/compare/fingerprint.ts';
import { alignTexts, type AlignmentSegment } from '../../core/compare/align.ts';
import { StoryClusterer } from '../../core/compare/cluster.ts';
import { articleVector, DocumentFrequencies, termCounts } from '../../core/compare/vectors.ts';
import { reprintsOf, type WirePair } from '../../core/compare/wire.ts';
import { ngramCounts } from '../../core/compare/ngrams.ts';

describe('words', () => {
  it('gives UTF-16 offsets into the text, past accents and emoji', () => {
    const text = '🇮🇹 Perché l’Italia? Italy’s aid, said Conte.';
    const found = words(text);
    for (const word of found) expect(text.slice(word.start, word.end).toLowerCase()).toContain(word.norm);
    expect(found.map((w) => w.norm)).toEqual(['perché', 'l’italia', 'italy', 'aid', 'said', 'conte']);
    expect(found.find((w) => w.norm === 'conte')!.capitalised).toBe(true);
    expect(found.find((w) => w.norm === 'perché')!.capitalised).toBe(true);
  });

  it('counts as many words as it finds, in quotes, names with apostrophes and hyphens, and news text', () => {
    const quotes = [
      '"We will not lift the sanctions," the minister’s spokesman said.',
      '“L’Italia non è sola” — 🇮🇹 aid, 2,000 tonnes; a well-known half-truth.',
      '',
      '-- ! --',
    ];
    for (const text of [...quotes, ...brownSamples('cb').slice(0, 4).map(brownText)])
      expect(wordCount(text)).toBe(words(text).length);
    expect(wordCount(quotes[0]!)).toBe(10);
  });

  it('counts bigrams of neighbouring content words only, not across a stop word or a full stop', () => {
    const counts = ngramCounts(['Lifting the sanctions. Goodwill gesture and EU sanctions.']);
    expect(counts.get('goodwill gesture')).toBe(1);
    expect(counts.get('eu sanctions')).toBe(1);
    expect(counts.has('lifting sanctions')).toBe(false);
    expect(counts.has('sanctions goodwill')).toBe(false);
    expect(counts.has('the')).toBe(false);
  });
});

describe('fightin’ words (Monroe, Colaresi & Quinn 2008)', () => {
  it('computes the log-odds ratio with an informative Dirichlet prior and its z-score', () => {
    const group = new Map([
      ['sanctions', 8],
      ['aid', 2],
    ]);
    const rest = new Map([
      ['sanctions', 2],
      ['aid', 8],
    ]);
    const background = new Map([
      ['sanctions', 10],
      ['aid', 10],
    ]);
    const [top, bottom] = fightinWords(group, rest, background, { priorWeight: 20 });
    // α = 10 each; δ = log(18/12) − log(12/18); σ² = 1/18 + 1/12.
    expect(top!.term).toBe('sanctions');
    expect(top!.delta).toBeCloseTo(2 * Math.log(1.5), 6);
    expect(top!.z).toBeCloseTo((2 * Math.log(1.5)) / Math.sqrt(1 / 18 + 1 / 12), 6);
    expect(bottom!.term).toBe('aid');
    expect(bottom!.z).toBeCloseTo(-top!.z, 6);
  });

  it('shrinks a word used twice toward the prior, below one used often', () => {
    const group = new Map([
      ['veto', 2],
      ['sanctions', 40],
      ['said', 30],
    ]);
    const rest = new Map([
      ['sanctions', 5],
      ['said', 300],
    ]);
    const background = new Map([
      ['sanctions', 45],
      ['said', 330],
      ['veto', 2],
    ]);
    const scored = fightinWords(group, rest, background);
    expect(scored.map((t) => t.term)).toEqual(['sanctions', 'veto', 'said']);
    expect(scored[0]!.z).toBeGreaterThan(1.96);
    expect(scored[2]!.z).toBeLessThan(0);
  });
});

describe('wire-copy fingerprints and alignment', () => {
  const wire =
    'Russia sent nine military planes to Italy on Sunday. The aircraft landed near Rome. Doctors in Bergamo said the specialists would relieve exhausted staff.';

  it('finds the share of the shorter text that the other repeats', () => {
    const other = 'Floods swept through Valencia on Saturday, forcing hundreds of families from their homes.';
    expect(sharedShare(fingerprints(wire), fingerprints(`A new lead of the reprint. ${wire}`))).toBe(1);
    expect(sharedShare(fingerprints(wire), fingerprints(other))).toBe(0);
    expect(sharedShare(fingerprints(wire), fingerprints(wire.slice(0, 52) + ' ' + other))).toBeLessThan(0.5);
  });

  it('aligns shared sentences and marks each side’s additions and cuts with offsets', () => {
    const left = `Moscow called it goodwill. ${wire}`;
    const right = `Crews unloaded crates in the rain. ${wire} Critics were not convinced.`;
    const segments = alignTexts(left, right);
    expect(segments.map((s) => s.kind)).toEqual(['left', 'right', 'shared', 'right']);
    const text = (segment: AlignmentSegment | undefined) =>
      segment?.kind === 'left'
        ? left.slice(segment.left.start, segment.left.end)
        : segment?.kind === 'right'
          ? right.slice(segment.right.start, segment.right.end)
          : segment
            ? [
                left.slice(segment.left.start, segment.left.end),
                right.slice(segment.right.start, segment.right.end),
              ]
            : null;
    expect(segments.map(text)).toEqual([
      'Moscow called it goodwill.',
      'Crews unloaded crates in the rain.',
      [wire, wire],
      'Critics were not convinced.',
    ]);
    expect(segments[2]).toMatchObject({ exact: true });
  });

  it('matches a lightly edited sentence as shared but not exact', () => {
    const left = 'The aircraft landed at the Pratica di Mare air base near Rome on Sunday evening.';
    const right = 'The aircraft landed at the Pratica di Mare air base near Rome on Sunday night.';
    const [segment] = alignTexts(left, right);
    expect(segment).toMatchObject({ kind: 'shared', exact: false });
  });

  it('follows a chain of reprints back to the first source', () => {
    const pair = (sourceId: number, copyId: number): WirePair => ({
      sourceId,
      copyId,
      sourceOutlet: null,
      copyOutlet: null,
      share: 0.9,
      reprint: true,
      sourceBy: 'date',
      agency: null,
    });
    const copies = reprintsOf([pair(1, 2), pair(2, 3)]);
    expect([...copies].map(([copy, { sourceId }]) => [copy, sourceId])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('story grouping', () => {
  const texts = [
    [
      'Russian planes bring doctors to Italy',
      'Russian military planes brought doctors and ventilators to Rome.',
    ],
    ['Doctors from Russia land in Rome', 'Doctors and ventilators from Russia landed in Rome on planes.'],
    ['Floods in Valencia', 'Floods in Valencia forced families from their homes after rain.'],
    ['Russian doctors again', 'Russian military planes brought more doctors and ventilators to Rome.'],
  ] as const;

  function group(days: readonly (number | null)[]): number[][] {
    const frequencies = new DocumentFrequencies();
    const counts = texts.map(([title, text]) => termCounts(title, text));
    for (const c of counts) frequencies.add(c.words.keys());
    const clusterer = new StoryClusterer({ windowDays: 3, threshold: 0.25 });
    const groups = new Map<number, number[]>();
    counts.forEach((c, i) => {
      const { group } = clusterer.place({
        id: i + 1,
        day: days[i]!,
        vector: articleVector(c, frequencies),
        titled: true,
      });
      groups.set(group, [...(groups.get(group) ?? []), i + 1]);
    });
    return [...groups.values()];
  }

  it('groups articles on one event within the date window, and keeps a later one apart', () => {
    expect(group([100, 101, 100, 140])).toEqual([[1, 2], [3], [4]]);
  });

  it('measures articles without a date against what is still open', () => {
    expect(group([100, 101, 100, null])).toEqual([[1, 2, 4], [3]]);
  });
});
