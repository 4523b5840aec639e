// How well a grouping matches a person's labels (issue 9): B-cubed precision and recall (Bagga and
// Baldwin 1998; Amigó et al. 2009), read as purity (of the articles a story holds, the share that
// report its event) and completeness (of an event's articles, the share its story holds). An
// article left out of every story counts as a story of its own. Labels that start with "off:" mark
// articles that belong to no event: they should be left out, and are scored by that alone.

export interface Labelled {
  /** The article's event, or "off:…" for one that reports no event of the set. */
  label: string;
  /** The story grouping put it in, or null when it was left out. */
  story: number | null;
}

export interface GroupingScore {
  /** B-cubed precision over every article in a story, 0–1. */
  purity: number;
  /** B-cubed recall over the event articles, 0–1. */
  completeness: number;
  f1: number;
  /** Pairwise: of the pairs of articles put in one story, the share a person put in one event. */
  pairPrecision: number;
  /** Pairwise: of the pairs of articles of one event, the share put in one story. */
  pairRecall: number;
  pairF1: number;
  /** Events (with two or more articles) whose articles all share one story. */
  eventsWhole: number;
  events: number;
  /** Off-topic articles grouping left out, of all off-topic articles. */
  offTopicLeftOut: number;
  offTopic: number;
  /** Per event: its articles, the stories they went to, and how many were left out. */
  perEvent: { label: string; articles: number; stories: number[]; leftOut: number }[];
}

const isOff = (label: string) => label.startsWith('off:');

export function scoreGrouping(items: readonly Labelled[]): GroupingScore {
  const clusterOf = (item: Labelled, index: number) =>
    item.story === null ? `alone:${index}` : `story:${item.story}`;
  const members = new Map<string, Labelled[]>();
  items.forEach((item, index) => {
    const key = clusterOf(item, index);
    members.set(key, [...(members.get(key) ?? []), item]);
  });
  const byLabel = new Map<string, Labelled[]>();
  for (const item of items) byLabel.set(item.label, [...(byLabel.get(item.label) ?? []), item]);

  let precision = 0;
  let grouped = 0;
  let recall = 0;
  let eventArticles = 0;
  items.forEach((item, index) => {
    const cluster = members.get(clusterOf(item, index))!;
    const same = cluster.filter((other) => other.label === item.label).length;
    if (item.story !== null) {
      precision += same / cluster.length;
      grouped++;
    }
    if (!isOff(item.label)) {
      recall += same / byLabel.get(item.label)!.length;
      eventArticles++;
    }
  });
  const purity = grouped ? precision / grouped : 1;
  const completeness = eventArticles ? recall / eventArticles : 1;

  const perEvent = [...byLabel]
    .filter(([label]) => !isOff(label))
    .map(([label, articles]) => ({
      label,
      articles: articles.length,
      stories: [...new Set(articles.flatMap((a) => (a.story === null ? [] : [a.story])))],
      leftOut: articles.filter((a) => a.story === null).length,
    }));
  // Pairwise "same story" decisions: off-topic articles never form a right pair.
  let together = 0;
  let rightTogether = 0;
  let sameEvent = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const joined = a.story !== null && a.story === b.story;
      const same = a.label === b.label && !isOff(a.label);
      if (joined) together++;
      if (same) sameEvent++;
      if (joined && same) rightTogether++;
    }
  const pairPrecision = together ? rightTogether / together : 1;
  const pairRecall = sameEvent ? rightTogether / sameEvent : 1;
  const off = items.filter((item) => isOff(item.label));
  const events = perEvent.filter((event) => event.articles >= 2);
  return {
    purity,
    completeness,
    f1: purity + completeness ? (2 * purity * completeness) / (purity + completeness) : 0,
    pairPrecision,
    pairRecall,
    pairF1: pairPrecision + pairRecall ? (2 * pairPrecision * pairRecall) / (pairPrecision + pairRecall) : 0,
    eventsWhole: events.filter((event) => event.stories.length === 1 && event.leftOut === 0).length,
    events: events.length,
    offTopicLeftOut: off.filter((item) => item.story === null).length,
    offTopic: off.length,
    perEvent,
  };
}
