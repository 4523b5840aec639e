import type { ArticleFacets, ArticleFilters } from '../../api/contract.ts';
import { libraryState, setFilter } from '../../hooks/library-state.ts';
import { formatDate } from '../format.ts';

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/** The active filters, each removable; names come from the facets (ids alone say nothing). */
export function FilterChips({
  filters,
  facets,
}: {
  filters: ArticleFilters;
  facets: ArticleFacets | undefined;
}) {
  const chips: Chip[] = [];
  if (filters.search)
    chips.push({
      key: 'search',
      label: `Search: ${filters.search}`,
      remove: () => setFilter('search', undefined),
    });
  for (const outlet of filters.outlets ?? []) {
    chips.push({
      key: `outlet:${outlet}`,
      label: `Outlet: ${outlet}`,
      remove: () =>
        setFilter(
          'outlets',
          (filters.outlets ?? []).filter((o) => o !== outlet),
        ),
    });
  }
  if (filters.dateFrom || filters.dateTo) {
    const from = formatDate(filters.dateFrom);
    const to = formatDate(filters.dateTo);
    chips.push({
      key: 'date',
      label: `Date: ${from === to ? from : `${from || '…'} – ${to || '…'}`}`,
      remove: () => {
        setFilter('dateFrom', undefined);
        setFilter('dateTo', undefined);
      },
    });
  }
  if (filters.codeId !== undefined) {
    const code = facets?.codes.find((c) => c.id === filters.codeId);
    chips.push({
      key: 'code',
      label: `${code?.kind === 'code' ? 'Code' : 'Frame'}: ${code?.name ?? filters.codeId}`,
      remove: () => setFilter('codeId', undefined),
    });
  }
  if (filters.deniedCodeId !== undefined) {
    const code = facets?.codes.find((c) => c.id === filters.deniedCodeId);
    chips.push({
      key: 'denied',
      label: `Frame denied: ${code?.name ?? filters.deniedCodeId}`,
      remove: () => setFilter('deniedCodeId', undefined),
    });
  }
  if (filters.proposedCodeId !== undefined) {
    const code = facets?.proposed.find((c) => c.id === filters.proposedCodeId);
    chips.push({
      key: 'proposed',
      label: `Proposed by the learner: ${code?.name ?? filters.proposedCodeId}`,
      remove: () => setFilter('proposedCodeId', undefined),
    });
  }
  if (filters.speaker)
    chips.push({
      key: 'speaker',
      label: `Speaker: ${filters.speaker}`,
      remove: () => setFilter('speaker', undefined),
    });
  if (filters.entityId !== undefined) {
    const entity = facets?.entities.find((e) => e.id === filters.entityId);
    chips.push({
      key: 'entity',
      label: `Entity: ${entity?.name ?? filters.entityId}`,
      remove: () => setFilter('entityId', undefined),
    });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <span key={chip.key} className="chip">
          {chip.label}
          <button type="button" aria-label={`Remove filter ${chip.label}`} onClick={chip.remove}>
            ×
          </button>
        </span>
      ))}
      {chips.length > 1 && (
        <button
          type="button"
          className="link-btn"
          onClick={() => libraryState.set((s) => ({ ...s, filters: {} }))}
        >
          Clear all
        </button>
      )}
    </div>
  );
}
