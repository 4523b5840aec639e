// The reporting verb of a quote's cue as a dictionary form ("said", "says" → "say"; "claimed" →
// "claim"), so an outlet's way of introducing its sources can be counted across tenses. Cues that
// are no verb (a colon, a quote continuing an earlier one) have none; "according to" stays itself.
import nlp from 'compromise';

// Markers analysis writes in place of a verb: how a quote was tied to its speaker, not a word of the text.
const NOT_VERBS = new Set(['colon', 'continuation', 'headline', 'introduced']);
const PHRASES = new Set(['according to']);
const lemmas = new Map<string, string | null>();

export function reportingVerb(cue: string | null): string | null {
  if (cue === null) return null;
  const text = cue.trim().toLowerCase();
  if (text === '' || NOT_VERBS.has(text)) return null;
  if (PHRASES.has(text)) return text;
  let lemma = lemmas.get(text);
  if (lemma === undefined) {
    const infinitive = nlp(text).verbs().toInfinitive().text().trim().toLowerCase();
    lemma = infinitive || text;
    lemmas.set(text, lemma);
  }
  return lemma;
}

/**
 * Verbs that report without judging ("say", "tell"): the rest ("claim", "admit", "insist") say what
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
]);
