import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { ArticleDetail } from '../../api/contract.ts';
import { paragraphs, snapToWords, splitSegments } from '../../reader/segments.ts';
import { pickMark, targetKey, type Target, type TextMark } from '../../reader/marks.ts';
import { formatDate } from '../format.ts';
import { MarginMarks } from './MarginMarks.tsx';
import { HoverCard } from './HoverCard.tsx';

interface Props {
  detail: ArticleDetail;
  marks: TextMark[];
  selected: Target | null;
  onSelect: (target: Target) => void;
  onSelectText: (range: { start: number; end: number; rect: DOMRect } | null) => void;
}

function classesOf(marks: readonly TextMark[], selectedKey: string | null): string {
  const classes = new Set<string>(['seg']);
  for (const mark of marks) {
    if (mark.layer === 'frame' || mark.layer === 'code') {
      if (targetKey(mark.target) === selectedKey) classes.add('in-selected-span');
      continue;
    }
    if (mark.layer === 'cue' && targetKey(mark.target) === selectedKey) classes.add('cue-selected');
    classes.add(mark.layer === 'cue' ? 'cue' : mark.layer === 'quote' ? 'q' : `ent ent-${mark.layer}`);
    if (mark.layer === 'quote' && mark.suggested) classes.add('q-suggested');
    if (mark.layer === 'cue' && !mark.suggested) classes.add('cue-accepted');
    if (targetKey(mark.target) === selectedKey) classes.add('selected');
  }
  return [...classes].join(' ');
}

function cueStyle(marks: readonly TextMark[]): CSSProperties | undefined {
  const cue = marks.find((mark) => mark.layer === 'cue');
  return cue?.color ? ({ '--cue': cue.color } as CSSProperties) : undefined;
}

/** The offset into the article's text of a point in the DOM (a selection's end). */
function textOffset(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const segment = element?.closest<HTMLElement>('[data-s]');
  if (segment) {
    const start = Number(segment.dataset.s);
    return node.nodeType === Node.TEXT_NODE ? start + offset : start;
  }
  // A point between elements (a paragraph's edge): the nearest segment after it.
  if (node instanceof Element) {
    const child = node.childNodes[offset];
    const next =
      child instanceof Element ? (child.matches('[data-s]') ? child : child.querySelector('[data-s]')) : null;
    if (next instanceof HTMLElement) return Number(next.dataset.s);
  }
  return null;
}

const Paragraph = memo(function Paragraph({
  text,
  start,
  end,
  marks,
  selectedKey,
}: {
  text: string;
  start: number;
  end: number;
  marks: TextMark[];
  selectedKey: string | null;
}) {
  const segments = splitSegments(text, marks, start, end);
  const quoteEnds = new Map<number, TextMark[]>();
  for (const mark of marks) {
    if (mark.layer === 'quote' && mark.end > start && mark.end <= end) {
      quoteEnds.set(mark.end, [...(quoteEnds.get(mark.end) ?? []), mark]);
    }
  }
  return (
    <p>
      {segments.map((segment) => {
        const chips = quoteEnds.get(segment.end);
        return (
          <span key={segment.start}>
            <span
              data-s={segment.start}
              className={segment.marks.length ? classesOf(segment.marks, selectedKey) : undefined}
              style={cueStyle(segment.marks)}
            >
              {segment.text}
            </span>
            {chips?.map((chip) => (
              <span
                key={chip.id}
                className={chip.suggested ? 'speaker-chip suggested' : 'speaker-chip'}
                data-chip={targetKey(chip.target)}
                contentEditable={false}
              >
                {chip.label.replace(/^Quote by /, '').replace(/ \(suggested\)$/, '')}
              </span>
            ))}
          </span>
        );
      })}
    </p>
  );
});

/** The article as a reader sees it: metadata, then the text with its layers of marks. */
export function ArticleText({ detail, marks, selected, onSelect, onSelectText }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => paragraphs(detail.text), [detail.text]);
  const selectedKey = selected ? targetKey(selected) : null;
  const inline = useMemo(() => marks.filter((m) => m.layer !== 'frame' && m.layer !== 'code'), [marks]);
  const spans = useMemo(() => marks.filter((m) => m.layer === 'frame' || m.layer === 'code'), [marks]);
  const byParagraph = useMemo(
    () =>
      blocks.map((block) => [...inline, ...spans].filter((m) => m.start < block.end && m.end > block.start)),
    [blocks, inline, spans],
  );

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const chip = (event.target as HTMLElement).closest<HTMLElement>('[data-chip]');
    if (chip?.dataset.chip) {
      const [kind, id] = chip.dataset.chip.split(':');
      onSelect({ kind: kind as Target['kind'], id: Number(id) });
      return;
    }
    const segment = (event.target as HTMLElement).closest<HTMLElement>('[data-s]');
    if (!segment) return;
    const at = Number(segment.dataset.s);
    const mark = pickMark(inline.filter((m) => m.start <= at && m.end > at));
    if (mark) onSelect(mark.target);
  };

  const [hover, setHover] = useState<{ marks: TextMark[]; x: number; y: number } | null>(null);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hoverTimer.current), []);
  const onMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    clearTimeout(hoverTimer.current);
    const element = event.target as HTMLElement;
    const chip = element.closest<HTMLElement>('[data-chip]');
    const segment = element.closest<HTMLElement>('[data-s]');
    const at = chip ? null : segment ? Number(segment.dataset.s) : null;
    const under = chip
      ? marks.filter((m) => targetKey(m.target) === chip.dataset.chip && m.layer === 'quote')
      : at === null
        ? []
        : marks.filter((m) => m.start <= at && m.end > at);
    if (under.length === 0) {
      setHover(null);
      return;
    }
    const { clientX, clientY } = event;
    hoverTimer.current = setTimeout(() => setHover({ marks: under, x: clientX, y: clientY }), 250);
  };

  const onMouseUp = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !body.current) {
      onSelectText(null);
      return;
    }
    const range = selection.getRangeAt(0);
    if (!body.current.contains(range.commonAncestorContainer)) return;
    const a = textOffset(range.startContainer, range.startOffset);
    const b = textOffset(range.endContainer, range.endOffset);
    if (a === null || b === null || b <= a) return;
    const { start, end } = snapToWords(detail.text, a, b);
    if (end > start) onSelectText({ start, end, rect: range.getBoundingClientRect() });
  };

  const meta = [detail.outlet, formatDate(detail.published) || detail.publishedRaw, detail.author].filter(
    Boolean,
  );
  const words = `${detail.words.toLocaleString('en')} words`;

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-head">
        <h1 id="article-title">{detail.title ?? `Untitled article ${detail.id}`}</h1>
        <p className="article-meta">
          {meta.join(' · ')}
          {detail.url && (
            <>
              {meta.length > 0 && ' · '}
              <a href={detail.url} target="_blank" rel="noreferrer noopener">
                {detail.url.replace(/^https?:\/\/(www\.)?/, '').slice(0, 60)}
              </a>
            </>
          )}
          <span className="faint">
            {meta.length > 0 || detail.url ? ' · ' : ''}
            {words}
          </span>
        </p>
      </header>
      <div className="article-body-wrap">
        <div
          ref={body}
          className="article-body"
          role="region"
          aria-label="Article text"
          onClick={onClick}
          onMouseUp={onMouseUp}
          onMouseOver={onMouseOver}
          onMouseLeave={() => {
            clearTimeout(hoverTimer.current);
            setHover(null);
          }}
          onMouseDown={() => setHover(null)}
          onKeyUp={(event) => event.shiftKey && onMouseUp()}
        >
          {blocks.map((block, index) => (
            <Paragraph
              key={block.start}
              text={detail.text}
              start={block.start}
              end={block.end}
              marks={byParagraph[index]!}
              selectedKey={selectedKey}
            />
          ))}
        </div>
        {hover && <HoverCard marks={hover.marks} x={hover.x} y={hover.y} />}
        <MarginMarks
          container={body}
          marks={spans}
          selected={selected}
          onSelect={onSelect}
          textKey={detail.id}
        />
      </div>
      {detail.quotes.length === 0 && detail.entities.length === 0 && (
        <p className="faint small-note">Nothing tagged in this article yet; it may not be analysed.</p>
      )}
    </article>
  );
}
