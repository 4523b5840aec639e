/**
 * Quoted titles: a short run of capitalised words between quotation marks inside a sentence names a work,
 * a session, an editorial or a slogan ("a panel called "Ethics in the Cold War"", "your editorial,
 * "Housing Speedup,""). The words of such a name say what something is called, not how the sentence treats
 * its issue, as a cue inside a capitalised name does not (detect.ts, insideName): a meeting that lists its
 * sessions' titles is not framed in their terms.
 */

/** Small words a title leaves in lower case ("Ethics and the Law", "Trends in Foreign Policy"). */
const MINOR = new Set('a an and as at but by for from in into nor of on or the to vs with'.split(' '));

const QUOTED = /["\u201C]([^"\u201C\u201D\n]{1,80})["\u201D]/g;
const WORD = /[\p{L}][\p{L}\p{N}'\u2019-]*/gu;
const MAX_WORDS = 8;

/** [start, end) of each quoted title in `text` between `from` and `to`, offsets into `text`. */
export function quotedTitles(text: string, from: number, to: number): [number, number][] {
  const sentence = text.slice(from, to);
  const titles: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(sentence); m; m = QUOTED.exec(sentence)) {
    const inner = m[1] ?? '';
    // A quotation that is the whole sentence (a headline, a quoted line) is what the sentence says.
    if (sentence.slice(0, m.index).trim() === '' && sentence.slice(m.index + m[0].length).trim().length < 3)
      continue;
    if (isTitle(inner)) titles.push([from + m.index + 1, from + m.index + 1 + inner.length]);
  }
  return titles;
}

function isTitle(inner: string): boolean {
  const words = inner.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  // A quoted clause ends like one ("... we will do it.") and is speech, not a name.
  if (/[.!?;]\s*$/.test(inner.trim()) && words.length > 2) return false;
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && MINOR.has(word.toLowerCase())));
}
