import { useMemo } from 'react';
import { useEngine } from '../hooks/useEngine.ts';
import { useStore } from '../hooks/store.ts';
import { libraryState, listOptions } from '../hooks/library-state.ts';
import { useArticlePages } from '../hooks/useArticlePages.ts';
import { Facets } from '../components/library/Facets.tsx';
import { FilterChips } from '../components/library/FilterChips.tsx';
import { ArticleTable } from '../components/library/ArticleTable.tsx';
import { EmptyProject } from '../components/library/EmptyProject.tsx';
import { AnalysePrompt } from '../components/library/AnalysePrompt.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { TableSkeleton } from '../components/library/TableSkeleton.tsx';
import { formatNumber } from '../components/format.ts';

/** Which articles are there, and which of them is the one to read next. */
export function LibraryView() {
  const state = useStore(libraryState);
  const options = useMemo(() => listOptions(state), [state]);
  const project = useEngine('project.info', []);
  const facets = useEngine('articles.facets', [state.filters]);
  const pages = useArticlePages(options);
  const searching = Boolean(state.filters.search);

  if (project.data && project.data.counts.articles === 0) return <EmptyProject />;

  return (
    <div className="library">
      <Facets facets={facets.data} filters={state.filters} />
      <section className="library-main" aria-label="Library">
        <div className="library-head">
          <FilterChips filters={state.filters} facets={facets.data} />
          <span className="count muted" role="status">
            {pages.total === undefined
              ? 'Loading…'
              : `${formatNumber(pages.total)} article${pages.total === 1 ? '' : 's'}`}
          </span>
        </div>
        {project.data && <AnalysePrompt project={project.data} />}
        {pages.error ? (
          <ErrorNotice
            error={pages.error}
            title={searching ? 'The search did not run' : 'The articles could not be listed'}
            hint={
              searching
                ? 'Check the search: words, "exact phrases", OR, NOT and prefix* work; remove stray quotes or brackets.'
                : 'Try again; if it keeps failing, restart Framescope.'
            }
          />
        ) : pages.total === undefined ? (
          <TableSkeleton />
        ) : pages.total === 0 ? (
          <div className="empty">
            <div>
              <h2>No articles match</h2>
              <p>Remove a filter above{searching ? ' or try other search words' : ''} to see more.</p>
            </div>
          </div>
        ) : (
          <ArticleTable pages={pages} searching={searching} />
        )}
      </section>
    </div>
  );
}
