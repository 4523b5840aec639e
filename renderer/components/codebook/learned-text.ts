import type { LearnedFrame } from '../../api/contract.ts';

/** What a frame still lacks before it has figures: "needs 4 more with the frame and 7 more without it". */
export function neededText(frame: LearnedFrame): string {
  if (!frame.needed) return '';
  const parts = [
    frame.needed.positive > 0 ? `${frame.needed.positive} more with the frame` : '',
    frame.needed.negative > 0 ? `${frame.needed.negative} more without it` : '',
  ].filter(Boolean);
  return `Needs ${parts.join(' and ')}`;
}
