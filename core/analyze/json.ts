import type { Db } from '../../db/open.ts';
import { listEntities, listMentions } from '../../db/entities.ts';
import { listQuotes } from '../../db/quotes.ts';
import { listAnnotations } from '../../db/annotations.ts';
import { listCodebooks, listCodes } from '../../db/codes.ts';
import { effectiveDecisions } from '../../db/frame-decisions.ts';
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
  /** Every frame of the codebooks that apply: present ones first, by salience. */
  frames: FrameJson[];
}

/** One frame's decision for the article, with its evidence sentences (issue 9). */
export interface FrameJson {
  frame: string;
  /** The frame's key in its codebook. */
  key: string;
  codebook: string;
  /** The article treats the issue in this frame's terms (asserted, or denied: see `denied`). */
  present: boolean;
  primary: boolean;
  /** Present as a claim the article denies: never counted as the frame asserted. */
  denied: boolean;
  /** Share of the codebook's weighted evidence (0–1); null for a person's decision without one. */
  salience: number | null;
  /** Who decided: the analysis ('auto'), a coder ('manual') or an adjudicator. */
  origin: 'auto' | 'manual' | 'adjudicated';
  /** Evidence sentences per 100 words. */
  score: number;
  /** One per evidence sentence; start/end/cue are its first cue, `cues` all of them. */
  hits: {
    start: number;
    end: number;
    cue: string;
    cues: { start: number; end: number; cue: string; negated: boolean }[];
    /** The sentence denies the frame's claim. */
    negated: boolean;
    sentence: { start: number; end: number };
    inQuote: boolean;
    speaker: string | null;
    status?: string;
  }[];
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const per100 = (n: number, wordCount: number) => Math.round((n * 100_000) / Math.max(wordCount, 1)) / 1000;

function byPresence(a: FrameJson, b: FrameJson): number {
  return Number(b.present) - Number(a.present) || (b.salience ?? 0) - (a.salience ?? 0);
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
    quotes: analysis.quotes.map(
      ({ kind, start, end, speaker, speakerType, cue, confidence, speakerSource }) => ({
        kind,
        text: text.slice(start, end),
        start,
        end,
        speaker,
        speakerType,
        cue,
        confidence,
        speakerSource,
      }),
    ),
    frames: analysis.frames
      .map((f): FrameJson => ({
        frame: frameNames.get(f.code) ?? f.name,
        key: f.frame,
        codebook: f.codebook,
        present: f.present,
        primary: f.primary,
        denied: f.denied,
        salience: f.salience,
        origin: 'auto',
        score: per100(f.evidence.length, words(text)),
        hits: f.evidence.map((item) => ({
          start: item.cues[0]!.start,
          end: item.cues[0]!.end,
          cue: item.cues[0]!.cue,
          cues: item.cues,
          negated: item.denied,
          sentence: { start: item.start, end: item.end },
          inQuote: item.inQuote,
          speaker: item.speaker,
        })),
      }))
      .sort(byPresence),
  };
}

/** The project's codes and codebook keys, read once for an export of many articles. */
export function codeLookup(db: Db) {
  return {
    codes: new Map(listCodes(db).map((code) => [code.id, code])),
    codebookKeys: new Map(listCodebooks(db).map((book) => [book.id, book.key])),
  };
}

/** From what a project stores for an article, corrections included; rejected suggestions left out. */
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
  // The decisions that count (a coder's over the machine's), with the evidence not rejected.
  const frames = new Map<number, FrameJson>();
  for (const d of effectiveDecisions(db, articleId)) {
    const code = codes.get(d.code_id);
    if (!code) continue;
    frames.set(d.code_id, {
      frame: code.name,
      key: code.key,
      codebook: codebookKeys.get(code.codebook_id) ?? '',
      present: d.present === 1,
      primary: d.is_primary === 1,
      denied: d.denied === 1,
      salience: d.salience,
      origin: d.origin,
      score: 0,
      hits: [],
    });
  }
  for (const hit of listAnnotations(db, articleId)) {
    const code = codes.get(hit.code_id);
    if (!code || code.kind !== 'frame' || hit.status === 'rejected') continue;
    const frame = frames.get(code.id);
    if (!frame) continue; // evidence of a frame with no decision: left over from before decisions
    const cues = hit.cues
      ? (JSON.parse(hit.cues) as FrameJson['hits'][number]['cues'])
      : [
          {
            start: hit.cue_start ?? hit.start,
            end: hit.cue_end ?? hit.end,
            cue: hit.cue ?? '',
            negated: hit.negated === 1,
          },
        ];
    frame.hits.push({
      start: hit.cue_start ?? hit.start,
      end: hit.cue_end ?? hit.end,
      cue: hit.cue ?? '',
      cues,
      negated: hit.negated === 1,
      sentence: { start: hit.start, end: hit.end },
      inQuote: hit.in_quote === 1,
      speaker: hit.speaker,
      status: hit.status,
    });
  }
  for (const frame of frames.values()) frame.score = per100(frame.hits.length, wordCount);
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
        confidence: quote.confidence ?? (quote.origin === 'manual' ? 1 : 0.5),
        speakerSource: quote.speaker_source,
        status: quote.status,
      })),
    frames: [...frames.values()].sort(byPresence),
  };
}
