import type { Migration } from './types.ts';
import { articles } from './001-articles.ts';
import { analysis } from './002-analysis.ts';
import { edits } from './003-edits.ts';
import { stories } from './004-stories.ts';
import { suggestedSpeakers } from './005-suggested-speakers.ts';
import { quoteConfidence } from './006-quote-confidence.ts';
import { grouping } from './007-grouping.ts';
import { frameDecisions } from './008-frame-decisions.ts';
import { entityConfidence } from './009-entity-confidence.ts';
import { sortIndexes } from './010-sort-indexes.ts';
import { useCounts } from './011-use-counts.ts';
import { coderUids } from './012-coder-uids.ts';
import { coderRoles } from './013-coder-roles.ts';
import { effectiveFrames } from './014-effective-frames.ts';
import { summaryCounts } from './015-summary-counts.ts';
import { learnedProposals } from './016-learned-proposals.ts';
import { frameVoice } from './017-frame-voice.ts';
import { facetIndex } from './018-facet-index.ts';
import { entityArticleIndex } from './019-entity-article-index.ts';
import { compareFeatures } from './020-compare-features.ts';
import { outletFacets } from './021-outlet-facets.ts';
import { articleFacets } from './022-article-facets.ts';
import { shippedCues } from './023-shipped-cues.ts';
import { textVersion } from './024-text-version.ts';
import { articleFrameFacets } from './025-article-frame-facets.ts';
import { articleFacetNumbers } from './026-article-facet-numbers.ts';
import { cueFinds } from './027-cue-finds.ts';
import { learnedScores } from './028-learned-scores.ts';
import { learnedGenerations } from './029-learned-generations.ts';
import { textChanges } from './030-text-changes.ts';
import { frameFacetSums } from './031-frame-facet-sums.ts';
import { heldFrameSums } from './033-held-frame-sums.ts';
import { recordedCueHits } from './032-recorded-cue-hits.ts';
import { surnameIndexes } from './034-surname-indexes.ts';
import { keptRowsInOrder } from './035-kept-rows-in-order.ts';

/** Append-only: never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [
  articles,
  analysis,
  edits,
  stories,
  suggestedSpeakers,
  quoteConfidence,
  grouping,
  frameDecisions,
  entityConfidence,
  sortIndexes,
  useCounts,
  coderUids,
  coderRoles,
  effectiveFrames,
  summaryCounts,
  learnedProposals,
  frameVoice,
  facetIndex,
  entityArticleIndex,
  compareFeatures,
  outletFacets,
  articleFacets,
  shippedCues,
  textVersion,
  articleFrameFacets,
  articleFacetNumbers,
  cueFinds,
  learnedScores,
  learnedGenerations,
  textChanges,
  frameFacetSums,
  recordedCueHits,
  heldFrameSums,
  surnameIndexes,
  keptRowsInOrder,
];

export const latestVersion = migrations.length;
