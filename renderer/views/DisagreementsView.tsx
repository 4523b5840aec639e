import type { CodebookView, UnitKind } from '../api/contract.ts';
import { mutate } from '../api/freshness.ts';
import { coderStore, requireCoder } from '../hooks/coder.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { navigate, type DisagreementChoice } from '../hooks/useRoute.ts';
import { useStore } from '../hooks/store.ts';
import { showError, showToast } from '../hooks/toast.ts';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { DisagreementCard } from '../components/disagreements/DisagreementCard.tsx';

/** Where coders differ on a codebook's codes, side by side with their memos, and the adjudicated decision. */
export function DisagreementsView({ choice }: { choice: DisagreementChoice }) {
  const codebooks = useEngine('codebooks.list', []);
  const coders = useEngine('coders.list', []);
  const current = useStore(coderStore);
  const [unit, setUnit] = useState<UnitKind>('sentence');
  const [open, setOpen] = useState(false);
  const codebookId =
    choice.codebookId ?? [...(codebooks.data ?? [])].sort((a, b) => used(b) - used(a))[0]?.id ?? null;
  const result = useEngine(
    'disagreements.list',
    codebookId === null
      ? null
      : [{ codebookId, unit, open, ...(choice.coders.length > 0 ? { coders: choice.coders } : {}) }],
  );
  const book = codebooks.data?.find((one) => one.id === codebookId);
  const colors = new Map(book?.codes.map((code) => [code.id, code.color]) ?? []);
  const me = coders.data?.find((coder) => coder.name === current);
  const adjudicatorId = me?.role === 'adjudicator' ? me.id : null;
  const go = (patch: Partial<DisagreementChoice>) =>
    navigate({ view: 'disagreements', choice: { codebookId, coders: choice.coders, ...patch } });
  const shown = new Set(result.data?.coders.map((coder) => coder.name) ?? []);
  const toggle = (name: string, on: boolean) => {
    const base = choice.coders.length > 0 ? choice.coders : [...shown];
    go({ coders: on ? [...new Set([...base, name])] : base.filter((other) => other !== name) });
  };
  const becomeAdjudicator = async () => {
    try {
      const name = await requireCoder();
      await mutate('coders.ensure', name);
      await mutate('coders.setRole', name, 'adjudicator');
      showToast(`${name} is an adjudicator: settle each place below.`, { undo: true });
    } catch (error) {
      showError(error, 'make you the adjudicator');
    }
  };

  return (
    <div className="page disagreements">
      <header className="agreement-header">
        <h1>Disagreements</h1>
        <p className="muted">
          The places where coders differ on a code: one coder applied it to the passage, another looked at the
          article and did not. An adjudicator’s decision is kept as its own layer: it leaves the coders’ work
          and their agreement as they were, and Compare counts it over theirs.
        </p>
      </header>
      {codebooks.data && (
        <div className="agreement-controls" role="group" aria-label="Which disagreements">
          <label>
            Codebook
            <select
              className="input"
              value={codebookId ?? ''}
              onChange={(event) => go({ codebookId: Number(event.target.value) })}
            >
              {codebooks.data.map((one: CodebookView) => (
                <option key={one.id} value={one.id}>
                  {one.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Units
            <select
              className="input"
              value={unit}
              onChange={(event) => setUnit(event.target.value as UnitKind)}
            >
              <option value="sentence">Sentences</option>
              <option value="paragraph">Paragraphs</option>
              <option value="article">Articles</option>
            </select>
          </label>
          {(coders.data?.length ?? 0) > 0 && (
            <fieldset className="agreement-coders">
              <legend>Coders</legend>
              {coders.data!.map((coder) => (
                <label key={coder.id}>
                  <input
                    type="checkbox"
                    checked={
                      choice.coders.length > 0 ? choice.coders.includes(coder.name) : shown.has(coder.name)
                    }
                    onChange={(event) => toggle(coder.name, event.target.checked)}
                  />
                  {coder.name}
                  {coder.role && coder.role !== 'coder' && <span className="faint"> ({coder.role})</span>}
                </label>
              ))}
            </fieldset>
          )}
          <label className="inline-check">
            <input type="checkbox" checked={open} onChange={(event) => setOpen(event.target.checked)} />
            Only the places not settled yet
          </label>
        </div>
      )}
      {result.data && (
        <p className="disagreements-summary">
          <span className="num">{result.data.total.toLocaleString('en')}</span>{' '}
          {result.data.total === 1 ? 'place differs' : 'places differ'} between{' '}
          {result.data.coders.map((coder) => coder.name).join(', ')};{' '}
          {result.data.settled.toLocaleString('en')} settled.{' '}
          {adjudicatorId === null ? (
            <button type="button" className="btn small" onClick={() => void becomeAdjudicator()}>
              Settle them as adjudicator{current ? ` (${current})` : ''}
            </button>
          ) : (
            <span className="muted">You settle them as {current}.</span>
          )}
        </p>
      )}
      {result.error && !result.loading && (
        <ErrorNotice
          error={result.error}
          title="No disagreements to show yet"
          hint="Two coders choose their names under Coder ▾ and code the same articles; their differences show here."
        />
      )}
      {result.data && !result.error && result.data.units.length === 0 && (
        <p className="muted disagreements-none">
          {result.data.total > 0
            ? 'Every place is settled.'
            : 'The coders agree everywhere they both looked.'}
        </p>
      )}
      {result.data && !result.error && (
        <div className="disagreement-list" aria-busy={result.loading}>
          {result.data.units.map((place) => (
            <DisagreementCard
              key={`${place.articleId}:${place.codeId}:${place.start}`}
              place={place}
              color={colors.get(place.codeId) ?? null}
              adjudicatorId={adjudicatorId}
            />
          ))}
        </div>
      )}
      <p className="faint agreement-method">
        Same list on the command line: framescope disagreements --codebook {codebookId ?? 'ID'} --unit {unit}
        {choice.coders.length > 0 ? ` --coders ${choice.coders.join(',')}` : ''} (engine method
        disagreements.list).
      </p>
    </div>
  );
}

function used(book: { codes: { accepted: number }[] }): number {
  return book.codes.reduce((sum, code) => sum + code.accepted, 0);
}
