import type { ChangedEvent } from './contract.ts';
import { subscribe } from './events.ts';
import { changeOf, type DataChange } from './reads.ts';

// What changed in the project, told to the views once per change (issue 12). A call that changes
// something brings its changes back with its answer, and they are applied at once; the same
// changes reach every window as events, and one already applied is skipped by its number. Events
// from elsewhere (another window, a task) are gathered for a moment, so a burst reloads once.

const listeners = new Set<(change: DataChange) => void>();
const applied: number[] = [];
let queued: ChangedEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let unsubscribeEvents: (() => void) | undefined;

function dispatch(events: readonly ChangedEvent[]): void {
  const fresh = events.filter((event) => event.seq === undefined || !applied.includes(event.seq));
  if (fresh.length === 0) return;
  for (const event of fresh) if (event.seq !== undefined) applied.push(event.seq);
  applied.splice(0, Math.max(0, applied.length - 500));
  const change = changeOf(fresh);
  for (const listener of [...listeners]) listener(change);
}

/** Applies the changes a call's answer carried (see core/contract.ts, Envelope). */
export function applyChanges(events: readonly ChangedEvent[]): void {
  dispatch(events);
}

/** Tells every view that something changed which no engine event announces (a new coder). */
export function announceChange(tables: string[]): void {
  dispatch([{ type: 'changed', what: 'edits', tables }]);
}

function queue(event: ChangedEvent): void {
  queued.push(event);
  timer ??= setTimeout(() => {
    timer = undefined;
    const events = queued;
    queued = [];
    dispatch(events);
  }, 150);
}

/** Calls `listener` with every change to the project until the returned function is called. */
export function onDataChange(listener: (change: DataChange) => void): () => void {
  listeners.add(listener);
  unsubscribeEvents ??= subscribe((event) => {
    if (event.type === 'changed') queue(event);
    // Work that failed may have written part of what it meant to (an import stopped midway);
    // work that succeeded announces its changes itself.
    else if (event.type === 'finished' && !event.ok && event.task !== 'preview' && event.task !== 'compare')
      queue({ type: 'changed', what: 'articles' });
  });
  return () => listeners.delete(listener);
}
