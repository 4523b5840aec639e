type Span = { start: number; end: number };

/** A passage of the article with its cue words emphasised (offsets into the article's text). */
export function Passage({
  text,
  start,
  end,
  cue,
  cues,
}: {
  text: string;
  start: number;
  end: number;
  cue?: Span | null | undefined;
  /** Several cues in one sentence; overlapping or outside ones are skipped. */
  cues?: readonly Span[] | undefined;
}) {
  const inside = [...(cues ?? (cue ? [cue] : []))]
    .filter((c) => c.start >= start && c.end <= end)
    .sort((a, b) => a.start - b.start);
  const parts: (string | { text: string; at: number })[] = [];
  let at = start;
  for (const c of inside) {
    if (c.start < at) continue;
    parts.push(text.slice(at, c.start), { text: text.slice(c.start, c.end), at: c.start });
    at = c.end;
  }
  parts.push(text.slice(at, end));
  return (
    <span className="passage">
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <strong key={`${part.at}:${i}`} className="cue-word">
            {part.text}
          </strong>
        ),
      )}
    </span>
  );
}
