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

/** Verbs that make their subject the author of the document after them. */
const ISSUING = new Set(['issued', 'released', 'published', 'sent', 'posted']);

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
    const by = authorBy(i, focus);
    if (by) return by;
    // "an official statement adopted by the board ... the statement said": introduced with its author before.
    const paragraph = tokens[i]?.paragraph ?? 0;
    for (let k = sentenceStart(i) - 1; k >= 0 && paragraph - (tokens[k]?.paragraph ?? 0) <= 6; k--) {
      if (singularWord(tokens[k]?.lower) === singularWord(word)) {
        const earlier = authorBy(k, focus) ?? inStatement(k) ?? issuer(k, focus);
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
    if (!introduced && !ISSUING.has(tokens[k - 2]?.lower ?? '') && !ISSUING.has(tokens[k - 1]?.lower ?? ''))
      return null;
    for (let j = k - 2; j >= Math.max(0, k - 10) && outside(j); j--) {
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
