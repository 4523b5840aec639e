import type { CompareSelection } from '../../hooks/useRoute.ts';

/** What the engine's compare methods take to name the articles compared. */
export type SelectionArgs = { storyId: number } | { query: string };

export function selectionArgs(selection: NonNullable<CompareSelection>): SelectionArgs {
  return 'storyId' in selection ? { storyId: selection.storyId } : { query: selection.query };
}

/** Outlets with figures of their own: one whose every article is a reprint is folded into its source. */
export function countedOutlets(result: { outlets: { outlet: string; counted: number }[] }): Set<string> {
  return new Set(result.outlets.filter((outlet) => outlet.counted > 0).map((outlet) => outlet.outlet));
}
