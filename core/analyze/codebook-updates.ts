import type { Db } from '../../db/open.ts';
import { listCodebooks, listCodes, type CodeRow } from '../../db/codes.ts';
import { BUILT_IN_CODEBOOKS, SHIPPED_CUE_HISTORY, type Codebook } from '../../nlp/frames/index.ts';
import { cueHash } from './cue-hash.ts';

// A project's copy of a shipped codebook falls behind when a release ships better cues (issue 9).
// A frame whose cues are still what some release shipped was never edited by a person: for it the
// Codebook view offers the newer cues, and a person decides (a scholar's coding instrument never
// changes on its own: articles coded before and after would have been coded with different
// instruments). A frame a person edited is shown with what the shipped version would change, and is
// only replaced when a person names it.

/** How a project's frame stands to the shipped one of the same key. */
export type ShippedState = 'behind' | 'edited';

export interface FrameUpdate {
  codeId: number;
  key: string;
  name: string;
  /** `behind`: the cues are an older shipped list, never edited; `edited`: a person changed them. */
  state: ShippedState;
  /** Cues the shipped frame has and the project's has not, and the other way round. */
  added: string[];
  removed: string[];
  /** Cues both have, weak (`?cue`) in the shipped frame and not here, and the other way round. */
  weakened: string[];
  strengthened: string[];
}

export interface CodebookUpdate {
  codebookId: number;
  key: string;
  name: string;
  /** Frames whose cues differ from the shipped ones (frames already current are left out). */
  frames: FrameUpdate[];
  /** How many of them nobody edited: what "Update" changes. */
  behind: number;
  /** False when the project is open only to read: it keeps what it has. */
  canUpdate: boolean;
}

/** Whether a code's cues are what a release shipped for this frame (so no person edited them). */
export function cuesAsShipped(
  codebookKey: string,
  code: Pick<CodeRow, 'key' | 'cues' | 'shipped_cues'>,
): boolean {
  if (code.shipped_cues !== null && code.cues === code.shipped_cues) return true;
  return SHIPPED_CUE_HISTORY[codebookKey]?.[code.key]?.includes(cueHash(code.cues)) ?? false;
}

const shippedJson = (cues: readonly string[]) => JSON.stringify(cues);

/**
 * The shipped codebooks the project holds whose frames' cues differ from the shipped ones now; only
 * codebooks with such a frame are listed. A shipped frame the project does not have (a person
 * deleted it) is not brought back.
 */
export function codebookUpdates(db: Db, shipped: readonly Codebook[] = BUILT_IN_CODEBOOKS): CodebookUpdate[] {
  const updates: CodebookUpdate[] = [];
  const canUpdate = !db.readonly && !(db.pragma('query_only', { simple: true }) as number);
  for (const book of listCodebooks(db)) {
    const current = shipped.find((codebook) => codebook.id === book.key);
    if (!current) continue;
    const codes = new Map(
      listCodes(db, book.id)
        .filter((code) => code.kind === 'frame')
        .map((code) => [code.key, code]),
    );
    const frames: FrameUpdate[] = [];
    for (const frame of current.frames) {
      const code = codes.get(frame.id);
      if (!code || code.cues === shippedJson(frame.cues)) continue;
      frames.push({
        codeId: code.id,
        key: code.key,
        name: code.name,
        state: cuesAsShipped(book.key, code) ? 'behind' : 'edited',
        ...cueChanges(JSON.parse(code.cues) as string[], frame.cues),
      });
    }
    if (frames.length > 0)
      updates.push({
        codebookId: book.id,
        key: book.key,
        name: book.name,
        frames,
        behind: frames.filter((frame) => frame.state === 'behind').length,
        canUpdate,
      });
  }
  return updates;
}

const bare = (cue: string) => cue.replace(/^\?\s*/, '');

/** What taking the shipped cues changes: a cue that only turned weak (or strong) is not new. */
function cueChanges(
  mine: readonly string[],
  theirs: readonly string[],
): Pick<FrameUpdate, 'added' | 'removed' | 'weakened' | 'strengthened'> {
  const mineBare = new Map(mine.map((cue) => [bare(cue), cue]));
  const theirsBare = new Map(theirs.map((cue) => [bare(cue), cue]));
  const changed = (cue: string, other: Map<string, string>) => {
    const match = other.get(bare(cue));
    return match !== undefined && match !== cue;
  };
  return {
    added: theirs.filter((cue) => !mineBare.has(bare(cue))),
    removed: mine.filter((cue) => !theirsBare.has(bare(cue))),
    weakened: theirs.filter((cue) => cue.startsWith('?') && changed(cue, mineBare)),
    strengthened: theirs.filter((cue) => !cue.startsWith('?') && changed(cue, mineBare)),
  };
}

/** The shipped cues (as the `cues` column stores them) of a frame, or undefined for no such frame. */
export function shippedCuesOf(
  codebookKey: string,
  frameKey: string,
  shipped: readonly Codebook[] = BUILT_IN_CODEBOOKS,
): string | undefined {
  const frame = shipped.find((book) => book.id === codebookKey)?.frames.find((f) => f.id === frameKey);
  return frame && shippedJson(frame.cues);
}
