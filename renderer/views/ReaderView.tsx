import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleDetail } from '../api/contract.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { useStore } from '../hooks/store.ts';
import { libraryState, listOptions } from '../hooks/library-state.ts';
import { readerSettings, setTab } from '../hooks/reader-state.ts';
import { useArticlePages } from '../hooks/useArticlePages.ts';
import { TITLES_ONLY } from '../api/reads.ts';
import { useReaderKeys } from '../hooks/useReaderKeys.ts';
import { navigate } from '../hooks/useRoute.ts';
import { showToast } from '../hooks/toast.ts';
import { buildMarks, sameTarget, suggestions, targetStart, type Target } from '../reader/marks.ts';
import { review } from '../reader/review.ts';
import { ArticleList } from '../components/reader/ArticleList.tsx';
import { ArticleText } from '../components/reader/ArticleText.tsx';
import { Legend } from '../components/reader/Legend.tsx';
import { KeysHelp } from '../components/reader/KeysHelp.tsx';
import {
  SelectionToolbar,
  type TextRange,
  type ToolbarMode,
} from '../components/reader/SelectionToolbar.tsx';
import { Panel } from '../components/panel/Panel.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ReaderSkeleton } from '../components/reader/ReaderSkeleton.tsx';
import { TextNotIncluded } from '../components/reader/TextNotIncluded.tsx';

function tabFor(detail: ArticleDetail, target: Target) {
  if (target.kind === 'quote') return 'quotes' as const;
  if (target.kind === 'entity') return 'entities' as const;
  const annotation = detail.annotations.find((a) => a.id === target.id);
  return annotation?.codeKind === 'frame' ? ('frames' as const) : ('codes' as const);
}

function scrollTextTo(offset: number | undefined): void {
  if (offset === undefined) return;
  const segments = [...document.querySelectorAll<HTMLElement>('.article-body [data-s]')];
  const segment = segments.findLast((el) => Number(el.dataset.s) <= offset) ?? segments[0];
  segment?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Close reading of one article: the text with its layers, and the panel to review and code. */
export function ReaderView({ articleId }: { articleId: number }) {
  const library = useStore(libraryState);
  const settings = useStore(readerSettings);
  const options = useMemo(() => listOptions(library), [library]);
  // The list beside the text shows titles, outlets and dates: a correction does not read it again.
  const pages = useArticlePages(options, TITLES_ONLY);
  const article = useEngine('articles.get', [articleId]);
  const codebooks = useEngine('codebooks.list', []);
  const [selected, setSelected] = useState<Target | null>(null);
  const [range, setRange] = useState<TextRange | null>(null);
  const [mode, setMode] = useState<ToolbarMode>('tools');
  const detail = article.data?.id === articleId ? article.data : undefined;

  useEffect(() => {
    setSelected(null);
    setRange(null);
    document.querySelector('.reader-text')?.scrollTo({ top: 0 });
  }, [articleId]);

  // An article opened deep in the list (from the library, a link or Compare): find its page, so
  // the list shows it and j/k go on from it.
  const { locate, total } = pages;
  const listed = pages.indexOf(articleId) >= 0;
  useEffect(() => {
    if (!listed && total !== undefined) locate(articleId);
  }, [articleId, listed, total, locate]);

  const marks = useMemo(
    () => (detail ? buildMarks(detail, new Set(settings.layers)) : []),
    [detail, settings.layers],
  );

  const select = useCallback(
    (target: Target, scroll = false) => {
      setSelected(target);
      if (!detail) return;
      setTab(tabFor(detail, target));
      if (scroll) scrollTextTo(targetStart(detail, target));
    },
    [detail],
  );

  const step = (direction: 1 | -1) => {
    if (!detail) return;
    const only = settings.tab === 'quotes' ? 'quote' : settings.tab === 'frames' ? 'annotation' : undefined;
    const list = suggestions(detail, only);
    if (list.length === 0) {
      const what = only === 'quote' ? 'No quotes' : only === 'annotation' ? 'No frame evidence' : 'Nothing';
      showToast(`${what} left to review in this article. j goes to the next one.`);
      return;
    }
    // Review order, not reading order: the least sure suggestion first (see reader/marks.ts).
    const index = list.findIndex((s) => sameTarget(s.target, selected));
    let next = index >= 0 ? list[index + direction] : undefined;
    next ??= direction === 1 ? list[0] : list[list.length - 1];
    if (next) select(next.target, true);
  };

  useReaderKeys({
    nextArticle: (direction) => {
      const index = pages.indexOf(articleId);
      const target = index === -1 ? 0 : index + direction;
      const next = pages.row(target)?.id;
      if (next !== undefined) navigate({ view: 'reader', articleId: next });
      else if (target >= 0 && target < (pages.total ?? 0)) {
        pages.want(target, target);
        showToast('The next article is still loading; press again in a moment.');
      } else
        showToast(
          direction === 1
            ? 'This is the last article in the list.'
            : 'This is the first article in the list.',
        );
    },
    nextSuggestion: step,
    decide: (status) => {
      if (!selected || selected.kind === 'entity') {
        showToast('Select a quote or frame evidence first (n steps to the next suggestion).');
        return;
      }
      void review(selected, status).then((done) => done && step(1));
    },
    codeSelection: () => {
      if (range) setMode('code');
      else showToast('Select a passage in the text first, then press c to code it.');
    },
    escape: () => {
      if (range) setRange(null);
      else setSelected(null);
    },
  });

  return (
    <div className={settings.listOpen ? 'reader' : 'reader list-closed'}>
      <ArticleList pages={pages} currentId={articleId} />
      <div className="reader-text">
        <div className="reader-toolbar">
          <Legend />
          <KeysHelp />
        </div>
        {article.error && !detail ? (
          <ErrorNotice
            error={article.error}
            title="This article could not be opened"
            hint="It may have been deleted or merged. Go back to the Library and pick another."
          />
        ) : detail && !detail.textIncluded ? (
          <TextNotIncluded detail={detail} />
        ) : detail ? (
          <ArticleText
            detail={detail}
            marks={marks}
            selected={selected}
            onSelect={(target) => select(target)}
            onSelectText={(next) => {
              setRange(next);
              setMode('tools');
            }}
          />
        ) : (
          <ReaderSkeleton />
        )}
      </div>
      {detail ? (
        <Panel detail={detail} selected={selected} onSelect={(target) => select(target, true)} />
      ) : (
        <aside className="panel" aria-busy="true" />
      )}
      {detail && range && (
        <SelectionToolbar
          detail={detail}
          range={range}
          codebooks={codebooks.data ?? []}
          mode={mode}
          onMode={setMode}
          onClose={() => setRange(null)}
        />
      )}
    </div>
  );
}
