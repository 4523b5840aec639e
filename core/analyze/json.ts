import type { Db } from '../../db/open.ts';
import { listEntities, listMentions } from '../../db/entities.ts';
import { listQuotes } from '../../db/quotes.ts';
import { listAnnotations } from '../../db/annotations.ts';
import { listCodebooks, listCodes } from '../../db/codes.ts';
import type { ArticleAnalysis } from './types.ts';
import type { Quote } from '../../nlp/index.ts';

/**
 * The analysis of one article in the JSON shape shared by `framescope analyze --json` and a
 * project's JSON export. Offsets are UTF-16 code units into the article's text.
 */
export interface AnalysisJson {
  entities: {
    name: string;
    type: string;
    aliases: string[];
    role?: string;
    /** How sure analysis is of the type (0–1); null where a person made a mention or before confidences. */
    confidence: number | null;
    mentions: { start: number; end: number }[];
  }[];
  quotes: (Quote & { status?: string })[];
  frames: {
    frame: string;
    codebook: string;
    score: number;
    hits: {
      start: number;
      end: number;
      cue: string;
      negated: boolean;
      sentence: { start: number; end: number };
    }[];
  }[];
}

/** From a fresh analysis (no project): frames named by `codebook/frame` keys are given their names. */
export function analysisJson(
  analysis: ArticleAnalysis,
  text: string,
  frameNames: ReadonlyMap<string, string>,
): AnalysisJson {
  return {
    entities: analysis.entities.map(({ name, type, aliases, role, confidence, mentions }) => ({
      name,
      type,
      aliases,
      ...(role ? { role } : {}),
      confidence,
      mentions,
    })),
    quotes: analysis.quotes.map(({ kind, start, end, speaker, speakerType, cue }) => ({
      kind,
      text: text.slice(start, end),
      start,
      end,
      speaker,
      speakerType,
      cue,
    })),
    frames: analysis.frames.map(({ code, score, hits }) => ({
      frame: frameNames.get(code) ?? code,
      codebook: code.split('/')[0]!,
      score,
      hits: hits.map((hit) => ({
        start: hit.start,
        end: hit.end,
        cue: hit.cue,
        negated: hit.negated,
        sentence: { start: hit.sentenceStart, end: hit.sentenceEnd },
      })),
    })),
  };
}

/** From what a project stores for an article, corrections included; rejected suggestions left out. */
/** The project's codes and codebook keys, read once for an export of many articles. */
export function codeLookup(db: Db) {
  return {
    codes: new Map(listCodes(db).map((code) => [code.id, code])),
    codebookKeys: new Map(listCodebooks(db).map((book) => [book.id, book.key])),
  };
}

export function storedAnalysisJson(
  db: Db,
  articleId: number,
  text: string,
  wordCount: number,
  { codes, codebookKeys } = codeLookup(db),
): AnalysisJson {
  const entities = new Map(
    listEntities(db, articleId).map((e) => [
      e.id,
      {
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        confidence: e.confidence,
        mentions: [] as { start: number; end: number }[],
        role: undefined as string | undefined,
      },
    ]),
  );
  for (const mention of listMentions(db, articleId)) {
    const entity = entities.get(mention.entity_id);
    entity?.mentions.push({ start: mention.start, end: mention.end });
    if (entity && mention.role && !entity.role) entity.role = mention.role;
  }
  const frames = new Map<number, AnalysisJson['frames'][number]>();
  for (const hit of listAnnotations(db, articleId)) {
    const code = codes.get(hit.code_id);
    if (!code || code.kind !== 'frame' || hit.status === 'rejected') continue;
    let frame = frames.get(code.id);
    if (!frame)
      frames.set(
        code.id,
        (frame = {
          frame: code.name,
          codebook: codebookKeys.get(code.codebook_id) ?? '',
          score: 0,
          hits: [],
        }),
      );
    frame.hits.push({
      start: hit.cue_start ?? hit.start,
      end: hit.cue_end ?? hit.end,
      cue: hit.cue ?? '',
      negated: hit.negated === 1,
      sentence: { start: hit.start, end: hit.end },
    });
  }
  for (const frame of frames.values())
    frame.score = Math.round((frame.hits.length * 100_000) / Math.max(wordCount, 1)) / 1000;
  return {
    entities: [...entities.values()].map(({ role, ...entity }) => ({ ...entity, ...(role ? { role } : {}) })),
    quotes: listQuotes(db, articleId)
      .filter((quote) => quote.status !== 'rejected')
      .map((quote) => ({
        kind: quote.kind,
        text: text.slice(quote.start, quote.end),
        start: quote.start,
        end: quote.end,
        speaker: quote.speaker_text,
        speakerType: quote.speaker_type,
        cue: quote.cue,
        status: quote.status,
      })),
    frames: [...frames.values()].sort((a, b) => b.score - a.score),
  };
}
