import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_HEIGHT,
  followScroll,
  revealRow,
  rowTop,
  scrollSpace,
  visibleRows,
  type ScrollPage,
  type ScrollSpace,
} from '../../renderer/hooks/scaled-scroll.ts';

const ROWS = 1_000_000;
const ROW = 36;
const VIEW = 720;

/** Scrolls as a browser would (scrollTop kept inside the box) and returns what is on screen. */
function scroller(space: ScrollSpace) {
  let at: ScrollPage = { page: 0, offset: 0 };
  let top = 0;
  const bottom = space.height - space.viewport;
  return {
    scrollTo(next: number) {
      const moved = followScroll(space, at, Math.min(bottom, Math.max(0, next)), top);
      at = moved.at;
      top = moved.scrollTop;
    },
    reveal(index: number) {
      const moved = revealRow(space, at, top, index);
      at = moved.at;
      top = moved.scrollTop;
    },
    get top() {
      return top;
    },
    /** The rows on screen (first and last), and where the view starts in the whole list. */
    screen() {
      const { first, last } = visibleRows(space, at, top, ROWS, 0);
      return { first, last, real: top + at.offset, firstTop: rowTop(space, at, first) - top };
    },
  };
}

describe('a million-row list in a box a browser can draw', () => {
  const space = scrollSpace(ROWS, ROW, VIEW);

  it('keeps the scrolling box under the browsers’ element height limits', () => {
    expect(space.content).toBe(36_000_000);
    expect(space.height).toBe(MAX_SCROLL_HEIGHT);
    expect(space.height).toBeLessThan(16_000_000);
  });

  it('shows the last row with the thumb at the bottom, and the first at the top', () => {
    const list = scroller(space);
    list.scrollTo(space.height);
    expect(list.screen()).toMatchObject({ last: ROWS - 1, real: space.content - VIEW });
    list.scrollTo(0);
    expect(list.screen()).toMatchObject({ first: 0, real: 0, firstTop: 0 });
  });

  it('goes to the same share of the list when the thumb is dragged', () => {
    const list = scroller(space);
    list.scrollTo((space.height - VIEW) / 2);
    const middle = list.screen().first;
    expect(Math.abs(middle - ROWS / 2)).toBeLessThan(ROWS / 100);
  });

  it('moves row by row with the wheel across page boundaries, rows staying where they were', () => {
    const list = scroller(space);
    list.scrollTo(space.height / 3);
    let previous = list.screen();
    // 3,000 wheel steps of 100 px cross several pages (a page is 40,000 px).
    for (let step = 0; step < 3000; step++) {
      list.scrollTo(list.top + 100);
      const now = list.screen();
      expect(now.real - previous.real).toBe(100);
      previous = now;
    }
    for (let step = 0; step < 3000; step++) {
      list.scrollTo(list.top - 100);
      const now = list.screen();
      expect(previous.real - now.real).toBe(100);
      previous = now;
    }
  });

  it('reaches row 999,999 by scrolling down step by step from near the end', () => {
    const list = scroller(space);
    list.reveal(ROWS - 3000);
    for (let step = 0; step < 2000 && list.screen().real < space.content - VIEW; step++)
      list.scrollTo(list.top + 100);
    expect(list.screen()).toMatchObject({ last: ROWS - 1, real: space.content - VIEW });
  });

  it('brings a row into view when asked, wherever the list stands', () => {
    const list = scroller(space);
    for (const index of [999_999, 0, 500_123, 123_456, 999_000]) {
      list.reveal(index);
      const { real } = list.screen();
      expect(index * ROW).toBeGreaterThanOrEqual(real);
      expect(index * ROW + ROW).toBeLessThanOrEqual(real + VIEW);
    }
  });
});

describe('a list that fits', () => {
  it('scrolls one to one, in one page', () => {
    const space = scrollSpace(1000, ROW, VIEW);
    expect(space).toMatchObject({ pages: 1, height: 36_000, jump: 0 });
    const at = followScroll(space, { page: 0, offset: 0 }, 18_000, 0);
    expect(at).toEqual({ at: { page: 0, offset: 0 }, scrollTop: 18_000 });
    expect(visibleRows(space, at.at, 18_000, 1000, 2)).toEqual({ first: 498, last: 522 });
  });

  it('draws nothing when empty', () => {
    const space = scrollSpace(0, ROW, VIEW);
    expect(visibleRows(space, { page: 0, offset: 0 }, 0, 0, 5)).toEqual({ first: 0, last: -1 });
  });
});
