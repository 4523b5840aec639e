import { describe, expect, it } from 'vitest';
import {
  paragraphs,
  snapOffset,
  snapToWords,
  snippetParts,
  splitSegments,
} from '../../renderer/reader/segments.ts';

const texts = (segments: { text: string }[]) => segments.map((segment) => segment.text);
const ids = (segments: { marks: { id: string }[] }[]) =>
  segments.map((s) => s.marks.map((m) => m.id).join(','));

describe('splitSegments', () => {
  it('returns the whole text as one run when nothing is marked', () => {
    expect(splitSegments('Peskov said.', [])).toEqual([
      { start: 0, end: 12, text: 'Peskov said.', marks: [] },
    ]);
  });

  it('returns nothing for an empty text', () => {
    expect(splitSegments('', [{ id: 'a', start: 0, end: 3 }])).toEqual([]);
  });

  it('splits around a single mark', () => {
    const segments = splitSegments('Dmitry Peskov told reporters', [{ id: 'p', start: 0, end: 13 }]);
    expect(texts(segments)).toEqual(['Dmitry Peskov', ' told reporters']);
    expect(ids(segments)).toEqual(['p', '']);
  });

  it('splits overlapping marks at every boundary', () => {
    //            0123456789012345678901
    const text = '"No," Peskov said now.';
    const marks = [
      { id: 'quote', start: 0, end: 5 },
      { id: 'frame', start: 0, end: 22 },
      { id: 'person', start: 6, end: 12 },
      { id: 'cue', start: 13, end: 17 },
    ];
    const segments = splitSegments(text, marks);
    expect(texts(segments)).toEqual(['"No,"', ' ', 'Peskov', ' ', 'said', ' now.']);
    expect(ids(segments)).toEqual(['quote,frame', 'frame', 'frame,person', 'frame', 'frame,cue', 'frame']);
  });

  it('handles partly overlapping marks that cross each other', () => {
    const segments = splitSegments('abcdefgh', [
      { id: 'x', start: 1, end: 5 },
      { id: 'y', start: 3, end: 7 },
    ]);
    expect(texts(segments)).toEqual(['a', 'bc', 'de', 'fg', 'h']);
    expect(ids(segments)).toEqual(['', 'x', 'x,y', 'y', '']);
  });

  it('keeps identical and nested marks together', () => {
    const segments = splitSegments('abcdef', [
      { id: 'a', start: 1, end: 4 },
      { id: 'b', start: 1, end: 4 },
      { id: 'c', start: 2, end: 3 },
    ]);
    expect(texts(segments)).toEqual(['a', 'b', 'c', 'd', 'ef']);
    expect(ids(segments)).toEqual(['', 'a,b', 'a,b,c', 'a,b', '']);
  });

  it('covers the text without gaps, and the runs join back into it', () => {
    const text = 'The Kremlin said Putin had expressed his support for Italy.';
    const marks = [
      { id: '1', start: 4, end: 11 },
      { id: '2', start: 17, end: 22 },
      { id: '3', start: 0, end: 59 },
      { id: '4', start: 50, end: 58 },
    ];
    const segments = splitSegments(text, marks);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  });

  it('ignores empty, reversed, out-of-range and NaN marks, and clamps long ones', () => {
    const segments = splitSegments('abc', [
      { id: 'empty', start: 1, end: 1 },
      { id: 'reversed', start: 2, end: 1 },
      { id: 'outside', start: 5, end: 9 },
      { id: 'nan', start: Number.NaN, end: 2 },
      { id: 'long', start: -4, end: 99 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 3, text: 'abc', marks: [{ id: 'long', start: -4, end: 99 }] },
    ]);
  });

  it('restricts runs to a range, cutting marks that reach past it', () => {
    const text = 'First paragraph.\n\nSecond one here.';
    const segments = splitSegments(text, [{ id: 'm', start: 10, end: 25 }], 18, text.length);
    expect(texts(segments)).toEqual(['Second ', 'one here.']);
    expect(segments[0]).toMatchObject({ start: 18, end: 25 });
  });

  it('counts offsets in UTF-16 code units, as JavaScript does', () => {
    const text = 'Rome 🇮🇹 thanks Moscow';
    const start = text.indexOf('Moscow');
    expect(start).toBe(17);
    const segments = splitSegments(text, [{ id: 'place', start, end: start + 6 }]);
    expect(texts(segments)).toEqual(['Rome 🇮🇹 thanks ', 'Moscow']);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    const segments = splitSegments(text, [{ id: 'half', start: 2, end: 4 }]);
    expect(texts(segments)).toEqual(['a', '😀b']);
  });

  it('keeps accented and composed characters whole (NFC text)', () => {
    const text = 'Perché Salvini';
    const segments = splitSegments(text, [{ id: 'p', start: 7, end: 14 }]);
    expect(texts(segments)).toEqual(['Perché ', 'Salvini']);
  });
});

describe('snapOffset', () => {
  it('clamps to the text and moves off the middle of a surrogate pair', () => {
    expect(snapOffset('ab', -3)).toBe(0);
    expect(snapOffset('ab', 7)).toBe(2);
    expect(snapOffset('x😀', 2)).toBe(1);
    expect(snapOffset('x😀', 3)).toBe(3);
  });
});

describe('paragraphs', () => {
  it('splits at line breaks and drops blank paragraphs', () => {
    const text = 'Title\n\nFirst para.\n\n  \n\nSecond para.';
    expect(paragraphs(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Title',
      'First para.',
      'Second para.',
    ]);
  });

  it('returns nothing for an empty text', () => {
    expect(paragraphs('')).toEqual([]);
  });
});

describe('snippetParts', () => {
  it('turns the engine markers into marked and plain runs', () => {
    expect(snippetParts('…the \u0001goodwill gesture\u0002 that \u0001Moscow\u0002')).toEqual([
      { text: '…the ', match: false },
      { text: 'goodwill gesture', match: true },
      { text: ' that ', match: false },
      { text: 'Moscow', match: true },
    ]);
  });
});

describe('snapToWords', () => {
  const text = 'Italian officials thanked Moscow on Sunday.';
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

  it('widens a selection that starts or ends inside a word to the whole words', () => {
    expect(slice(snapToWords(text, 10, 29))).toBe('officials thanked Moscow');
  });

  it('trims spaces around the selection', () => {
    expect(slice(snapToWords(text, 17, 26))).toBe('thanked');
  });

  it('accepts the ends in either order and keeps punctuation outside words as selected', () => {
    expect(slice(snapToWords(text, 43, 36))).toBe('Sunday.');
  });

  it('returns an empty range for a selection of spaces only', () => {
    const range = snapToWords(text, 17, 18);
    expect(range.end - range.start).toBe(0);
  });
});
