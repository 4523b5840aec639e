import { useMemo, useState } from 'react';
import type { CodebookView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { libraryState } from '../../hooks/library-state.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { PALETTE } from '../colors.ts';
import { formatNumber } from '../format.ts';
import { CuePreview } from './CuePreview.tsx';
import { LearnedFrame } from './LearnedFrame.tsx';
import { ShippedFrameNote } from './ShippedUpdates.tsx';

type Code = CodebookView['codes'][number];

const cueList = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Edit a frame or code: name, description, colour, and (for a frame) its cue patterns. */
export function CodeEditor({ code }: { code: Code }) {
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description ?? '');
  const [color, setColor] = useState(code.color ?? '#888888');
  const [cuesText, setCuesText] = useState(code.cues.join('\n'));
  const [saving, setSaving] = useState(false);
  const [rerunning, setRerunning] = useState(false);
  const cues = useMemo(() => cueList(cuesText), [cuesText]);
  const frame = code.kind === 'frame';
  const dirty =
    name !== code.name ||
    description !== (code.description ?? '') ||
    color.toLowerCase() !== (code.color ?? '#888888').toLowerCase() ||
    JSON.stringify(cues) !== JSON.stringify(code.cues);

  const save = async () => {
    setSaving(true);
    try {
      await mutate('codes.update', code.id, {
        name: name.trim(),
        description: description.trim() || null,
        color,
        ...(frame ? { cues } : {}),
      });
      showToast(frame ? 'Saved. Re-run frame detection to apply the new cues.' : 'Saved.', { undo: true });
    } catch (error) {
      showError(error, 'save it');
    } finally {
      setSaving(false);
    }
  };

  const rerun = async () => {
    setRerunning(true);
    try {
      const result = await mutate('frames.rerun');
      showToast(
        result.stopped
          ? `Frames re-run stopped after ${formatNumber(result.articles)} articles; the rest keep their frames.`
          : `Frames detected again in ${formatNumber(result.articles)} articles: ${formatNumber(result.hits)} suggested passages.`,
      );
    } catch (error) {
      showError(error, 're-run frame detection');
    } finally {
      setRerunning(false);
    }
  };

  return (
    <form
      className="code-editor"
      aria-label={`Edit ${code.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header className="editor-head">
        <span className="swatch big" style={{ background: color }} aria-hidden="true" />
        <h1>{code.name}</h1>
        <span className="faint">{frame ? 'Frame' : 'Code'}</span>
        <span className="spacer" />
        <span className="usage">
          <strong className="num">{formatNumber(code.accepted)}</strong> accepted ·{' '}
          <span className="num">{formatNumber(code.suggested)}</span> suggested · in{' '}
          <span className="num">{formatNumber(code.articles)}</span> articles
        </span>
        <button
          type="button"
          className="btn small"
          onClick={() => {
            libraryState.set((s) => ({ ...s, filters: { codeId: code.id } }));
            navigate({ view: 'library' });
          }}
        >
          Show articles
        </button>
      </header>
      {frame && <ShippedFrameNote codeId={code.id} />}
      <div className="editor-grid">
        <label>
          Name
          <input className="input" value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <fieldset className="colors">
          <legend>Colour</legend>
          {PALETTE.map((swatch) => (
            <button
              key={swatch}
              type="button"
              className="color-choice"
              style={{ background: swatch }}
              aria-label={`Colour ${swatch}`}
              aria-pressed={swatch.toLowerCase() === color.toLowerCase()}
              onClick={() => setColor(swatch)}
            />
          ))}
          <input
            type="color"
            aria-label="Other colour"
            value={color}
            onChange={(event) => setColor(event.target.value)}
          />
        </fieldset>
        <label className="wide">
          Description
          <textarea
            className="input"
            rows={3}
            value={description}
            placeholder="What this frame or code means, and when to apply it"
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
      </div>
      {frame && (
        <div className="cues-and-preview">
          <label className="cues-field">
            Cue patterns{' '}
            <span className="faint">
              — one per line; a sentence matching any of them is evidence. Words and phrases (* for any
              ending), <code>~</code> for a pattern with word classes (<code>~#Adjective aid</code>),{' '}
              <code>?</code> before a weak cue that needs company, and <code>@two-nations</code> or{' '}
              <code>@one-nation</code>, built in: a sentence naming two different nations, or exactly one.
            </span>
            <textarea
              className="input mono"
              rows={18}
              value={cuesText}
              spellCheck={false}
              onChange={(event) => setCuesText(event.target.value)}
            />
          </label>
          <CuePreview cues={cues} />
        </div>
      )}
      {frame && <LearnedFrame code={code} />}
      <footer className="editor-foot">
        <button type="submit" className="btn primary" disabled={!dirty || saving || !name.trim()}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {dirty && <span className="faint">Unsaved changes</span>}
        <span className="spacer" />
        {frame && (
          <button
            type="button"
            className="btn"
            disabled={rerunning || dirty}
            onClick={() => void rerun()}
            title={dirty ? 'Save first' : undefined}
          >
            {rerunning ? 'Detecting frames…' : 'Re-run frame detection'}
          </button>
        )}
      </footer>
    </form>
  );
}
