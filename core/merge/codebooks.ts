import type { Db } from '../../db/open.ts';
import type { RowValues } from '../../db/rows.ts';
import { allRows, codeByKey, codeByName, codebookByKey, codebookByName, rowById } from '../../db/merge.ts';
import type { EditRecorder } from '../engine/history.ts';
import type { MergeConflict, MergeReport } from './types.ts';
import { describe, without } from './rows.ts';
import { cuesAsShipped } from '../analyze/codebook-updates.ts';

// Codebooks and codes in a merge (issue #11): a codebook is matched by key, then name; a code by
// key, then name within its codebook. A matched one that reads differently there is reported as a
// conflict and this project's version is kept; the others come in, codes under their parents.
// Cues that differ only because one copy took a newer shipped version (neither edited by a person)
// are no conflict: this project's stay, and its Codebook view offers the newer ones (issue 9).

type Row = RowValues;

export interface CodebooksContext {
  mine: Db;
  theirs: Db;
  recorder: EditRecorder;
  report: MergeReport;
  conflict: (kind: MergeConflict['kind'], what: string, mine: string, theirs: string) => void;
}

export interface MatchedCodebooks {
  /** Their code's id → the code's id here. */
  codeIds: Map<number, number>;
  /** Codebooks that came in, with their scope as the other file wrote it. */
  newCodebooks: { id: number; scope: string }[];
}

export function mergeCodebooks(context: CodebooksContext): MatchedCodebooks {
  const { mine, theirs, recorder, report, conflict } = context;
  const codebookIds = new Map<number, number>();
  const codeIds = new Map<number, number>();
  const newCodebooks: { id: number; scope: string }[] = [];
  for (const book of allRows(theirs, 'codebooks')) {
    const found = codebookByKey(mine, String(book.key)) ?? codebookByName(mine, String(book.name));
    if (found) {
      report.codebooks.matched++;
      codebookIds.set(Number(book.id), Number(found.id));
      const differs = ['name', 'description'].filter((field) => (found[field] ?? '') !== (book[field] ?? ''));
      if (differs.length > 0)
        conflict(
          'codebook',
          `codebook “${String(found.name)}”`,
          describe(found, differs),
          describe(book, differs),
        );
    } else {
      const added = recorder.insert('codebooks', {
        key: String(book.key),
        name: String(book.name),
        description: book.description ?? null,
        scope: String(book.scope),
      });
      report.codebooks.added++;
      codebookIds.set(Number(book.id), Number(added.id));
      newCodebooks.push({ id: Number(added.id), scope: String(book.scope) });
    }
  }
  const newCodes: [theirs: Row, mine: number][] = [];
  for (const code of allRows(theirs, 'codes')) {
    const book = codebookIds.get(Number(code.codebook_id))!;
    const found = codeByKey(mine, book, String(code.key)) ?? codeByName(mine, book, String(code.name));
    if (found) {
      report.codes.matched++;
      codeIds.set(Number(code.id), Number(found.id));
      const bookKey = String(rowById(mine, 'codebooks', book)?.key ?? '');
      const differs = ['kind', 'name', 'description', 'color', 'cues'].filter(
        (field) =>
          (found[field] ?? '') !== (code[field] ?? '') &&
          (field !== 'cues' || !bothAsShipped(bookKey, found, code)),
      );
      if (differs.length > 0)
        conflict(
          'code',
          `code “${String(found.name)}” of codebook “${String(rowById(mine, 'codebooks', book)?.name ?? book)}”`,
          describe(found, differs),
          describe(code, differs),
        );
    } else {
      const added = recorder.insert('codes', {
        ...without(code, 'id', 'parent_id'),
        codebook_id: book,
      });
      report.codes.added++;
      codeIds.set(Number(code.id), Number(added.id));
      newCodes.push([code, Number(added.id)]);
    }
  }
  for (const [code, id] of newCodes) {
    const parent = code.parent_id === null ? undefined : codeIds.get(Number(code.parent_id));
    if (parent !== undefined) recorder.update('codes', { id }, { parent_id: parent });
  }
  return { codeIds, newCodebooks };
}

/** Whether both copies of a frame hold cues some release shipped, untouched by a person. */
function bothAsShipped(codebookKey: string, mine: Row, theirs: Row): boolean {
  const asShipped = (row: Row) =>
    cuesAsShipped(codebookKey, {
      key: String(row.key),
      cues: String(row.cues),
      shipped_cues:
        row.shipped_cues === null || row.shipped_cues === undefined ? null : String(row.shipped_cues),
    });
  return asShipped(mine) && asShipped(theirs);
}
