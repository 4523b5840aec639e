import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { getCode, getCodebook } from '../../../db/codes.ts';
import { listCoders, type CoderRow } from '../../../db/coders.ts';
import { codebookCodings } from '../../../db/agreement.ts';
import {
  adjudicatedFrameDecision,
  adjudicatedOverlapping,
  adjudicatedRows,
  codingMemos,
  type AdjudicatedRow,
} from '../../../db/disagreements.ts';
import { differingUnits, trimmed } from '../../agreement/disagreements.ts';
import type { UnitKind } from '../../agreement/units.ts';
import { codebookLabels, coderCodingSet } from '../agreement-data.ts';
import type { EditRecorder } from '../history.ts';
import { EngineError, notFound } from '../errors.ts';
import { id } from '../schemas.ts';
import type { Session } from '../session.ts';
import { coderRef, findCoder } from './coders.ts';
import { checkSpan } from './quotes.ts';

// Disagreements (issue 11): the units where coders differ on a code of a codebook, side by side
// with their memos, and the adjudicator's decision on each, recorded as its own layer. An
// adjudicated decision that a frame is present (anywhere), or absent from a whole article, is also
// the article's adjudicated frame decision, so Compare counts it over the coders' and the machine's.

export const disagreementArgs = z.tuple([
  z.strictObject({
    codebookId: id,
    unit: z.enum(['article', 'paragraph', 'sentence']).optional(),
    /** Coders by name or number; default: every coder who coded with the codebook, adjudicators aside. */
    coders: z.array(coderRef).optional(),
    /** Leave out the units an adjudicator has settled. */
    open: z.boolean().optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  }),
]);
export type DisagreementArgs = z.infer<typeof disagreementArgs>[0];

export const adjudicateArgs = z.tuple([
  z.strictObject({
    articleId: id,
    codeId: id,
    start: z.number().int().min(0),
    end: z.number().int().positive(),
    /** The code applies to the unit (true) or not (false). */
    present: z.boolean(),
    /** The adjudicator deciding. */
    coderId: id,
    memo: z.string().optional(),
  }),
]);
export type AdjudicateArgs = z.infer<typeof adjudicateArgs>[0];

export interface DisagreementSide {
  coderId: number;
  name: string;
  /** Applied the code here (true), looked at the article and did not (false), never looked (null). */
  present: boolean | null;
  memos: string[];
}

export interface AdjudicatedView {
  present: boolean;
  coderName: string | null;
  decidedAt: string | null;
  memo: string | null;
}

export interface Disagreement {
  articleId: number;
  title: string | null;
  outlet: string | null;
  start: number;
  end: number;
  text: string;
  codeId: number;
  codeName: string;
  sides: DisagreementSide[];
  adjudicated: AdjudicatedView | null;
}

export interface DisagreementResult {
  codebook: { id: number; name: string };
  unit: UnitKind;
  coders: CoderRow[];
  /** Units where coders differ (settled ones included unless `open`). */
  total: number;
  settled: number;
  units: Disagreement[];
}

const DEFAULT_LIMIT = 500;

/** The units where the chosen coders differ on a code, with their memos and any adjudicated decision. */
export function listDisagreements(this: Session, args: DisagreementArgs): DisagreementResult {
  const codebook = getCodebook(this.db, args.codebookId);
  if (!codebook) throw notFound('codebook', args.codebookId);
  const unit = args.unit ?? 'sentence';
  const coders = chooseCoders(this, codebook.id, args.coders);
  const codes = codebookLabels(this.db, codebook.id);
  const set = coderCodingSet(this.db, codebook.id, coders, codes);
  const differing = differingUnits(set, unit);
  const memos = codingMemos(this.db, codebook.id);
  const adjudicated = adjudicatedRows(this.db, codebook.id);
  const names = new Map(listCoders(this.db).map((coder) => [coder.id, coder.name]));
  const articles = new Map<number, { title: string | null; outlet: string | null; text: string }>();
  const articleOf = (articleId: number) => {
    let found = articles.get(articleId);
    if (!found) {
      const row = getArticle(this.db, articleId)!;
      articles.set(articleId, (found = { title: row.title, outlet: row.outlet, text: row.text }));
    }
    return found;
  };
  const all: Disagreement[] = differing.map((place) => {
    const codeId = Number(place.code);
    const article = articleOf(place.articleId);
    const overlaps = (row: { article_id: number; code_id: number; start: number; end: number }) =>
      row.article_id === place.articleId &&
      row.code_id === codeId &&
      row.start < place.end &&
      row.end > place.start;
    const decision = latest(adjudicated.filter(overlaps));
    return {
      articleId: place.articleId,
      title: article.title,
      outlet: article.outlet,
      start: place.start,
      end: place.end,
      text: article.text.slice(place.start, place.end),
      codeId,
      codeName: codes.labels.get(place.code) ?? place.code,
      sides: coders.map((coder, i) => ({
        coderId: coder.id,
        name: coder.name,
        present: place.values[i] === null ? null : place.values[i] === 1,
        memos: memos.filter((memo) => memo.coder_id === coder.id && overlaps(memo)).map((memo) => memo.memo),
      })),
      adjudicated: decision
        ? {
            present: decision.status === 'accepted',
            coderName: decision.coder_id === null ? null : (names.get(decision.coder_id) ?? null),
            decidedAt: decision.decided_at,
            memo: decision.memo,
          }
        : null,
    };
  });
  const settled = all.filter((one) => one.adjudicated !== null).length;
  const shown = args.open ? all.filter((one) => one.adjudicated === null) : all;
  return {
    codebook: { id: codebook.id, name: codebook.name },
    unit,
    coders,
    total: all.length,
    settled,
    units: shown.slice(0, args.limit ?? DEFAULT_LIMIT),
  };
}

function latest(rows: readonly AdjudicatedRow[]): AdjudicatedRow | undefined {
  return [...rows].sort((a, b) => (b.decided_at ?? '').localeCompare(a.decided_at ?? '') || b.id - a.id)[0];
}

function chooseCoders(
  session: Session,
  codebookId: number,
  wanted: readonly (number | string)[] | undefined,
): CoderRow[] {
  let chosen: CoderRow[];
  if (wanted && wanted.length > 0) {
    chosen = [...new Map(wanted.map((ref) => findCoder(session.db, ref)).map((c) => [c.id, c])).values()];
  } else {
    const coding = new Set(
      codebookCodings(session.db, codebookId)
        .filter((row) => row.status === 'accepted')
        .map((row) => row.coder_id),
    );
    chosen = listCoders(session.db).filter((coder) => coding.has(coder.id) && coder.role !== 'adjudicator');
  }
  if (chosen.length < 2)
    throw new EngineError(
      'invalid-arguments',
      `Disagreements need two coders or more; ${chosen.length === 0 ? 'no coder has' : `only ${chosen[0]!.name} has`} coded with this codebook.`,
    );
  return chosen;
}

/**
 * Records an adjudicator's decision on a unit: the code applies there or not. It replaces any
 * earlier adjudicated decision on the same code overlapping the unit, in one undoable edit.
 */
export function adjudicate(
  this: Session,
  args: AdjudicateArgs,
): DisagreementResult['units'][number]['adjudicated'] {
  const article = getArticle(this.db, args.articleId);
  if (!article) throw notFound('article', args.articleId);
  checkSpan(args.start, args.end, article.text.length);
  const code = getCode(this.db, args.codeId);
  if (!code) throw notFound('code', args.codeId);
  const coder = findCoder(this.db, args.coderId);
  if (coder.role !== 'adjudicator')
    throw new EngineError(
      'invalid-arguments',
      `${coder.name} is not an adjudicator of this project; make them one first (Coder ▾ → Role, or framescope coders role "${coder.name}" adjudicator).`,
    );
  const span = trimmed(article.text, args.start, args.end) ?? { start: args.start, end: args.end };
  const now = new Date().toISOString();
  const memo = args.memo?.trim() || null;
  const wholeArticle = trimmed(article.text, 0, article.text.length);
  const coversArticle =
    wholeArticle !== null && span.start <= wholeArticle.start && span.end >= wholeArticle.end;
  this.edit(
    `Settle “${code.name}” ${args.present ? 'as present' : 'as absent'}`,
    (recorder) => {
      for (const old of adjudicatedOverlapping(this.db, article.id, code.id, span.start, span.end))
        recorder.delete('annotations', { id: old });
      recorder.insert('annotations', {
        article_id: article.id,
        code_id: code.id,
        start: span.start,
        end: span.end,
        memo,
        origin: 'manual',
        status: args.present ? 'accepted' : 'rejected',
        coder_id: coder.id,
        created_at: now,
        decided_at: now,
        adjudicated: 1,
      });
      if (code.kind === 'frame' && (args.present || coversArticle))
        adjudicateFrame(recorder, this, article.id, code.id, coder.id, args.present, now);
    },
    'analysis',
    // Its passage and the frame's decision change the article's kept row two or three times: its
    // sums per frame move once.
    { bulk: true },
  );
  return { present: args.present, coderName: coder.name, decidedAt: now, memo };
}

function adjudicateFrame(
  recorder: EditRecorder,
  session: Session,
  articleId: number,
  codeId: number,
  coderId: number,
  present: boolean,
  now: string,
): void {
  const existing = adjudicatedFrameDecision(session.db, articleId, codeId);
  const values = { present: present ? 1 : 0, is_primary: 0, denied: 0, coder_id: coderId, decided_at: now };
  if (existing) {
    const keep = present ? { is_primary: existing.is_primary, denied: existing.denied } : {};
    recorder.update('frame_decisions', { id: existing.id }, { ...values, ...keep });
  } else
    recorder.insert('frame_decisions', {
      article_id: articleId,
      code_id: codeId,
      origin: 'adjudicated',
      salience: null,
      ...values,
    });
}
