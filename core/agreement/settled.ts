import { byArticleId, type Coding, type CodingSet } from './codings.ts';
import { articleUnits, unitsOverlapping, type UnitKind } from './units.ts';

// The adjudicated layer as one side of a comparison: what the team settled, unit by unit. Where an
// adjudicator decided a code in a unit, that decision (applied if any of their decisions there
// applies it); elsewhere the coders' reading where every coder who looked at the article agrees;
// where they differ and nobody adjudicated, the unit is missing for this side, not counted as
// either answer. So the machine is held against the team's settled reading, not against one coder.

export const ADJUDICATED = 'adjudicated';

/** An adjudicator's decision that a code applies (or does not) to a passage. */
export interface Adjudication {
  articleId: number;
  code: string;
  span: { start: number; end: number };
  applies: boolean;
}

export interface SettledLayer {
  /** Units where the settled reading applies the code, as unit-long passages. */
  codings: Coding[];
  /** Units where coders differ and nobody adjudicated. */
  unsettled: Coding[];
  /** Articles the layer speaks about: those any coder looked at. */
  lookedAt: Set<number>;
}

/** The settled layer of a coders' coding set, in the units the comparison is made in. */
export function settledLayer(
  coders: CodingSet,
  adjudications: readonly Adjudication[],
  kind: UnitKind,
): SettledLayer {
  const layer: SettledLayer = { codings: [], unsettled: [], lookedAt: new Set() };
  const codingsIn = byArticleId(coders.codings);
  const adjudicationsIn = byArticleId(adjudications);
  for (const article of coders.articles) {
    const looked = coders.coders.filter((coder) => coders.lookedAt.get(coder)?.has(article.id));
    if (looked.length === 0) continue;
    layer.lookedAt.add(article.id);
    const units = articleUnits(article.text, kind);
    const mark = (list: Coding[], code: string, unit: number) =>
      list.push({ articleId: article.id, coder: ADJUDICATED, code, span: { ...units[unit]! } });
    for (const code of coders.codes) {
      const applied = units.map(() => new Set<string>());
      for (const coding of codingsIn.get(article.id) ?? [])
        if (coding.code === code && looked.includes(coding.coder))
          for (const unit of coding.span
            ? unitsOverlapping(units, coding.span.start, coding.span.end)
            : units.keys())
            applied[unit]!.add(coding.coder);
      const decided = new Map<number, boolean>();
      for (const one of adjudicationsIn.get(article.id) ?? [])
        if (one.code === code)
          for (const unit of unitsOverlapping(units, one.span.start, one.span.end))
            decided.set(unit, (decided.get(unit) ?? false) || one.applies);
      units.forEach((_, unit) => {
        const adjudicated = decided.get(unit);
        const count = applied[unit]!.size;
        if (adjudicated ?? count === looked.length) {
          if (adjudicated !== false) mark(layer.codings, code, unit);
        } else if (adjudicated === undefined && count > 0) mark(layer.unsettled, code, unit);
      });
    }
  }
  return layer;
}
