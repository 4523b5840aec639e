// One case of a speaker test: a text of our own, and each direct (or reported) quote it holds in order,
// by its first words, with its speaker and, where given, the cue that names the speaker.
import { expect } from 'vitest';
import { analyzeText, type Quote } from '../../nlp/index.ts';

export type Expected = [start: string, speaker: string | null, cue?: string | null];
export type Case = { name: string; text: string; quotes: Expected[]; kind?: Quote['kind'] };

/** Checks the case's quotes of its kind (direct unless named), speakers and cues; returns those quotes. */
export function checkSpeakers({ text, quotes, kind = 'direct' }: Case): Quote[] {
  const out = analyzeText(text).quotes.filter((q) => q.kind === kind);
  const shown = out.map((q, i) => [
    q.text.startsWith(quotes[i]?.[0] ?? '\0') ? quotes[i]?.[0] : q.text,
    q.speaker,
  ]);
  expect(shown).toEqual(quotes.map(([start, speaker]) => [start, speaker]));
  quotes.forEach(([, , cue], i) => {
    if (cue !== undefined) expect(out[i]?.cue).toBe(cue);
  });
  return out;
}
