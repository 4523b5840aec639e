import { describe, expect, it } from 'vitest';
import { exportName, toCsv } from '../../renderer/components/compare/export-data.ts';
import { parseConcept } from '../../renderer/components/compare/concepts.ts';
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
