import type { MentionEntityRow, QuoteSpeakerRow } from '../../db/compare.ts';
import { genericSpeaker, isOutletName } from '../../nlp/quotes/source-kind.ts';
import { round } from './outlet.ts';
import { wordCount } from './words.ts';

// Who is quoted, per outlet: each speaker's quotes and share of the outlet's quoted words, the
// first source each article quotes, and the kind of source: a news outlet (news media), a source
// the text does not name ("a senior official", "U.S. officials": anonymous), a person with an
// official role or title (official), an organization or a group (institution), anyone else (other).
// A speaker analysis could not name is drawn as such, never as a speaker called "newspaper".

export type SourceKind = 'official' | 'institution' | 'media' | 'anonymous' | 'other';
export const SOURCE_KINDS: readonly SourceKind[] = ['official', 'institution', 'media', 'anonymous', 'other'];

export interface SpeakerTally {
  speaker: string;
  entityId: number | null;
  kind: SourceKind;
  quotes: number;
  words: number;
  /** Share of the outlet's quoted words. */
  wordShare: number;
  /** Articles of the outlet that quote this speaker first. */
  firstIn: number;
}

export interface OutletSpeakers {
  quotes: number;
  words: number;
  speakers: SpeakerTally[];
  kinds: Record<SourceKind, { quotes: number; words: number; wordShare: number }>;
  /** The first source each article quotes, in article order. */
  firstSources: { articleId: number; speaker: string; kind: SourceKind }[];
}

export interface SpeakerMatrix {
  speakers: { speaker: string; entityId: number | null; kind: SourceKind }[];
  outlets: string[];
  /** [speaker][outlet] */
  quotes: number[][];
  wordShare: number[][];
}

/**
 * Words of a role that hold public office. Experts, analysts, doctors and courtesy titles (Mr, Dr)
 * make no one an official: they speak for themselves, not for a state or a party.
 */
const OFFICE_WORDS = new Set(
  (
    'president vice-president premier minister prime chancellor secretary undersecretary spokesman ' +
    'spokeswoman spokesperson official officials governor senator congressman congresswoman lawmaker ' +
    'legislator mp mep deputy mayor ambassador envoy diplomat consul commissioner general admiral ' +
    'commander colonel king queen prince princess pope sheriff judge justice prosecutor attorney-general ' +
    'councillor councilman councilwoman alderman chairman chairwoman director-general ministry'
  ).split(' '),
);
/** A quote whose speaker analysis could not identify. */
export const UNNAMED = '(speaker not identified)';
/** Speakers named only by a bare noun ("the newspaper writes", "officials said"). */
export const UNNAMED_OUTLET = '(unnamed news outlet)';
export const UNNAMED_SOURCES = '(unnamed sources)';

export function isOfficialRole(role: string): boolean {
  return role
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .some((word) => OFFICE_WORDS.has(word));
}

export function sourceKind(quote: QuoteSpeakerRow, officialEntities: ReadonlySet<number>): SourceKind {
  const name = quote.entity_name ?? quote.speaker_text;
  if (quote.speaker_source === 'media' || (name !== null && isOutletName(name))) return 'media';
  const generic = name === null ? null : genericSpeaker(name);
  if (generic === 'media') return 'media';
  if (quote.speaker_source === 'unnamed' || generic === 'unnamed') return 'anonymous';
  if (quote.entity_type === 'organization' || quote.entity_type === 'place') return 'institution';
  if (quote.speaker_entity_id !== null && officialEntities.has(quote.speaker_entity_id)) return 'official';
  if (quote.speaker_type === 'group') return 'institution';
  return 'other';
}

/** People mentioned with an official role anywhere in the selection. */
export function officialPeople(mentions: readonly MentionEntityRow[]): Set<number> {
  const officials = new Set<number>();
  for (const mention of mentions)
    if (mention.type === 'person' && mention.role && isOfficialRole(mention.role))
      officials.add(mention.entity_id);
  return officials;
}

export function outletSpeakers(
  outlets: ReadonlyMap<string, readonly number[]>,
  quotes: readonly QuoteSpeakerRow[],
  texts: ReadonlyMap<number, string>,
  officials: ReadonlySet<number>,
): { perOutlet: Record<string, OutletSpeakers>; matrix: SpeakerMatrix } {
  const byArticle = new Map<number, QuoteSpeakerRow[]>();
  for (const quote of quotes) {
    let list = byArticle.get(quote.article_id);
    if (!list) byArticle.set(quote.article_id, (list = []));
    list.push(quote);
  }
  const perOutlet: Record<string, OutletSpeakers> = {};
  const overall = new Map<string, { entityId: number | null; kind: SourceKind; words: number }>();
  for (const [outlet, ids] of outlets) {
    const result: OutletSpeakers = {
      quotes: 0,
      words: 0,
      speakers: [],
      kinds: { official: empty(), institution: empty(), media: empty(), anonymous: empty(), other: empty() },
      firstSources: [],
    };
    const tallies = new Map<string, SpeakerTally>();
    for (const id of ids) {
      const text = texts.get(id) ?? '';
      (byArticle.get(id) ?? []).forEach((quote, index) => {
        const kind = sourceKind(quote, officials);
        const speaker = speakerName(quote);
        const count = wordCount(text.slice(quote.start, quote.end));
        let tally = tallies.get(speaker);
        if (!tally) {
          tally = {
            speaker,
            entityId: quote.speaker_entity_id,
            kind,
            quotes: 0,
            words: 0,
            wordShare: 0,
            firstIn: 0,
          };
          tallies.set(speaker, tally);
        }
        tally.quotes++;
        tally.words += count;
        result.quotes++;
        result.words += count;
        result.kinds[kind].quotes++;
        result.kinds[kind].words += count;
        if (index === 0) {
          tally.firstIn++;
          result.firstSources.push({ articleId: id, speaker, kind });
        }
        const all = overall.get(speaker) ?? { entityId: quote.speaker_entity_id, kind, words: 0 };
        all.words += count;
        overall.set(speaker, all);
      });
    }
    for (const tally of tallies.values()) tally.wordShare = round(tally.words / Math.max(1, result.words));
    for (const kind of Object.values(result.kinds))
      kind.wordShare = round(kind.words / Math.max(1, result.words));
    result.speakers = [...tallies.values()].sort(
      (a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker),
    );
    perOutlet[outlet] = result;
  }
  const speakers = [...overall].sort((a, b) => b[1].words - a[1].words || a[0].localeCompare(b[0]));
  const names = [...outlets.keys()];
  const bySpeaker = new Map(
    names.map((outlet) => [outlet, new Map(perOutlet[outlet]!.speakers.map((s) => [s.speaker, s]))]),
  );
  const cell = (speaker: string, outlet: string) => bySpeaker.get(outlet)!.get(speaker);
  return {
    perOutlet,
    matrix: {
      speakers: speakers.map(([speaker, entry]) => ({ speaker, entityId: entry.entityId, kind: entry.kind })),
      outlets: names,
      quotes: speakers.map(([speaker]) => names.map((outlet) => cell(speaker, outlet)?.quotes ?? 0)),
      wordShare: speakers.map(([speaker]) => names.map((outlet) => cell(speaker, outlet)?.wordShare ?? 0)),
    },
  };
}

/** The speaker as the chart draws it: its name, or what kind of unnamed source it is. */
export function speakerName(quote: QuoteSpeakerRow): string {
  const name = quote.entity_name ?? quote.speaker_text;
  if (name === null) return UNNAMED;
  const generic = genericSpeaker(name);
  if (generic === 'media') return UNNAMED_OUTLET;
  if (generic === 'unnamed') return UNNAMED_SOURCES;
  return name;
}

function empty(): { quotes: number; words: number; wordShare: number } {
  return { quotes: 0, words: 0, wordShare: 0 };
}
