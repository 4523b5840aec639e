import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import type { RowValues } from '../../db/rows.ts';
import {
  allRows,
  articleByHash,
  articleByUid,
  articleIdentities,
  articleRow,
  articlesWithDecisions,
  textlessArticles,
  coderByName,
  coderByUid,
  entityNamed,
  aliasesOf,
  frameDecisionOf,
  quoteAt,
  rowById,
  rowsOfArticle,
  sameCoding,
} from '../../db/merge.ts';
import type { EditRecorder } from '../engine/history.ts';
import type { MergeConflict, MergeReport } from './types.ts';
import { mergeEntityEdits } from './entities.ts';
import { MergeStopped, emptyMergeReport, type MergeWatch } from './report.ts';
import { FRAME_DECISION, QUOTE_DECISION, describe, isDecided, pick, without } from './rows.ts';
import { mergeCodebooks } from './codebooks.ts';
import { mergeStoryOf, scopeNewCodebooks, type StoriesContext } from './stories.ts';

// Merging a colleague's project into this one (issue #11). Everything is matched by what identifies
// it in every copy: articles by uid, then by content hash; coders by uid, then name; codebooks by
// key, then name; codes by key, then name within their codebook; a coding by its article, code,
// passage, cue, origin and coder; a frame decision by article, frame, origin and coder. What is
// already here is left alone, so merging the same file twice changes nothing, and since each
// coder's decisions are rows of their own, three coders' files give the same project in any order.
// Where both sides hold one thing changed differently (a code's definition, a decision on the same
// machine suggestion, a memo, an article's story), this project's version is kept and the other
// file's is reported as a conflict: nothing is overwritten silently.

type Row = RowValues;

/** Merges the project `theirs` into `mine` through `recorder`, so the caller makes it one undoable edit. */
export function mergeInto(
  mine: Db,
  theirs: Db,
  file: string,
  recorder: EditRecorder,
  watch: MergeWatch = {},
): MergeReport {
  const started = performance.now();
  const merge = new Merge(mine, theirs, recorder, file, watch);
  merge.coders();
  merge.codebooks();
  merge.articles();
  if (watch.stopped?.()) throw new MergeStopped();
  merge.entityEdits();
  merge.scopesOfNewCodebooks();
  watch.progress?.(1, 1);
  return {
    ...merge.report,
    changed: recorder.changes.length > 0,
    ms: Math.round(performance.now() - started),
  };
}

class Merge {
  readonly report: MergeReport;
  private readonly coderIds = new Map<number, number>();
  private codeIds = new Map<number, number>();
  private readonly entityIds = new Map<number, number>();
  private newCodebooks: { id: number; scope: string }[] = [];
  private readonly mine: Db;
  private readonly theirs: Db;
  private readonly recorder: EditRecorder;

  private readonly watch: MergeWatch;

  constructor(mine: Db, theirs: Db, recorder: EditRecorder, file: string, watch: MergeWatch) {
    this.watch = watch;
    this.mine = mine;
    this.theirs = theirs;
    this.recorder = recorder;
    this.report = emptyMergeReport(file);
  }

  coders(): void {
    for (const coder of allRows(this.theirs, 'coders')) {
      const uid = coder.uid === null ? null : String(coder.uid);
      const found =
        (uid !== null ? coderByUid(this.mine, uid) : undefined) ?? coderByName(this.mine, String(coder.name));
      if (found) {
        this.report.coders.matched++;
        this.coderIds.set(Number(coder.id), Number(found.id));
      } else {
        const added = this.recorder.insert('coders', {
          name: String(coder.name),
          uid: uid ?? randomBytes(16).toString('hex'),
        });
        this.report.coders.added++;
        this.coderIds.set(Number(coder.id), Number(added.id));
      }
    }
  }

  /** Codebooks by key, then name; codes by key, then name within their codebook. */
  codebooks(): void {
    const matched = mergeCodebooks({
      mine: this.mine,
      theirs: this.theirs,
      recorder: this.recorder,
      report: this.report,
      conflict: (...conflict) => this.conflict(...conflict),
    });
    this.codeIds = matched.codeIds;
    this.newCodebooks = matched.newCodebooks;
  }

  articles(): void {
    // Most articles of a large project carry no one's decisions: only the others need a closer look.
    const decided = articlesWithDecisions(this.theirs);
    const textless = textlessArticles(this.theirs);
    const identities = articleIdentities(this.theirs);
    for (const [index, article] of identities.entries()) {
      if (this.watch.stopped?.()) throw new MergeStopped();
      this.watch.progress?.(index, identities.length);
      let byUid = articleByUid(this.mine, article.uid);
      // Offsets of a file without texts point into the text its content hash names: an article here
      // of the same uid but another text would put every coding on the wrong words.
      if (byUid && textless.has(article.id) && byUid.content_hash !== article.content_hash) byUid = undefined;
      const found = byUid ?? articleByHash(this.mine, article.content_hash);
      let id: number;
      if (!found && textless.has(article.id)) {
        this.report.notAttached.push({
          uid: article.uid,
          title: article.title ?? `(untitled, ${article.uid})`,
        });
        continue;
      }
      if (found) {
        this.report.articles.matched++;
        if (byUid) this.report.articles.matchedByUid++;
        else this.report.articles.matchedByHash++;
        id = Number(found.id);
        if (decided.has(article.id)) this.decisionsOf(article.id, id);
      } else {
        const row = articleRow(this.theirs, article.id)!;
        id = Number(this.recorder.insert('articles', without(row, 'id')).id);
        this.report.articles.added++;
        this.wholeAnalysis(article.id, id);
      }
      mergeStoryOf(this.stories(), article.id, id, article.title);
    }
  }

  /** A new article comes with what analysis found in it and every decision on it. */
  private wholeAnalysis(theirArticle: number, article: number): void {
    for (const mention of rowsOfArticle(this.theirs, 'mentions', theirArticle))
      this.recorder.insert('mentions', {
        ...without(mention, 'id'),
        article_id: article,
        entity_id: this.entity(Number(mention.entity_id)),
      });
    for (const quote of rowsOfArticle(this.theirs, 'quotes', theirArticle)) {
      this.recorder.insert('quotes', this.quoteValues(quote, article));
      if (isDecided(quote)) this.report.quoteDecisions.added++;
    }
    for (const coding of rowsOfArticle(this.theirs, 'annotations', theirArticle)) {
      this.recorder.insert('annotations', this.codingValues(coding, article));
      if (isDecided(coding)) this.report.codings.added++;
      if (coding.memo) this.report.memos.added++;
    }
    for (const decision of rowsOfArticle(this.theirs, 'frame_decisions', theirArticle)) {
      this.recorder.insert('frame_decisions', this.decisionValues(decision, article));
      if (decision.origin !== 'auto') this.report.frameDecisions.added++;
    }
  }

  /** An article both projects hold: the other file's people's decisions come in beside ours. */
  private decisionsOf(theirArticle: number, article: number): void {
    const title = () => String(articleRow(this.mine, article)?.title ?? `article ${article}`);
    this.quoteDecisions(theirArticle, article, title);
    this.codingDecisions(theirArticle, article, title);
    this.frameDecisions(theirArticle, article, title);
  }

  private quoteDecisions(theirArticle: number, article: number, title: () => string): void {
    for (const quote of rowsOfArticle(this.theirs, 'quotes', theirArticle)) {
      if (!isDecided(quote)) continue;
      const values = this.quoteValues(quote, article);
      const found = quoteAt(this.mine, article, Number(quote.start), Number(quote.end), String(quote.kind));
      if (!found) {
        this.recorder.insert('quotes', values);
        this.report.quoteDecisions.added++;
      } else if (!isDecided(found)) {
        const decision = [
          'status',
          'speaker_text',
          'speaker_type',
          'speaker_entity_id',
          'coder_id',
          'speaker_source',
        ];
        this.recorder.update('quotes', { id: Number(found.id) }, pick(values, decision));
        this.report.quoteDecisions.added++;
      } else if (QUOTE_DECISION.every((field) => found[field] === quote[field])) {
        this.report.quoteDecisions.matched++;
      } else {
        this.conflict(
          'quote',
          `the quote at ${String(quote.start)}–${String(quote.end)} in “${title()}”`,
          describe(found, QUOTE_DECISION),
          describe(quote, QUOTE_DECISION),
        );
      }
    }
  }

  private codingDecisions(theirArticle: number, article: number, title: () => string): void {
    for (const coding of rowsOfArticle(this.theirs, 'annotations', theirArticle)) {
      if (!isDecided(coding)) continue;
      const values = this.codingValues(coding, article);
      const key = values as Parameters<typeof sameCoding>[1];
      const found = sameCoding(this.mine, key, coding.origin === 'auto');
      if (!found) {
        this.recorder.insert('annotations', values);
        this.report.codings.added++;
        if (coding.memo) this.report.memos.added++;
        continue;
      }
      if (coding.origin === 'auto' && found.status === 'suggested') {
        this.recorder.update(
          'annotations',
          { id: Number(found.id) },
          pick({ ...values, memo: found.memo ?? values.memo ?? null }, ['status', 'coder_id', 'memo']),
        );
        this.report.codings.decided++;
        if (coding.memo && !found.memo) this.report.memos.added++;
        continue;
      }
      if (found.status !== coding.status) {
        this.conflict(
          'coding',
          `the coding “${this.codeName(Number(found.code_id))}” at ${String(found.start)}–${String(found.end)} in “${title()}”`,
          describe(found, ['status']),
          describe(coding, ['status']),
        );
        continue;
      }
      this.report.codings.matched++;
      if (coding.memo && coding.memo !== found.memo) {
        if (!found.memo) {
          this.recorder.update('annotations', { id: Number(found.id) }, { memo: coding.memo ?? null });
          this.report.memos.added++;
        } else
          this.conflict(
            'memo',
            `the memo on “${this.codeName(Number(found.code_id))}” at ${String(found.start)}–${String(found.end)} in “${title()}”`,
            String(found.memo),
            String(coding.memo),
          );
      }
    }
  }

  private frameDecisions(theirArticle: number, article: number, title: () => string): void {
    for (const decision of rowsOfArticle(this.theirs, 'frame_decisions', theirArticle)) {
      if (decision.origin === 'auto') continue;
      const values = this.decisionValues(decision, article);
      const found = frameDecisionOf(
        this.mine,
        article,
        Number(values.code_id),
        String(values.origin),
        values.coder_id === null ? null : Number(values.coder_id),
      );
      if (!found) {
        this.recorder.insert('frame_decisions', values);
        this.report.frameDecisions.added++;
      } else if (FRAME_DECISION.every((field) => found[field] === decision[field])) {
        this.report.frameDecisions.matched++;
      } else {
        this.conflict(
          'frame decision',
          `the decision on frame “${this.codeName(Number(found.code_id))}” in “${title()}” by ${this.coderName(found.coder_id ?? null)}`,
          describe(found, FRAME_DECISION),
          describe(decision, FRAME_DECISION),
        );
      }
    }
  }

  /** Their people's entity renames and merges, made here too (after the articles, whose mentions they move). */
  entityEdits(): void {
    mergeEntityEdits({
      mine: this.mine,
      theirs: this.theirs,
      recorder: this.recorder,
      report: this.report,
      coder: (id) => this.coder(id),
      conflict: (what, mine, theirs) => this.conflict('entity', what, mine, theirs),
    });
  }

  /** A new codebook that applies to chosen stories applies to the stories of those names here. */
  scopesOfNewCodebooks(): void {
    scopeNewCodebooks(this.stories(), this.newCodebooks);
  }

  private stories(): StoriesContext {
    return {
      mine: this.mine,
      theirs: this.theirs,
      recorder: this.recorder,
      report: this.report,
      conflict: (what, mine, theirs) => this.conflict('story', what, mine, theirs),
    };
  }

  private entity(theirEntity: number): number {
    let id = this.entityIds.get(theirEntity);
    if (id !== undefined) return id;
    const entity = rowById(this.theirs, 'entities', theirEntity)!;
    const found = entityNamed(this.mine, String(entity.name), String(entity.type));
    if (found) id = Number(found.id);
    else {
      id = Number(
        this.recorder.insert('entities', {
          ...without(entity, 'id'),
          coder_id: this.coder(entity.coder_id ?? null),
        }).id,
      );
      for (const alias of aliasesOf(this.theirs, theirEntity))
        this.recorder.insert('entity_aliases', { entity_id: id, alias });
    }
    this.entityIds.set(theirEntity, id);
    return id;
  }

  private quoteValues(quote: Row, article: number): Row {
    return {
      ...without(quote, 'id'),
      article_id: article,
      speaker_entity_id:
        quote.speaker_entity_id === null ? null : this.entity(Number(quote.speaker_entity_id)),
      coder_id: this.coder(quote.coder_id ?? null),
    };
  }

  private codingValues(coding: Row, article: number): Row {
    return {
      ...without(coding, 'id'),
      article_id: article,
      code_id: this.codeIds.get(Number(coding.code_id))!,
      coder_id: this.coder(coding.coder_id ?? null),
    };
  }

  private decisionValues(decision: Row, article: number): Row {
    return {
      ...without(decision, 'id'),
      article_id: article,
      code_id: this.codeIds.get(Number(decision.code_id))!,
      coder_id: this.coder(decision.coder_id ?? null),
    };
  }

  private coder(id: string | number | null): number | null {
    return id === null ? null : (this.coderIds.get(Number(id)) ?? null);
  }

  private coderName(id: string | number | null): string {
    return id === null
      ? 'the machine'
      : String(rowById(this.mine, 'coders', Number(id))?.name ?? `coder ${String(id)}`);
  }

  private codeName(id: number): string {
    return String(rowById(this.mine, 'codes', id)?.name ?? `code ${id}`);
  }

  private conflict(kind: MergeConflict['kind'], what: string, mine: string, theirs: string): void {
    this.report.conflicts.push({ kind, what, mine, theirs, resolution: 'kept mine' });
  }
}
