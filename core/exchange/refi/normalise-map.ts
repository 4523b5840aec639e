import { normaliseText } from '../../import/normalise.ts';

// A text from another tool is normalised like any import (NFC, line endings, spaces, paragraphs),
// which moves offsets. This walks the raw and the normalised text side by side to map each raw
// offset to the normalised one, so codings land on the same words.

export interface NormalisedText {
  text: string;
  /** Where a passage of the raw text lies in the normalised text; null when nothing of it is left. */
  span: (start: number, end: number) => { start: number; end: number } | null;
}

const DROPPED = /[\s\u200b\ufeff\u00ad]/;

export function normaliseWithOffsets(raw: string): NormalisedText {
  const text = normaliseText(raw);
  if (text === raw) return { text, span: (start, end) => (end > start ? { start, end } : null) };
  // NFC first, a combining sequence at a time, remembering where each raw character went.
  const composedAt = new Int32Array(raw.length + 1);
  let composed = '';
  for (const match of raw.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    for (let i = 0; i < match[0].length; i++) composedAt[match.index + i] = composed.length;
    composed += match[0].normalize('NFC');
  }
  composedAt[raw.length] = composed.length;
  // Then spaces and line breaks folded or dropped: every other character is kept in order.
  const finalAt = new Int32Array(composed.length + 1);
  let j = 0;
  for (let i = 0; i < composed.length; i++) {
    if (composed[i] === text[j]) {
      finalAt[i] = j++;
      continue;
    }
    if (DROPPED.test(composed[i]!)) {
      finalAt[i] = j;
      continue;
    }
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (composed[i] !== text[j]) throw new Error('The text could not be aligned with its normalised form.');
    finalAt[i] = j++;
  }
  finalAt[composed.length] = text.length;
  const at = (offset: number) => finalAt[composedAt[offset]!]!;
  return {
    text,
    span: (start, end) => {
      let s = at(start);
      let last = end - 1;
      while (last >= start && DROPPED.test(raw[last]!)) last--;
      let e = last >= start ? at(last) + 1 : s;
      if (/[\ud800-\udbff]/.test(text[e - 1] ?? '')) e++; // never end inside a surrogate pair
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return e > s ? { start: s, end: e } : null;
    },
  };
}
