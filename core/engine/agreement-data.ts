import type { Db } from '../../db/open.ts';
import type { CoderRow } from '../../db/coders.ts';
import { listCodes } from '../../db/codes.ts';
import { findEntitiesByAlias, getEntity, getEntityByName } from '../../db/entities.ts';
import {
  analysedArticleIds,
  articlesForUnits,
  codebookCodings,
  coderArticles,
  speakerQuotes,
  type CodingRow,
  type SpeakerQuoteRow,
  type UnitArticleRow,
} from '../../db/agreement.ts';
import { adjudicatedRows } from '../../db/disagreements.ts';
import type { CodedArticle, Coding, CodingSet } from '../agreement/codings.ts';
import { ADJUDICATED, settledLayer, type Adjudication } from '../agreement/settled.ts';
import type { UnitKind } from '../agreement/units.ts';
import type { SpeakerPair } from '../agreement/speakers.ts';

// Reads a project's codings into the pure agreement model. A coder's codings are the passages
// they coded by hand and the suggestions they accepted; the machine's are every suggestion it
// made, whatever became of it. A coder has looked at an article when they made any decision in
// it (coded, reviewed a suggestion, corrected or marked a quote); the machine has looked at every
// article it analysed.

export const MACHINE = 'machine';
export const coderKey = (coder: { id: number }) => `c${coder.id}`;

export interface CodeLabels {
  codes: string[];
  labels: Map<string, string>;
}

export function codebookLabels(db: Db, codebookId: number, framesOnly = false): CodeLabels {
  const codes = listCodes(db, codebookId).filter((code) => !framesOnly || code.kind === 'frame');
  return {
    codes: codes.map((code) => String(code.id)),
    labels: new Map(codes.map((code) => [String(code.id), code.name])),
  };
}

function lookedAtBy(db: Db, coders: readonly CoderRow[]): Map<string, Set<number>> {
  const keys = new Map(coders.map((coder) => [coder.id, coderKey(coder)]));
  const looked = new Map(coders.map((coder) => [coderKey(coder), new Set<number>()]));
  for (const row of coderArticles(db)) {
    const key = keys.get(row.coder_id);
    if (key) looked.get(key)!.add(row.article_id);
  }
  return looked;
}

const asCoding = (row: CodingRow, coder: string): Coding => ({
  articleId: row.article_id,
  coder,
  code: String(row.code_id),
  span: { start: row.start, end: row.end },
});

/** Articles two of the sides looked at, with their texts. */
function sharedArticles(db: Db, lookedAt: ReadonlyMap<string, ReadonlySet<number>>) {
  const seen = new Map<number, number>();
  for (const articles of lookedAt.values()) for (const id of articles) seen.set(id, (seen.get(id) ?? 0) + 1);
  const ids = [...seen].filter(([, count]) => count >= 2).map(([id]) => id);
  return articlesForUnits(
    db,
    ids.sort((a, b) => a - b),
  ).map(asUnitArticle);
}

const asUnitArticle = (row: UnitArticleRow): CodedArticle => ({
  id: row.id,
  text: row.text,
  group: row.outlet,
});

/** Coders compared with one another on a codebook's codes and frames. */
export function coderCodingSet(
  db: Db,
  codebookId: number,
  coders: readonly CoderRow[],
  codes: CodeLabels,
): CodingSet {
  const keys = new Map(coders.map((coder) => [coder.id, coderKey(coder)]));
  const codings = codebookCodings(db, codebookId)
    .filter((row) => row.status === 'accepted' && row.coder_id !== null && keys.has(row.coder_id))
    .map((row) => asCoding(row, keys.get(row.coder_id!)!));
  const lookedAt = lookedAtBy(db, coders);
  return {
    source: 'hand codes and frame evidence',
    articleLevel: false,
    articles: sharedArticles(db, lookedAt),
    coders: coders.map(coderKey),
    codes: codes.codes,
    codings,
    lookedAt,
  };
}

/** The machine's frame suggestions against one coder's frame decisions. */
export function machineCodingSet(db: Db, codebookId: number, coder: CoderRow, frames: CodeLabels): CodingSet {
  const person = coderKey(coder);
  const codings: Coding[] = [];
  for (const row of codebookCodings(db, codebookId)) {
    if (row.origin === 'auto') codings.push(asCoding(row, MACHINE));
    if (row.status === 'accepted' && row.coder_id === coder.id) codings.push(asCoding(row, person));
  }
  const lookedAt = new Map([
    [MACHINE, new Set(analysedArticleIds(db))],
    [person, lookedAtBy(db, [coder]).get(person)!],
  ]);
  return {
    source: 'frame evidence',
    articleLevel: false,
    articles: sharedArticles(db, lookedAt),
    coders: [MACHINE, person],
    codes: frames.codes,
    codings,
    lookedAt,
  };
}

/**
 * The machine's frame suggestions against the adjudicated layer: what an adjudicator settled, and
 * the coders' shared reading where nobody had to (core/agreement/settled.ts), in the given units.
 */
export function machineSettledCodingSet(
  db: Db,
  codebookId: number,
  coders: readonly CoderRow[],
  frames: CodeLabels,
  unit: UnitKind,
): CodingSet {
  const people = coderCodingSet(db, codebookId, coders, frames);
  const adjudications: Adjudication[] = adjudicatedRows(db, codebookId).map((row) => ({
    articleId: row.article_id,
    code: String(row.code_id),
    span: { start: row.start, end: row.end },
    applies: row.status === 'accepted',
  }));
  const settled = settledLayer(
    { ...people, articles: articlesForUnits(db, everyArticle(people)).map(asUnitArticle) },
    adjudications,
    unit,
  );
  const machine = codebookCodings(db, codebookId)
    .filter((row) => row.origin === 'auto')
    .map((row) => asCoding(row, MACHINE));
  const lookedAt = new Map([
    [MACHINE, new Set(analysedArticleIds(db))],
    [ADJUDICATED, settled.lookedAt],
  ]);
  return {
    source: 'frame evidence',
    articleLevel: false,
    articles: sharedArticles(db, lookedAt),
    coders: [MACHINE, ADJUDICATED],
    codes: frames.codes,
    codings: [...machine, ...settled.codings],
    unsettled: settled.unsettled,
    lookedAt,
  };
}

/** Every article any side of a coding set looked at, in order. */
function everyArticle(set: CodingSet): number[] {
  const ids = new Set<number>();
  for (const articles of set.lookedAt.values()) for (const id of articles) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

export interface SpeakerPairs {
  pairs: SpeakerPair[];
  labelOf: (key: string) => string;
  /** Quotes the coder decided whose suggested speaker predates this version and is not known. */
  unknown: number;
}

/**
 * The quotes a coder and the machine both have, with both speakers: suggestions the coder
 * accepted or corrected, and quotes the coder marked by hand over a suggested one (the suggestion
 * overlapping most, by at least half of the shorter quote).
 */
export function machineSpeakerPairs(db: Db, coder: CoderRow): SpeakerPairs {
  const resolve = speakerResolver(db);
  const quotes = speakerQuotes(db);
  const suggestions = new Map<number, SpeakerQuoteRow[]>();
  for (const quote of quotes)
    if (quote.origin === 'auto') {
      const list = suggestions.get(quote.article_id) ?? [];
      list.push(quote);
      suggestions.set(quote.article_id, list);
    }
  const used = new Set<number>();
  const pairs: SpeakerPair[] = [];
  let unknown = 0;
  const personKey = (quote: SpeakerQuoteRow) =>
    quote.speaker_entity_id !== null
      ? resolve.entity(quote.speaker_entity_id)
      : resolve.text(quote.speaker_text);
  const decided = quotes.filter((quote) => quote.coder_id === coder.id && quote.status === 'accepted');
  // Accepted suggestions first, so a hand-made quote never takes the suggestion a coder accepted.
  decided.sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'auto' ? -1 : 1));
  for (const quote of decided) {
    const suggestion =
      quote.origin === 'auto' ? quote : bestOverlap(quote, suggestions.get(quote.article_id), used);
    if (!suggestion) continue;
    used.add(suggestion.id);
    if (suggestion.suggested_speaker_known === 0) {
      unknown++;
      continue;
    }
    pairs.push({ machine: resolve.text(suggestion.suggested_speaker), person: personKey(quote) });
  }
  return { pairs, labelOf: resolve.label, unknown };
}

function bestOverlap(
  quote: SpeakerQuoteRow,
  candidates: readonly SpeakerQuoteRow[] | undefined,
  used: ReadonlySet<number>,
): SpeakerQuoteRow | undefined {
  let best: SpeakerQuoteRow | undefined;
  let bestOverlap = 0;
  for (const candidate of candidates ?? []) {
    if (used.has(candidate.id)) continue;
    const overlap = Math.min(quote.end, candidate.end) - Math.max(quote.start, candidate.start);
    const shorter = Math.min(quote.end - quote.start, candidate.end - candidate.start);
    if (overlap * 2 >= shorter && overlap > bestOverlap) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Speakers as comparable keys: a project entity where the name (or a remembered alias, such as a
 * name merged away) resolves to one, else the name itself, case folded.
 */
function speakerResolver(db: Db) {
  const labels = new Map<string, string>();
  const byText = new Map<string, string>();
  const entity = (id: number): string => {
    const key = `e:${id}`;
    if (!labels.has(key)) labels.set(key, getEntity(db, id)?.name ?? `entity ${id}`);
    return key;
  };
  const text = (name: string | null): string | null => {
    const trimmed = name?.trim();
    if (!trimmed) return null;
    const cached = byText.get(trimmed);
    if (cached) return cached;
    const found =
      getEntityByName(db, trimmed, 'person') ??
      getEntityByName(db, trimmed, 'organization') ??
      onlyOne(findEntitiesByAlias(db, trimmed, 'person')) ??
      onlyOne(findEntitiesByAlias(db, trimmed, 'organization'));
    let key: string;
    if (found) key = entity(found.id);
    else {
      key = `t:${trimmed.toLowerCase()}`;
      if (!labels.has(key)) labels.set(key, trimmed);
    }
    byText.set(trimmed, key);
    return key;
  };
  return { entity, text, label: (key: string) => labels.get(key) ?? key };
}

const onlyOne = <T>(rows: readonly T[]): T | undefined => (rows.length === 1 ? rows[0] : undefined);
