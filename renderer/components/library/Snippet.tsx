import type { SnippetSegment } from '../../api/contract.ts';
import { leadToMatch } from './snippet-lead.ts';

/** A search snippet: the engine's segments as text, matches in <mark> (never as HTML), the first match near the start. */
export function Snippet({ parts }: { parts: SnippetSegment[] }) {
  return (
    <div className="snippet">
      {leadToMatch(parts).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </div>
  );
}
