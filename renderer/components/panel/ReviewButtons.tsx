import type { Target } from '../../reader/marks.ts';
import { review } from '../../reader/review.ts';

/** ✓ and ✗ for a suggestion; pressing the pressed one again returns it to suggested. */
export function ReviewButtons({ target, status, what }: { target: Target; status: string; what: string }) {
  return (
    <span className="review-buttons">
      <button
        type="button"
        className="icon-btn accept"
        aria-label={`Accept ${what}`}
        title="Accept (a)"
        aria-pressed={status === 'accepted'}
        onClick={(event) => {
          event.stopPropagation();
          void review(target, status === 'accepted' ? 'suggested' : 'accepted');
        }}
      >
        ✓
      </button>
      <button
        type="button"
        className="icon-btn reject"
        aria-label={`Reject ${what}`}
        title="Reject (r)"
        aria-pressed={status === 'rejected'}
        onClick={(event) => {
          event.stopPropagation();
          void review(target, status === 'rejected' ? 'suggested' : 'rejected');
        }}
      >
        ✗
      </button>
    </span>
  );
}
