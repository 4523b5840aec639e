import { useEffect } from 'react';
import { mutate } from '../api/freshness.ts';
import { showError, showToast } from './toast.ts';

/** True when a key press belongs to a text field rather than to the app's shortcuts. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export async function undo(redo = false): Promise<void> {
  try {
    const edit = await mutate(redo ? 'history.redo' : 'history.undo');
    showToast(
      edit.done ? `${redo ? 'Redone' : 'Undone'}: ${edit.done}` : `Nothing to ${redo ? 'redo' : 'undo'}.`,
    );
  } catch (error) {
    showError(error, redo ? 'redo' : 'undo');
  }
}

/** Shortcuts that work in every view: / search, Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z' && !typingIn(event.target)) {
        event.preventDefault();
        void undo(event.shiftKey);
      } else if (mod && event.key.toLowerCase() === 'y' && !typingIn(event.target)) {
        event.preventDefault();
        void undo(true);
      } else if (event.key === '/' && !mod && !typingIn(event.target)) {
        event.preventDefault();
        document.getElementById('global-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
