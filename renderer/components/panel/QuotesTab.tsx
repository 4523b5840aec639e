import { useRef, useState } from 'react';
import type { ArticleDetail, QuoteView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { coderArgs } from '../../hooks/coder.ts';
import { reviewOrder, sameTarget, speakerLabel, type Target } from '../../reader/marks.ts';
import { percent } from '../format.ts';
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

/** A confidence as a person reads it: a percentage, or "by hand". */
export function confidenceLabel(quote: QuoteView): string {
  if (quote.confidence === null) return quote.origin === 'manual' ? 'by hand' : 'confidence unknown';
  return `${percent(quote.confidence)} sure`;
}

function QuoteItem({
  detail,
  quote,
  selected,
  onSelect,
}: {
  detail: ArticleDetail;
  quote: QuoteView;
  selected: Target | null;
  onSelect: (target: Target) => void;
}) {
  const speaker = speakerLabel(quote);
  const target: Target = { kind: 'quote', id: quote.id };
  return (
    <PanelItem
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
          {quote.speakerSource === 'unnamed' ? ' · unnamed source' : ''}
          {quote.speakerSource === 'media' ? ' · news outlet' : ''}
          {quote.origin === 'manual' ? ' · by hand' : ''}
          {quote.status === 'suggested' ? (
            <>
              {' · '}
              <span className={quote.needsReview ? 'confidence uncertain' : 'confidence'}>
                {confidenceLabel(quote)}
              </span>
            </>
          ) : quote.status === 'rejected' ? (
            ' · rejected'
          ) : (
            ''
          )}
        </span>
        <span className="item-actions">
          <ChangeSpeaker detail={detail} quote={quote} />
          <ReviewButtons target={target} status={quote.status} what={`quote by ${speaker}`} />
        </span>
      </div>
    </PanelItem>
  );
}

/** Accepts every sure suggestion of the article in one edit (one Ctrl+Z takes it back). */
function AcceptSure({ detail, count }: { detail: ArticleDetail; count: number }) {
  const accept = async () => {
    try {
      const coder = await coderArgs();
      const done = await mutate('quotes.acceptSure', { articleId: detail.id, ...coder });
      showToast(`${done.accepted} sure ${done.accepted === 1 ? 'quote' : 'quotes'} accepted.`, {
        undo: true,
      });
    } catch (error) {
      showError(error, 'accept the sure quotes');
    }
  };
  return (
    <button type="button" className="btn small" onClick={() => void accept()}>
      Accept all {count}
    </button>
  );
}

/**
 * The article's quotes grouped by speaker, in review order: the speakers whose quotes need a person come
 * first, least sure first, and in each group the uncertain quotes lead. The quotes analysis is sure of
 * can be accepted together from the bar on top.
 */
export function QuotesTab({ detail, selected, onSelect, showRejected }: ReviewTabProps) {
  const quotes = detail.quotes.filter((q) => showRejected || q.status !== 'rejected');
  if (quotes.length === 0) {
    return (
      <p className="panel-empty">
        No quotes found in this article. Select a passage in the text and choose “Mark as quote” to add one.
      </p>
    );
  }
  const { sure } = reviewOrder(detail);
  const groups = new Map<string, QuoteView[]>();
  for (const quote of quotes) {
    const speaker = speakerLabel(quote);
    groups.set(speaker, [...(groups.get(speaker) ?? []), quote]);
  }
  const leastSure = (list: readonly QuoteView[]) =>
    Math.min(...list.filter((q) => q.needsReview).map((q) => q.confidence ?? 0), 2);
  const ordered = [...groups]
    .map(([speaker, list]) => {
      const uncertain = list
        .filter((q) => q.needsReview)
        .sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0));
      return [speaker, [...uncertain, ...list.filter((q) => !q.needsReview)]] as const;
    })
    .sort(([, x], [, y]) => leastSure(x) - leastSure(y) || y.length - x.length);
  return (
    <div>
      {sure.length > 0 && (
        <div className="sure-bar" role="group" aria-label="Sure suggestions">
          <span>
            {sure.length} {sure.length === 1 ? 'suggestion' : 'suggestions'} analysis is sure of
          </span>
          <AcceptSure detail={detail} count={sure.length} />
        </div>
      )}
      {ordered.map(([speaker, list]) => (
        <section key={speaker} className="panel-group" aria-label={`Quotes by ${speaker}`}>
          <h3>
            {speaker} <span className="num faint">{list.length}</span>
          </h3>
          <ul>
            {list.map((quote) => (
              <QuoteItem
                key={quote.id}
                detail={detail}
                quote={quote}
                selected={selected}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
