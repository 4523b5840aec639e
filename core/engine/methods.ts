import type { z } from 'zod';
import type { Api } from '../contract.ts';
import {
  createProjectFile,
  importSample,
  importSampleArgs,
  openProjectFile,
  projectPathArgs,
  saveProjectCopy,
  saveCopyArgs,
} from './handlers/project.ts';
import { projectInfo } from './handlers/project-info.ts';
import { mergeArgs, mergeProject } from './handlers/merge.ts';
import { articleFacets, articleFacetsArgs, articleListArgs, listArticles } from './handlers/articles.ts';
import { articleGetArgs, getArticleDetail } from './handlers/article.ts';
import {
  analysisRunArgs,
  importFromPaths,
  importPathsArgs,
  importStageArgs,
  importUploadArgs,
  importUploads,
  runAnalysis,
  stageUpload,
} from './handlers/imports.ts';
import {
  acceptSureQuotes,
  createQuote,
  deleteQuote,
  quoteAcceptSureArgs,
  quoteCreateArgs,
  quoteDeleteArgs,
  quoteUpdateArgs,
  updateQuote,
} from './handlers/quotes.ts';
import {
  entityListArgs,
  entityMergeArgs,
  entityRenameArgs,
  listEntityPage,
  mergeEntities,
  renameEntity,
} from './handlers/entities.ts';
import {
  annotationCreateArgs,
  annotationDeleteArgs,
  annotationUpdateArgs,
  coderEnsureArgs,
  createAnnotation,
  deleteAnnotation,
  ensureCoderNamed,
  listCoderRows,
  updateAnnotation,
} from './handlers/annotations.ts';
import {
  codeCreateArgs,
  codeDeleteArgs,
  codeUpdateArgs,
  createCode,
  cuePreviewArgs,
  deleteCode,
  listCodebookViews,
  previewCodeCues,
  rerunFrames,
  updateCode,
} from './handlers/codes.ts';
import { getHistoryState, noArgs, redo, undo } from './handlers/history.ts';
import {
  acceptLikelyArgs,
  acceptLikelyEvidence,
  countLikelyEvidence,
  likelyArgs,
} from './handlers/likely-evidence.ts';
import {
  decideFrame,
  frameDecideArgs,
  frameUndecideArgs,
  undecideFrame,
} from './handlers/frame-decisions.ts';
import {
  addBuiltInCodebook,
  createCodebook,
  builtInArgs,
  codebookCreateArgs,
  codebookScopeArgs,
  setCodebookScopeOf,
} from './handlers/codebook-scope.ts';
import {
  createStory,
  deleteStory,
  getStoryDetail,
  groupProjectStories,
  listStoryRows,
  mergeStories,
  moveArticleToStory,
  renameStory,
  storyCreateArgs,
  explainStory,
  groupingState,
  listLeftOut,
  moveArticlesToStory,
  storyLeftOutArgs,
  storyMoveManyArgs,
  storyWhyArgs,
  storyFromSearch,
  storyFromSearchArgs,
  storyGroupArgs,
  storyIdArgs,
  storyMergeArgs,
  storyMoveArgs,
  storyRenameArgs,
} from './handlers/stories.ts';
import { cancelTask, taskCancelArgs } from './handlers/tasks.ts';
import {
  compareAlignment,
  compareAlignmentArgs,
  compareByOutlet,
  compareEvidence,
  compareEvidenceArgs,
  compareOutletsArgs,
  compareWire,
  compareWireArgs,
} from './handlers/compare.ts';
import { agreementArgs, computeAgreement } from './handlers/agreement.ts';
import { learnArgs, learnFromDecisions, refreshProposals } from './handlers/learn.ts';
import {
  codebookUpdateArgs,
  listCodebookUpdates,
  updateCodebookToShipped,
} from './handlers/codebook-updates.ts';
import { coderRoleArgs, setCoderRole } from './handlers/coders.ts';
import { saveStudentsCopy } from './handlers/classroom.ts';
import { adjudicate, adjudicateArgs, disagreementArgs, listDisagreements } from './handlers/disagreements.ts';
import {
  exchangePathArgs,
  exportProjectQdpx,
  exportProjectTidy,
  importProjectQdpx,
  qdpxImportArgs,
} from './handlers/exchange.ts';

/** A method as the engine dispatches it: the schema of its argument list and its handler. */
export interface MethodEntry<H> {
  args: z.ZodType<H extends (...args: infer A) => unknown ? A : never>;
  run: H;
}

/**
 * Every method of the contract. Typed against `Api`, so a method without a handler, or a schema
 * that does not parse into the handler's parameters, fails the type-check.
 */
export const METHODS: { [K in keyof Api]: MethodEntry<Api[K]> } = {
  'project.info': { args: noArgs, run: projectInfo },
  'project.open': { args: projectPathArgs, run: openProjectFile },
  'project.create': { args: projectPathArgs, run: createProjectFile },
  'project.saveCopy': { args: saveCopyArgs, run: saveProjectCopy },
  'project.importSample': { args: importSampleArgs, run: importSample },
  'project.merge': { args: mergeArgs, run: mergeProject },

  'articles.list': { args: articleListArgs, run: listArticles },
  'articles.facets': { args: articleFacetsArgs, run: articleFacets },
  'articles.get': { args: articleGetArgs, run: getArticleDetail },

  'import.paths': { args: importPathsArgs, run: importFromPaths },
  'import.upload': { args: importUploadArgs, run: importUploads },
  'import.stage': { args: importStageArgs, run: stageUpload },
  'analysis.run': { args: analysisRunArgs, run: runAnalysis },

  'quotes.update': { args: quoteUpdateArgs, run: updateQuote },
  'quotes.create': { args: quoteCreateArgs, run: createQuote },
  'quotes.delete': { args: quoteDeleteArgs, run: deleteQuote },
  'quotes.acceptSure': { args: quoteAcceptSureArgs, run: acceptSureQuotes },

  'entities.list': { args: entityListArgs, run: listEntityPage },
  'entities.rename': { args: entityRenameArgs, run: renameEntity },
  'entities.merge': { args: entityMergeArgs, run: mergeEntities },

  'annotations.create': { args: annotationCreateArgs, run: createAnnotation },
  'annotations.update': { args: annotationUpdateArgs, run: updateAnnotation },
  'annotations.delete': { args: annotationDeleteArgs, run: deleteAnnotation },
  'coders.list': { args: noArgs, run: listCoderRows },
  'coders.ensure': { args: coderEnsureArgs, run: ensureCoderNamed },

  'codebooks.list': { args: noArgs, run: listCodebookViews },
  'codes.create': { args: codeCreateArgs, run: createCode },
  'codes.update': { args: codeUpdateArgs, run: updateCode },
  'codes.delete': { args: codeDeleteArgs, run: deleteCode },
  'codes.preview': { args: cuePreviewArgs, run: previewCodeCues },
  'frames.rerun': { args: noArgs, run: rerunFrames },
  'frames.decide': { args: frameDecideArgs, run: decideFrame },
  'frames.undecide': { args: frameUndecideArgs, run: undecideFrame },
  'frames.likely': { args: likelyArgs, run: countLikelyEvidence },
  'frames.acceptLikely': { args: acceptLikelyArgs, run: acceptLikelyEvidence },
  'codebooks.setScope': { args: codebookScopeArgs, run: setCodebookScopeOf },
  'codebooks.addBuiltIn': { args: builtInArgs, run: addBuiltInCodebook },
  'codebooks.create': { args: codebookCreateArgs, run: createCodebook },
  'codebooks.updates': { args: noArgs, run: listCodebookUpdates },
  'codebooks.update': { args: codebookUpdateArgs, run: updateCodebookToShipped },

  'history.undo': { args: noArgs, run: undo },
  'history.redo': { args: noArgs, run: redo },
  'history.state': { args: noArgs, run: getHistoryState },

  'stories.list': { args: noArgs, run: listStoryRows },
  'stories.get': { args: storyIdArgs, run: getStoryDetail },
  'stories.group': { args: storyGroupArgs, run: groupProjectStories },
  'stories.rename': { args: storyRenameArgs, run: renameStory },
  'stories.moveArticle': { args: storyMoveArgs, run: moveArticleToStory },
  'stories.create': { args: storyCreateArgs, run: createStory },
  'stories.fromSearch': { args: storyFromSearchArgs, run: storyFromSearch },
  'stories.merge': { args: storyMergeArgs, run: mergeStories },
  'stories.delete': { args: storyIdArgs, run: deleteStory },
  'stories.moveArticles': { args: storyMoveManyArgs, run: moveArticlesToStory },
  'stories.leftOut': { args: storyLeftOutArgs, run: listLeftOut },
  'stories.why': { args: storyWhyArgs, run: explainStory },
  'stories.groupingState': { args: noArgs, run: groupingState },
  'tasks.cancel': { args: taskCancelArgs, run: cancelTask },

  'compare.outlets': { args: compareOutletsArgs, run: compareByOutlet },
  'compare.wire': { args: compareWireArgs, run: compareWire },
  'compare.alignment': { args: compareAlignmentArgs, run: compareAlignment },
  'compare.evidence': { args: compareEvidenceArgs, run: compareEvidence },

  'agreement.compute': { args: agreementArgs, run: computeAgreement },
  'learn.codebook': { args: learnArgs, run: learnFromDecisions },
  'learn.refresh': { args: learnArgs, run: refreshProposals },
  'coders.setRole': { args: coderRoleArgs, run: setCoderRole },
  'project.saveStudentsCopy': { args: projectPathArgs, run: saveStudentsCopy },
  'disagreements.list': { args: disagreementArgs, run: listDisagreements },
  'disagreements.adjudicate': { args: adjudicateArgs, run: adjudicate },
  'exchange.exportQdpx': { args: exchangePathArgs, run: exportProjectQdpx },
  'exchange.importQdpx': { args: qdpxImportArgs, run: importProjectQdpx },
  'exchange.exportTidy': { args: exchangePathArgs, run: exportProjectTidy },
};

export function isMethod(name: string): name is keyof Api {
  return Object.hasOwn(METHODS, name);
}
