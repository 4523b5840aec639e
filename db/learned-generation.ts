// Learned proposals and review probabilities are written a generation per frame at a time
// (migration 029): a reader sees each frame's live generation only.

/**
 * The rows of their frame's live generation (migration 029), of a learned table aliased `alias`:
 * those the last finished run wrote. A run being written is invisible.
 */
export function liveRows(alias: string): string {
  return `${alias}.born = coalesce((SELECT g.live FROM learned_frames g WHERE g.code_id = ${alias}.code_id), 0)`;
}
