import { lexiconTags } from '../compromise.ts';

// Quoted spans that are names, titles, terms or scare quotes rather than someone's words. They get no speaker:
// attributing them to the nearest name is the classic failure of naive quote tagging.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your and or but nor for to of in on at by with ' +
    'as from into than then so if because while when where which who whom whose was were is are be been ' +
    'has have had will would can could may might should must not no toward towards about after before ' +
    'over under against among between through during without within he she it they we i you said says'
  ).split(' '),
);
const NOT_NOUN_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Adverb',
  'Determiner',
  'PastTense',
  'Copula',
  'Modal',
  'Pronoun',
  'QuestionWord',
  'Expression',
  'Negative',
  'Adjective',
  'Comparative',
  'Superlative',
]);
// Words compromise does not know are mostly nouns ("miscount"); "vote", "grant" and "plan" are nouns or verbs.
const couldBeNoun = (word: string) => !lexiconTags(word).some((t) => NOT_NOUN_TAGS.has(t));
const TITLE_FUNCTION_WORDS = new Set('a an the of and with in on for to from by at or'.split(' '));
// "a banner reading ‘...’", "the sign said ...": words written on a thing, not said by anyone.
const SIGN_TEXT =
  /\b(?:banners?|signs?|placards?|posters?|headlines?|slogans?|stickers?|inscriptions?)(?:\s+\w+){0,3}\s+(?:read|reads|reading|said|says|saying)\W*$/i;
const NAMING_CUES =
  /\b(?:so-called|dubbed|labell?ed|nicknamed|titled|entitled|slogan|motto|known as|term|word|phrase|banner|headline|motto)\W*$/i;

// "He called the plan "a disgrace"", "described the budget as "reckless and unfair"": a verb of judging with
// its object before the quote; the words are the judgment of the verb's subject. With no
// object between them ("a tactic called "rope-a-dope"") the verb names something instead.
const JUDGED =
  /\b(?:called|calls|call|calling|termed|terms|branded|brands|described|describes|describing)\s+(?:[\p{L}'’-]+\s+){1,5}(?:as\s+)?(?:["“][^"”]{1,40}["”],?\s+(?:(?:and|or)\s+)?)*$/iu;

/**
 * Something before a quote names it as a label, a title or a sign ("so-called", "a banner reading",
 * "called it", "as"): its words are not the speaker's even inside reported speech.
 */
export const isLabelled = (before: string): boolean =>
  NAMING_CUES.test(before) ||
  SIGN_TEXT.test(before) ||
  /\b(?:called|calls|call|calling|termed|terms|branded|brands|described|describes|describing)\b/i.test(
    before,
  ) ||
  /\bas(?: an?| the)?\s*$/i.test(before);

/**
 * 'the "emergency" budget': the quote modifies the noun after it (a scare quote, as the gold reads it). A quote
 * that opens with an article is a noun phrase of its own ('giving the board "a hard look" regarding …'),
 * which modifies nothing.
 */
export function isQuotedModifier(after: string, quoted = ''): boolean {
  if (/^\s*(?:a|an|the)\s/i.test(quoted)) return false;
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after);
  return !!next?.[1] && !FUNCTION_WORDS.has(next[1]) && couldBeNoun(next[1]) && !isAdverb(next[1]);
}

/**
 * "badly", "competitively": an adjective with "-ly" (one the lexicon knows, or one by its ending) is an
 * adverb, not a noun the quote modifies.
 */
const isAdverb = (word: string) =>
  (word.endsWith('ly') && lexiconTags(word.slice(0, -2)).includes('Adjective')) ||
  /^\p{Ll}{3,}(?:ive|ous|al|ful|less|able|ible|ent|ant|ing|ed)ly$/u.test(word);

const directlyCuedByVerb = (after: string) => /^\s*[,?!]?\s*(said|says|asked|added|replied)\b/i.test(after);

/**
 * 'term' when the span names or labels something; 'cued-only' when it does unless a reporting verb follows it
 * directly ("Blue Harbour," said Aunt Vera; "Blue Harbour", the new show, opens...); 'speech' otherwise.
 * @param quoted the quoted words
 * @param before text of the sentence before the opening mark
 * @param after text right after the closing mark
 */
export function classifySpan(quoted: string, before: string, after: string): 'term' | 'cued-only' | 'speech' {
  const words = quoted
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return 'term';
  const directlyCued = /[,?!]\s*$/.test(quoted) || /^\s*[,?!]/.test(after);
  if (words.length > 6) return 'speech';
  // Titles and names: every content word capitalised ("From Russia with Love", "Green Acres").
  const content = words.filter((w) => !TITLE_FUNCTION_WORDS.has(w.toLowerCase()));
  const titleCase = content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w));
  if (NAMING_CUES.test(before) || SIGN_TEXT.test(before)) return 'term';
  // Only a span that opens its clause can be a whole utterance ("Blue Harbour," said Aunt Vera).
  const opensClause = /(?:^|[,:;]|--)\s*$/.test(before);
  if (titleCase && !/[.]$/.test(quoted.trim())) return directlyCued && opensClause ? 'cued-only' : 'term';
  // 'the party has been running "Open Doors."': a stop inside the marks does not make a name in the middle of
  // a clause a sentence.
  if (titleCase && !opensClause) return 'term';
  if (words.length > 3) return 'speech';
  // A single judging word ("branded it a "fairytale"") stays a label, as the gold guidelines read it.
  if (JUDGED.test(before) && words.length > 1 && !/^\p{Lu}/u.test(words[0]!)) return 'speech';
  if (words.length === 1) return directlyCued && opensClause ? 'cued-only' : 'term';
  // A name inside a noun phrase: writes of the growth of "alienated voters".
  if (/\bof\s*$/i.test(before) && !directlyCuedByVerb(after)) return 'term';
  // A label: fees "as a "labor consultant"", the "rookie-of-the-year".
  if (/\bas(?: an?| the)?\s*$/i.test(before) && !directlyCued) return 'term';
  // A quoted modifier inside a noun phrase: the "quickie" vote, a "cost of education" grant.
  if (!directlyCued && isQuotedModifier(after, quoted)) return 'term';
  return 'speech';
}
