import { useEffect, useState } from 'react';
import { useEngine } from '../hooks/useEngine.ts';
import { useStore } from '../hooks/store.ts';
import { libraryState, setFilter } from '../hooks/library-state.ts';
import { navigate, useRoute } from '../hooks/useRoute.ts';
import { ImportButton } from './ImportButton.tsx';
import { OpenButton } from './OpenButton.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import { SearchSuggestions } from './SearchSuggestions.tsx';
import { CoderPicker } from './CoderPicker.tsx';
import { MergeButton } from './merge/MergeButton.tsx';
import { ShareButton } from './merge/ShareButton.tsx';
import { ExportButton } from './merge/ExportButton.tsx';

export function TopBar() {
  const project = useEngine('project.info', []);
  const search = useStore(libraryState).filters.search ?? '';
  const [draft, setDraft] = useState(search);
  const [focused, setFocused] = useState(false);
  const route = useRoute();
  useEffect(() => setDraft(search), [search]);
  const name = project.data?.name ?? '';

  return (
    <header className="topbar">
      <div className="project-name" title={project.data?.path}>
        <span className="logo" aria-hidden="true" />
        <span>{name || 'Framescope'}</span>
      </div>
      <OpenButton />
      {project.data?.annotationsOnly && (
        <span
          className="annotations-only-badge"
          title="This project was saved “annotations only”: it holds codings and decisions but no article texts. Merge it into a project that has the texts to see them in place."
        >
          Annotations only · texts not included
        </span>
      )}
      <form
        className="global-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('search', draft.trim());
          if (route.view !== 'library') navigate({ view: 'library' });
        }}
      >
        <input
          id="global-search"
          className="input"
          type="search"
          aria-label="Search articles"
          placeholder='Search articles: words, "exact phrase", OR, NOT, prefix*'
          value={draft}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(event) => {
            setDraft(event.target.value);
            if (event.target.value === '') setFilter('search', undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setDraft('');
              setFilter('search', undefined);
              event.currentTarget.blur();
            }
          }}
        />
        {draft === '' && <kbd aria-hidden="true">/</kbd>}
        {focused && draft !== search && (
          <SearchSuggestions
            text={draft}
            onDone={() => (document.activeElement as HTMLElement | null)?.blur()}
          />
        )}
      </form>
      <span className="spacer" />
      <UndoRedo />
      <ImportButton />
      <MergeButton />
      <ShareButton />
      <ExportButton />
      <CoderPicker />
    </header>
  );
}
