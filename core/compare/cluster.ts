import { Postings } from './postings.ts';
import { Centroid, similarity, strongestIds, type SparseVector } from './vectors.ts';

// Groups articles into stories in one pass, oldest first, keeping only what is still open.
//
// An article joins the story of the recent article (within `windowDays`) it is most similar to,
// when that similarity reaches `threshold`: on the dev coverage every article's nearest neighbour
// reported its own event, while no single threshold on similarity to a story's centroid kept
// neighbouring events apart (a centroid drifts as a story grows and then takes in everything near
// it). It may instead join an open story whose articles it matches on average (group average,
// the similarity to the centroid divided by the story's size: unlike the cosine with the centroid
// this does not grow when a story sprawls), which lets a story go on after days without news (the
// row over aid flights a week after they landed); the longer the gap, the closer it must match.
// Stories that match each other on average by the same measure are merged as they grow, if their
// days lie within the window of each other. A story that formed after another had gone quiet
// formed from articles nearer one another than to that story, so it is a new event (a government
// falling a week after the disaster it is blamed for, told in the disaster's words), even where
// one of its reports recalls the old story enough to tip the average.
//
// An article still alone when it leaves the window waits LONE_DAYS from its own day, then joins
// the open story it matches on average, if one does: the first report of an event often comes
// days before the rest, in other words, and so has no recent article like it when it leaves.
//
// Memory stays bounded: the vectors of the articles of the last `windowDays` only (bounded again
// by MAX_RECENT), of the articles waiting alone (at most MAX_LONE), and for each story open within
// MAX_GAP_DAYS a centroid of at most CENTROID_TERMS terms (at most MAX_OPEN_STORIES stories).
// Articles without a date come last and are measured against what is open then.
//
// Similarity is `similarity` of vectors.ts throughout: the words' dot product, weighed by how far
// the two name the same places.

export interface ClusterOptions {
  /** Days within which an article may join the story of one similar article. */
  windowDays: number;
  /** Least cosine similarity to one recent article for joining its story. */
  threshold: number;
}

export interface ArticleInput {
  id: number;
  /** Days since 1970-01-01; null when the article has no date. */
  day: number | null;
  vector: SparseVector;
  /** Whether it has a title a story could be named by. */
  titled: boolean;
}

/** A story as grouping keeps it between checkpoints. */
export interface GroupState {
  id: number;
  articles: number;
  firstDay: number | null;
  lastDay: number | null;
  /** The most typical titled article so far, whose title names the story. */
  nameArticleId: number | null;
  nameScore: number;
  centroid: SparseVector;
}

/**
 * Where an article went: its group, any groups merged into that group on the way, and earlier
 * articles that, leaving the date window alone, joined a story they match on average.
 */
export interface Placement {
  group: number;
  merged: number[];
  moved: [articleId: number, group: number][];
}

/** Terms of a story's centroid. */
export const CENTROID_TERMS = 300;
/** A story closes when no article has joined it for this many days. */
export const MAX_GAP_DAYS = 30;
/** Per day of gap beyond the window, how much closer an article or story must match. */
const GAP_PENALTY = 0.002;
/** The story threshold (group average) is this share of the article threshold. */
const STORY_SHARE = 0.42;
/** Terms through which an article or story finds its candidates. */
const PROBE_TERMS = 30;
/** Candidates measured in full. */
const CANDIDATES = 40;
const MAX_RECENT = 50_000;
/**
 * An article left alone when it leaves the window waits this many days from its own day before it
 * tries the open stories: the first report of an event can come days before the rest.
 */
export const LONE_DAYS = 7;
const MAX_LONE = 20_000;
const MAX_OPEN_STORIES = 20_000;
/** A story not yet in the index (shared: `posted` is replaced, never changed). */
const NO_TERMS = new Int32Array(0);

interface Recent {
  id: number;
  day: number;
  vector: SparseVector;
  group: number;
  titled: boolean;
}

interface OpenGroup extends GroupState {
  centroid: Centroid;
  /** Terms under which the story is in the index. */
  posted: Int32Array;
}

export class StoryClusterer {
  private readonly options: ClusterOptions;
  private nextGroup: number;
  /** Recent articles by slot, in the order they came (slots only grow). */
  private readonly recent = new Map<number, Recent>();
  private oldestSlot = 0;
  private nextSlot = 0;
  /** Articles past the window that are still alone, oldest first, from `loneHead` on. */
  private lone: Recent[] = [];
  private loneHead = 0;
  private readonly recentIndex = new Postings();
  private readonly groups = new Map<number, OpenGroup>();
  private readonly groupIndex = new Postings();
  private readonly dirty = new Set<number>();
  private lastDay: number | null = null;
  private today = 0;
  private placed = 0;

  constructor(options: ClusterOptions, nextGroup = 1) {
    this.options = options;
    this.nextGroup = nextGroup;
  }

  get nextGroupId(): number {
    return this.nextGroup;
  }

  /**
   * Takes back what a checkpoint kept: the open stories, and the articles of the last LONE_DAYS (or
   * the window, if longer) with their stories.
   */
  restore(groups: readonly GroupState[], recent: readonly (ArticleInput & { group: number })[]): void {
    for (const group of groups)
      this.openGroup({
        ...group,
        centroid: new Centroid(CENTROID_TERMS, group.centroid),
        posted: NO_TERMS,
      });
    for (const article of recent) {
      const day = article.day ?? this.lastDay ?? 0;
      this.lastDay = Math.max(this.lastDay ?? day, day);
      this.today = day;
      // A story of one article is kept without its centroid, which is that article's vector.
      const group = this.groups.get(article.group);
      if (group && group.articles === 1 && group.centroid.ids.length === 0)
        group.centroid.add(article.vector);
      this.remember(article, day, article.group);
    }
    // Those past the window that are still alone wait again, as they did before the stop.
    this.forget(this.today);
  }

  place(article: ArticleInput): Placement {
    const day = article.day ?? this.lastDay ?? 0;
    if (article.day !== null) this.lastDay = Math.max(this.lastDay ?? day, day);
    const moved = this.forget(day);
    if (++this.placed % 5000 === 0) this.sweep();

    const probe = strongestIds(article.vector, PROBE_TERMS);
    let best: number | undefined;
    let bestMargin = 0;
    for (const slot of this.recentIndex.candidates(probe, (s) => this.recent.has(s), CANDIDATES)) {
      const other = this.recent.get(slot)!;
      const margin = similarity(article.vector, other.vector) - this.options.threshold;
      if (margin >= bestMargin) [best, bestMargin] = [other.group, margin];
    }
    for (const id of this.groupIndex.candidates(probe, (g) => this.isOpen(g), CANDIDATES)) {
      const group = this.groups.get(id)!;
      if (group.articles < 2) continue;
      const gap = group.lastDay === null ? 0 : Math.max(0, day - group.lastDay);
      const margin = similarity(article.vector, group.centroid) / group.articles - this.storyNeed(gap);
      if (margin >= bestMargin) [best, bestMargin] = [id, margin];
    }

    const groupId = best ?? this.nextGroup++;
    const group = this.groups.get(groupId) ?? this.openGroup(this.emptyGroup(groupId));
    this.join(group, article, day);
    const merged = this.mergeInto(group);
    this.remember(article, day, group.id, probe);
    return { group: group.id, merged, moved };
  }

  /** At the end of a run: the articles still in the window that are alone try the open stories. */
  finish(): [articleId: number, group: number][] {
    return this.forget(Infinity);
  }

  /** The stories changed since the last call, as they stand now. */
  takeDirty(): GroupState[] {
    const changed = [...this.dirty].flatMap((id) => {
      const group = this.groups.get(id);
      return group ? [toState(group)] : [];
    });
    this.dirty.clear();
    return changed;
  }

  private storyNeed(gapDays: number): number {
    const beyond = Math.max(0, gapDays - this.options.windowDays);
    return this.options.threshold * STORY_SHARE + GAP_PENALTY * beyond;
  }

  private emptyGroup(id: number): OpenGroup {
    const centroid = new Centroid(CENTROID_TERMS);
    const posted = NO_TERMS;
    return {
      id,
      articles: 0,
      firstDay: null,
      lastDay: null,
      nameArticleId: null,
      nameScore: -1,
      centroid,
      posted,
    };
  }

  private openGroup(group: OpenGroup): OpenGroup {
    this.groups.set(group.id, group);
    if (group.articles >= 2) this.post(group);
    if (this.groups.size > MAX_OPEN_STORIES) this.closeOldest();
    return group;
  }

  private join(group: OpenGroup, article: ArticleInput, day: number): void {
    // Typicality for naming: how well the article matches the story's articles on average.
    const typical = group.articles === 0 ? 0 : similarity(article.vector, group.centroid) / group.articles;
    if (article.titled && typical > group.nameScore) {
      group.nameArticleId = article.id;
      group.nameScore = typical;
    }
    group.centroid.add(article.vector);
    group.articles++;
    if (article.day !== null) {
      group.firstDay = Math.min(group.firstDay ?? day, day);
      group.lastDay = Math.max(group.lastDay ?? day, day);
    }
    if (group.articles >= 2) this.post(group);
    this.dirty.add(group.id);
  }

  /** Merges into `group` the open stories that match it on average, best first. */
  private mergeInto(group: OpenGroup): number[] {
    const merged: number[] = [];
    while (group.articles >= 2) {
      let best: OpenGroup | undefined;
      let bestMargin = 0;
      const probe = strongestIds(group.centroid, PROBE_TERMS);
      for (const id of this.groupIndex.candidates(probe, (g) => this.isOpen(g), CANDIDATES)) {
        const other = this.groups.get(id)!;
        if (other === group || other.articles < 2) continue;
        // A story that went quiet for longer than the window takes later articles one at a time,
        // each on its own merits, but is not merged whole into a story that formed since.
        const gap = spanGap(group, other);
        if (gap > this.options.windowDays) continue;
        const average = similarity(group.centroid, other.centroid) / (group.articles * other.articles);
        const margin = average - this.storyNeed(gap);
        if (margin >= bestMargin) [best, bestMargin] = [other, margin];
      }
      if (!best) return merged;
      this.absorb(group, best);
      merged.push(best.id);
    }
    return merged;
  }

  private absorb(into: OpenGroup, from: OpenGroup): void {
    into.centroid.add(from.centroid);
    into.articles += from.articles;
    into.firstDay = minOf(into.firstDay, from.firstDay);
    into.lastDay = maxOf(into.lastDay, from.lastDay);
    if (from.nameScore > into.nameScore) {
      into.nameArticleId = from.nameArticleId;
      into.nameScore = from.nameScore;
    }
    this.groups.delete(from.id);
    this.dirty.delete(from.id);
    this.dirty.add(into.id);
    for (const article of this.recent.values()) if (article.group === from.id) article.group = into.id;
    this.post(into);
  }

  /** Puts a story under its current strongest terms (new ones only; stale entries fall out as read). */
  private post(group: OpenGroup): void {
    const terms = strongestIds(group.centroid, PROBE_TERMS);
    const fresh = terms.filter((term) => !sortedHas(group.posted, term));
    if (fresh.length > 0) this.groupIndex.add(fresh, group.id);
    group.posted = terms;
  }

  private remember(article: ArticleInput, day: number, group: number, probe?: Int32Array): void {
    const slot = this.nextSlot++;
    this.recent.set(slot, { id: article.id, day, vector: article.vector, group, titled: article.titled });
    this.recentIndex.add(probe ?? strongestIds(article.vector, PROBE_TERMS), slot);
    while (this.recent.size > MAX_RECENT) this.recent.delete(this.oldestSlot++);
  }

  /**
   * Lets go of articles past the window. One still alone waits until LONE_DAYS after its day and
   * then joins the open story it matches best on average, if it matches as a new article would (a
   * report that came first, before its story formed, or from an angle no single later report
   * shares); else it stays in no story.
   */
  private forget(day: number): [articleId: number, group: number][] {
    while (this.oldestSlot < this.nextSlot) {
      const oldest = this.recent.get(this.oldestSlot);
      if (oldest && day - oldest.day <= this.options.windowDays) break;
      if (oldest && (this.groups.get(oldest.group)?.articles ?? 0) < 2) {
        this.groups.delete(oldest.group);
        this.lone.push(oldest);
      }
      this.recent.delete(this.oldestSlot++);
    }
    const moved: [number, number][] = [];
    while (this.loneHead < this.lone.length) {
      const waiting = this.lone[this.loneHead]!;
      if (day - waiting.day <= LONE_DAYS && this.lone.length - this.loneHead <= MAX_LONE) break;
      this.lone[this.loneHead++] = undefined as unknown as Recent;
      const story = this.storyFor(waiting);
      if (story) {
        this.join(story, waiting, waiting.day);
        moved.push([waiting.id, story.id]);
      }
    }
    if (this.loneHead > 1024 && this.loneHead * 2 > this.lone.length) {
      this.lone = this.lone.slice(this.loneHead);
      this.loneHead = 0;
    }
    if (day !== Infinity) this.today = day;
    return moved;
  }

  /** The open story of two articles or more that an article matches best on average, if enough. */
  private storyFor(article: Recent): OpenGroup | undefined {
    let best: OpenGroup | undefined;
    let bestMargin = 0;
    const probe = strongestIds(article.vector, PROBE_TERMS);
    for (const id of this.groupIndex.candidates(probe, (g) => this.isOpen(g), CANDIDATES)) {
      const group = this.groups.get(id)!;
      if (group.articles < 2 || group.id === article.group) continue;
      const gap = daysApart(article.day, group);
      const margin = similarity(article.vector, group.centroid) / group.articles - this.storyNeed(gap);
      if (margin >= bestMargin) [best, bestMargin] = [group, margin];
    }
    return best;
  }

  /** Whether a story can still take articles: one closes when none joined it for MAX_GAP_DAYS. */
  private isOpen(id: number): boolean {
    const group = this.groups.get(id);
    return group !== undefined && (group.lastDay === null || this.today - group.lastDay <= MAX_GAP_DAYS);
  }

  /** Past MAX_OPEN_STORIES, the stories that went longest without news close, a tenth at a time. */
  private closeOldest(): void {
    const byAge = [...this.groups.values()].sort((a, b) => (a.lastDay ?? Infinity) - (b.lastDay ?? Infinity));
    for (const group of byAge.slice(0, Math.ceil(MAX_OPEN_STORIES / 10))) {
      this.groups.delete(group.id);
      this.dirty.delete(group.id);
    }
  }

  private sweep(): void {
    for (const id of [...this.groups.keys()]) if (!this.isOpen(id)) this.groups.delete(id);
    this.recentIndex.sweep((slot) => this.recent.has(slot));
    this.groupIndex.sweep((id) => this.groups.has(id));
  }
}

function toState(group: OpenGroup): GroupState {
  const { id, articles, firstDay, lastDay, nameArticleId, nameScore, centroid } = group;
  return {
    id,
    articles,
    firstDay,
    lastDay,
    nameArticleId,
    nameScore,
    centroid: { ids: centroid.ids, weights: centroid.weights },
  };
}

function spanGap(a: GroupState, b: GroupState): number {
  if (a.firstDay === null || b.firstDay === null || a.lastDay === null || b.lastDay === null) return 0;
  return Math.max(0, Math.max(a.firstDay, b.firstDay) - Math.min(a.lastDay, b.lastDay));
}

/** Days between a day and a story's span (0 inside it). */
function daysApart(day: number, group: GroupState): number {
  if (group.firstDay === null || group.lastDay === null) return 0;
  return Math.max(0, group.firstDay - day, day - group.lastDay);
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function sortedHas(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
