import { call } from '../api/client.ts';
import { onDataChange } from '../api/changes.ts';
import { createStore } from './store.ts';

// Who is coding: chosen in the top bar, or asked for the first time a person corrects or codes,
// and remembered on this machine (localStorage of this browser or app window) across sessions and
// projects. It is kept by name, since each project numbers its coders itself.

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

/** The open "Who is coding?" question, answered with a name or null (cancelled). */
export const coderQuestion = createStore<((name: string | null) => void) | null>(null);

/** Raised when a person declines to say who they are: the correction is not made. */
export class NoCoderError extends Error {
  constructor() {
    super(
      'nothing was changed, because every correction and code records who made it. Give your name first.',
    );
  }
}

/** The chosen coder's name, asking for it (once per machine) when nobody is chosen yet. */
export async function requireCoder(): Promise<string> {
  const current = coderStore.get();
  if (current) return current;
  const name = await new Promise<string | null>((resolve) => {
    coderQuestion.get()?.(null);
    coderQuestion.set(() => resolve);
  });
  coderQuestion.set(null);
  if (!name) throw new NoCoderError();
  setCoder(name);
  return name;
}

/**
 * `{ coderId }` of the chosen coder in the open project (added to it when new), to spread into
 * the arguments of every coding and correction. Asks who is coding the first time; throws
 * NoCoderError when the person declines, so nothing is recorded without a coder.
 */
export async function coderArgs(): Promise<{ coderId: number }> {
  const name = await requireCoder();
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
