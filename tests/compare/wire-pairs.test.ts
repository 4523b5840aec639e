import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { fingerprints, sharedShare, sortedFingerprints } from '../../core/compare/fingerprint.ts';
import { seededRandom } from '../../nlp/random.ts';
import { printsFor } from '../../core/compare/article-prints.ts';
import {
  findWirePairs,
  reprintsOf,
  wirePairSteps,
  type WireArticle,
  type WirePair,
} from '../../core/compare/wire.ts';
import { atOnce } from '../../core/compare/steps.ts';
import { useTempDir } from '../support/temp.ts';

// Wire pairs among many articles: counted per article in one pass, with the fingerprints every
// outlet carries (a footer) still part of the share, and each article's fingerprints kept per
// project for the next call unless its text changed.

const WIRE =
  'The river ferry resumed service on Monday after three weeks of repairs to its engine. Harbour officials said the crossing would run every forty minutes until the end of the season.';
const FOOTER =
  'Sign up for our morning briefing and get the stories that matter delivered to your inbox every day.';

const article = (id: number, text: string, outlet = `Outlet ${id % 7}`): WireArticle => ({
  id,
  outlet,
  published_at: `2021-05-${String(1 + (id % 28)).padStart(2, '0')}T08:00:00Z`,
  text,
  word_count: text.split(' ').length,
});

/**
 * Every pair sharing at least 3 fingerprints carried by 2 to 200 of the articles, with its share
 * (the footers' fingerprints, in more, counted in the share only): pair by pair, the slow way.
 */
function pairsOneByOne(articles: readonly WireArticle[], minShare = 0.2): string[] {
  const prints = articles.map((one) => sortedFingerprints(one.text));
  const carriers = new Map<number, number>();
  for (const set of prints) for (const hash of set) carriers.set(hash, (carriers.get(hash) ?? 0) + 1);
  const found: string[] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const both = prints[i]!.filter((hash) => prints[j]!.includes(hash));
      const counted = both.filter((hash) => carriers.get(hash)! <= 200).length;
      if (counted < 3) continue;
      const share = both.length / Math.min(prints[i]!.length, prints[j]!.length);
      if (share < minShare) continue;
      const [low, high] = [articles[i]!.id, articles[j]!.id].sort((a, b) => a - b);
      found.push(`${low}-${high}:${Math.round(share * 1000) / 1000}`);
    }
  return found.sort();
}

describe('wire pairs among many articles', () => {
  const temp = useTempDir();

  /** Passages of invented words, each reprinted by a few to a few dozen articles; a footer in 230. */
  function reprinted(idOf: (i: number) => number = (i) => i + 1): WireArticle[] {
    const random = seededRandom(12);
    const words = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}`);
    const passage = () =>
      `${Array.from({ length: 40 }, () => words[Math.floor(random() * words.length)]).join(' ')}.`;
    const passages = Array.from({ length: 60 }, passage);
    return Array.from({ length: 260 }, (_, i) =>
      article(
        idOf(i),
        [
          passage(),
          ...Array.from({ length: 1 + (i % 3) }, () => passages[Math.floor(random() * random() * 60)]!),
          i < 230 ? FOOTER : passage(),
        ].join('\n\n'),
      ),
    );
  }
  const byShare = (p: WirePair, q: WirePair) =>
    q.share - p.share || p.sourceId - q.sourceId || p.copyId - q.copyId;

  it('finds exactly the pairs, and shares, that comparing every pair one by one finds', () => {
    const articles = reprinted();
    const pairs = findWirePairs(articles);
    expect(pairs.length).toBeGreaterThan(500);
    expect(pairs.some((pair) => pair.reprint)).toBe(true);
    const found = pairs.map((pair) => {
      const [low, high] = [pair.sourceId, pair.copyId].sort((a, b) => a - b);
      return `${low}-${high}:${pair.share}`;
    });
    expect(found.sort()).toEqual(pairsOneByOne(articles));
  });

  it('lists the pairs most shared first, then by source and copy, whatever the ids', () => {
    // Ids past 65,535 (the radix sort's second pass) and, in the last case, past 2^32 (a comparator).
    for (const idOf of [(i: number) => i + 1, (i: number) => 70_001 * (i + 1), (i: number) => 2 ** 32 + i]) {
      const pairs = findWirePairs(reprinted(idOf));
      expect(pairs.length).toBeGreaterThan(500);
      expect(new Set(pairs.map((pair) => pair.share)).size).toBeGreaterThan(20);
      expect(pairs).toEqual([...pairs].sort(byShare));
    }
  });

  it('gives the same pairs when an article lists its fingerprints out of order or twice', () => {
    const articles = reprinted();
    const shuffled = (one: WireArticle) => {
      const prints = sortedFingerprints(one.text);
      return Uint32Array.from([...prints].reverse().concat([...prints.subarray(0, 5)]));
    };
    expect(findWirePairs(articles, {}, shuffled)).toEqual(findWirePairs(articles));
  });

  it('reads a page of the pairs, and the reprints alone, as the whole list orders them', () => {
    const articles = reprinted();
    const list = atOnce(wirePairSteps(articles));
    const all = findWirePairs(articles);
    expect(list.length).toBe(all.length);
    expect([...list.slice(0, 50), ...list.slice(50, 120), ...list.slice(120)]).toEqual(all);
    expect(list.slice(all.length - 3, all.length + 10)).toEqual(all.slice(-3));
    expect(list.at(7)).toEqual(all[7]);
    const reprints = [...list.reprints()];
    expect(reprints.length).toBeGreaterThan(0);
    expect(reprints).toEqual(all.filter((pair) => pair.reprint));
    expect(reprintsOf(list.reprints())).toEqual(reprintsOf(all));
  });

  it('counts a footer every article carries in the share, but pairs no articles by it alone', () => {
    // 230 articles end with the same newsletter footer: more than a wire story is ever reprinted.
    const articles = Array.from({ length: 230 }, (_, i) =>
      article(i + 1, `Local note number ${i + 1} about the weather in district ${i * 13}. ${FOOTER}`),
    );
    const source = article(500, `${WIRE} ${FOOTER}`, 'Coast Daily');
    const reprint = article(501, `A new lead on the ferry. ${WIRE} ${FOOTER}`, 'Valley Post');
    const pairs = findWirePairs([...articles, source, reprint]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ sourceOutlet: 'Coast Daily', copyOutlet: 'Valley Post', reprint: true });
    // The share is of every fingerprint, the footer's included, as two texts alone give it.
    const alone = sharedShare(fingerprints(source.text), fingerprints(reprint.text));
    expect(pairs[0]!.share).toBe(Math.round(alone * 1000) / 1000);
  });

  it('hashes an article again once its text is edited', () => {
    const db = openProject(join(temp.dir(), 'prints.sqlite'));
    try {
      const prints = printsFor(db);
      const source = article(1, WIRE, 'Coast Daily');
      const copy = article(2, `Ferry news. ${WIRE}`, 'Valley Post');
      expect(findWirePairs([source, copy], {}, prints)).toHaveLength(1);
      const edited = {
        ...copy,
        text: 'The ferry story was replaced by a note on the town fair and its pie contest winners.',
      };
      expect(findWirePairs([source, edited], {}, printsFor(db))).toEqual([]);
    } finally {
      db.close();
    }
  });
});
