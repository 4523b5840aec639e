import { useState } from 'react';
import { useDebounced } from '../../hooks/useDebounced.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import type { ArticleDetail } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { sameTarget, type Target } from '../../reader/marks.ts';
import { ENTITY_TYPE_NAMES, entityColor } from '../colors.ts';
import { PanelItem } from './PanelItem.tsx';
import type { TabProps } from './tab-props.ts';
import { coderArgs } from '../../hooks/coder.ts';

type Entity = ArticleDetail['entities'][number];

/** Below this, the type analysis gave is a guess worth checking (see README, "How sure"). */
export const UNCERTAIN_BELOW = 0.7;

const isUncertain = (entity: Entity) => entity.confidence !== null && entity.confidence < UNCERTAIN_BELOW;

/** Uncertain types first, least sure first; then the most mentioned. */
export function reviewOrder(a: Entity, b: Entity): number {
  const ua = isUncertain(a);
  const ub = isUncertain(b);
  if (ua !== ub) return ua ? -1 : 1;
  if (ua && ub && a.confidence !== b.confidence) return (a.confidence ?? 1) - (b.confidence ?? 1);
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

function RenameForm({ entity, onDone }: { entity: Entity; onDone: () => void }) {
  const [name, setName] = useState(entity.name);
  return (
    <form
      className="inline-form"
      onClick={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        const next = name.trim();
        if (!next || next === entity.name) return onDone();
        coderArgs()
          .then((coder) => mutate('entities.rename', entity.id, next, coder))
          .then(
            () => {
              showToast(`Renamed to ${next}; the old name stays as an alias.`, { undo: true });
              onDone();
            },
            (error: unknown) => showError(error, 'rename it'),
          );
      }}
    >
      <input
        className="input"
        aria-label={`New name for ${entity.name}`}
        value={name}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      />
      <button type="submit" className="btn small primary">
        Rename
      </button>
    </form>
  );
}

function MergeForm({ entity, others, onDone }: { entity: Entity; others: Entity[]; onDone: () => void }) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), 250);
  const found = useEngine('entities.list', search ? [{ search, type: entity.type, limit: 20 }] : null);
  const candidates: { id: number; name: string; detail: string }[] = search
    ? (found.data?.rows ?? [])
        .filter((row) => row.id !== entity.id)
        .map((row) => ({ id: row.id, name: row.name, detail: `${row.articles} articles` }))
    : others.map((other) => ({ id: other.id, name: other.name, detail: 'in this article' }));
  const merge = (into: { id: number; name: string }) =>
    coderArgs()
      .then((coder) => mutate('entities.merge', entity.id, into.id, coder))
      .then(
        () => {
          showToast(`Merged ${entity.name} into ${into.name}; its names stay as aliases.`, { undo: true });
          onDone();
        },
        (error: unknown) => showError(error, 'merge them'),
      );
  return (
    <div className="merge-form" onClick={(event) => event.stopPropagation()}>
      <div className="inline-form">
        <input
          className="input"
          aria-label={`Find the ${entity.type} to merge ${entity.name} into`}
          placeholder={`Merge ${entity.name} into… (search the project)`}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onDone()}
        />
        <button type="button" className="btn small" onClick={onDone}>
          Cancel
        </button>
      </div>
      <ul className="merge-candidates" aria-label="Merge into">
        {candidates.length === 0 && (
          <li className="faint">
            {search
              ? `No other ${entity.type} matches “${search}”.`
              : `No other ${entity.type} in this article.`}
          </li>
        )}
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <button type="button" className="menu-item" onClick={() => void merge(candidate)}>
              <span className="grow">{candidate.name}</span>
              <span className="faint">{candidate.detail}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Entities by type and canonical name, with aliases; rename or merge one into another. */
export function EntitiesTab({ detail, selected, onSelect }: TabProps) {
  const [editing, setEditing] = useState<{ id: number; mode: 'rename' | 'merge' } | null>(null);
  if (detail.entities.length === 0)
    return <p className="panel-empty">No people, organizations or places found.</p>;
  const unsure = detail.entities.filter(isUncertain).length;
  return (
    <div>
      {unsure > 0 && (
        <p className="panel-note faint">
          {unsure} {unsure === 1 ? 'type is' : 'types are'} uncertain, listed first and marked “unsure”.
        </p>
      )}
      {(['person', 'organization', 'place'] as const).map((type) => {
        const list = detail.entities.filter((e) => e.type === type).sort(reviewOrder);
        if (list.length === 0) return null;
        return (
          <section key={type} className="panel-group" aria-label={ENTITY_TYPE_NAMES[type]}>
            <h3>
              <span className="swatch" style={{ background: entityColor(type) }} aria-hidden="true" />
              {ENTITY_TYPE_NAMES[type]} <span className="num faint">{list.length}</span>
            </h3>
            <ul>
              {list.map((entity) => {
                const target: Target = { kind: 'entity', id: entity.id };
                const aliases = entity.aliases.filter((alias) => alias !== entity.name);
                return (
                  <PanelItem
                    key={entity.id}
                    selected={sameTarget(selected, target)}
                    label={entity.name}
                    onSelect={() => onSelect(target)}
                  >
                    <div className="entity-row">
                      <span className="entity-name">
                        {entity.name}
                        {isUncertain(entity) && (
                          <span
                            className="uncertain-mark"
                            title={`Is this a ${entity.type}? Analysis is unsure (confidence ${entity.confidence?.toFixed(2)}): check it, rename or merge it.`}
                          >
                            unsure
                          </span>
                        )}
                      </span>
                      <span className="num faint" title="Mentions in this article">
                        {entity.mentions.length}×
                      </span>
                    </div>
                    {aliases.length > 0 && (
                      <div className="faint aliases" title={aliases.join(', ')}>
                        {aliases.length} alias{aliases.length === 1 ? '' : 'es'}:{' '}
                        {aliases.slice(0, 4).join(', ')}
                        {aliases.length > 4 ? '…' : ''}
                      </div>
                    )}
                    {editing?.id === entity.id ? (
                      editing.mode === 'rename' ? (
                        <RenameForm entity={entity} onDone={() => setEditing(null)} />
                      ) : (
                        <MergeForm
                          entity={entity}
                          others={list.filter((e) => e.id !== entity.id)}
                          onDone={() => setEditing(null)}
                        />
                      )
                    ) : (
                      sameTarget(selected, target) && (
                        <div className="item-actions">
                          <button
                            type="button"
                            className="btn small"
                            onClick={(event) => {
                              event.stopPropagation();
                              setEditing({ id: entity.id, mode: 'rename' });
                            }}
                          >
                            Rename
                          </button>
                          <button
                            type="button"
                            className="btn small"
                            onClick={(event) => {
                              event.stopPropagation();
                              setEditing({ id: entity.id, mode: 'merge' });
                            }}
                          >
                            Merge into…
                          </button>
                        </div>
                      )
                    )}
                  </PanelItem>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
