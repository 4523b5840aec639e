import type { CodingSet } from './codings.ts';
import { articleUnits, unitsOverlapping, type UnitKind } from './units.ts';

// Where coders differ: the units (articles, paragraphs, sentences) in which, for one code, one
// coder who looked at the article applied the code and another who looked did not. The same
// presence model as the agreement figures (core/agreement/codings.ts), kept per unit so that a
// person can read each place side by side.

export interface DifferingUnit {
  articleId: number;
  /** The unit's place in its article, trimmed of the space around it. */
  start: number;
  end: number;
  code: string;
  /** Per coder of the set, in its order: 1 applied, 0 looked and did not, null never looked. */
  values: (0 | 1 | null)[];
}

/** The units where the coders who looked differ on a code, in article and text order. */
export function differingUnits(set: CodingSet, kind: UnitKind): DifferingUnit[] {
  const coderIndex = new Map(set.coders.map((coder, i) => [coder, i]));
  const byArticle = new Map<number, CodingSet['codings'][number][]>();
  for (const coding of set.codings) {
    if (!coderIndex.has(coding.coder)) continue;
    let list = byArticle.get(coding.articleId);
    if (!list) byArticle.set(coding.articleId, (list = []));
    list.push(coding);
  }
  const found: DifferingUnit[] = [];
  for (const article of set.articles) {
    const looked = set.coders.map((coder) => set.lookedAt.get(coder)?.has(article.id) ?? false);
    if (looked.filter(Boolean).length < 2) continue;
    const units = articleUnits(article.text, kind);
    const applied = new Map<string, Set<number>[]>();
    for (const coding of byArticle.get(article.id) ?? []) {
      const coder = coderIndex.get(coding.coder)!;
      if (!looked[coder]) continue;
      let perUnit = applied.get(coding.code);
      if (!perUnit) applied.set(coding.code, (perUnit = units.map(() => new Set<number>())));
      const hit = coding.span
        ? unitsOverlapping(units, coding.span.start, coding.span.end)
        : units.map((_, i) => i);
      for (const unit of hit) perUnit[unit]!.add(coder);
    }
    units.forEach((unit, i) => {
      for (const code of set.codes) {
        const by = applied.get(code)?.[i];
        if (!by || by.size === 0) continue;
        const values = looked.map((yes, coder) => (!yes ? null : by.has(coder) ? 1 : 0));
        if (!values.includes(0)) continue;
        const span = trimmed(article.text, unit.start, unit.end);
        if (span) found.push({ articleId: article.id, ...span, code, values });
      }
    });
  }
  return found;
}

/** A span without the space and line breaks around it; null when it holds only space. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
