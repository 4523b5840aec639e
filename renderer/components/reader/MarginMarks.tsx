import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import { sameTarget, type Target, type TextMark } from '../../reader/marks.ts';

interface Placed {
  mark: TextMark;
  top: number;
  height: number;
  lane: number;
}

interface Props {
  container: RefObject<HTMLDivElement | null>;
  marks: TextMark[];
  selected: Target | null;
  onSelect: (target: Target) => void;
  /** Changes when the text changes, so positions are measured again. */
  textKey: number;
}

/**
 * Where each span sits vertically beside the text, measured from the rendered segments. Marks of
 * one code over the same passage become one (several cues in one sentence); each code keeps its
 * own column, as code stripes do in MAXQDA, so a column always means the same frame.
 */
function measure(container: HTMLElement, marks: readonly TextMark[]): Placed[] {
  const origin = container.getBoundingClientRect().top;
  const segments = [...container.querySelectorAll<HTMLElement>('[data-s]')];
  const starts = segments.map((el) => Number(el.dataset.s));
  const columns = new Map<string, number>();
  const seen = new Set<string>();
  const placed: Placed[] = [];
  for (const mark of marks) {
    const column = `${mark.layer}:${mark.group}`;
    if (!columns.has(column)) {
      columns.set(column, [...columns.keys()].filter((key) => key.startsWith(`${mark.layer}:`)).length);
    }
    const key = `${column}:${mark.start}:${mark.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = firstSegmentAt(starts, mark.start);
    let last = first;
    while (last + 1 < segments.length && starts[last + 1]! < mark.end) last++;
    const from = segments[first];
    const to = segments[last];
    if (!from || !to) continue;
    const range = document.createRange();
    range.setStartBefore(from);
    range.setEndAfter(to);
    const rect = range.getBoundingClientRect();
    placed.push({
      mark,
      top: rect.top - origin,
      height: Math.max(rect.height, 8),
      lane: columns.get(column)!,
    });
  }
  return placed;
}

/** The index of the segment holding `offset` (segments are in text order): a binary search. */
function firstSegmentAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return Math.max(found, 0);
}

/**
 * Frame evidence as coloured bars in the right margin, the user's codes as brackets in the left
 * (like MAXQDA's code stripes), placed beside the sentences they mark.
 */
export function MarginMarks({ container, marks, selected, onSelect, textKey }: Props) {
  const [placed, setPlaced] = useState<Placed[]>([]);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const update = () => setPlaced(measure(element, marks));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, marks, textKey]);

  return (
    <>
      {placed.map(({ mark, top, height, lane }) => {
        const frame = mark.layer === 'frame';
        const style = {
          top,
          height,
          '--mark-color': mark.color ?? 'var(--text-faint)',
          [frame ? 'right' : 'left']: -16 - lane * 7,
        } as CSSProperties;
        const classes = [
          frame ? 'margin-bar' : 'margin-bracket',
          mark.suggested ? 'suggested' : '',
          mark.denied ? 'denied' : '',
          sameTarget(selected, mark.target) ? 'selected' : '',
        ];
        return (
          <button
            key={mark.id}
            type="button"
            className={classes.join(' ')}
            style={style}
            title={mark.label}
            aria-label={mark.label}
            onClick={() => onSelect(mark.target)}
          />
        );
      })}
    </>
  );
}
