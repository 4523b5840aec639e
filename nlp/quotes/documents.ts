// Who a document speaks for (issue #8): "the trustees' statement said", "a statement adopted by the board …
// the statement said", "In a statement, the league said …": the owner, the author after "by", or the subject
// that issued it, remembered per document noun so that "the resolution" later still speaks for its author.
import { lexiconTags } from '../compromise.ts';
import { GROUP_NOUNS, MEMBER_NOUNS } from '../lexicon.ts';
import type { DocContext } from './context.ts';
import { MEDIA_NOUNS } from './media.ts';
import type { Focus, Speaker } from './referents.ts';
import { singular } from './unnamed.ts';

/** What the document rules need from the referent rules. */
export type DocumentDeps = {
  fromMention: (i: number) => Speaker | null;
  groupNoun: (i: number, focus: Focus) => Speaker;
  outletNoun: (i: number) => Speaker;
  outside: (i: number) => boolean;
  sentenceStart: (i: number) => number;
  isPlain: (k: number) => boolean;
};

/**
 * Verbs that make their subject the author of the document after them: it issued it, or, for a body, it
 * adopted it ("The council passed a resolution. The resolution called …": the council speaks).
 */
const ISSUING = new Set(
  'issued released published sent posted adopted passed approved drafted endorsed unveiled'.split(' '),
);
/** "voted 7 to 2 for a resolution": a body that votes for a document adopts it. */
const VOTING = new Set(['voted', 'votes', 'voting']);
const DOCUMENT_ARTICLES = new Set(['a', 'an', 'the', 'its', 'their']);

const singularWord = (w: string | undefined) => (w ? singular(w) : '');
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Copula', 'Modal'];

export function createDocuments(ctx: DocContext, deps: DocumentDeps) {
  const { tokens } = ctx;
  const { fromMention, groupNoun, outletNoun, outside, sentenceStart, isPlain } = deps;
  const finiteVerb = (k: number) =>
    !tokens[k]?.capitalized && lexiconTags(tokens[k]?.lower ?? '').some((tag) => FINITE_TAGS.includes(tag));
  // Who wrote each document the text has tied to an author, so that "the resolution" later still speaks for it.
  const authors = new Map<string, Speaker>();

  // "the trustees' statement said": the owner of the document speaks. "The resolution, which Barber tossed into
  // the hopper ... It says": a document speaks for the person named with it.
  function documentAuthor(i: number, word: string, focus: Focus): Speaker | null {
    const owner = tokens[i - 1];
    if (owner?.possessive && isPlain(i - 1)) {
      const s = fromMention(i - 1);
      if (s) return s;
      if (GROUP_NOUNS.has(owner.lower) || MEMBER_NOUNS[owner.lower]) return groupNoun(i - 1, focus);
    }
    const by = authorBy(i, focus) ?? authorOf(i, focus) ?? issuer(i, focus);
    if (by) return by;
    // "an official statement adopted by the board ... the statement said": introduced with its author before.
    const paragraph = tokens[i]?.paragraph ?? 0;
    for (let k = sentenceStart(i) - 1; k >= 0 && paragraph - (tokens[k]?.paragraph ?? 0) <= 6; k--) {
      if (singularWord(tokens[k]?.lower) === singularWord(word)) {
        const earlier = authorBy(k, focus) ?? authorOf(k, focus) ?? inStatement(k) ?? issuer(k, focus);
        if (earlier) return earlier;
      }
    }
    const sentence = tokens[i]?.sentence;
    for (let k = sentenceStart(i); k < tokens.length && tokens[k]?.sentence === sentence; k++) {
      const s = outside(k) ? fromMention(k) : null;
      if (s?.kind === 'person') return s;
    }
    return authors.get(word) ?? null;
  }

  /** "In a statement, the league said …": the subject after the comma issued the statement at `k`. */
  function inStatement(k: number): Speaker | null {
    if (tokens[k - 2]?.lower !== 'in' || !/^,\s*$/.test(tokens[k]?.post ?? '')) return null;
    const sentence = tokens[k]?.sentence;
    for (let j = k + 1; j <= k + 6 && tokens[j]?.sentence === sentence && outside(j); j++) {
      const s = fromMention(j);
      if (s) return s;
    }
    return null;
  }

  /**
   * "The Hale family announced the death in a statement", "Governor Ada Moss released a statement": the
   * subject of the verb that issued the document at `k` (the nearest person, body or group noun before it).
   */
  function issuer(k: number, focus: Focus): Speaker | null {
    // "in a statement" introduces a document its subject issued; "said in the report" cites one already there.
    const introduced = tokens[k - 2]?.lower === 'in' && ['a', 'an'].includes(tokens[k - 1]?.lower ?? '');
    const verb = introduced ? k - 2 : issuingVerb(k);
    if (verb < 0) return null;
    for (let j = verb; j >= Math.max(0, verb - 8) && outside(j); j--) {
      const t = tokens[j]!;
      if (/[,;:]/.test(t.post) || t.paragraph !== tokens[k]?.paragraph) return null;
      const m = ctx.mentionOf[j];
      if (!t.capitalized && (GROUP_NOUNS.has(t.lower) || MEMBER_NOUNS[t.lower])) {
        const owner = ctx.mentionOf[j - 1];
        return owner && ctx.entities[owner.entity]?.type !== 'place'
          ? { name: ctx.text.slice(tokens[owner.first]!.start, t.end), kind: 'group', via: 'document' }
          : groupNoun(j, focus);
      }
      if (m && ctx.entities[m.entity]?.type !== 'place') return fromMention(j);
    }
    return null;
  }

  /** The verb that issued or adopted the document at `k` ("passed a resolution", "voted for the plan"), or -1. */
  function issuingVerb(k: number): number {
    let j = k - 1;
    if (DOCUMENT_ARTICLES.has(tokens[j]?.lower ?? '') && isPlain(j)) j--;
    if (ISSUING.has(tokens[j]?.lower ?? '') && isPlain(j)) return j;
    if (!['for', 'on'].includes(tokens[j]?.lower ?? '')) return -1;
    for (let m = j - 1; m >= Math.max(0, j - 5) && isPlain(m) && outside(m); m--)
      if (VOTING.has(tokens[m]!.lower)) return m;
    return -1;
  }

  /**
   * "a report of a taxpayers committee", "a statement from the board": the body after "of" or "from" right
   * after the document noun at `i` wrote it (a quoted modifier inside the phrase is passed over).
   */
  function authorOf(i: number, focus: Focus): Speaker | null {
    if (!['of', 'from'].includes(tokens[i + 1]?.lower ?? '') || !isPlain(i) || !isPlain(i + 1)) return null;
    const sentence = tokens[i]?.sentence;
    let head = -1;
    for (let k = i + 2; k <= i + 8 && tokens[k]?.sentence === sentence; k++) {
      if (!outside(k)) continue;
      const t = tokens[k]!;
      if (head < 0 && DOCUMENT_ARTICLES.has(t.lower)) continue;
      head = k;
      const next = tokens[k + 1]?.lower ?? '';
      if (
        /[,;:.]/.test(t.post) ||
        /^(at|in|on|of|for|to|with|that|which|who|and)$/.test(next) ||
        finiteVerb(k + 1)
      )
        break;
    }
    const w = tokens[head]?.lower ?? '';
    if (head < 0) return null;
    if (!tokens[head]?.capitalized && (GROUP_NOUNS.has(w) || GROUP_NOUNS.has(singular(w))))
      return groupNoun(head, focus);
    const named = fromMention(head);
    return named &&
      named.kind === 'group' &&
      ctx.entities[ctx.mentionOf[head]?.entity ?? -1]?.type === 'organization'
      ? named
      : null;
  }

  /** "a statement adopted by the board", "a report by The Washington Post": the author after "by". */
  function authorBy(i: number, focus: Focus): Speaker | null {
    const sentence = tokens[i]?.sentence;
    for (let k = i + 1; k <= i + 9 && tokens[k]?.sentence === sentence && outside(k); k++) {
      if (/[,;]/.test(tokens[k - 1]?.post ?? '')) return null;
      if (tokens[k]?.lower !== 'by') continue;
      let j = k + 1;
      while (['the', 'a', 'an'].includes(tokens[j]?.lower ?? '') || /^\d/.test(tokens[j]?.text ?? '')) j++;
      // The phrase's head: the last word before a break ("by the 33-man Emory board at its annual meeting").
      let h = j;
      // "A statement by the city council reached the press": the phrase ends before a finite verb too.
      while (
        isPlain(h) &&
        tokens[h + 1]?.sentence === sentence &&
        !/^(at|in|on|of|for|to|with|that|which|who|and)$/.test(tokens[h + 1]?.lower ?? '') &&
        !finiteVerb(h + 1)
      )
        h++;
      const w = tokens[h]?.lower ?? '';
      if (MEDIA_NOUNS.has(w) && !tokens[h]?.capitalized) return outletNoun(h);
      if (!tokens[h]?.capitalized && (GROUP_NOUNS.has(w) || GROUP_NOUNS.has(singular(w))))
        return groupNoun(h, focus);
      const named = fromMention(j);
      if (named) return named;
      return null;
    }
    return null;
  }

  return {
    /** The author document noun `word` at token `i` speaks for, remembered for its later mentions; or null. */
    author(i: number, word: string, focus: Focus): Speaker | null {
      const found = documentAuthor(i, word, focus);
      if (found) authors.set(word, found);
      return found ?? authors.get(word) ?? null;
    },
  };
}
