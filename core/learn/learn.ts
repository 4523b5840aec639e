import type { Db } from '../../db/open.ts';
import { listCodes } from '../../db/codes.ts';
import { machineDecisions, personDecisions, reviewedEvidence } from '../../db/learn.ts';
import {
  canStoreProposals,
  lastLearnRun,
  replaceLearnedProposals,
  storedProposalCounts,
  storedProposalKeys,
  suggestedEvidenceKeys,
  type StoredProposal,
} from '../../db/learned-proposals.ts';
import {
  crossValidate,
  probability,
  strongestFeatures,
  trainLogistic,
  THRESHOLD,
  type CrossValidation,
  type Example,
} from '../../nlp/learn/index.ts';
import { codebookScopes, scopeTest } from '../analyze/scope.ts';
import { cachedCodebookFeatures, type ArticleFeatures } from './features.ts';
import { frameLabels } from './labels.ts';

// Learning from the scholar (issue 9): per frame of a codebook, a classifier trained on a person's
// decisions, its cross-validated agreement with them, and what it proposes for the articles nobody
// has decided. The model is trained again on every call (about a second for 1,000 decisions, `npm
// run bench`), so it always reflects the latest decision; the articles' features are kept in memory
// until articles or frame suggestions change. Its proposals are stored (`store`), replacing the last
// run's, as learned suggestions apart from every decision (migration 016), so the library, reader
// and codebook can show them; a person deciding the article and frame removes one. Only an explicit
// refresh stores them (`learn.refresh`, `framescope learn`): looking at the figures changes nothing.

/** Below these many decisions of each kind, figures and proposals would mislead, so there are none. */
export const MINIMUM = { positive: 10, negative: 10 };
export const DEFAULT_FOLDS = 5;
export const DEFAULT_LEARN_SEED = 1;
/** How many of the articles the model doubts most are listed for review. */
const DOUBTFUL = 20;
/** How many proposals are listed per frame (all are counted). */
const LISTED = 200;

export interface LearnOptions {
  seed?: number;
  folds?: number;
  /** Store the proposals in the project, replacing the last run's (a read-only project cannot). */
  store?: boolean;
}

export interface Proposal {
  articleId: number;
  title: string | null;
  outlet: string | null;
  /** How likely the model finds the frame in the article (0–1). */
  probability: number;
  /** At or above 0.5: the model proposes the frame. */
  proposed: boolean;
  /** A learned suggestion, never a person's decision. */
  origin: 'learned';
  /** What frame detection decided for the article (null: it made no decision on this frame). */
  analysis: boolean | null;
}

export interface LearnedFrame {
  codeId: number;
  key: string;
  name: string;
  color: string | null;
  /** The decisions the figures rest on. */
  positives: number;
  negatives: number;
  /** Articles with the frame marked denied, which the model does not learn from. */
  setAside: number;
  /** How many more decisions of each kind are needed before there are figures (null: enough). */
  needed: { positive: number; negative: number } | null;
  crossValidation: CrossValidation | null;
  /** Words, bigrams and cues that speak most for the frame (`w:`, `b:`, `cue:` prefixes dropped). */
  strongest: string[];
  /** Articles in the codebook's scope that nobody has decided for this frame. */
  undecided: number;
  /** How many of them the model proposes the frame for. */
  proposedCount: number;
  /** The proposals, most likely first (at most 200). */
  proposals: Proposal[];
  /** The undecided articles the model is least sure of, most doubtful first: the ones to review next. */
  doubtful: Proposal[];
  /** How many of its proposals the project holds now (fewer than proposed once people decide some). */
  stored: number;
}

export interface LearnReport {
  codebook: { id: number; name: string };
  seed: number;
  folds: number;
  minimum: { positive: number; negative: number };
  frames: LearnedFrame[];
  /** When the stored proposals were made (this run when `stored`), or null if never. */
  trainedAt: string | null;
  /** Whether this run's proposals were stored (only a refresh stores them). */
  stored: boolean;
  /**
   * Whether the stored proposals are the ones the latest decisions give (false: a refresh would
   * change which articles are proposed for some frame).
   */
  upToDate: boolean;
  /** Whether proposals can be stored in this project (false for one opened only to read). */
  canStore: boolean;
  /** Time spent training and cross-validating, in milliseconds (varies from run to run). */
  milliseconds: number;
}

export function learnCodebook(
  db: Db,
  codebook: { id: number; key: string; name: string },
  options: LearnOptions = {},
): LearnReport {
  const seed = options.seed ?? DEFAULT_LEARN_SEED;
  const folds = options.folds ?? DEFAULT_FOLDS;
  const store = options.store === true;
  // The review probabilities are only kept by a run that stores (looking reads none of them).
  const inputs = learningInputs(db, codebook, { scores: store });
  const started = performance.now();
  const learned = inputs.frames.map((frame) =>
    learnFrame(inputs, frame, { seed, folds, crossValidate: true }),
  );
  const milliseconds = Math.round(performance.now() - started);
  const toStore = learned.flatMap((item) => item.proposed);
  if (store)
    replaceLearnedProposals(db, codebook.id, toStore, {
      trainedAt: new Date().toISOString(),
      decisions: decisionsOf(learned),
      scores: learned.flatMap((item) => item.scores),
    });
  const counts = storedProposalCounts(db, codebook.id);
  const kept = storedProposalKeys(db, codebook.id);
  const upToDate =
    kept.size === toStore.length && toStore.every((item) => kept.has(`${item.articleId}:${item.codeId}`));
  return {
    codebook: { id: codebook.id, name: codebook.name },
    seed,
    folds,
    minimum: MINIMUM,
    frames: learned.map(({ frame }) => ({ ...frame, stored: counts.get(frame.codeId) ?? 0 })),
    trainedAt: lastLearnRun(db, codebook.id),
    stored: store,
    upToDate,
    canStore: canStoreProposals(db),
    milliseconds,
  };
}

/** A codebook's frames and what a person decided about each, per article (cheap: no texts read). */
export function codebookDecisions(db: Db, codebookId: number) {
  const frames = listCodes(db, codebookId).filter((code) => code.kind === 'frame');
  const { labels, setAside } = frameLabels(
    frames.map((frame) => frame.id),
    personDecisions(db, codebookId),
    reviewedEvidence(db, codebookId),
  );
  return { frames, labels, setAside };
}

/** Whether a person has decided enough articles, both ways, for some frame of the codebook to be learned. */
export function enoughDecisions(labels: ReadonlyMap<number, ReadonlyMap<number, boolean>>): boolean {
  for (const decided of labels.values()) {
    const positives = [...decided.values()].filter(Boolean).length;
    if (positives >= MINIMUM.positive && decided.size - positives >= MINIMUM.negative) return true;
  }
  return false;
}

/** What a codebook's models learn from and score: the decisions, every article's features, the scope. */
export type LearningInputs = ReturnType<typeof learningInputs>;

export function learningInputs(
  db: Db,
  codebook: { id: number; key: string },
  options: { scores: boolean } = { scores: true },
) {
  const decisions = codebookDecisions(db, codebook.id);
  const { articles, names } = cachedCodebookFeatures(db, codebook.id);
  const scopes = codebookScopes(db);
  const inScope = articles.filter((article) => scopeTest(db, scopes, article.id)(codebook.key));
  const analysis = new Map(
    machineDecisions(db, codebook.id).map((row) => [`${row.article_id}:${row.code_id}`, row.present === 1]),
  );
  // The articles whose suggested evidence the Reader orders by the model's probability.
  // (One scan of the codebook's suggested evidence: 0.9 s at 100,000 analysed articles.)
  const reviewing = options.scores ? suggestedEvidenceKeys(db, codebook.id) : new Set<string>();
  return { ...decisions, articles, names, inScope, analysis, reviewing };
}

/** One frame learned: what it shows, the proposals to store, and how many decisions it rests on. */
export interface FrameLearning {
  frame: Omit<LearnedFrame, 'stored'>;
  proposed: StoredProposal[];
  /**
   * The probability in each undecided article with suggested evidence of the frame that is not
   * proposed (below 0.5; a proposal holds its own), for the Reader's review order.
   */
  scores: StoredProposal[];
  decisions: number;
}

/** The decisions a run rests on, over its frames (recorded with the stored proposals). */
export function decisionsOf(learned: readonly FrameLearning[]): number {
  return learned.reduce((sum, item) => sum + item.decisions, 0);
}

/**
 * Trains one frame's model on the person's decisions and scores the undecided articles in scope.
 * Cross-validation (most of the time) only gives the figures: the proposals come from the model
 * trained on every decision, so a refresh that only stores them can leave it out.
 */
export function learnFrame(
  inputs: LearningInputs,
  frame: LearningInputs['frames'][number],
  options: { seed: number; folds: number; crossValidate: boolean },
): FrameLearning {
  const { seed, folds } = options;
  const decided = inputs.labels.get(frame.id) ?? new Map<number, boolean>();
  const aside = inputs.setAside.get(frame.id) ?? new Set<number>();
  const examples: Example[] = inputs.articles
    .filter((article) => decided.has(article.id))
    .map((article) => ({ columns: article.columns, label: decided.get(article.id)! }));
  const positives = examples.filter((example) => example.label).length;
  const negatives = examples.length - positives;
  const undecided = inputs.inScope.filter((article) => !decided.has(article.id) && !aside.has(article.id));
  const needed = {
    positive: Math.max(0, MINIMUM.positive - positives),
    negative: Math.max(0, MINIMUM.negative - negatives),
  };
  const base = {
    codeId: frame.id,
    key: frame.key,
    name: frame.name,
    color: frame.color,
    positives,
    negatives,
    setAside: aside.size,
    undecided: undecided.length,
  };
  if (needed.positive > 0 || needed.negative > 0)
    return {
      frame: {
        ...base,
        needed,
        crossValidation: null,
        strongest: [],
        proposedCount: 0,
        proposals: [],
        doubtful: [],
      },
      proposed: [],
      scores: [],
      decisions: examples.length,
    };
  const crossValidation = options.crossValidate ? crossValidate(examples, { folds, seed }) : null;
  const model = trainLogistic(examples, { seed });
  const scored = undecided.map((article) => proposal(article, probability(model, article.columns)));
  for (const item of scored) item.analysis = inputs.analysis.get(`${item.articleId}:${frame.id}`) ?? null;
  const proposed = scored
    .filter((item) => item.proposed)
    .sort((a, b) => b.probability - a.probability || a.articleId - b.articleId);
  const doubtful = [...scored]
    .sort(
      (a, b) =>
        Math.abs(a.probability - THRESHOLD) - Math.abs(b.probability - THRESHOLD) ||
        a.articleId - b.articleId,
    )
    .slice(0, DOUBTFUL);
  return {
    frame: {
      ...base,
      needed: null,
      crossValidation,
      strongest: strongestFeatures(model, inputs.names, 8).map((item) => featureLabel(item.feature)),
      proposedCount: proposed.length,
      proposals: proposed.slice(0, LISTED),
      doubtful,
    },
    proposed: proposed.map((item) => ({
      articleId: item.articleId,
      codeId: frame.id,
      probability: item.probability,
    })),
    // Those proposed are stored as proposals, with their probability: only the others are kept apart.
    scores: scored
      .filter((item) => !item.proposed && inputs.reviewing.has(`${item.articleId}:${frame.id}`))
      .map((item) => ({ articleId: item.articleId, codeId: frame.id, probability: item.probability })),
    decisions: examples.length,
  };
}

function proposal(article: ArticleFeatures, p: number): Proposal {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    probability: p,
    proposed: p >= THRESHOLD,
    origin: 'learned',
    analysis: null,
  };
}

/** A feature as a person reads it: the word or words, or what the cue feature stands for. */
export function featureLabel(feature: string): string {
  const [kind = '', ...rest] = feature.split(':');
  if (kind === 'w' || kind === 'b') return rest.join(':');
  if (kind === 'cue') return `cue “${rest.slice(1).join(':')}”`;
  if (kind === 'denied' && rest.length > 1) return `denied cue “${rest.slice(1).join(':')}”`;
  if (kind === 'denied') return `denied ${rest[0] ?? ''} evidence`;
  if (kind === 'frame') return `${rest[0] ?? ''} evidence`;
  return feature;
}
