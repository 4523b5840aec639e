import { useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './routes.ts';

export { parseRoute, routeHash };
export type { CompareSelection, DisagreementChoice, Route } from './routes.ts';

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
