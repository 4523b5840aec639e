import { describe, expect, it } from 'vitest';
import { exportName, toCsv } from '../../renderer/components/compare/export-data.ts';
import { parseConcept } from '../../renderer/components/compare/concepts.ts';
import { percentShares } from '../../renderer/components/compare/shares.ts';
import { articlesFromOutlets, noOutletNote } from '../../renderer/components/compare/outlet-count.ts';
import { parseRoute, routeHash } from '../../renderer/hooks/routes.ts';

describe('toCsv', () => {
  it('quotes cells with commas, quotes, line breaks and edge spaces, and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['outlet', 'share'],
        ['The "Guardian", UK', 0.5],
        ['two\nlines', null],
        [' padded', true],
      ]),
    ).toBe('outlet,share\r\n"The ""Guardian"", UK",0.5\r\n"two\nlines",\r\n" padded",true\r\n');
  });
});

describe('exportName', () => {
  it('makes a file name safe on every file system from the subject and the chart', () => {
    expect(exportName('Frames by outlet', 'Aide à l’Italie: mars 2020')).toBe(
      'aide-a-l-italie-mars-2020-frames-by-outlet',
    );
    expect(exportName('Who is quoted', '')).toBe('who-is-quoted');
  });
});

describe('parseConcept', () => {
  it('splits comma-separated terms and names the concept after the first', () => {
    expect(parseConcept(' aid, help ,humanitarian* ')).toEqual({
      name: 'aid',
      terms: ['aid', 'help', 'humanitarian*'],
    });
    expect(parseConcept(' , ')).toBeNull();
  });
});

describe('compare routes', () => {
  it('reads a story, a search, or nothing chosen, and writes them back', () => {
    expect(parseRoute('#/compare/4')).toEqual({ view: 'compare', selection: { storyId: 4 } });
    expect(parseRoute('#/compare?query=aid%20AND%20italy')).toEqual({
      view: 'compare',
      selection: { query: 'aid AND italy' },
    });
    expect(parseRoute('#/compare')).toEqual({ view: 'compare', selection: null });
    expect(parseRoute('#/stories/7')).toEqual({ view: 'stories', storyId: 7 });
    expect(routeHash({ view: 'compare', selection: { query: 'aid AND italy' } })).toBe(
      '#/compare?query=aid+AND+italy',
    );
    expect(parseRoute(routeHash({ view: 'compare', selection: { query: 'a&b' } }))).toEqual({
      view: 'compare',
      selection: { query: 'a&b' },
    });
  });
});

describe('percentShares', () => {
  it('gives one-decimal percentages that add up to exactly 100, so a stacked bar ends at 100%', () => {
    // Rounded one by one, 1 word in 16 and 15 in 16 make 6.3% and 93.8%: 100.1%.
    expect(percentShares({ 'A minister': 1, 'A spokesperson': 15 })).toEqual({
      'A minister': 6.3,
      'A spokesperson': 93.7,
    });
    const thirds = percentShares({ a: 1, b: 1, c: 1 });
    expect(Object.values(thirds).sort()).toEqual([33.3, 33.3, 33.4]);
    expect(
      Object.values(percentShares({ a: 0.6844, b: 0.3165, c: 0.0001 })).reduce((x, y) => x + y) * 10,
    ).toBe(1000);
    expect(percentShares({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });
});

describe('articlesFromOutlets', () => {
  it('does not count the articles with no outlet as one more outlet, and says how many they are', () => {
    const outlets = [
      { outlet: 'The Valley Courier', articles: 4 },
      { outlet: 'Harbour Times', articles: 1 },
    ];
    expect(articlesFromOutlets(8, outlets, { articles: 3 })).toBe(
      '8 articles from 2 outlets, 3 with no outlet named',
    );
    expect(articlesFromOutlets(5, outlets, null)).toBe('5 articles from 2 outlets');
    expect(noOutletNote({ articles: 3 })).toMatch(
      /^3 articles name no outlet: .*left out of the charts and the tests/,
    );
    expect(noOutletNote(null)).toBeNull();
  });
});
