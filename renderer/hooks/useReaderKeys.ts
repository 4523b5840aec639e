import { useEffect, useRef } from 'react';
import { typingIn } from './useGlobalKeys.ts';

export interface ReaderKeyActions {
  nextArticle: (step: 1 | -1) => void;
  nextSuggestion: (step: 1 | -1) => void;
  decide: (status: 'accepted' | 'rejected') => void;
  codeSelection: () => void;
  escape: () => void;
}

/** j/k articles, n/p suggestions, a accept, r reject, c code the selection, Escape to let go. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const act = latest.current;
      const handlers: Record<string, () => void> = {
        j: () => act.nextArticle(1),
        k: () => act.nextArticle(-1),
        n: () => act.nextSuggestion(1),
        p: () => act.nextSuggestion(-1),
        a: () => act.decide('accepted'),
        r: () => act.decide('rejected'),
        c: () => act.codeSelection(),
        Escape: () => act.escape(),
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
