/** A passage of the article with its cue words emphasised (offsets into the article's text). */
export function Passage({
  text,
  start,
  end,
  cue,
}: {
  text: string;
  start: number;
  end: number;
  cue?: { start: number; end: number } | null | undefined;
}) {
  const passage = text.slice(start, end);
  if (!cue || cue.start < start || cue.end > end) return <span className="passage">{passage}</span>;
  return (
    <span className="passage">
      {text.slice(start, cue.start)}
      <strong className="cue-word">{text.slice(cue.start, cue.end)}</strong>
      {text.slice(cue.end, end)}
    </span>
  );
}
