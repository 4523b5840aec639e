import type { ArticleDetail } from '../../api/contract.ts';
import type { Target } from '../../reader/marks.ts';

/** What every tab of the reader's panel is given. */
export interface TabProps {
  detail: ArticleDetail;
  selected: Target | null;
  onSelect: (target: Target) => void;
}

/** Tabs of suggestions, which a person accepts or rejects. */
export interface ReviewTabProps extends TabProps {
  showRejected: boolean;
}
