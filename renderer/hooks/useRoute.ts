import { useSyncExternalStore } from 'react';

// Hash routes, so a reload (or a bookmark) keeps the place: #/library, #/reader/12, #/codebook/3.

export type Route =
  | { view: 'library' }
  | { view: 'reader'; articleId: number }
  | { view: 'codebook'; codeId: number | null }
  | { view: 'tasks' };

export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const number = Number(id);
  if (view === 'reader' && Number.isInteger(number) && number > 0)
    return { view: 'reader', articleId: number };
  if (view === 'codebook')
    return { view: 'codebook', codeId: Number.isInteger(number) && number > 0 ? number : null };
  if (view === 'tasks') return { view: 'tasks' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'reader':
      return `#/reader/${route.articleId}`;
    case 'codebook':
      return route.codeId === null ? '#/codebook' : `#/codebook/${route.codeId}`;
    case 'tasks':
      return '#/tasks';
    case 'library':
      return '#/library';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function watchHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(watchHash, () => window.location.hash);
  return parseRoute(hash);
}
