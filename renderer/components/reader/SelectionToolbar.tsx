import { useState } from 'react';
import type { ArticleDetail, CodebookView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { coderArgs } from '../../hooks/coder.ts';
import { Popover } from '../Popover.tsx';
import { SpeakerPicker } from './SpeakerPicker.tsx';
import { excerpt } from '../../reader/excerpt.ts';

export interface TextRange {
  start: number;
  end: number;
  rect: DOMRect;
}

export type ToolbarMode = 'tools' | 'code' | 'memo' | 'quote';

interface Props {
  detail: ArticleDetail;
  range: TextRange;
  codebooks: CodebookView[];
  mode: ToolbarMode;
  onMode: (mode: ToolbarMode) => void;
  onClose: () => void;
}

const hasHandCodes = (book: { codes: readonly { kind: string }[] }) =>
  book.codes.some((code) => code.kind === 'code');

/** Select text → code it, write a memo on it, or mark it as a quote. */
export function SelectionToolbar({ detail, range, codebooks, mode, onMode, onClose }: Props) {
  const codes = codebooks.flatMap((book) => book.codes.map((code) => ({ ...code, book: book.name })));
  const handCodes = codes.filter((code) => code.kind === 'code');
  const frames = codes.filter((code) => code.kind === 'frame');
  // Each codebook apart, its codes by hand before its frames: a scholar picks from their own book.
  const books = codebooks
    .map((book) => ({
      id: book.id,
      name: book.name,
      codes: [
        ...book.codes.filter((c) => c.kind === 'code'),
        ...book.codes.filter((c) => c.kind === 'frame'),
      ],
    }))
    .filter((book) => book.codes.length > 0)
    // Books with codes to apply by hand (a scholar's own) first, above the shipped frames.
    .sort((a, b) => Number(hasHandCodes(b)) - Number(hasHandCodes(a)));
  const [memo, setMemo] = useState('');
  const [memoCode, setMemoCode] = useState<number | undefined>(handCodes[0]?.id ?? frames[0]?.id);
  const selectedText = detail.text.slice(range.start, range.end);

  const code = async (codeId: number, withMemo?: string) => {
    try {
      await mutate('annotations.create', {
        articleId: detail.id,
        codeId,
        start: range.start,
        end: range.end,
        ...(withMemo ? { memo: withMemo } : {}),
        ...(await coderArgs()),
      });
      const name = codes.find((c) => c.id === codeId)?.name ?? 'the code';
      showToast(`Coded “${excerpt(selectedText)}” as ${name}.`, { undo: true });
      window.getSelection()?.removeAllRanges();
      onClose();
    } catch (error) {
      showError(error, 'code the passage');
    }
  };

  const quote = async (speaker: { entityId?: number; text?: string }) => {
    try {
      await mutate('quotes.create', {
        articleId: detail.id,
        start: range.start,
        end: range.end,
        ...(speaker.entityId !== undefined ? { speakerEntityId: speaker.entityId } : {}),
        ...(speaker.text ? { speakerText: speaker.text } : {}),
        ...(await coderArgs()),
      });
      showToast('Marked as a quote.', { undo: true });
      window.getSelection()?.removeAllRanges();
      onClose();
    } catch (error) {
      showError(error, 'mark the quote');
    }
  };

  return (
    <Popover
      anchor={range.rect}
      onClose={onClose}
      label="Selection tools"
      above={mode === 'tools'}
      layoutKey={mode}
    >
      {mode === 'tools' && (
        <div className="sel-tools" role="toolbar" aria-label="Selection tools">
          <button type="button" className="btn small" onClick={() => onMode('code')}>
            Code ▾
          </button>
          <button type="button" className="btn small" onClick={() => onMode('memo')}>
            Memo
          </button>
          <button type="button" className="btn small" onClick={() => onMode('quote')}>
            Mark as quote ▾
          </button>
        </div>
      )}
      {mode === 'code' && (
        <div role="menu" aria-label="Codes" className="code-menu">
          {codes.length === 0 && (
            <p className="faint pad">The codebook has no codes yet; add them in Codebook.</p>
          )}
          {books.map((book) => (
            <div key={book.id} role="group" aria-label={book.name}>
              <div className="menu-title">{book.name}</div>
              {book.codes.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  title={c.kind === 'frame' ? 'A frame (found by its cues)' : 'A code (applied by hand)'}
                  onClick={() => void code(c.id)}
                >
                  <span className="swatch" style={{ background: c.color ?? undefined }} aria-hidden="true" />
                  {c.name}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      {mode === 'memo' && (
        <form
          className="memo-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (memoCode !== undefined) void code(memoCode, memo.trim());
          }}
        >
          <label>
            Memo
            <textarea
              className="input"
              rows={3}
              autoFocus
              value={memo}
              onChange={(event) => setMemo(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
                  event.currentTarget.form?.requestSubmit();
              }}
            />
          </label>
          <label>
            Code
            <select
              className="input"
              value={memoCode ?? ''}
              onChange={(event) => setMemoCode(Number(event.target.value))}
            >
              {books.map((book) => (
                <optgroup key={book.id} label={book.name}>
                  {book.codes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="btn small primary" disabled={memoCode === undefined}>
            Save memo
          </button>
        </form>
      )}
      {mode === 'quote' && <SpeakerPicker detail={detail} onPick={(speaker) => void quote(speaker)} />}
    </Popover>
  );
}
