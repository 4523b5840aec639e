import { writeFileSync, renameSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import type { Db } from '../../../db/open.ts';
import { iterateArticles } from '../../../db/articles.ts';
import { listCodebooks, listCodes, type CodeRow } from '../../../db/codes.ts';
import { listCoders } from '../../../db/coders.ts';
import {
  exchangeAnnotations,
  exchangeDecisions,
  storyArticleUids,
  type ExchangeAnnotation,
} from '../../../db/exchange.ts';
import { getStory } from '../../../db/stories.ts';
import { getSetting, isShortText } from '../../../db/meta.ts';
import {
  codebookGuid,
  codeGuid,
  coderGuid,
  MACHINE_USER_GUID,
  MACHINE_USER_NAME,
  nameGuid,
  variableGuid,
} from './guids.ts';
import { offsetConverter } from './offsets.ts';
import { SIDECAR, type Sidecar, type SidecarScope } from './sidecar.ts';
import { codebookScopes, type CodebookScope } from '../../analyze/scope.ts';
import { attributes, xmlText } from './xml.ts';

// REFI-QDA project export (.qdpx: a zip holding project.qde, the sources' texts under sources/,
// and Framescope's sidecar), following the QDA-XML project schema Project-mrt2019.xsd. Each
// codebook is a code that cannot be applied, holding its frames and codes; articles are text
// sources with their metadata as variables; every annotation not rejected is a coding by its
// coder, or by the user "Framescope (suggestions)" while it is an unreviewed suggestion; a memo is
// a note the coded passage refers to. Positions are converted to code points.

export const ARTICLE_VARIABLES = ['Outlet', 'Author', 'URL', 'Published', 'Language'] as const;

export interface QdpxExport {
  path: string;
  sources: number;
  codes: number;
  codings: number;
  users: number;
  memos: number;
}

export async function exportQdpx(
  db: Db,
  path: string,
  projectName = getSetting(db, 'name', 'Framescope project', (value) => isShortText(value)),
): Promise<QdpxExport> {
  const zip = new JSZip();
  const sidecar: Sidecar = {
    format: 'framescope-refi-sidecar',
    version: 1,
    codebooks: {},
    codes: {},
    codings: {},
    rejected: [],
    articles: {},
  };
  const now = new Date().toISOString();

  const users = new Map<string, string>(); // guid → name
  const userOf = (annotation: ExchangeAnnotation): string | null => {
    if (annotation.origin === 'auto' && annotation.status === 'suggested') {
      users.set(MACHINE_USER_GUID, MACHINE_USER_NAME);
      return MACHINE_USER_GUID;
    }
    if (annotation.coder_name === null) return null;
    const guid = coderGuid(annotation.coder_name);
    users.set(guid, annotation.coder_name);
    return guid;
  };
  for (const coder of listCoders(db)) users.set(coderGuid(coder.name), coder.name);

  const codeXml = codebookXml(db, sidecar);
  const codeGuids = new Map(
    Object.entries(sidecar.codes).map(([guid, code]) => [
      `${sidecar.codebooks[code.codebookGuid]!.key}/${code.key}`,
      guid,
    ]),
  );

  // Annotations are read in article order, so each article's are gathered while streaming.
  const byArticle = new Map<string, ExchangeAnnotation[]>();
  for (const annotation of exchangeAnnotations(db)) {
    const list = byArticle.get(annotation.article_uid) ?? [];
    list.push(annotation);
    byArticle.set(annotation.article_uid, list);
  }

  const sources: string[] = [];
  const notes: string[] = [];
  const usedGuids = new Set<string>();
  let codings = 0;
  for (const article of iterateArticles(db)) {
    const guid = article.uid.toLowerCase();
    zip.file(`sources/${guid}.txt`, article.text);
    sidecar.articles[guid] = {
      outlet: article.outlet,
      author: article.author,
      url: article.url,
      published: article.published_at,
      publishedRaw: article.published_raw,
      language: article.language,
      sourceFile: article.source_file,
      sourceFormat: article.source_format,
      importedAt: article.imported_at,
    };
    const convert = offsetConverter(article.text);
    const selections: string[] = [];
    for (const annotation of byArticle.get(article.uid) ?? []) {
      const code = codeGuids.get(`${annotation.codebook_key}/${annotation.code_key}`)!;
      const user = userOf(annotation);
      const cue =
        annotation.cue_start === null || annotation.cue_end === null
          ? null
          : { start: annotation.cue_start, end: annotation.cue_end, text: annotation.cue };
      const details = {
        origin: annotation.origin,
        status: annotation.status,
        cue,
        negated: annotation.negated === 1,
      };
      if (annotation.status === 'rejected') {
        sidecar.rejected.push({
          ...details,
          source: guid,
          code,
          user,
          start: annotation.start,
          end: annotation.end,
          memo: annotation.memo,
          createdAt: annotation.created_at,
        });
        continue;
      }
      let base = `coding:${guid}:${code}:${user ?? 'none'}:${annotation.start}:${annotation.end}`;
      for (let n = 2; usedGuids.has(nameGuid(base)); n++) base = `${base}:${n}`;
      const codingGuid = nameGuid(base);
      usedGuids.add(codingGuid);
      sidecar.codings[codingGuid] = details;
      let noteRef = '';
      if (annotation.memo) {
        const noteGuid = nameGuid(`note:${codingGuid}`);
        notes.push(
          `<Note${attributes({ guid: noteGuid, name: 'Memo', creatingUser: user, creationDateTime: annotation.created_at })}><PlainTextContent>${xmlText(annotation.memo)}</PlainTextContent></Note>`,
        );
        noteRef = `<NoteRef targetGUID="${noteGuid}"/>`;
      }
      const start = convert.toCodePoints(annotation.start);
      const end = convert.toCodePoints(annotation.end);
      selections.push(
        `<PlainTextSelection${attributes({ guid: nameGuid(`selection:${codingGuid}`), name: excerpt(article.text.slice(annotation.start, annotation.end)), startPosition: start, endPosition: end, creatingUser: user, creationDateTime: annotation.created_at })}>` +
          `<Coding${attributes({ guid: codingGuid, creatingUser: user, creationDateTime: annotation.created_at })}><CodeRef targetGUID="${code}"/></Coding>${noteRef}</PlainTextSelection>`,
      );
      codings++;
    }
    const variables = [article.outlet, article.author, article.url, article.published_at, article.language]
      .map((value, i) =>
        value === null
          ? ''
          : `<VariableValue><VariableRef targetGUID="${variableGuid(ARTICLE_VARIABLES[i]!)}"/><TextValue>${xmlText(value)}</TextValue></VariableValue>`,
      )
      .join('');
    sources.push(
      `<TextSource${attributes({ guid, name: article.title ?? article.source_file ?? guid, plainTextPath: `internal://${guid}.txt`, creationDateTime: isoDateTime(article.imported_at) })}>${selections.join('')}${variables}</TextSource>`,
    );
  }

  // A person's Present / Absent / Primary / Denied on a whole article has no place in the standard:
  // it travels in the sidecar, by the article's, code's and coder's GUIDs.
  sidecar.decisions = [];
  for (const decision of exchangeDecisions(db)) {
    const code = codeGuids.get(`${decision.codebook_key}/${decision.code_key}`);
    if (!code) continue;
    const user = decision.coder_name === null ? null : coderGuid(decision.coder_name);
    if (user !== null) users.set(user, decision.coder_name!);
    sidecar.decisions.push({
      source: decision.article_uid.toLowerCase(),
      code,
      user,
      origin: decision.origin,
      present: decision.present === 1,
      primary: decision.is_primary === 1,
      denied: decision.denied === 1,
      salience: decision.salience,
      decidedAt: decision.decided_at,
    });
  }

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0"${attributes({ name: projectName, origin: 'Framescope', creationDateTime: now })}>`,
    users.size > 0
      ? `<Users>${[...users].map(([guid, name]) => `<User${attributes({ guid, name })}/>`).join('')}</Users>`
      : '',
    codeXml ? `<CodeBook><Codes>${codeXml}</Codes></CodeBook>` : '',
    `<Variables>${ARTICLE_VARIABLES.map((name) => `<Variable${attributes({ guid: variableGuid(name), name, typeOfVariable: 'Text' })}/>`).join('')}</Variables>`,
    sources.length > 0 ? `<Sources>${sources.join('\n')}</Sources>` : '',
    notes.length > 0 ? `<Notes>${notes.join('\n')}</Notes>` : '',
    '</Project>',
    '',
  ].join('\n');
  zip.file('project.qde', xml);
  zip.file(SIDECAR, JSON.stringify(sidecar));

  const partial = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(partial, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return {
    path,
    sources: sources.length,
    codes: Object.keys(sidecar.codes).length,
    codings,
    users: users.size,
    memos: notes.length,
  };
}

function sidecarScope(db: Db, scope: CodebookScope | undefined): SidecarScope {
  if (!scope || scope.kind === 'project') return { kind: 'project' };
  if (scope.kind === 'search') return scope;
  return {
    kind: 'stories',
    stories: scope.stories.flatMap((id) => {
      const story = getStory(db, id);
      return story ? [{ name: story.name, articles: storyArticleUids(db, id) }] : [];
    }),
  };
}

/** The codebooks as a code tree, filling in the sidecar's codebooks and codes. */
function codebookXml(db: Db, sidecar: Sidecar): string {
  const codes = listCodes(db);
  const scopes = codebookScopes(db);
  return listCodebooks(db)
    .map((book) => {
      const bookGuid = codebookGuid(book.key);
      sidecar.codebooks[bookGuid] = {
        key: book.key,
        name: book.name,
        description: book.description,
        scope: sidecarScope(db, scopes.get(book.key)),
      };
      const own = codes.filter((code) => code.codebook_id === book.id);
      const ids = new Set(own.map((code) => code.id));
      const children = (parent: number | null): string =>
        own
          .filter((code) =>
            parent === null ? code.parent_id === null || !ids.has(code.parent_id) : code.parent_id === parent,
          )
          .map((code) => codeXmlOf(code, book.key, bookGuid, sidecar, children(code.id)))
          .join('');
      const description = book.description ? `<Description>${xmlText(book.description)}</Description>` : '';
      return `<Code${attributes({ guid: bookGuid, name: book.name, isCodable: false })}>${description}${children(null)}</Code>`;
    })
    .join('\n');
}

function codeXmlOf(
  code: CodeRow,
  codebookKey: string,
  bookGuid: string,
  sidecar: Sidecar,
  children: string,
): string {
  const guid = codeGuid(codebookKey, code.key);
  sidecar.codes[guid] = {
    codebookGuid: bookGuid,
    key: code.key,
    kind: code.kind,
    cues: JSON.parse(code.cues) as string[],
  };
  const color = code.color && /^#[0-9a-f]{6}$/i.test(code.color) ? code.color : undefined;
  const description = code.description ? `<Description>${xmlText(code.description)}</Description>` : '';
  return `<Code${attributes({ guid, name: code.name, isCodable: true, color })}>${description}${children}</Code>`;
}

/** A selection's name: its first words, as other tools list it. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}

/** xsd:dateTime wants a time; an import time is always one, but a date alone is widened. */
function isoDateTime(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return undefined;
}
