import { mutate } from '../../api/freshness.ts';
import type { LearnReport } from '../../api/contract.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { formatDateTime, plural } from '../format.ts';

/**
 * Trains on the coder's latest decisions and stores the proposals (replacing the codebook's last
 * ones): what the Library's "Proposed by the learner" filter and the Reader show. Asked for by a
 * person (Refresh proposals); the engine refreshes them by itself after decisions, and never on
 * merely opening the view.
 */
export async function refreshProposals(codebookId: number): Promise<LearnReport | null> {
  try {
    const report = await mutate('learn.refresh', { codebookId });
    const stored = report.frames.reduce((sum, frame) => sum + frame.stored, 0);
    showToast(
      `${plural(stored, 'learned proposal')} stored, listed in the Library under “Proposed by the learner”.`,
    );
    return report;
  } catch (error) {
    showError(error, 'refresh the learned proposals');
    return null;
  }
}

/** Where the stored proposals stand, in one sentence. */
export function trainedText(report: LearnReport): string {
  const stored = report.frames.reduce((sum, frame) => sum + frame.stored, 0);
  const proposed = report.frames.reduce((sum, frame) => sum + frame.proposedCount, 0);
  const kept = `${plural(stored, 'proposal')} stored as learned suggestions`;
  if (!report.canStore)
    return report.trainedAt
      ? `This copy is open only to read: ${kept} when the model was last trained, ${formatWhen(report)}; no new ones can be stored.`
      : 'This copy is open only to read, so the proposals below cannot be stored for the Library and the Reader.';
  if (!report.trainedAt)
    return proposed === 0
      ? 'No proposals are stored: the model proposes no frame for an undecided article yet.'
      : `No proposals are stored yet: “Refresh proposals” stores the model’s ${plural(proposed, 'proposal')} for the Library and the Reader.`;
  const when = `Model last trained ${formatWhen(report)}: ${kept}, in the Library under “Proposed by the learner” and in the Reader`;
  return report.upToDate
    ? `${when} (a decision of yours removes one).`
    : `${when}; your decisions since then would change them: refresh to store the new ones.`;
}

function formatWhen(report: LearnReport): string {
  return report.trainedAt ? formatDateTime(report.trainedAt) : '';
}
