// Quotes in headlines (issue #8). A headline quotes without a reporting verb: "'Aid is not a gift':
// Moscow's offer divides Rome – La Repubblica" is the paper's signature after a dash (cue `dash`), and
// "'Diplomacy saves lives': minister dismisses doubts" quotes words the body attributes later.
import type { How } from './confidence.ts';
import type { DocContext } from './context.ts';
import { tokenAt } from './context.ts';
import type { Speaker, Speakers } from './speakers.ts';

export type HeadlineAttribution = { speaker: Speaker; cue: string; how: How };

const HEADLINE_KINDS = new Set(['headline', 'standfirst']);
const SIGNATURE = /\s[–—-]\s+([^–—\n]+?)\s*$/u;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

export function isHeadlineSpan(ctx: DocContext, q: number): boolean {
  const span = ctx.spans[q];
  const t = span && ctx.tokens[tokenAt(ctx.tokens, span.start)];
  return !!t && HEADLINE_KINDS.has(t.blockKind);
}

/**
 * The speaker of headline quote `q` when its own sentence names none: the signature after a dash at the
 * end of its line, else the speaker of a later quote in the body that repeats its words.
 * `spoken(j)` is the speaker the body's quote `j` was given.
 */
export function headlineSpeaker(
  ctx: DocContext,
  speakers: Speakers,
  q: number,
  spoken: (j: number) => Speaker | null,
): HeadlineAttribution | null {
  const { text, spans, tokens } = ctx;
  const span = spans[q]!;
  const lineEnd = text.indexOf('\n', span.open);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const after = text.slice((span.close ?? span.end) + 1, end);
  const signature = SIGNATURE.exec(after);
  if (signature?.[1]) {
    const at = (span.close ?? span.end) + 1 + after.lastIndexOf(signature[1]);
    const named = speakers.fromMention(tokenAt(tokens, at));
    if (named) return { speaker: { ...named, via: named.via ?? 'name' }, cue: 'dash', how: 'dash' };
    const name = signature[1].trim();
    if (/^(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}$/u.test(name))
      return { speaker: { name, kind: 'group', via: 'media', source: 'media' }, cue: 'dash', how: 'dash' };
  }
  const quoted = words(text.slice(span.start, span.end)).join(' ');
  if (quoted.split(' ').length < 2) return null;
  for (let j = q + 1; j < spans.length; j++) {
    if (isHeadlineSpan(ctx, j)) continue;
    const speaker = spoken(j);
    const later = spans[j]!;
    if (speaker && ` ${words(text.slice(later.start, later.end)).join(' ')} `.includes(` ${quoted} `))
      return { speaker, cue: 'headline', how: 'headline' };
  }
  return null;
}
