// Writes nlp/frames/codebooks/shipped-cue-history.json: for each shipped codebook and frame, the
// fingerprint of every cue list a release has shipped, read from the git history of the codebook
// files. A project copies the shipped codebooks when it is made; a frame whose cues still equal one of
// these was never edited by a person, so the Codebook view may offer it the newer cues (see
// core/analyze/codebook-updates.ts). Run it after changing a shipped codebook's cues:
//   node bin/shipped-cue-history.ts
// tests/engine/codebook-updates.test.ts checks that the current cues are listed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { cueHash } from '../core/analyze/cue-hash.ts';
import { BUILT_IN_CODEBOOKS, validateCodebook } from '../nlp/frames/index.ts';

const ROOT = join(import.meta.dirname, '..');
const FILES = ['nlp/frames/codebooks/policy-frames.json', 'nlp/frames/codebooks/russia-italy-aid.json'];

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

const history: Record<string, Record<string, string[]>> = {};
const add = (codebook: string, frame: string, cues: readonly string[]) => {
  const frames = (history[codebook] ??= {});
  const hashes = (frames[frame] ??= []);
  const hash = cueHash(JSON.stringify(cues));
  if (!hashes.includes(hash)) hashes.push(hash);
};

for (const file of FILES) {
  // Oldest first, so each frame's list reads in the order the versions shipped.
  const commits = git('log', '--reverse', '--format=%H', '--follow', '--', file).trim().split('\n');
  for (const commit of commits) {
    const codebook = validateCodebook(JSON.parse(git('show', `${commit}:${file}`)));
    for (const frame of codebook.frames) add(codebook.id, frame.id, frame.cues);
  }
}
// The working copy too, so a change not yet committed is listed before it ships.
for (const codebook of BUILT_IN_CODEBOOKS)
  for (const frame of codebook.frames) add(codebook.id, frame.id, frame.cues);

const out = join(ROOT, 'nlp', 'frames', 'codebooks', 'shipped-cue-history.json');
// Formatted as the repository's Prettier check wants it.
writeFileSync(out, await format(JSON.stringify(history), { ...(await resolveConfig(out)), filepath: out }));
console.log(`Wrote ${out}`);
