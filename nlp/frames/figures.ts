// The built-in cue `@figure`: the sentence states a sum of money or a share in per cent ("$250,000",
// "4.4 million dollars", "5%", "21 per cent"). A figure alone quantifies anything (a vote, a crowd); beside
// a word of the market ("sales", "costs", "dealers") it states the issue in money's terms, so the policy
// frames list it as a weak Economic cue: with another weak cue it makes the sentence evidence, alone never
// (decide.ts weighs it only beside another cue of its frame; every figure is still a hit, so a cue preview
// lists them all).
const FIGURE =
  /[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?|\d[\d,.]*\s?(?:%|per ?cent\b)|\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:dollars|cents|pounds|euros)\b/giu;

/** The first figure in `text` between `from` and `to`, from its first digit to its last letter or digit. */
export function figureIn(text: string, from: number, to: number): { start: number; end: number } | null {
  // Searched in the sentence alone: a search of the whole text from `from` would run on past `to`.
  const sentence = text.slice(from, to);
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    // A digit run inside a longer word or number ("A4", "1,200.5") is matched from its true start.
    if (/[\p{L}\p{N}]/u.test(sentence[m.index - 1] ?? text[from - 1] ?? '') && /^\d/.test(m[0])) continue;
    const start = m.index + m[0].search(/\d/);
    let last = m.index + m[0].length;
    while (last > start && !/[\p{L}\p{N}]/u.test(sentence[last - 1] ?? '')) last--;
    return { start: from + start, end: from + last };
  }
  return null;
}
