import type { SnippetSegment } from '../../api/contract.ts';

/** A search snippet: the engine's segments as text, matches in <mark> (never as HTML). */
export function Snippet({ parts }: { parts: SnippetSegment[] }) {
  return (
    <div className="snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </div>
  );
}
