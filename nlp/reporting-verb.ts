// The reporting verb of a quote's cue as a dictionary form ("said", "says" → "say"; "claimed" →
// "claim"), so an outlet's way of introducing its sources can be counted across tenses. Cues that
// are no verb (a colon, a quote continuing an earlier one) have none; "according to" stays itself.
// The cues the quote rules write are looked up in a table built from compromise
// (bin/build-verb-lemmas.ts); compromise itself is asked only for a cue the table lacks.
import nlp from 'compromise';
import table from './lexicon/verb-lemmas.json' with { type: 'json' };

// Markers analysis writes in place of a verb: how a quote was tied to its speaker, not a word of the text.
const NOT_VERBS = new Set(['colon', 'continuation', 'headline', 'introduced']);
const PHRASES = new Set(['according to']);
const lemmas = new Map<string, string>(Object.entries(table.lemmas));

/**
 * What compromise gives as the dictionary form of a lower-case cue (the cue itself if no verb). The
 * cue is read after a subject, as in the text it came from: alone, compromise takes "stated" or
 * "noted" for an adjective and leaves them as they are, and Compare listed "stated" beside "state".
 */
export function lemmaOf(text: string): string {
  const form = nlp(`they ${text}`).verbs().toInfinitive().text().trim().toLowerCase();
  return form.replace(/^they\s+/, '') || text;
}

export function reportingVerb(cue: string | null): string | null {
  if (cue === null) return null;
  const text = cue.trim().toLowerCase();
  if (text === '' || NOT_VERBS.has(text)) return null;
  if (PHRASES.has(text)) return text;
  let lemma = lemmas.get(text);
  if (lemma === undefined) lemmas.set(text, (lemma = lemmaOf(text)));
  return lemma;
}

/**
 * Verbs that report without judging ("say", "tell", "tweet"): the rest ("claim", "admit", "insist") say what
 * the writer makes of the words, a known marker of slant.
 */
export const NEUTRAL_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'add',
  'write',
  'report',
  'according to',
  'announce',
  'ask',
  'reply',
  'answer',
  'explain',
  'note',
  // Where or in what order the words were said, not what the writer makes of them: "tweeted" is no
  // "claimed" (Compare counted a mayor's thanks on social media as a judging verb).
  'tweet',
  'post',
  'respond',
  'comment',
  'remark',
  'mention',
  'continue',
  'inform',
]);
