/** Quotation marks a selection may start or end with; the message puts the passage in its own. */
const EDGE_QUOTES = /^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„]+$/g;

/**
 * A selected passage as a message names it between “ and ”: without quotation marks of its own at
 * its ends (a selected quotation read "““Giuseppe…"), and cut to about 60 characters.
 */
export function excerpt(text: string): string {
  const bare = text.replace(EDGE_QUOTES, '') || text.trim();
  return bare.length > 60 ? `${bare.slice(0, 57)}…` : bare;
}
