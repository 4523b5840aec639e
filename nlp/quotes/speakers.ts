// The speaker rules the attribution pipeline calls: the subject before a reporting verb (subject-before.ts),
// the noun phrase after an inverted verb or "according to" (here), both resolved through the head rules
// (heads.ts) over one document's referents.
import { DOCUMENT_NOUNS, GROUP_NOUNS, MEMBER_NOUNS, PERSON_ROLE_NOUNS, TITLES } from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { createReferents } from './referents.ts';
import { MEDIA_NOUNS } from './media.ts';
import { NOT_SOURCES } from './unnamed.ts';
import type { Focus, Speaker } from './referents.ts';
import { LEADING, NP_BREAKS, POSTMODIFIERS, createHeads } from './heads.ts';
import { createSubjectBefore } from './subject-before.ts';

export type { Focus, Speaker };

/** Finds who a reporting verb's subject (before it, or after it when inverted) refers to. */
export function createSpeakers(ctx: DocContext) {
  const { tokens } = ctx;
  // One set of referents for both directions: it remembers the unnamed sources a document has introduced.
  const referents = createReferents(ctx);
  const {
    outside,
    fromMention,
    pronoun,
    role,
    nearestNamed,
    isIndefinite,
    unnamed,
    isUnnamedHead,
    outletNoun,
  } = referents;
  const heads = createHeads(ctx, referents);
  const { headSpeaker, agentNoun, oneOf, capitalisedRun } = heads;
  const subjectBefore = createSubjectBefore(ctx, referents, heads);

  /** The speaker named by the noun phrase starting at `first` (after an inverted verb or "according to"). */
  function subjectAfter(first: number, focus: Focus): Speaker | null {
    let end = first - 1;
    for (let k = first; k < Math.min(tokens.length, first + 6) && outside(k); k++) {
      end = k;
      const t = tokens[k];
      const continues =
        t &&
        (t.post.trim() === '' || t.post === '-' || (t.abbrev && t.post.trim() === '.')) &&
        !t.post.includes('\n');
      if (!continues || NP_BREAKS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.sentence !== t?.sentence)
        break;
      // "this group headed by Judge X": the body, not who heads it.
      if (LEADING.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') break;
    }
    if (end < first) return null;
    // "according to a person familiar with the matter": the head is the noun before "familiar".
    if (POSTMODIFIERS.has(tokens[end]?.lower ?? '') && end > first) end--;
    const head = tokens[end];
    const w = head?.lower ?? '';
    const headMention = fromMention(end);
    if (headMention) return headMention;
    // "said one of the firemen, Bert Nolan": the name after the group it was one of.
    if (w === 'one' && tokens[end + 1]?.lower === 'of') {
      for (let k = end + 2; k < Math.min(tokens.length, end + 8) && outside(k); k++) {
        if (tokens[k]?.sentence !== head?.sentence) break;
        if (!/^,\s*$/.test(tokens[k]?.post ?? '')) continue;
        const named = fromMention(k + 1);
        if (named?.kind === 'person') return named;
        break;
      }
      const member = oneOf(end);
      if (member >= 0) return unnamed(member);
    }
    if (w === 'he' || w === 'she') return pronoun(end, 'person', focus);
    const holder = officeHolder(end);
    if (holder) return holder;
    // "said a spokesman for the mayor": the source, named with its tie to a body.
    const related = referents.relational(end, focus);
    if (related) return related;
    if (head && !head.capitalized && NOT_SOURCES.has(w)) return null;
    if (MEDIA_NOUNS.has(w) && !head?.capitalized) return outletNoun(end);
    // "said the magistrate, K. J. P. Baraclough"
    const unnamedHead = !!head && !head.capitalized && isUnnamedHead(w) && !MEMBER_NOUNS[w];
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w) || unnamedHead) {
      // "…, Dr. Juan Ortiz": a title may open the appositive name.
      const titled = TITLES.has(tokens[end + 1]?.lower ?? '') ? 1 : 0;
      const appositive = /^,\s*$/.test(head?.post ?? '') ? fromMention(end + 1 + titled) : null;
      if (appositive?.kind === 'person') return appositive;
      return role(end, focus) ?? (unnamedHead ? unnamed(end) : null);
    }
    if (GROUP_NOUNS.has(w) || MEMBER_NOUNS[w] || DOCUMENT_NOUNS.has(w) || lexiconTags(w).includes('Plural'))
      return isIndefinite(end) && !GROUP_NOUNS.has(w) ? null : headSpeaker(end, focus);
    for (let k = first; k <= end; k++) {
      const s = fromMention(k);
      if (s) return s;
    }
    return agentNoun(end);
  }

  /**
   * "said the head of the Swiss Red Cross, Anna Keller": an office named with what it is of, then the
   * person holding it set off by a comma. The person speaks, not the office. Null unless a person's name
   * follows the first comma after the office, with no verb or other person before it.
   */
  function officeHolder(h: number): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || GROUP_NOUNS.has(head.lower)) return null;
    if (!['of', 'for', 'at'].includes(tokens[h + 1]?.lower ?? '')) return null;
    if (!(PERSON_ROLE_NOUNS.has(head.lower) || TITLES.has(head.lower) || isUnnamedHead(head.lower)))
      return null;
    for (let k = h + 2; k < Math.min(tokens.length, h + 12); k++) {
      const t = tokens[k];
      if (!t || !outside(k) || t.sentence !== head.sentence) return null;
      if (fromMention(k)?.kind === 'person') return namedAfterBody(k);
      if (!/^,\s*$/.test(t.post)) continue;
      const mention = ctx.mentionOf[k + 1];
      const named = mention?.first === k + 1 ? fromMention(k + 1) : null;
      return named?.kind === 'person' ? named : null;
    }
    return null;
  }

  /**
   * "said the head of the dock workers union Ana Lind": the holder's name straight after the body, with no comma,
   * ending the clause. Not the object of a preposition ("a spokesman for Ana Lind"), nor a possessive owner.
   */
  function namedAfterBody(k: number): Speaker | null {
    const m = ctx.mentionOf[k];
    const before = tokens[k - 1];
    if (!m || m.first !== k || !before || before.post !== ' ' || before.capitalized) return null;
    if (NP_BREAKS.has(before.lower) || TITLES.has(before.lower) || tokens[m.last]?.possessive) return null;
    const after = tokens[m.last + 1];
    const ends =
      !after || after.sentence !== tokens[k]?.sentence || /^[,.;]/.test(tokens[m.last]!.post.trim());
    return ends ? fromMention(k) : null;
  }

  return {
    subjectBefore,
    subjectAfter,
    nearestNamed,
    nounOwner: referents.nounOwner,
    pronoun,
    headSpeaker,
    fromMention,
    media: referents.media,
    unnamed,
    describedSource: referents.describedSource,
    /** "Conte:" opening a sentence: the capitalised words from..to taken as a name. */
    nameBefore: (from: number, to: number) => capitalisedRun(from, to, true),
  };
}

export type Speakers = ReturnType<typeof createSpeakers>;
