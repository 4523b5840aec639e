import type { ArticleFilters, ArticleListOptions } from '../api/contract.ts';
import { createStore } from './store.ts';

// The library's filters and order, shared by the library, the reader's article list (so j/k walk
// the same list) and the global search box; kept for the session so a reload keeps them.

export type SortKey = NonNullable<ArticleListOptions['sort']>;

export interface LibraryState {
  filters: ArticleFilters;
  sort: SortKey | null;
  descending: boolean;
}

export const libraryState = createStore<LibraryState>(
  { filters: {}, sort: null, descending: false },
  'framescope.library',
);

export function setFilter<K extends keyof ArticleFilters>(
  key: K,
  value: ArticleFilters[K] | undefined,
): void {
  libraryState.set((state) => {
    const filters = { ...state.filters };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      delete filters[key];
    else filters[key] = value;
    return { ...state, filters };
  });
}

export function listOptions(state: LibraryState): ArticleListOptions {
  const options: ArticleListOptions = { ...state.filters };
  if (state.sort) options.sort = state.sort;
  if (state.descending) options.descending = true;
  return options;
}
