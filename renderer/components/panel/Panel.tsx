import type { ArticleDetail } from '../../api/contract.ts';
import { readerSettings, setTab, type PanelTab } from '../../hooks/reader-state.ts';
import { useStore } from '../../hooks/store.ts';
import { isHandCoding, type Target } from '../../reader/marks.ts';
import { CodesTab } from './CodesTab.tsx';
import { EntitiesTab } from './EntitiesTab.tsx';
import { FramesTab, learnedOrder } from './FramesTab.tsx';
import { QuotesTab } from './QuotesTab.tsx';

interface Props {
  detail: ArticleDetail;
  selected: Target | null;
  onSelect: (target: Target) => void;
}

export function tabCounts(detail: ArticleDetail): Record<PanelTab, number> {
  return {
    quotes: detail.quotes.filter((q) => q.status !== 'rejected').length,
    entities: detail.entities.length,
    frames: detail.decisions.filter((d) => d.present).length,
    codes: detail.annotations.filter(isHandCoding).length,
  };
}

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'quotes', label: 'Quotes' },
  { id: 'entities', label: 'Entities' },
  { id: 'frames', label: 'Frames' },
  { id: 'codes', label: 'Codes' },
];

/** The objects of the article, tab by tab, to review and correct. */
export function Panel({ detail, selected, onSelect }: Props) {
  const { tab, showRejected } = useStore(readerSettings);
  const counts = tabCounts(detail);
  const pending =
    tab === 'quotes'
      ? detail.quotes.filter((q) => q.status === 'suggested').length
      : tab === 'frames'
        ? // One item per sentence, however many frames it evidences.
          new Set(
            detail.annotations
              .filter((a) => a.codeKind === 'frame' && a.status === 'suggested')
              .map((a) => a.start),
          ).size
        : 0;
  const uncertain = tab === 'quotes' ? detail.quotes.filter((q) => q.needsReview).length : pending;
  // Frame evidence of a frame with a learned model is stepped through by it (engine: evidence-order.ts),
  // and the Frames tab lists the frames in that order.
  const learned = tab === 'frames' && learnedOrder(detail);
  return (
    <aside className="panel" aria-label="Article details">
      <div className="tabs" role="tablist" aria-label="Panel">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = TABS.findIndex((x) => x.id === tab);
              const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t.label} <span className="num tab-count">{counts[t.id]}</span>
          </button>
        ))}
      </div>
      <div className="panel-bar">
        <span className="faint">
          {pending > 0
            ? `${uncertain > 0 ? `${uncertain} to review` : 'All sure'}${pending > uncertain ? `, ${pending - uncertain} sure` : ''} · n/p to step${learned ? ' (frames listed least likely first, learned)' : ''}, a/r to decide`
            : tab === 'quotes' || tab === 'frames'
              ? 'All reviewed'
              : tab === 'entities'
                ? 'Select one to rename or merge it'
                : 'Select text, then c to code it'}
        </span>
        <label className="faint">
          <input
            type="checkbox"
            checked={showRejected}
            onChange={(event) => readerSettings.set((s) => ({ ...s, showRejected: event.target.checked }))}
          />{' '}
          rejected
        </label>
      </div>
      <div className="panel-body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'quotes' && (
          <QuotesTab detail={detail} selected={selected} onSelect={onSelect} showRejected={showRejected} />
        )}
        {tab === 'entities' && <EntitiesTab detail={detail} selected={selected} onSelect={onSelect} />}
        {tab === 'frames' && (
          <FramesTab detail={detail} selected={selected} onSelect={onSelect} showRejected={showRejected} />
        )}
        {tab === 'codes' && <CodesTab detail={detail} selected={selected} onSelect={onSelect} />}
      </div>
    </aside>
  );
}
