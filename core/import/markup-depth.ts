// How deeply a page nests its elements, measured by a linear scan of the markup before any parser
// or Readability sees it: Readability's time grows with the cube of the depth (16 KB of 1,500
// nested <div>s took a minute), and a million levels never finish. Real articles nest a few dozen
// levels; browsers themselves flatten beyond 512. At 128 levels Readability needs about a second.

export const MAX_MARKUP_DEPTH = 128;

// prettier-ignore
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track',
  'wbr', 'basefont', 'bgsound', 'frame', 'keygen',
]);
/** Elements whose end tag may be left out; a parser closes them, so they do not nest. */
// prettier-ignore
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt',
  'rp', 'rtc', 'colgroup', 'caption', 'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed']);

/** The deepest nesting of elements in `markup`, counting at most up to `stopAt`. */
export function markupDepth(markup: string, stopAt = Infinity): number {
  const lower = markup.toLowerCase();
  const open: string[] = [];
  let deepest = 0;
  let at = lower.indexOf('<');
  while (at >= 0 && at < lower.length) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const close = lower.indexOf('>', at + 1);
    if (close < 0) break;
    const tag = /^<(\/?)([a-z][a-z0-9:-]*)/.exec(lower.slice(at, Math.min(close, at + 64)));
    let next = close + 1;
    if (tag) {
      const [, slash, name = ''] = tag;
      if (slash) {
        const index = open.lastIndexOf(name);
        if (index >= 0) open.length = index;
      } else if (RAW_TEXT.has(name)) {
        const end = lower.indexOf(`</${name}`, close);
        next = end < 0 ? lower.length : end;
      } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && lower[close - 1] !== '/') {
        open.push(name);
        if (open.length > deepest) {
          deepest = open.length;
          if (deepest >= stopAt) return deepest;
        }
      }
    }
    at = lower.indexOf('<', next);
  }
  return deepest;
}
