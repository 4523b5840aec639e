// Hash routes, so a reload (or a bookmark) keeps the place: #/library, #/reader/12, #/codebook/3,
// #/stories/4, #/compare/4 (a story) or #/compare?query=aid%20AND%20italy (a search).

export type CompareSelection = { storyId: number } | { query: string } | null;

/** What the Disagreements view opens on: a codebook and the coders to set side by side (empty: all). */
export interface DisagreementChoice {
  codebookId: number | null;
  coders: string[];
}

export type Route =
  | { view: 'library' }
  | { view: 'reader'; articleId: number }
  | { view: 'codebook'; codeId: number | null }
  | { view: 'stories'; storyId: number | null; leftOut?: boolean }
  | { view: 'compare'; selection: CompareSelection }
  | { view: 'agreement' }
  | { view: 'disagreements'; choice: DisagreementChoice }
  | { view: 'tasks' };

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/');
  const number = Number(id);
  const validId = Number.isInteger(number) && number > 0;
  if (view === 'reader' && validId) return { view: 'reader', articleId: number };
  if (view === 'codebook') return { view: 'codebook', codeId: validId ? number : null };
  if (view === 'stories' && id === 'none') return { view: 'stories', storyId: null, leftOut: true };
  if (view === 'stories') return { view: 'stories', storyId: validId ? number : null };
  if (view === 'compare') {
    const query = new URLSearchParams(search).get('query')?.trim();
    if (validId) return { view: 'compare', selection: { storyId: number } };
    return { view: 'compare', selection: query ? { query } : null };
  }
  if (view === 'agreement') return { view: 'agreement' };
  if (view === 'disagreements') {
    const params = new URLSearchParams(search);
    const codebook = Number(params.get('codebook'));
    const coders = (params.get('coders') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return {
      view: 'disagreements',
      choice: { codebookId: Number.isInteger(codebook) && codebook > 0 ? codebook : null, coders },
    };
  }
  if (view === 'tasks') return { view: 'tasks' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'reader':
      return `#/reader/${route.articleId}`;
    case 'codebook':
      return route.codeId === null ? '#/codebook' : `#/codebook/${route.codeId}`;
    case 'stories':
      if (route.leftOut) return '#/stories/none';
      return route.storyId === null ? '#/stories' : `#/stories/${route.storyId}`;
    case 'compare':
      if (route.selection === null) return '#/compare';
      if ('storyId' in route.selection) return `#/compare/${route.selection.storyId}`;
      return `#/compare?${new URLSearchParams({ query: route.selection.query }).toString()}`;
    case 'agreement':
      return '#/agreement';
    case 'disagreements': {
      const params = new URLSearchParams();
      if (route.choice.codebookId !== null) params.set('codebook', String(route.choice.codebookId));
      if (route.choice.coders.length > 0) params.set('coders', route.choice.coders.join(','));
      const query = params.toString();
      return query ? `#/disagreements?${query}` : '#/disagreements';
    }
    case 'tasks':
      return '#/tasks';
    case 'library':
      return '#/library';
  }
}
