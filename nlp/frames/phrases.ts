// Plain cues live in one word trie for the whole codebook: each word of the text costs one or two Map
// lookups however many cues there are, instead of one regex or compromise match per cue.
import { cueWords, gapClass } from './words.ts';
import type { Words } from './words.ts';

export type Trie = Node;

type Node = {
  /** Children by exact word; after the first word the key is `gapClass + word`. */
  exact: Map<string, Node>;
  /** `*` children by the first three letters of their stem. */
  prefix: Map<string, { stem: string; node: Node }[]>;
  /** Cues that end here, as frame index and cue text. */
  ends: { frame: number; cue: string }[];
};

export type RawHit = { frame: number; cue: string; start: number; end: number };

const node = (): Node => ({ exact: new Map(), prefix: new Map(), ends: [] });

export function buildTrie(cues: { frame: number; cue: string }[]): Node {
  const root = node();
  for (const { frame, cue } of cues) {
    const { words, wild, gaps } = cueWords(cue.startsWith('?') ? cue.slice(1).trimStart() : cue);
    let at = root;
    words.forEach((word, i) => {
      const gap = i === 0 ? '' : (gaps[i - 1] ?? ' ');
      at = wild[i] ? prefixChild(at, gap, word) : exactChild(at, gap + word);
    });
    if (!at.ends.some((end) => end.frame === frame)) at.ends.push({ frame, cue });
  }
  return root;
}

function exactChild(at: Node, key: string): Node {
  let child = at.exact.get(key);
  if (!child) at.exact.set(key, (child = node()));
  return child;
}

function prefixChild(at: Node, gap: string, stem: string): Node {
  const key = gap + stem.slice(0, 3);
  let list = at.prefix.get(key);
  if (!list) at.prefix.set(key, (list = []));
  let entry = list.find((e) => e.stem === gap + stem);
  if (!entry) list.push((entry = { stem: gap + stem, node: node() }));
  return entry.node;
}

/** Every cue occurrence, overlapping ones included (the caller keeps the longest per frame). */
export function matchTrie(root: Node, words: Words, text: string): RawHit[] {
  const hits: RawHit[] = [];
  const walk = (at: Node, first: number, next: number): void => {
    const last = next - 1;
    for (const end of at.ends)
      hits.push({
        frame: end.frame,
        cue: end.cue,
        start: words.starts[first] ?? 0,
        end: words.ends[last] ?? 0,
      });
    if (next >= words.count || (at.exact.size === 0 && at.prefix.size === 0)) return;
    const gap = gapClass(text.slice(words.ends[last] ?? 0, words.starts[next] ?? 0));
    step(at, gap, words.keys[next] ?? '', (child) => walk(child, first, next + 1));
  };
  for (let i = 0; i < words.count; i++) {
    // Most words start no cue: one lookup, no closure.
    const word = words.keys[i] ?? '';
    if (root.exact.has(word) || (root.prefix.size > 0 && root.prefix.has(word.slice(0, 3))))
      step(root, '', word, (child) => walk(child, i, i + 1));
  }
  return hits;
}

function step(at: Node, gap: string, word: string, visit: (child: Node) => void): void {
  const exact = at.exact.get(gap + word);
  if (exact) visit(exact);
  if (at.prefix.size === 0 || word.length < 3) return;
  const candidates = at.prefix.get(gap + word.slice(0, 3));
  if (candidates)
    for (const { stem, node: child } of candidates) if ((gap + word).startsWith(stem)) visit(child);
}

/** The words a cue of the trie can begin with: exact first words, and the stems of first words ending in `*`. */
export function firstWords(root: Node): { exact: string[]; stems: string[] } {
  return {
    exact: [...root.exact.keys()],
    stems: [...root.prefix.values()].flatMap((entries) => entries.map((entry) => entry.stem)),
  };
}
