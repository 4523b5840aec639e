import { createStore } from './store.ts';

// One short message at the bottom of the window: what just happened, with undo when it helps.

export interface Toast {
  id: number;
  text: string;
  error: boolean;
  undo: boolean;
}

export const toastStore = createStore<Toast | null>(null);
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(text: string, options: { error?: boolean; undo?: boolean } = {}): void {
  counter += 1;
  const toast = { id: counter, text, error: options.error ?? false, undo: options.undo ?? false };
  toastStore.set(toast);
  clearTimeout(timer);
  timer = setTimeout(
    () => toastStore.set((current) => (current?.id === toast.id ? null : current)),
    toast.error ? 9000 : 4500,
  );
}

export function showError(error: unknown, doing: string): void {
  const message = error instanceof Error ? error.message : String(error);
  showToast(`Could not ${doing}: ${message}`, { error: true });
}
