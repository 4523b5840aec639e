import type { ArticleFacets, ArticleFilters } from '../../api/contract.ts';
import { setFilter } from '../../hooks/library-state.ts';
import { entityColor } from '../colors.ts';
import { DateHistogram } from './DateHistogram.tsx';
import { FacetList } from './FacetList.tsx';

const toggle = <T,>(list: T[] | undefined, value: T): T[] =>
  list?.includes(value) ? list.filter((item) => item !== value) : [...(list ?? []), value];

export function Facets({ facets, filters }: { facets: ArticleFacets | undefined; filters: ArticleFilters }) {
  if (!facets) {
    return (
      <aside className="facets" aria-label="Filters" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="facet">
            <span className="skeleton" style={{ width: '40%', marginBottom: 10 }} />
            <span className="skeleton" style={{ width: '85%', marginBottom: 6 }} />
            <span className="skeleton" style={{ width: '70%', marginBottom: 6 }} />
          </div>
        ))}
      </aside>
    );
  }
  const frames = facets.codes.filter((code) => code.kind === 'frame');
  const codes = facets.codes.filter((code) => code.kind !== 'frame');
  const codeItems = (list: typeof facets.codes) =>
    list.map((code) => ({
      key: String(code.id),
      label: code.name,
      count: code.articles,
      swatch: code.color,
      active: filters.codeId === code.id,
      onToggle: () => setFilter('codeId', filters.codeId === code.id ? undefined : code.id),
    }));
  // Articles that deny a frame's claim are counted apart from those asserting it.
  const deniedItems = frames
    .filter((code) => code.denied > 0)
    .map((code) => ({
      key: `denied:${code.id}`,
      label: code.name,
      count: code.denied,
      swatch: code.color,
      active: filters.deniedCodeId === code.id,
      onToggle: () => setFilter('deniedCodeId', filters.deniedCodeId === code.id ? undefined : code.id),
    }));
  // Undecided articles a model learned from the coders proposes a frame for: suggestions to check,
  // apart from the frames the decisions that count give.
  const proposedItems = facets.proposed.map((code) => ({
    key: `proposed:${code.id}`,
    label: code.name,
    count: code.articles,
    swatch: code.color,
    active: filters.proposedCodeId === code.id,
    onToggle: () => setFilter('proposedCodeId', filters.proposedCodeId === code.id ? undefined : code.id),
  }));
  return (
    <aside className="facets" aria-label="Filters">
      <FacetList
        title="Outlets"
        items={facets.outlets.map((o) => ({
          key: o.outlet ?? '',
          label: o.outlet ?? '(no outlet)',
          disabled: o.outlet === null,
          count: o.articles,
          active: o.outlet !== null && (filters.outlets?.includes(o.outlet) ?? false),
          onToggle: () => o.outlet !== null && setFilter('outlets', toggle(filters.outlets, o.outlet)),
        }))}
      />
      <DateHistogram
        facets={facets}
        from={filters.dateFrom}
        to={filters.dateTo}
        onPick={(from, to) => {
          const same = from === filters.dateFrom && to === filters.dateTo;
          setFilter('dateFrom', same ? undefined : from);
          setFilter('dateTo', same ? undefined : to);
        }}
      />
      <FacetList
        title="Frames"
        items={codeItems(frames.filter((code) => code.articles > 0))}
        empty="No frames found yet."
      />
      {deniedItems.length > 0 && <FacetList title="Frames denied" items={deniedItems} />}
      {proposedItems.length > 0 && <FacetList title="Proposed by the learner" items={proposedItems} />}
      {codes.length > 0 && <FacetList title="Codes" items={codeItems(codes)} />}
      <FacetList
        title="Speakers"
        items={facets.speakers.map((s) => ({
          key: s.name,
          label: s.name,
          count: s.articles,
          active: filters.speaker === s.name,
          onToggle: () => setFilter('speaker', filters.speaker === s.name ? undefined : s.name),
        }))}
        empty="No quotes found yet."
      />
      <FacetList
        title="Entities"
        items={facets.entities.map((e) => ({
          key: String(e.id),
          label: e.name,
          count: e.articles,
          swatch: entityColor(e.type),
          active: filters.entityId === e.id,
          onToggle: () => setFilter('entityId', filters.entityId === e.id ? undefined : e.id),
        }))}
      />
    </aside>
  );
}
