import { useRef, useState } from 'react';
import type { ArticleDetail, QuoteView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { coderArgs } from '../../hooks/coder.ts';
import { sameTarget, speakerLabel, type Target } from '../../reader/marks.ts';
import { Popover } from '../Popover.tsx';
import { SpeakerPicker } from '../reader/SpeakerPicker.tsx';
import { PanelItem } from './PanelItem.tsx';
import { ReviewButtons } from './ReviewButtons.tsx';
import type { ReviewTabProps } from './tab-props.ts';

function ChangeSpeaker({ detail, quote }: { detail: ArticleDetail; quote: QuoteView }) {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  const change = async (speaker: { entityId?: number; text?: string }) => {
    setOpen(false);
    try {
      const coder = await coderArgs();
      await mutate(
        'quotes.update',
        quote.id,
        speaker.entityId !== undefined
          ? { speakerEntityId: speaker.entityId, ...coder }
          : { speakerEntityId: null, speakerText: speaker.text ?? null, ...coder },
      );
      showToast('Speaker changed; the quote is accepted.', { undo: true });
    } catch (error) {
      showError(error, 'change the speaker');
    }
  };
  return (
    <>
      <button
        ref={anchor}
        type="button"
        className="btn small"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        Speaker ▾
      </button>
      {open && (
        <Popover anchor={anchor.current} onClose={() => setOpen(false)} align="end" label="Change speaker">
          <SpeakerPicker detail={detail} currentId={quote.speakerEntityId} onPick={(s) => void change(s)} />
        </Popover>
      )}
    </>
  );
}

/** Quotes grouped by speaker, each to accept, reject or give another speaker. */
export function QuotesTab({ detail, selected, onSelect, showRejected }: ReviewTabProps) {
  const quotes = detail.quotes.filter((q) => showRejected || q.status !== 'rejected');
  if (quotes.length === 0) {
    return (
      <p className="panel-empty">
        No quotes found in this article. Select a passage in the text and choose “Mark as quote” to add one.
      </p>
    );
  }
  const groups = new Map<string, QuoteView[]>();
  for (const quote of quotes) {
    const speaker = speakerLabel(quote);
    groups.set(speaker, [...(groups.get(speaker) ?? []), quote]);
  }
  // Named speakers, most quoted first; quotes without a speaker last, where they wait for one.
  const ordered = [...groups].sort(
    ([a, x], [b, y]) => Number(a === 'Unattributed') - Number(b === 'Unattributed') || y.length - x.length,
  );
  return (
    <div>
      {ordered.map(([speaker, list]) => (
        <section key={speaker} className="panel-group" aria-label={`Quotes by ${speaker}`}>
          <h3>
            {speaker} <span className="num faint">{list.length}</span>
          </h3>
          <ul>
            {list.map((quote) => {
              const target: Target = { kind: 'quote', id: quote.id };
              return (
                <PanelItem
                  key={quote.id}
                  selected={sameTarget(selected, target)}
                  status={quote.status}
                  label={`Quote by ${speaker}`}
                  onSelect={() => onSelect(target)}
                >
                  <blockquote className="quote-text">{quote.text}</blockquote>
                  <div className="item-foot">
                    <span className="faint">
                      {speaker}
                      {quote.cue ? ` · ${quote.cue}` : ''}
                      {quote.kind === 'reported' ? ' · reported' : ''}
                      {quote.origin === 'manual' ? ' · by hand' : ''}
                      {quote.status === 'suggested'
                        ? ' · suggested'
                        : quote.status === 'rejected'
                          ? ' · rejected'
                          : ''}
                    </span>
                    <span className="item-actions">
                      <ChangeSpeaker detail={detail} quote={quote} />
                      <ReviewButtons target={target} status={quote.status} what={`quote by ${speaker}`} />
                    </span>
                  </div>
                </PanelItem>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
