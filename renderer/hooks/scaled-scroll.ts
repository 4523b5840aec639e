// A list taller than a browser can draw (a million rows of 36 px is 36,000,000 px; Chromium stops
// at about 33,500,000, Firefox sooner) scrolls through a space of at most MAX_SCROLL_HEIGHT, cut
// into pages (issue 12). Within a page the rows move with the scrollbar pixel for pixel; crossing
// into the next page shifts every row by one `jump`, and the scrollbar is moved back by as much, so
// what is on screen stays put. Dragging the thumb (a move longer than the view) goes to the same
// share of the list, and the thumb at either end shows the first or the last row. Rows are drawn
// at `index × rowHeight − offset` in a box `height` tall. Pure arithmetic, so it is tested apart.

/** Well under every browser's largest element, and small enough to keep pages fine-grained. */
export const MAX_SCROLL_HEIGHT = 4_000_000;

export interface ScrollSpace {
  rowHeight: number;
  /** The height of the visible part of the list, in px. */
  viewport: number;
  /** Every row's height together: what the list would be if a browser could draw it. */
  content: number;
  /** The height of the box that scrolls. */
  height: number;
  /** Real px per page; the whole list is one page when it fits. */
  pageHeight: number;
  pages: number;
  /** How far the rows shift from one page to the next. */
  jump: number;
}

/** Which page the list is on, and how far its rows are shifted up. */
export interface ScrollPage {
  page: number;
  offset: number;
}

export function scrollSpace(
  rows: number,
  rowHeight: number,
  viewport: number,
  maxHeight = MAX_SCROLL_HEIGHT,
): ScrollSpace {
  const content = rows * rowHeight;
  if (content <= maxHeight)
    return {
      rowHeight,
      viewport,
      content,
      height: content,
      pageHeight: Math.max(content, 1),
      pages: 1,
      jump: 0,
    };
  const height = maxHeight;
  const pageHeight = height / 100;
  const pages = Math.ceil(content / pageHeight);
  return { rowHeight, viewport, content, height, pageHeight, pages, jump: (content - height) / (pages - 1) };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function pageAt(space: ScrollSpace, page: number): ScrollPage {
  const clamped = clamp(page, 0, space.pages - 1);
  return { page: clamped, offset: Math.round(clamped * space.jump) };
}

/**
 * Goes to a real position (px from the top of the whole list): the page that holds it and the
 * scrollTop that shows it there.
 */
export function scrollToReal(space: ScrollSpace, real: number): { at: ScrollPage; scrollTop: number } {
  const y = clamp(real, 0, Math.max(0, space.content - space.viewport));
  const at = pageAt(space, Math.floor(y / space.pageHeight));
  return { at, scrollTop: y - at.offset };
}

/**
 * Where the list is once the box scrolled from `previousTop` to `scrollTop`. When the page changes
 * on a step, `scrollTop` in the answer differs from the one given: set it, so the rows stay put.
 */
export function followScroll(
  space: ScrollSpace,
  at: ScrollPage,
  scrollTop: number,
  previousTop: number,
): { at: ScrollPage; scrollTop: number } {
  if (space.pages === 1) return { at: { page: 0, offset: 0 }, scrollTop };
  const bottom = space.height - space.viewport;
  if (scrollTop <= 0) return { at: pageAt(space, 0), scrollTop: 0 };
  if (scrollTop >= bottom - 1) return { at: pageAt(space, space.pages - 1), scrollTop };
  if (Math.abs(scrollTop - previousTop) > space.viewport) {
    // The thumb was dragged or the list jumped: go to the same share of the whole list.
    const share = scrollTop / bottom;
    const real = share * (space.content - space.viewport);
    return { at: pageAt(space, Math.floor(real / space.pageHeight)), scrollTop };
  }
  return scrollToReal(space, scrollTop + at.offset);
}

/** The rows to draw: those in view, and `overscan` more on either side. */
export function visibleRows(
  space: ScrollSpace,
  at: ScrollPage,
  scrollTop: number,
  rows: number,
  overscan: number,
): { first: number; last: number } {
  if (rows === 0) return { first: 0, last: -1 };
  const real = scrollTop + at.offset;
  const first = clamp(Math.floor(real / space.rowHeight) - overscan, 0, rows - 1);
  const last = clamp(Math.ceil((real + space.viewport) / space.rowHeight) + overscan, 0, rows - 1);
  return { first, last };
}

/** Where a row is drawn in the scrolling box. */
export function rowTop(space: ScrollSpace, at: ScrollPage, index: number): number {
  return index * space.rowHeight - at.offset;
}

/**
 * Scrolls so a row is in view: left alone when it already is, else brought to the nearer edge
 * (or to the middle with `center`).
 */
export function revealRow(
  space: ScrollSpace,
  at: ScrollPage,
  scrollTop: number,
  index: number,
  center = false,
): { at: ScrollPage; scrollTop: number } {
  const top = index * space.rowHeight;
  const real = scrollTop + at.offset;
  if (!center && top >= real && top + space.rowHeight <= real + space.viewport) return { at, scrollTop };
  const target = center
    ? top - (space.viewport - space.rowHeight) / 2
    : top < real
      ? top
      : top + space.rowHeight - space.viewport;
  return scrollToReal(space, target);
}
