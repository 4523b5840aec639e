import type { QuoteSpeakerRow } from '../../db/compare.ts';
import { NEUTRAL_VERBS, reportingVerb } from '../../nlp/reporting-verb.ts';
import { round } from './outlet.ts';
import { sourceKind, speakerName, type SourceKind } from './speakers.ts';

// How each outlet introduces its sources: the reporting verbs of its quotes ("said", "claimed",
// "admitted", "insisted"), in dictionary form, per outlet and per speaker. "Said" reports; "claimed"
// doubts and "admitted" concedes: which verb an outlet picks for whom is a known marker of slant.

export interface VerbCount {
  verb: string;
  count: number;
  /** Reports without judging ("say", "tell"). */
  neutral: boolean;
}

export interface OutletVerbs {
  /** Quotes with a reporting verb, and how many of them use a verb that judges. */
  quotes: number;
  loaded: number;
  loadedShare: number;
  verbs: VerbCount[];
  speakers: { speaker: string; kind: SourceKind; quotes: number; verbs: VerbCount[] }[];
}

export interface VerbTable {
  /** Every verb used, most used first. */
  verbs: string[];
  perOutlet: Record<string, OutletVerbs>;
}

function counted(counts: ReadonlyMap<string, number>): VerbCount[] {
  return [...counts]
    .map(([verb, count]) => ({ verb, count, neutral: NEUTRAL_VERBS.has(verb) }))
    .sort((a, b) => b.count - a.count || a.verb.localeCompare(b.verb));
}

const bump = (counts: Map<string, number>, verb: string) => counts.set(verb, (counts.get(verb) ?? 0) + 1);

export function attributionVerbs(
  outlets: ReadonlyMap<string, readonly number[]>,
  quotes: readonly QuoteSpeakerRow[],
  officials: ReadonlySet<number>,
): VerbTable {
  const outletOfArticle = new Map<number, string>();
  for (const [outlet, ids] of outlets) for (const id of ids) outletOfArticle.set(id, outlet);
  const overall = new Map<string, number>();
  const byOutlet = new Map<
    string,
    { verbs: Map<string, number>; speakers: Map<string, { kind: SourceKind; verbs: Map<string, number> }> }
  >();
  for (const outlet of outlets.keys()) byOutlet.set(outlet, { verbs: new Map(), speakers: new Map() });
  for (const quote of quotes) {
    const outlet = outletOfArticle.get(quote.article_id);
    const verb = reportingVerb(quote.cue);
    if (outlet === undefined || verb === null) continue;
    const entry = byOutlet.get(outlet)!;
    const speaker = speakerName(quote);
    let own = entry.speakers.get(speaker);
    if (!own) entry.speakers.set(speaker, (own = { kind: sourceKind(quote, officials), verbs: new Map() }));
    bump(own.verbs, verb);
    bump(entry.verbs, verb);
    bump(overall, verb);
  }
  const perOutlet: Record<string, OutletVerbs> = {};
  for (const [outlet, entry] of byOutlet) {
    const verbs = counted(entry.verbs);
    const quotesWithVerb = verbs.reduce((sum, verb) => sum + verb.count, 0);
    const loaded = verbs.filter((verb) => !verb.neutral).reduce((sum, verb) => sum + verb.count, 0);
    perOutlet[outlet] = {
      quotes: quotesWithVerb,
      loaded,
      loadedShare: round(quotesWithVerb === 0 ? 0 : loaded / quotesWithVerb),
      verbs,
      speakers: [...entry.speakers]
        .map(([speaker, own]) => {
          const list = counted(own.verbs);
          return {
            speaker,
            kind: own.kind,
            quotes: list.reduce((sum, verb) => sum + verb.count, 0),
            verbs: list,
          };
        })
        .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker)),
    };
  }
  return { verbs: counted(overall).map((verb) => verb.verb), perOutlet };
}
