import type { SentencePlace, SentenceSpan } from './types.ts';

// News puts its frame up front: the headline and the lead (the first full sentences) sum the story up,
// which is why the Media Frames Corpus asks coders to weigh them most.
const HEADLINE_MAX_WORDS = 25;
const LEAD_SENTENCES = 2;
/** A line like "What you need to know:" is page furniture, not the lead. */
const LEAD_MIN_WORDS = 8;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The place of each sentence: the first paragraph is a headline when it is one short line without a
 * closing full stop and more text follows; the lead is the first two sentences of eight words or more
 * after it.
 */
export function placeSentences(text: string, spans: readonly SentenceSpan[]): SentencePlace[] {
  const places: SentencePlace[] = spans.map(() => 'body');
  if (spans.length === 0) return places;
  const firstBreak = text.search(/\n\s*\n/);
  const firstParagraph = (firstBreak < 0 ? text : text.slice(0, firstBreak)).trim();
  const hasHeadline =
    firstBreak >= 0 &&
    !firstParagraph.includes('\n') &&
    wordCount(firstParagraph) <= HEADLINE_MAX_WORDS &&
    !/[.]["'\u2019\u201d]?$/.test(firstParagraph);
  let lead = 0;
  spans.forEach((span, i) => {
    if (hasHeadline && span.end <= firstBreak) places[i] = 'headline';
    else if (lead < LEAD_SENTENCES && wordCount(text.slice(span.start, span.end)) >= LEAD_MIN_WORDS) {
      places[i] = 'lead';
      lead++;
    }
  });
  return places;
}
