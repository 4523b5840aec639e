import type { Db } from '../../db/open.ts';
import { listCodebooks } from '../../db/codes.ts';
import { getCoder } from '../../db/coders.ts';
import { effectiveDecisions, listDecisionRows } from '../../db/frame-decisions.ts';
import { listAnnotations } from '../../db/annotations.ts';

/** One frame's decision on an article as the UI shows it: what counts, who decided, what the machine said. */
export interface FrameDecisionView {
  codeId: number;
  key: string;
  name: string;
  color: string | null;
  codebookId: number;
  codebook: string;
  present: boolean;
  primary: boolean;
  /** Present as a claim the article denies: never counted as the frame asserted. */
  denied: boolean;
  /** Share of the codebook's weighted evidence in the article (0–1), as the analysis weighed it. */
  salience: number | null;
  /** Who made the decision that counts. */
  origin: 'auto' | 'manual' | 'adjudicated';
  coderId: number | null;
  coderName: string | null;
  decidedAt: string;
  /** The machine's suggestion, when there is one and a person's decision counts instead. */
  suggested: { present: boolean; primary: boolean; denied: boolean } | null;
  /** Evidence sentences not rejected; of them, denials and sentences inside quotations. */
  evidence: number;
  deniedEvidence: number;
  quotedEvidence: number;
}

/** The article's frame decisions that count, present ones first (primary, then by salience), then absent ones. */
export function frameDecisionViews(db: Db, articleId: number): FrameDecisionView[] {
  const books = new Map(listCodebooks(db).map((book) => [book.id, book.key]));
  const machine = new Map(
    listDecisionRows(db, articleId)
      .filter((row) => row.origin === 'auto')
      .map((row) => [row.code_id, row]),
  );
  const evidence = listAnnotations(db, articleId).filter((a) => a.cue !== null && a.status !== 'rejected');
  return effectiveDecisions(db, articleId)
    .map((d): FrameDecisionView => {
      const auto = machine.get(d.code_id);
      const own = evidence.filter((a) => a.code_id === d.code_id);
      return {
        codeId: d.code_id,
        key: d.key,
        name: d.name,
        color: d.color,
        codebookId: d.codebook_id,
        codebook: books.get(d.codebook_id) ?? '',
        present: d.present === 1,
        primary: d.is_primary === 1,
        denied: d.denied === 1,
        salience: d.salience,
        origin: d.origin,
        coderId: d.coder_id,
        coderName: d.coder_id === null ? null : (getCoder(db, d.coder_id)?.name ?? null),
        decidedAt: d.decided_at,
        suggested:
          d.origin !== 'auto' && auto
            ? { present: auto.present === 1, primary: auto.is_primary === 1, denied: auto.denied === 1 }
            : null,
        evidence: own.length,
        deniedEvidence: own.filter((a) => a.negated === 1).length,
        quotedEvidence: own.filter((a) => a.in_quote === 1).length,
      };
    })
    .sort(
      (a, b) =>
        Number(b.present) - Number(a.present) ||
        Number(b.primary) - Number(a.primary) ||
        (b.salience ?? 0) - (a.salience ?? 0),
    );
}
