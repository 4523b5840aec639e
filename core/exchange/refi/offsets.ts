// REFI-QDA counts positions in a plain text in Unicode characters (code points); Framescope, like
// JavaScript, in UTF-16 code units. The two differ after every character outside the Basic
// Multilingual Plane (most emoji, some CJK), which takes two code units and one code point.

export interface OffsetConverter {
  toCodePoints(utf16: number): number;
  toUtf16(codePoints: number): number;
}

export function offsetConverter(text: string): OffsetConverter {
  // Positions (in code units) of each surrogate pair's first unit, in order.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  if (astral.length === 0) return { toCodePoints: (n) => n, toUtf16: (n) => n };
  /** How many pairs start before a code-unit offset. */
  const pairsBefore = (utf16: number) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < utf16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    // Each pair wholly before the offset is one code point fewer; an offset inside a pair
    // (never made by Framescope) counts as after it.
    toCodePoints: (utf16) => utf16 - pairsBefore(utf16 - 1),
    toUtf16: (codePoints) => {
      // The k-th pair starts at code point astral[k] - k; each one before the offset adds a unit.
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astral[mid]! - mid < codePoints) lo = mid + 1;
        else hi = mid;
      }
      return codePoints + lo;
    },
  };
}
