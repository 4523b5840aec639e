import { call } from '../api/client.ts';
import { onDataChange } from '../api/changes.ts';
import { createStore } from './store.ts';

// Who is coding: chosen in the top bar, remembered in this browser (localStorage) across
// sessions and projects. It is kept by name, since each project numbers its coders itself.

const KEY = 'framescope.coder';

function saved(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export const coderStore = createStore<string | null>(saved());

/** Chooses the coder (null: nobody in particular) and remembers the choice. */
export function setCoder(name: string | null): void {
  try {
    if (name) localStorage.setItem(KEY, name);
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the choice lasts until the window closes; that is still useful.
  }
  coderStore.set(name);
}

/**
 * `{ coderId }` of the chosen coder in the open project (added to it when new), to spread into
 * the arguments of every coding and correction; `{}` when no coder is chosen.
 */
export async function coderArgs(): Promise<{ coderId?: number }> {
  const name = coderStore.get();
  if (!name) return {};
  // Asked once per coder and project, not before every correction (issue 12).
  known ??= onDataChange((change) => {
    if (change.tables === 'all' || change.tables.has('coders')) ids.clear();
  });
  let id = ids.get(name);
  if (id === undefined) {
    id = (await call('coders.ensure', name)).id;
    ids.set(name, id);
  }
  return { coderId: id };
}

/** Coder ids of the open project by name; forgotten when the project or its coders change. */
const ids = new Map<string, number>();
let known: (() => void) | undefined;
