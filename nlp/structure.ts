// The layout of a stored article text: which lines are its headline, standfirst and lead, which are
// bylines, bare dates and page furniture (share buttons, photo labels, cookie and donation notices that
// survived the import), and which paragraphs repeat an earlier one word for word. Analysis reads the
// headline and body, weighs the headline and lead, and leaves furniture and repeats out (issue #8): the
// text itself is never changed, so every offset still points into the stored text.
import furniture from './lexicon/furniture.json' with { type: 'json' };

export type BlockKind =
  /** The first line of the article when it reads as a title. */
  | 'headline'
  /** Lines that follow the headline in its own paragraph (a subtitle, a summary). */
  | 'standfirst'
  /** The first paragraph of the body. */
  | 'lead'
  /** A later title-like line standing alone (a subheading). */
  | 'heading'
  | 'body'
  | 'byline'
  /** A line that is only a date or time ("Updated 22 March 2020, 10:14 GMT"). */
  | 'dateline'
  /** Interface labels, media labels and credits, reader notices. */
  | 'furniture';

/** One line of the text (lines are separated by single line breaks, paragraphs by blank lines). */
export type TextBlock = {
  start: number;
  end: number;
  /** Index of the blank-line paragraph the line is in. */
  paragraph: number;
  kind: BlockKind;
  /** Most of its words are capitalised (Title Case or all capitals): capitals say little about names here. */
  titleCase: boolean;
  /** The whole paragraph repeats an earlier one word for word: analysed once, at its first place. */
  repeated: boolean;
};

const INTERFACE = new Set(furniture.interfaceWords);
const MEDIA_LABELS = new Set(furniture.mediaLabels);
const NOTICE_TERMS = furniture.noticeTerms;
const READER_ADDRESS = new Set(furniture.readerAddress);
const BYLINE_OPENERS = furniture.bylineOpeners;
const DATELINE_WORDS = new Set(furniture.datelineWords);
/** Short function words that Title Case leaves in lower case ("Aid to Italy, Not a Gift"). */
const SMALL_WORDS = new Set(
  'a an and as at but by de del della di for from in into nor of on or per the to up via vs with'.split(' '),
);

const QUOTATION = /["“”«»].*\p{L}.*["“”«»]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const TERMINAL = /[.!?…]["”’»)\]]*$/u;

type Line = { start: number; end: number; paragraph: number; text: string; words: string[] };

/** Kinds whose words analysis leaves alone. */
export const SKIPPED_KINDS: ReadonlySet<BlockKind> = new Set(['byline', 'dateline', 'furniture']);

export function textBlocks(text: string): TextBlock[] {
  const lines = splitLines(text);
  const kinds = lines.map((line) => lineKind(line));
  const titleCase = lines.map((line) => isTitleCase(line.words));
  markNotices(lines, kinds);

  // The headline: the first line that is not furniture, when it reads as a title rather than a sentence.
  const first = kinds.findIndex((kind) => kind === 'body');
  const firstLine = lines[first];
  if (firstLine && looksLikeHeadline(firstLine, lines, first)) {
    kinds[first] = 'headline';
    for (let i = first + 1; i < lines.length && lines[i]!.paragraph === firstLine.paragraph; i++)
      if (kinds[i] === 'body') kinds[i] = 'standfirst';
  }
  lines.forEach((line, i) => {
    if (
      kinds[i] === 'body' &&
      standsAlone(lines, i) &&
      isHeading(line, titleCase[i]!) &&
      !introducesQuote(lines, i)
    )
      kinds[i] = 'heading';
  });
  const leadLine = kinds.findIndex((kind) => kind === 'body');
  const lead = lines[leadLine];
  if (lead)
    lines.forEach((line, i) => {
      if (line.paragraph === lead.paragraph && kinds[i] === 'body') kinds[i] = 'lead';
    });

  const repeated = repeatedParagraphs(lines, kinds);
  return lines.map((line, i) => ({
    start: line.start,
    end: line.end,
    paragraph: line.paragraph,
    kind: kinds[i]!,
    titleCase: titleCase[i]!,
    repeated: repeated.has(line.paragraph),
  }));
}

/** The text with every skipped line (furniture, bylines, dates, repeated paragraphs) blanked out, same length. */
export function analysedText(text: string, blocks: readonly TextBlock[]): string {
  let out = '';
  let at = 0;
  for (const block of blocks) {
    if (!block.repeated && !SKIPPED_KINDS.has(block.kind)) continue;
    out += text.slice(at, block.start) + ' '.repeat(block.end - block.start);
    at = block.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let paragraph = 0;
  const pattern = /[^\n]+/g;
  let previousEnd = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const gap = text.slice(previousEnd, m.index);
    if (trimmed === '') continue;
    // Lines with only spaces between them count as blank, as paragraphStarts() counts them.
    if (lines.length > 0 && /\n\s*\n/.test(gap)) paragraph++;
    const start = m.index + lead;
    lines.push({
      start,
      end: start + trimmed.length,
      paragraph,
      text: trimmed,
      words: trimmed.match(WORD) ?? [],
    });
    previousEnd = m.index + raw.length;
  }
  return lines;
}

function lineKind(line: Line): BlockKind {
  const lower = line.words.map((w) => w.toLowerCase());
  if (lower.length === 0) return 'furniture'; // only symbols: "•", "|", "—"
  if (isInterfaceLine(line.text, lower) || isMediaLabel(line.text, lower)) return 'furniture';
  if (isByline(line.text, lower)) return 'byline';
  if (isDateline(line.text, lower)) return 'dateline';
  return 'body';
}

/** "Share on Facebook", "Read more", "All news", "Follow us on X": every word is an interface word. */
function isInterfaceLine(text: string, lower: string[]): boolean {
  if (/^(read|see)\s+(more|also)\b/i.test(text) && lower.length <= 20) return true;
  return lower.length <= 8 && lower.every((w) => INTERFACE.has(w) || /^\d+$/.test(w));
}

/** "Photo: …", "Video | …", "(Image credit: …)", "© Agency 2020": labels and credits of pictures. */
function isMediaLabel(text: string, lower: string[]): boolean {
  if (lower.length > 30) return false;
  if (/^[([]?\s*©|copyright\s+(?:\d{4}|©)/i.test(text)) return true;
  const head = /^[([]?\s*([\p{L} ]{3,20}?)\s*(?:[:|/]|\s[-–—]\s)/u.exec(text)?.[1]?.toLowerCase().trim();
  if (head && MEDIA_LABELS.has(head)) return true;
  if (head && /^(photo|image|picture|video)s?\s+(by|credit|source)$/.test(head)) return true;
  // A caption's credit at its end: "… (Photo by Jane Doe/Agency)" or "… Photo: Agency".
  return /[([]\s*(photo|image|picture|video)s?\s*(by|:|credit)/i.test(text) && lower.length <= 30;
}

function isByline(text: string, lower: string[]): boolean {
  if (lower.length > 12 || TERMINAL.test(text.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const head = text.toLowerCase();
  return BYLINE_OPENERS.some((opener) => head.startsWith(`${opener} `)) && /\p{Lu}/u.test(text.slice(2));
}

/** Nothing but date and time words, digits and punctuation, with at least one digit. */
function isDateline(text: string, lower: string[]): boolean {
  if (!/\d/.test(text) || lower.length > 14) return false;
  return lower.every(
    (w) => DATELINE_WORDS.has(w.replace(/\.$/, '')) || /^[\d.:/-]+(st|nd|rd|th|h)?$/.test(w),
  );
}

/**
 * Cookie, subscription and donation notices: a short paragraph that addresses the reader ("you", "our")
 * about cookies, consent, subscriptions or donations. Marked a whole paragraph at a time.
 */
function markNotices(lines: readonly Line[], kinds: BlockKind[]): void {
  const byParagraph = new Map<number, number[]>();
  lines.forEach((line, i) =>
    byParagraph.set(line.paragraph, [...(byParagraph.get(line.paragraph) ?? []), i]),
  );
  for (const indexes of byParagraph.values()) {
    const words = indexes.flatMap((i) => lines[i]!.words.map((w) => w.toLowerCase()));
    // Someone's words about a donation ("a donation from China … thank them with all our hearts") are
    // news, not a notice to the reader: a paragraph holding a quotation is never furniture.
    if (words.length > 80 || indexes.some((i) => QUOTATION.test(lines[i]!.text))) continue;
    const text = ` ${words.join(' ')} `;
    const terms = NOTICE_TERMS.filter((term) => text.includes(` ${term} `)).length;
    const addressed = words.some((w) => READER_ADDRESS.has(w));
    if (terms >= 2 || (terms >= 1 && addressed && words.length <= 40))
      for (const i of indexes) kinds[i] = 'furniture';
  }
}

/** Most words after the first (which is capitalised anyway) are capitalised, small words aside. */
function isTitleCase(words: readonly string[]): boolean {
  const content = words.slice(1).filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

/**
 * A first line reads as a headline when it is short and does not end as a sentence does, or when it
 * stands in a paragraph of its own above the text in Title Case.
 */
function looksLikeHeadline(line: Line, lines: readonly Line[], index: number): boolean {
  if (line.words.length > 30 || index === lines.length - 1) return false;
  if (!TERMINAL.test(line.text) || /[?!]["”’»]?$/u.test(line.text)) return true;
  return isTitleCase(line.words) && standsAlone(lines, index);
}

/** A subheading: a Title Case line that does not end as a sentence does, or a short kicker ending in a colon. */
function isHeading(line: Line, titleCase: boolean): boolean {
  if (line.words.length <= 8 && /:$/.test(line.text)) return true;
  return titleCase && line.words.length <= 20 && !TERMINAL.test(line.text);
}

/**
 * "Radio Ostend, in English to Europe:", "Text of the statement:", "She told the rally:" above a paragraph that
 * opens with a quotation mark: a source line that introduces the quotation, part of the text, not a subheading.
 */
function introducesQuote(lines: readonly Line[], i: number): boolean {
  return /:$/.test(lines[i]!.text) && /^["“«„]/.test(lines[i + 1]?.text ?? '');
}

function standsAlone(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  return lines[i - 1]?.paragraph !== line.paragraph && lines[i + 1]?.paragraph !== line.paragraph;
}

/** Paragraphs of four words or more whose words repeat an earlier paragraph's exactly. */
function repeatedParagraphs(lines: readonly Line[], kinds: readonly BlockKind[]): Set<number> {
  const texts = new Map<number, string[]>();
  lines.forEach((line, i) => {
    if (SKIPPED_KINDS.has(kinds[i]!)) return;
    texts.set(line.paragraph, [
      ...(texts.get(line.paragraph) ?? []),
      ...line.words.map((w) => w.toLowerCase()),
    ]);
  });
  const seen = new Set<string>();
  const repeated = new Set<number>();
  for (const [paragraph, words] of texts) {
    if (words.length < 4) continue;
    const key = words.join(' ');
    if (seen.has(key)) repeated.add(paragraph);
    else seen.add(key);
  }
  return repeated;
}
