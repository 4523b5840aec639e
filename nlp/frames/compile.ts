import { buildTrie } from './phrases.ts';
import type { Trie } from './phrases.ts';
import { compilePattern } from './patterns.ts';
import type { CompiledPattern } from './patterns.ts';
import { validateCodebook } from './validate.ts';
import type { Codebook } from './types.ts';

export type CompiledCodebook = {
  codebook: Codebook;
  trie: Trie;
  patterns: CompiledPattern[];
  /** Folded word → indexes of the patterns worth trying on a sentence that contains it. */
  anchors: Map<string, number[]>;
  /** Patterns without a required word: tried on every sentence. */
  unanchored: number[];
  /** Built-in cues (`@two-nations`), computed in code for every sentence. */
  builtIns: { frame: number; cue: string; name: string }[];
};

// Keyed by the codebook object: a codebook is compiled once however many articles it is run on, and an
// edited codebook (a new object) is compiled afresh.
const compiled = new WeakMap<Codebook, CompiledCodebook>();

/** A cue without its weak mark: `?court` → `court`. */
export function cueBody(cue: string): string {
  return cue.startsWith('?') ? cue.slice(1).trimStart() : cue;
}

/** A weak cue counts for half: alone it is not evidence, two weak cues (or one with a full cue) are. */
export function isWeakCue(cue: string): boolean {
  return cue.startsWith('?');
}

/** Validates and compiles a codebook (cached per object); throws the validator's error if it is malformed. */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const cached = compiled.get(codebook);
  if (cached) return cached;
  const valid = validateCodebook(codebook);
  const phrases: { frame: number; cue: string }[] = [];
  const patterns: CompiledPattern[] = [];
  const builtIns: CompiledCodebook['builtIns'] = [];
  valid.frames.forEach((frame, index) => {
    for (const cue of frame.cues) {
      // A weak cue ("?court") is written with its "?" on every hit, so the decision can weigh it less.
      const body = cueBody(cue);
      if (body.startsWith('@')) builtIns.push({ frame: index, cue, name: body });
      else if (body.startsWith('~')) patterns.push({ ...compilePattern(body, index), cue });
      else phrases.push({ frame: index, cue });
    }
  });
  const anchors = new Map<string, number[]>();
  const unanchored: number[] = [];
  patterns.forEach((pattern, index) => {
    const [anchor] = pattern.required;
    if (!anchor) unanchored.push(index);
    for (const word of anchor ?? []) anchors.set(word, [...(anchors.get(word) ?? []), index]);
  });
  const result = { codebook: valid, trie: buildTrie(phrases), patterns, anchors, unanchored, builtIns };
  compiled.set(codebook, result);
  return result;
}
