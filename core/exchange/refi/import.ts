import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Db } from '../../../db/open.ts';
import { insertArticles } from '../../../db/articles.ts';
import { codeKeys, listCodebooks, listCodes } from '../../../db/codes.ts';
import { ensureCoder, listCoders } from '../../../db/coders.ts';
import {
  codebookKeys,
  countSameAnnotations,
  insertCodebook,
  insertExchangeDecision,
} from '../../../db/exchange.ts';
import { withFrameSumsHeld } from '../../../db/held-frame-sums.ts';
import { insertRow } from '../../../db/rows.ts';
import { countWords } from '../../import/normalise.ts';
import { uniqueKey } from '../../engine/handlers/codes.ts';
import { ensureShippedCodebooks } from '../../analyze/codebooks.ts';
import { codebookGuid, codeGuid, coderGuid, MACHINE_USER_GUID, plainGuid } from './guids.ts';
import { normaliseWithOffsets } from './normalise-map.ts';
import { offsetConverter } from './offsets.ts';
import { attribute, child, children, readQdpx, textOf, type QdpxFile, type XmlNode } from './read.ts';
import type { SidecarCoding, SidecarScope } from './sidecar.ts';
import { setCodebookScope } from '../../analyze/scope.ts';
import { ensureManualStory, storyMembership } from '../../../db/stories.ts';
import type { ARTICLE_VARIABLES } from './export.ts';
import { emptyQdpxImport, type QdpxImport } from './result.ts';

// REFI-QDA project import: text sources become articles (matched to the project's own by GUID,
// then by their text), codes join their codebook (matched by GUID, then by name), users become
// coders (by GUID, then name), codings become coded passages with their coder and memo. Importing
// the same file twice adds nothing. A source or coding that cannot be read is reported with the
// reason and the rest goes on.

type CodeTarget = number;

export async function importQdpx(db: Db, file: string, bytes: Uint8Array): Promise<QdpxImport> {
  const name = basename(file);
  const qdpx = await readQdpx(name, bytes);
  const result = emptyQdpxImport(name);
  const projectName = attribute(qdpx.project, 'name') ?? name;
  // The codebooks every project ships with, so that their codes in the file find them.
  ensureShippedCodebooks(db);
  const newBooks: NewCodebook[] = [];
  const codes = db.transaction(() => importCodes(db, qdpx, projectName, result, newBooks))();
  const users = db.transaction(() => importUsers(db, qdpx, result))();
  const notes = new Map(
    children(child(qdpx.project, 'Notes'), 'Note').map((note) => [
      plainGuid(attribute(note, 'guid') ?? ''),
      textOf(child(note, 'PlainTextContent')).trim(),
    ]),
  );
  const variables = new Map(
    children(child(qdpx.project, 'Variables'), 'Variable').map((variable) => [
      plainGuid(attribute(variable, 'guid') ?? ''),
      (attribute(variable, 'name') ?? '').toLowerCase(),
    ]),
  );
  const articleOf = new Map<string, { id: number; span: ReturnType<typeof normaliseWithOffsets>['span'] }>();
  /** Codings of the file by what makes them alike, counted as they come. */
  const seen = new Map<string, number>();
  for (const source of children(child(qdpx.project, 'Sources'), 'TextSource')) {
    const label = `source “${attribute(source, 'name') ?? attribute(source, 'guid') ?? '?'}”`;
    try {
      const article = await importSource(db, qdpx, source, variables, name, result);
      articleOf.set(plainGuid(attribute(source, 'guid') ?? ''), article);
      // An article's codings change its kept row once each: its sums per frame move once.
      withFrameSumsHeld(db, () =>
        importCodings(db, qdpx, source, article, { codes, users, notes, seen }, result, label),
      );
    } catch (error) {
      result.failures.push({ where: label, reason: (error as Error).message });
    }
  }
  const others = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].reduce(
    (sum, kind) => sum + children(child(qdpx.project, 'Sources'), kind).length,
    0,
  );
  if (others > 0)
    result.failures.push({
      where: `${others} picture, PDF, audio or video source${others === 1 ? '' : 's'}`,
      reason: 'Framescope reads text sources only; these were left out.',
    });
  db.transaction(() => scopeNewCodebooks(db, newBooks, articleOf))();
  // The rejected codings and frame decisions of every article: their sums per frame move once per article.
  if (qdpx.sidecar)
    withFrameSumsHeld(db, () => {
      for (const rejected of qdpx.sidecar!.rejected) {
        const article = articleOf.get(plainGuid(rejected.source));
        const codeId = codes.get(plainGuid(rejected.code));
        if (!article || codeId === undefined) continue;
        const user = rejected.user ? users.get(plainGuid(rejected.user)) : undefined;
        addAnnotation(db, result, seen, {
          article_id: article.id,
          code_id: codeId,
          start: rejected.start,
          end: rejected.end,
          memo: rejected.memo,
          coder_id: user?.coderId ?? null,
          created_at: rejected.createdAt,
          ...detailColumns(rejected),
        });
      }
      for (const decision of qdpx.sidecar!.decisions ?? []) {
        const article = articleOf.get(plainGuid(decision.source));
        const codeId = codes.get(plainGuid(decision.code));
        const user = decision.user ? users.get(plainGuid(decision.user)) : undefined;
        // A coder's decision needs its coder; an adjudicated one may have none.
        if (!article || codeId === undefined || (decision.origin === 'manual' && !user?.coderId)) continue;
        const added = insertExchangeDecision(db, {
          articleId: article.id,
          codeId,
          origin: decision.origin,
          coderId: user?.coderId ?? null,
          present: decision.present,
          primary: decision.primary,
          denied: decision.denied,
          salience: decision.salience,
          decidedAt: decision.decidedAt,
        });
        if (added) result.decisions.imported++;
        else result.decisions.alreadyThere++;
      }
    });
  return result;
}

/** A codebook the file brought in, with the scope it had where it was made. */
type NewCodebook = { id: number; scope: SidecarScope | undefined };

/**
 * Gives each codebook the file brought in the scope it had in its project, so that analysis suggests
 * the same frames for the same articles: a story scope becomes the story of that name (made by hand if
 * there is none) holding the file's articles of it that are in no story yet.
 */
function scopeNewCodebooks(
  db: Db,
  books: readonly NewCodebook[],
  articleOf: ReadonlyMap<string, { id: number }>,
): void {
  for (const { id, scope } of books) {
    if (!scope || scope.kind === 'project') continue;
    if (scope.kind === 'search') {
      setCodebookScope(db, id, scope);
      continue;
    }
    const stories = scope.stories.map((story) =>
      ensureManualStory(
        db,
        story.name,
        story.articles.flatMap((uid) => {
          const article = articleOf.get(plainGuid(uid));
          return article && !storyMembership(db, article.id) ? [article.id] : [];
        }),
      ),
    );
    setCodebookScope(db, id, { kind: 'stories', stories });
  }
}

function importCodes(
  db: Db,
  qdpx: QdpxFile,
  projectName: string,
  result: QdpxImport,
  newBooks: NewCodebook[],
): Map<string, CodeTarget> {
  const byGuid = new Map<string, CodeTarget>();
  const books = listCodebooks(db);
  const bookByGuid = new Map(books.map((book) => [codebookGuid(book.key), book.id]));
  const existing = listCodes(db);
  const keyOfBook = new Map(books.map((book) => [book.id, book.key]));
  const codeByGuid = new Map(
    existing.map((code) => [codeGuid(keyOfBook.get(code.codebook_id)!, code.key), code.id]),
  );
  let foreignBook: number | undefined;
  const sidecar = qdpx.sidecar;

  const addCode = (node: XmlNode, codebookId: number, parentId: number | null) => {
    const guid = plainGuid(attribute(node, 'guid') ?? '');
    const codeName = (attribute(node, 'name') ?? '').trim() || 'Unnamed code';
    let id = codeByGuid.get(guid);
    if (id === undefined) {
      const sameName = listCodes(db, codebookId).find(
        (code) => code.name.toLowerCase() === codeName.toLowerCase(),
      );
      id = sameName?.id;
    }
    if (id !== undefined) result.codes.matched++;
    else {
      const extra = sidecar?.codes[guid];
      const taken = codeKeys(db, codebookId);
      const row = insertRow(db, 'codes', {
        codebook_id: codebookId,
        key: extra && !taken.has(extra.key) ? extra.key : uniqueKey(taken, codeName),
        kind: extra?.kind ?? 'code',
        name: codeName,
        description: textOf(child(node, 'Description')).trim() || null,
        color: /^#[0-9a-f]{6}$/i.test(attribute(node, 'color') ?? '') ? attribute(node, 'color')! : null,
        cues: JSON.stringify(extra?.cues ?? []),
        parent_id: parentId,
      });
      id = row.id as number;
      result.codes.added++;
    }
    byGuid.set(guid, id);
    for (const sub of children(node, 'Code')) addCode(sub, codebookId, id);
  };

  for (const top of children(child(child(qdpx.project, 'CodeBook'), 'Codes'), 'Code')) {
    const guid = plainGuid(attribute(top, 'guid') ?? '');
    let bookId = bookByGuid.get(guid);
    const fromSidecar = sidecar?.codebooks[guid];
    if (bookId === undefined && fromSidecar) {
      const keys = codebookKeys(db);
      bookId = insertCodebook(db, {
        key: keys.has(fromSidecar.key) ? uniqueKey(keys, fromSidecar.name) : fromSidecar.key,
        name: fromSidecar.name,
        description: fromSidecar.description,
      });
      newBooks.push({ id: bookId, scope: fromSidecar.scope });
      bookByGuid.set(guid, bookId);
    }
    if (bookId !== undefined) {
      for (const code of children(top, 'Code')) addCode(code, bookId, null);
      continue;
    }
    // A code tree from another tool: its top-level codes are codes of one codebook named after the file.
    if (foreignBook === undefined) {
      const keys = codebookKeys(db);
      const bookName = `Imported from ${projectName}`;
      foreignBook =
        listCodebooks(db).find((book) => book.name === bookName)?.id ??
        insertCodebook(db, { key: uniqueKey(keys, bookName), name: bookName, description: null });
    }
    addCode(top, foreignBook, null);
  }
  return byGuid;
}

interface UserTarget {
  coderId: number | null;
  machine: boolean;
}

function importUsers(db: Db, qdpx: QdpxFile, result: QdpxImport): Map<string, UserTarget> {
  const users = new Map<string, UserTarget>();
  users.set(MACHINE_USER_GUID, { coderId: null, machine: true });
  const coders = listCoders(db);
  const byGuid = new Map(coders.map((coder) => [coderGuid(coder.name), coder.id]));
  const byName = new Map(coders.map((coder) => [coder.name.toLowerCase(), coder.id]));
  for (const user of children(child(qdpx.project, 'Users'), 'User')) {
    const guid = plainGuid(attribute(user, 'guid') ?? '');
    if (guid === MACHINE_USER_GUID) continue;
    const name =
      (attribute(user, 'name') ?? attribute(user, 'id') ?? '').trim() || `Coder ${guid.slice(0, 8)}`;
    const known = byGuid.get(guid) ?? byName.get(name.toLowerCase());
    if (known !== undefined) {
      users.set(guid, { coderId: known, machine: false });
      result.coders.matched++;
    } else {
      users.set(guid, { coderId: ensureCoder(db, name).id, machine: false });
      result.coders.added++;
    }
  }
  return users;
}

async function importSource(
  db: Db,
  qdpx: QdpxFile,
  source: XmlNode,
  variables: ReadonlyMap<string, string>,
  fileName: string,
  result: QdpxImport,
): Promise<{
  id: number;
  span: (start: number, end: number) => { start: number; end: number } | null;
  raw: string;
}> {
  const guid = plainGuid(attribute(source, 'guid') ?? '');
  const path = attribute(source, 'plainTextPath');
  const inline = child(source, 'PlainTextContent');
  let raw: string | undefined;
  if (inline !== undefined) raw = textOf(inline);
  else if (path?.startsWith('internal://')) {
    const inside = path.slice('internal://'.length);
    raw = (await qdpx.readText(`sources/${inside}`)) ?? (await qdpx.readText(inside));
    if (raw === undefined) throw new Error(`its text (${path}) is missing from the archive.`);
  } else if (path)
    throw new Error(
      `its text lies outside the file (${path}); export the project with its sources embedded.`,
    );
  else throw new Error('it has no text.');
  raw = raw.replace(/^\ufeff/, '');
  const normalised = normaliseWithOffsets(raw);
  if (normalised.text.length === 0) throw new Error('its text is empty.');
  const hash = createHash('sha256').update(normalised.text).digest('hex');
  const byUid = db.prepare('SELECT id, content_hash FROM articles WHERE uid = ?').get(guid) as
    { id: number; content_hash: string } | undefined;
  const byHash = db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as
    number | undefined;
  const existing = byUid && byUid.content_hash === hash ? byUid.id : byHash;
  if (existing !== undefined) {
    result.sources.matched++;
    return { id: existing, span: normalised.span, raw };
  }
  const meta = qdpx.sidecar?.articles[guid];
  const values = new Map<string, string>();
  for (const value of children(source, 'VariableValue')) {
    const variable = variables.get(plainGuid(attribute(child(value, 'VariableRef'), 'targetGUID') ?? ''));
    const text = textOf(child(value, 'TextValue')).trim();
    if (variable && text) values.set(variable, text);
  }
  const variable = (name: (typeof ARTICLE_VARIABLES)[number]) => values.get(name.toLowerCase()) ?? null;
  const inserted = insertArticles(db, [
    {
      uid: byUid ? randomUUID() : /^[0-9a-f-]{36}$/.test(guid) ? guid : randomUUID(),
      content_hash: hash,
      title: attribute(source, 'name')?.trim() || null,
      outlet: meta?.outlet ?? variable('Outlet'),
      author: meta?.author ?? variable('Author'),
      url: meta?.url ?? variable('URL'),
      published_at: meta?.published ?? variable('Published'),
      published_raw: meta?.publishedRaw ?? variable('Published'),
      language: meta?.language ?? variable('Language'),
      text: normalised.text,
      source_file: meta?.sourceFile ?? fileName,
      source_format: meta?.sourceFormat ?? 'qdpx',
      imported_at: meta?.importedAt ?? new Date().toISOString(),
      word_count: countWords(normalised.text),
    },
  ])[0]!;
  if (!inserted.inserted) {
    result.sources.matched++;
    return { id: inserted.duplicateOf, span: normalised.span, raw };
  }
  result.sources.imported++;
  result.newArticleIds.push(inserted.id);
  return { id: inserted.id, span: normalised.span, raw };
}

function importCodings(
  db: Db,
  qdpx: QdpxFile,
  source: XmlNode,
  article: {
    id: number;
    span: (start: number, end: number) => { start: number; end: number } | null;
    raw: string;
  },
  known: {
    codes: ReadonlyMap<string, CodeTarget>;
    users: ReadonlyMap<string, UserTarget>;
    notes: ReadonlyMap<string, string>;
    seen: Map<string, number>;
  },
  result: QdpxImport,
  label: string,
): void {
  const { codes, users, notes, seen } = known;
  const convert = offsetConverter(article.raw);
  const place = (start: number, end: number) => article.span(convert.toUtf16(start), convert.toUtf16(end));
  const memoOf = (node: XmlNode) =>
    [
      ...children(node, 'NoteRef').map(
        (ref) => notes.get(plainGuid(attribute(ref, 'targetGUID') ?? '')) ?? '',
      ),
      textOf(child(node, 'Description')).trim(),
    ]
      .filter(Boolean)
      .join('\n\n') || null;

  const codingsIn = (node: XmlNode, span: { start: number; end: number } | null, memo: string | null) => {
    for (const coding of children(node, 'Coding')) {
      const codeRef = plainGuid(attribute(child(coding, 'CodeRef'), 'targetGUID') ?? '');
      const codeId = codes.get(codeRef);
      if (codeId === undefined) {
        result.failures.push({
          where: label,
          reason: `a coding names a code that is not in the codebook (${codeRef}).`,
        });
        continue;
      }
      if (!span) {
        result.failures.push({
          where: label,
          reason: 'a coded passage lies outside the text or holds only spaces.',
        });
        continue;
      }
      const userGuid = plainGuid(attribute(coding, 'creatingUser') ?? attribute(node, 'creatingUser') ?? '');
      const user = users.get(userGuid);
      const details = qdpx.sidecar?.codings[plainGuid(attribute(coding, 'guid') ?? '')];
      const codingMemo = [memo, memoOf(coding)].filter(Boolean).join('\n\n') || null;
      addAnnotation(db, result, seen, {
        article_id: article.id,
        code_id: codeId,
        start: span.start,
        end: span.end,
        memo: codingMemo,
        coder_id: user?.coderId ?? null,
        created_at: dateTime(attribute(coding, 'creationDateTime') ?? attribute(node, 'creationDateTime')),
        ...detailColumns(
          details ?? {
            origin: user?.machine ? 'auto' : 'manual',
            status: user?.machine ? 'suggested' : 'accepted',
            cue: null,
            negated: false,
          },
        ),
      });
    }
  };

  for (const selection of children(source, 'PlainTextSelection')) {
    const start = Number(attribute(selection, 'startPosition'));
    const end = Number(attribute(selection, 'endPosition'));
    const inText =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end > start &&
      convert.toUtf16(end) <= article.raw.length;
    codingsIn(selection, inText ? place(start, end) : null, memoOf(selection));
  }
  // Codings of a whole source.
  codingsIn(source, article.span(0, article.raw.length), null);
}

interface NewAnnotationRow {
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  memo: string | null;
  coder_id: number | null;
  created_at: string;
  origin: 'auto' | 'manual';
  status: 'suggested' | 'accepted' | 'rejected';
  cue_start: number | null;
  cue_end: number | null;
  cue: string | null;
  negated: 0 | 1;
}

function detailColumns(details: SidecarCoding) {
  return {
    origin: details.origin,
    status: details.status,
    cue_start: details.cue?.start ?? null,
    cue_end: details.cue?.end ?? null,
    cue: details.cue?.text ?? null,
    negated: details.negated ? (1 as const) : (0 as const),
  };
}

function addAnnotation(db: Db, result: QdpxImport, seen: Map<string, number>, row: NewAnnotationRow): void {
  const key = [
    row.article_id,
    row.code_id,
    row.start,
    row.end,
    row.origin,
    row.coder_id,
    row.cue_start,
    row.cue_end,
  ].join(':');
  const inFile = (seen.get(key) ?? 0) + 1;
  seen.set(key, inFile);
  if (countSameAnnotations(db, row) >= inFile) {
    result.codings.alreadyThere++;
    return;
  }
  insertRow(db, 'annotations', { ...row });
  result.codings.imported++;
  if (row.memo) result.memos++;
}

function dateTime(value: string | undefined): string {
  return value && !Number.isNaN(Date.parse(value)) ? value : new Date().toISOString();
}
