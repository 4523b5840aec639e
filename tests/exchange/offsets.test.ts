import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../core/exchange/refi/offsets.ts';
import { normaliseWithOffsets } from '../../core/exchange/refi/normalise-map.ts';
import { normaliseText } from '../../core/import/normalise.ts';

describe('REFI-QDA positions', () => {
  it('convert between UTF-16 code units and code points past emoji and other astral characters', () => {
    const text = 'Aid 🇮🇹 arrived; 𝒜 “sanctions” 😀 said Conte.';
    const convert = offsetConverter(text);
    for (let codePoints = 0, utf16 = 0; utf16 <= text.length;) {
      expect(convert.toCodePoints(utf16)).toBe(codePoints);
      expect(convert.toUtf16(codePoints)).toBe(utf16);
      if (utf16 === text.length) break;
      utf16 += text.codePointAt(utf16)! > 0xffff ? 2 : 1;
      codePoints++;
    }
    const word = text.indexOf('sanctions');
    expect([...text].slice(convert.toCodePoints(word), convert.toCodePoints(word + 9)).join('')).toBe(
      'sanctions',
    );
    expect(offsetConverter('plain text').toCodePoints(5)).toBe(5);
  });

  it('follow a passage through the normalisation of a text from another tool', () => {
    const raw =
      'First  line\r\nstill the first paragraph.\r\n\r\n\r\n  Cafe\u0301 😀 opened\u00a0today.\u200b ';
    const normalised = normaliseWithOffsets(raw);
    expect(normalised.text).toBe(normaliseText(raw));
    const pick = (words: string) => {
      const start = raw.indexOf(words);
      const span = normalised.span(start, start + words.length)!;
      return normalised.text.slice(span.start, span.end);
    };
    expect(pick('line\r\nstill')).toBe('line still');
    expect(pick('Cafe\u0301 😀 opened\u00a0today')).toBe('Café 😀 opened today');
    expect(pick('😀')).toBe('😀');
    expect(normalised.span(raw.indexOf('\r\n\r\n'), raw.indexOf('\r\n\r\n') + 4)).toBeNull();
  });
});
