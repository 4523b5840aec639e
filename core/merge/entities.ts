import type { Db } from '../../db/open.ts';
import type { RowValues } from '../../db/rows.ts';
import { aliasesOf, mentionIdsOf, quoteIdsSpokenBy } from '../../db/entities.ts';
import { decidedEntities, entitiesNamedIn, entitiesWithAliasIn } from '../../db/merge.ts';
import type { EditRecorder } from '../engine/history.ts';
import type { MergeReport } from './types.ts';

// Entity renames and merges a person made in the other copy (issue #11). A renamed or merged-into
// entity there carries the time of that decision, and every name it had or took in (a rename keeps
// the old name, a merge the other entity's name, as aliases). Here, the entities called by those
// names are what it was made from: one of them takes its name (a rename) and the others are merged
// into it (a merge), mentions, quotes spoken and aliases moving over, exactly as the window does it.
// An entity a person here decided on differently (renamed to another name, or kept apart) is left
// as it is and reported: never silently overwritten. What is already done changes nothing again.

type Row = RowValues;

export interface EntityEditsContext {
  mine: Db;
  theirs: Db;
  recorder: EditRecorder;
  report: MergeReport;
  /** Their coder's id here. */
  coder: (theirCoderId: string | number | null) => number | null;
  conflict: (what: string, mine: string, theirs: string) => void;
}

export function mergeEntityEdits(context: EntityEditsContext): void {
  for (const entity of decidedEntities(context.theirs)) applyEdit(context, entity);
}

function applyEdit(context: EntityEditsContext, theirs: Row): void {
  const { mine, recorder, report } = context;
  const name = String(theirs.name);
  const type = String(theirs.type);
  const names = [...new Set([name, ...aliasesOf(context.theirs, Number(theirs.id))])];
  const what = `the ${type} “${name}”`;
  const named = entitiesNamedIn(mine, names, type);
  // Renamed here to a name of its own: both sides renamed the same entity differently.
  const elsewhere = entitiesWithAliasIn(mine, names, type).filter(
    (entity) => entity.decided_at !== null && !names.includes(String(entity.name)),
  );
  if (elsewhere.length > 0) {
    context.conflict(
      what,
      `here renamed or merged into ${elsewhere.map((entity) => `“${String(entity.name)}”`).join(', ')}`,
      `renamed or merged into “${name}”`,
    );
    return;
  }
  let target = named.find((entity) => entity.name === name);
  const others = named.filter((entity) => entity !== target);
  // One a person here decided on under another of these names stays as it is.
  const decidedHere = others.filter((entity) => entity.decided_at !== null);
  if (decidedHere.length > 0) {
    context.conflict(
      what,
      `renamed or merged here by a person as ${decidedHere.map((entity) => `“${String(entity.name)}”`).join(', ')}`,
      `merged into “${name}”`,
    );
    return;
  }
  const decided = { coder_id: context.coder(theirs.coder_id ?? null), decided_at: theirs.decided_at ?? null };
  if (!target) {
    const renamed = others.shift();
    if (!renamed) return;
    recorder.update('entities', { id: Number(renamed.id) }, { name, ...decided });
    target = { ...renamed, name };
    report.entities.renamed++;
  }
  const into = Number(target.id);
  for (const from of others) {
    const fromId = Number(from.id);
    for (const id of mentionIdsOf(mine, fromId)) recorder.update('mentions', { id }, { entity_id: into });
    for (const id of quoteIdsSpokenBy(mine, fromId))
      recorder.update('quotes', { id }, { speaker_entity_id: into });
    const aliases = aliasesOf(mine, fromId);
    for (const alias of aliases) recorder.delete('entity_aliases', { entity_id: fromId, alias });
    names.push(...aliases, String(from.name));
    recorder.delete('entities', { id: fromId });
    report.entities.merged++;
  }
  if (others.length > 0 && target.decided_at === null) recorder.update('entities', { id: into }, decided);
  const have = new Set(aliasesOf(mine, into));
  for (const alias of new Set(names))
    if (!have.has(alias)) recorder.insert('entity_aliases', { entity_id: into, alias });
}
