import { REPORTING_WORDS } from './reporting-words.ts';

// Words with their offsets, for every count Compare makes. Offsets are UTF-16 code units into the
// stored text (JavaScript's own), like every other offset in a project.

export interface Word {
  start: number;
  end: number;
  /** Lower case, a trailing possessive dropped ("Italy's" → "italy"), so counts meet across forms. */
  norm: string;
  /** Written with a capital letter where a sentence does not begin: most likely part of a name. */
  capitalised: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;
const SENTENCE_END = /[.!?:"“”\n]\s*$/;

export function words(text: string): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    const upper = first >= 65 && first <= 90 ? true : first > 127 && raw[0] !== raw[0]!.toLowerCase();
    const capitalised =
      upper && (m.index === 0 || !SENTENCE_END.test(text.slice(Math.max(0, m.index - 3), m.index)));
    found.push({
      start: m.index,
      end: m.index + raw.length,
      norm: raw.toLowerCase().replace(POSSESSIVE, ''),
      capitalised,
    });
  }
  return found;
}

/** How many words `words(text)` finds, without building them (a quote's length in words). */
export function wordCount(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

/** Function words and reporting boilerplate: they tell outlets and events apart by style only. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost along already also although always am among an and ' +
    'another any anyone anything are around as at away back be became because become been before ' +
    'being below between both but by can cannot could did do does doing done down during each either ' +
    'else enough even ever every few for from further get gets got had has have having he her here hers ' +
    'herself him himself his how however i if in into is it its itself just last least less like made ' +
    'make many may me might more most much must my myself neither never no nor not now of off often on ' +
    'once one only or other others our ours ourselves out over own per perhaps put rather same say says ' +
    'said see seen shall she should since so some still such than that the their theirs them themselves ' +
    'then there these they this those though through thus to together too toward towards under until ' +
    'up upon us very was we well were what when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself yourselves mr mrs ms dr told according two three ' +
    'first new year years time week day days monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** A word worth counting for topic and framing: not a stop word, not a bare number, not one letter. */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !STOP_WORDS.has(norm) && !/^\d+$/.test(norm);
}

/**
 * Which counting of words Compare's stored and checkpointed counts were made by: raised when
 * `isTopicWord` changes, so that counts kept by an earlier one are counted again from the text
 * (before 3, reporting verbs such as "stated" were counted).
 */
export const TERMS_COUNTING = 3;

/**
 * A word that can say what an article is about, for every count Compare makes of it (grouping,
 * distinctive words, a story's terms): a content word, and no reporting verb ("stated",
 * "insisted", "reiterates": how a source was quoted, in any story) unless written as a name is
 * ("the United States", "Said").
 */
export function isTopicWord(norm: string, capitalised: boolean): boolean {
  return isContentWord(norm) && (capitalised || !REPORTING_WORDS.has(norm));
}

/**
 * A stored term (a word or a pair) that holds a reporting verb, its case unknown: what counts stored
 * by a counting before TERMS_COUNTING 3 held and `isTopicWord` now leaves out. They are read with
 * these terms dropped rather than counted again from every text (seconds on a large search).
 */
export function holdsReportingWord(term: string): boolean {
  // A term is a word or a pair of words (ngrams.ts).
  const space = term.indexOf(' ');
  if (space < 0) return REPORTING_WORDS.has(term);
  return REPORTING_WORDS.has(term.slice(0, space)) || REPORTING_WORDS.has(term.slice(space + 1));
}

/**
 * The words of `text` as `words` finds them, without building them: the lower-case form and
 * whether it is capitalised. For counting over a whole project (grouping reads every article).
 */
export function forEachWord(text: string, visit: (norm: string, capitalised: boolean) => void): void {
  const pattern = new RegExp(WORD.source, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    const upper = first >= 65 && first <= 90 ? true : first > 127 && raw[0] !== raw[0]!.toLowerCase();
    visit(raw.toLowerCase().replace(POSSESSIVE, ''), upper && !endsSentence(text, m.index));
  }
}

/** Whether a sentence ends just before `index` (within three characters): as SENTENCE_END reads it. */
function endsSentence(text: string, index: number): boolean {
  if (index === 0) return false;
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const char = text[i]!;
    if (char === '\n') return true;
    if (/\s/.test(char)) continue;
    return '.!?:"“”'.includes(char);
  }
  return false;
}
