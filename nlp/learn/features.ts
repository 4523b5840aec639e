// What the frame classifier reads in an article (issue 9, "Learn from the scholar"): its words, its
// bigrams and the cues frame detection found. Words a frame never turns on (articles, pronouns,
// auxiliaries) are left out of the unigrams but kept inside bigrams, where "not linked" and "no
// strings" carry the meaning that denial and framing turn on.

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if then than so as of at by for from in into on onto to with without about ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'which who whom whose what when where while also just only very more most such own same other ' +
    'said says say told'
  ).split(' '),
);

const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*%?/gu;

/** The lower-cased words of a text, in order, possessive endings dropped. */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD))
    found.push(match[0].replace(/['’]s$/u, '').replace(/['’-]+$/u, ''));
  return found;
}

/**
 * An article's features as a set of strings: `w:word` for each content word, `b:first second` for each
 * pair of neighbouring words that is not two function words, and the cue features given (already
 * named by the caller, e.g. `cue:economic:tariff`).
 */
export function textFeatures(text: string, cues: readonly string[] = []): string[] {
  const tokens = words(text);
  const features = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!FUNCTION_WORDS.has(word) && word.length > 1) features.add(`w:${word}`);
    const next = tokens[i + 1];
    if (next !== undefined && !(FUNCTION_WORDS.has(word) && FUNCTION_WORDS.has(next)))
      features.add(`b:${word} ${next}`);
  }
  for (const cue of cues) features.add(cue);
  return [...features];
}
