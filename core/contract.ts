// The one typed API between the UI and the engine (shared/DESIGN.md, STYLE.md §2). It is derived
// from the handler functions, so it cannot drift from them: `Api` maps each method name to its
// handler, whose parameters are the method's arguments and whose result (awaited) is what the
// call resolves to. The renderer imports this file with `import type` only; there is no runtime
// code here. Three transports carry it: in process (Engine.call), Electron IPC and the local
// HTTP bridge (`POST /api/call` with `{method, args}`, events at `GET /api/events`).
import type {
  openProjectFile,
  createProjectFile,
  saveProjectCopy,
  importSample,
} from './engine/handlers/project.ts';
import type { projectInfo } from './engine/handlers/project-info.ts';
import type { listArticles, articleFacets } from './engine/handlers/articles.ts';
import type { getArticleDetail } from './engine/handlers/article.ts';
import type { importFromPaths, importUploads, runAnalysis, stageUpload } from './engine/handlers/imports.ts';
import type { acceptLikelyEvidence, countLikelyEvidence } from './engine/handlers/likely-evidence.ts';
import type { acceptSureQuotes, createQuote, deleteQuote, updateQuote } from './engine/handlers/quotes.ts';
import type { listEntityPage, mergeEntities, renameEntity } from './engine/handlers/entities.ts';
import type {
  createAnnotation,
  deleteAnnotation,
  ensureCoderNamed,
  listCoderRows,
  updateAnnotation,
} from './engine/handlers/annotations.ts';
import type {
  createCode,
  deleteCode,
  listCodebookViews,
  previewCodeCues,
  rerunFrames,
  updateCode,
} from './engine/handlers/codes.ts';
import type { getHistoryState, redo, undo } from './engine/handlers/history.ts';
import type { decideFrame, undecideFrame } from './engine/handlers/frame-decisions.ts';
import type {
  addBuiltInCodebook,
  createCodebook,
  setCodebookScopeOf,
} from './engine/handlers/codebook-scope.ts';
import type {
  createStory,
  deleteStory,
  getStoryDetail,
  groupProjectStories,
  listStoryRows,
  mergeStories,
  moveArticleToStory,
  renameStory,
  storyFromSearch,
  moveArticlesToStory,
  listLeftOut,
  explainStory,
  groupingState,
} from './engine/handlers/stories.ts';
import type { cancelTask } from './engine/handlers/tasks.ts';
import type {
  compareAlignment,
  compareByOutlet,
  compareEvidence,
  compareWire,
} from './engine/handlers/compare.ts';
import type { computeAgreement } from './engine/handlers/agreement.ts';
import type { learnFromDecisions, refreshProposals } from './engine/handlers/learn.ts';
import type { listCodebookUpdates, updateCodebookToShipped } from './engine/handlers/codebook-updates.ts';
import type { setCoderRole } from './engine/handlers/coders.ts';
import type { saveStudentsCopy } from './engine/handlers/classroom.ts';
import type { adjudicate, listDisagreements } from './engine/handlers/disagreements.ts';
import type { exportProjectQdpx, exportProjectTidy, importProjectQdpx } from './engine/handlers/exchange.ts';
import type { ErrorCode } from './engine/errors.ts';
import type { ChangedEvent } from './engine/events.ts';
import type { mergeProject } from './engine/handlers/merge.ts';

export type Api = {
  'project.info': typeof projectInfo;
  'project.open': typeof openProjectFile;
  'project.create': typeof createProjectFile;
  'project.saveCopy': typeof saveProjectCopy;
  'project.importSample': typeof importSample;
  'project.merge': typeof mergeProject;

  'articles.list': typeof listArticles;
  'articles.facets': typeof articleFacets;
  'articles.get': typeof getArticleDetail;

  'import.paths': typeof importFromPaths;
  'import.upload': typeof importUploads;
  'import.stage': typeof stageUpload;
  'analysis.run': typeof runAnalysis;

  'quotes.update': typeof updateQuote;
  'quotes.create': typeof createQuote;
  'quotes.delete': typeof deleteQuote;
  'quotes.acceptSure': typeof acceptSureQuotes;

  'entities.list': typeof listEntityPage;
  'entities.rename': typeof renameEntity;
  'entities.merge': typeof mergeEntities;

  'annotations.create': typeof createAnnotation;
  'annotations.update': typeof updateAnnotation;
  'annotations.delete': typeof deleteAnnotation;
  'coders.list': typeof listCoderRows;
  'coders.ensure': typeof ensureCoderNamed;

  'codebooks.list': typeof listCodebookViews;
  'codes.create': typeof createCode;
  'codes.update': typeof updateCode;
  'codes.delete': typeof deleteCode;
  'codes.preview': typeof previewCodeCues;
  'frames.rerun': typeof rerunFrames;
  'frames.decide': typeof decideFrame;
  'frames.undecide': typeof undecideFrame;
  'frames.likely': typeof countLikelyEvidence;
  'frames.acceptLikely': typeof acceptLikelyEvidence;
  'codebooks.setScope': typeof setCodebookScopeOf;
  'codebooks.addBuiltIn': typeof addBuiltInCodebook;
  'codebooks.create': typeof createCodebook;
  'codebooks.updates': typeof listCodebookUpdates;
  'codebooks.update': typeof updateCodebookToShipped;

  'history.undo': typeof undo;
  'history.redo': typeof redo;
  'history.state': typeof getHistoryState;

  'stories.list': typeof listStoryRows;
  'stories.get': typeof getStoryDetail;
  'stories.group': typeof groupProjectStories;
  'stories.rename': typeof renameStory;
  'stories.moveArticle': typeof moveArticleToStory;
  'stories.create': typeof createStory;
  'stories.fromSearch': typeof storyFromSearch;
  'stories.merge': typeof mergeStories;
  'stories.delete': typeof deleteStory;
  'stories.moveArticles': typeof moveArticlesToStory;
  'stories.leftOut': typeof listLeftOut;
  'stories.why': typeof explainStory;
  'stories.groupingState': typeof groupingState;
  'tasks.cancel': typeof cancelTask;

  'compare.outlets': typeof compareByOutlet;
  'compare.wire': typeof compareWire;
  'compare.alignment': typeof compareAlignment;
  'compare.evidence': typeof compareEvidence;

  'agreement.compute': typeof computeAgreement;
  'learn.codebook': typeof learnFromDecisions;
  'learn.refresh': typeof refreshProposals;
  'coders.setRole': typeof setCoderRole;
  'project.saveStudentsCopy': typeof saveStudentsCopy;
  'disagreements.list': typeof listDisagreements;
  'disagreements.adjudicate': typeof adjudicate;
  'exchange.exportQdpx': typeof exportProjectQdpx;
  'exchange.importQdpx': typeof importProjectQdpx;
  'exchange.exportTidy': typeof exportProjectTidy;
};

export type Method = keyof Api;
export type Args<K extends Method> = Parameters<Api[K]>;
export type Result<K extends Method> = Awaited<ReturnType<Api[K]>>;

/** Calls a method: resolves to its result, rejects with an Error carrying the engine's sentence. */
export type Call = <K extends Method>(method: K, ...args: Args<K>) => Promise<Result<K>>;

/**
 * What every transport returns for a call. `changed` lists the changes made while the call ran
 * (the same events every window gets), so the caller can refresh at once, and only once.
 */
export type Envelope<T> = (
  { ok: true; value: T } | { ok: false; error: { message: string; code?: ErrorCode } }
) & { changed?: ChangedEvent[] };

/** The body of `POST /api/call`. */
export type CallRequest<K extends Method = Method> = { method: K; args: Args<K> };

export type { ErrorCode };
export type {
  EngineEvent,
  ProgressEvent,
  TaskFinishedEvent,
  ChangedEvent,
  TaskKind,
} from './engine/events.ts';

// The shapes the methods take and return, for the UI's own components.
export type { ProjectInfo } from './engine/handlers/project-info.ts';
export type {
  ArticleFilters,
  ArticleListOptions,
  ArticleList,
  ArticleListRow,
  ArticleFacets,
  SnippetSegment,
} from './engine/handlers/articles.ts';
export type { ArticleDetail } from './engine/handlers/article.ts';
export type { ImportOptions, ImportResult } from './engine/handlers/imports.ts';
export type { QuotePatch, NewQuoteArgs, AcceptSureOptions } from './engine/handlers/quotes.ts';
export type { EntityFilterArgs } from './engine/handlers/entities.ts';
export type { NewAnnotationArgs, AnnotationPatch } from './engine/handlers/annotations.ts';
export type { CodebookView, CodeWithUse, NewCodeArgs, CodePatch } from './engine/handlers/codes.ts';
export type { CuePreview } from './engine/frames.ts';
export type { CodebookUpdate, FrameUpdate } from './analyze/codebook-updates.ts';
export type { CodebookUpdateArgs, CodebookUpdateResult } from './engine/handlers/codebook-updates.ts';
export type { FrameDecisionView } from './engine/decision-views.ts';
export type { LikelyCount, LikelyFrameCount, LikelyScopeArgs } from './engine/handlers/likely-evidence.ts';
export type { FrameDecisionPatch } from './engine/handlers/frame-decisions.ts';
export type { CodebookScope } from './analyze/scope.ts';
export type { HistoryState } from './engine/history.ts';
export type { HistoryStep } from './engine/handlers/history.ts';
export type { QuoteView, AnnotationView, EntityView, CodeView } from './engine/views.ts';
export type { UploadedFile } from './engine/uploads.ts';
export type { StoryDetail, LeftOutPage, GroupingState } from './engine/handlers/stories.ts';
export type { StorySummary, StoryArticle, LeftOutArticle } from '../db/stories.ts';
export type { StoryWhy, SharedTerm } from './compare/story-terms.ts';
export type { GroupSummary } from './compare/grouping.ts';
export type { CompareOutletsArgs, CompareWireArgs, CompareEvidenceArgs } from './engine/handlers/compare.ts';
export type { CompareResult, OutletSummary } from './compare/outlets.ts';
export type { FrameMatrix, OutletFrame, FrameInfo, PrimaryFrames, Voice } from './compare/frames.ts';
export type { FrameTest } from './compare/frame-tests.ts';
export type { VerbTable, OutletVerbs, VerbCount } from './compare/verbs.ts';
export type { GroupTest } from './compare/stats.ts';
export type { OutletSpeakers, SpeakerMatrix, SpeakerTally, SourceKind } from './compare/speakers.ts';
export type { SalientEntity } from './compare/entities.ts';
export type { DistinctiveTerm, DistinctiveBasis } from './compare/distinctive.ts';
export type { Concept, LinkageResult, OutletLinkage, LinkageExample } from './compare/linkage.ts';
export type { WirePair } from './compare/wire.ts';
export type { WirePairWithPassages, Alignment, AlignedArticle } from './compare/pairs.ts';
export type { AlignmentSegment, Span } from './compare/align.ts';
export type { EvidenceRow } from './compare/evidence.ts';
export type { AgreementArgs, AgreementResult, AgreementComparison } from './engine/handlers/agreement.ts';
export type { AgreementReport, AgreementRow, Breakdown } from './agreement/report.ts';
export type { AgreementFigures, Interval } from './agreement/statistics.ts';
export type { SpeakerAgreement, SpeakerRow } from './agreement/speakers.ts';
export type { UnitKind } from './agreement/units.ts';
export type { LearnArgs } from './engine/handlers/learn.ts';
export type { LearnReport, LearnedFrame, Proposal } from './learn/learn.ts';
export type { CrossValidation } from '../nlp/learn/index.ts';
export type { CoderRole, CoderRow } from '../db/coders.ts';
export type {
  AdjudicatedView,
  Disagreement,
  DisagreementResult,
  DisagreementSide,
} from './engine/handlers/disagreements.ts';
export type { QdpxImportResult } from './engine/handlers/exchange.ts';
export type { QdpxExport } from './exchange/refi/export.ts';
export type { TidyExport } from './exchange/tidy.ts';
