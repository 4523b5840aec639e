import { createHash } from 'node:crypto';

/**
 * A short fingerprint of a frame's cue list as the project stores it (the JSON of the trimmed cues),
 * so the shipped versions of a codebook can be listed without keeping every old cue list.
 */
export function cueHash(cuesJson: string): string {
  return createHash('sha256').update(cuesJson, 'utf8').digest('hex').slice(0, 16);
}
