// News outlets as sources (issue #8): "Le Monde emphasizes", "X told Reuters", "the newspaper writes",
// "according to the publication". Which capitalised names in a text are outlets is read from how the text
// uses them (a media noun beside the name, the object of "told", a wire agency, a paper's usual name
// endings), so no list of newspapers is needed; entity typing is left to nlp/entities.
import { ORG_HEADS, TITLES, nameKey } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import type { DocContext } from './context.ts';
import sources from './sources.json' with { type: 'json' };

export const MEDIA_NOUNS: ReadonlySet<string> = new Set(sources.mediaNouns);
const OUTLET_HEADS = new Set(sources.outletHeads);
/** Nouns that, right after a name, make it an outlet's ("Interfax news agency", "the Kurier daily"). */
const OUTLET_NOUNS = new Set([
  'newspaper',
  'daily',
  'paper',
  'weekly',
  'magazine',
  'tabloid',
  'agency',
  'broadcaster',
  'website',
  'portal',
  'channel',
]);
const WIRE_AGENCIES = new Set(sources.wireAgencies.map(nameKey));
const MEDIA_VERBS = new Set(sources.mediaVerbs);
/** Lower-case words a name may contain between its capitalised words ("Il Fatto Quotidiano", "Corriere della Sera"). */
const NAME_PARTICLES = new Set(
  'di de del della delle dei la le il lo el al des du der die van von y e'.split(' '),
);
const ARTICLES = new Set(['the', 'a', 'an']);
const AUDIENCE_PREPOSITIONS = new Set(['told', 'tells', 'tell', 'with', 'to']);

/** One occurrence of an outlet's name: tokens first..last and the name without its article. */
export type OutletMention = { first: number; last: number; name: string };

export type Media = {
  /** The outlet named by the capitalised run covering token `i`, if the text uses that run as an outlet. */
  outletAt(i: number): OutletMention | null;
  /** The outlet named last before token `i` (for "the newspaper", "the publication"), if any. */
  recentOutlet(i: number): OutletMention | null;
  /** True when `name` is the name of an outlet somewhere in the text. */
  isOutletName(name: string): boolean;
};

/** Finds the text's outlets once; the lookups are then cheap. */
export function createMedia(ctx: DocContext): Media {
  const { tokens } = ctx;
  const runs = capitalisedRuns(tokens, ctx);
  const outletKeys = new Set<string>();
  for (const run of runs) {
    if (isOutletRun(run, tokens, ctx)) outletKeys.add(nameKey(run.name));
  }
  // "the Post" after "The Washington Post": the short form is the same outlet.
  const lastWords = new Set([...outletKeys].map((key) => key.split(' ').at(-1)));
  const outlets = runs.filter(
    (run) =>
      outletKeys.has(nameKey(run.name)) ||
      (run.first === run.last && lastWords.has(nameKey(run.name)) && OUTLET_HEADS.has(run.name)),
  );
  const fullest = (mention: OutletMention): OutletMention => {
    const key = nameKey(mention.name);
    const longer = outlets.find((o) => nameKey(o.name).endsWith(` ${key}`));
    return longer ? { ...mention, name: longer.name } : mention;
  };
  const at = new Map<number, OutletMention>();
  for (const o of outlets) for (let k = o.first; k <= o.last; k++) at.set(k, o);
  return {
    outletAt: (i) => {
      const o = at.get(i);
      return o ? fullest(o) : null;
    },
    recentOutlet: (i) => {
      const paragraph = tokens[i]?.paragraph ?? 0;
      const before = outlets.filter((o) => o.last < i && paragraph - (tokens[o.first]?.paragraph ?? 0) <= 12);
      const last = before.at(-1);
      return last ? fullest(last) : null;
    },
    isOutletName: (name) => outletKeys.has(nameKey(name.replace(/^the\s+/i, ''))),
  };
}

/** Runs of capitalised words (with name particles inside), or a resolved entity mention, outside quotes. */
function capitalisedRuns(tokens: readonly Token[], ctx: DocContext): OutletMention[] {
  const runs: OutletMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.quoteOf[i] !== -1 || t.titleCase || t.blockKind === 'headline') {
      // Headlines are Title Case: capitals there say nothing, except for the line's "– Outlet" ending.
      if (!(t.blockKind === 'headline' && dashBefore(tokens, i))) continue;
    }
    if (!t.capitalized || ARTICLES.has(t.lower)) continue;
    const mention = ctx.mentionOf[i];
    let last = mention ? mention.last : i;
    if (!mention) {
      while (last + 1 < tokens.length) {
        const next = tokens[last + 1]!;
        const current = tokens[last]!;
        if (current.post.trim() !== '' || next.sentence !== t.sentence) break;
        if (next.capitalized) last++;
        else if (NAME_PARTICLES.has(next.lower) && tokens[last + 2]?.capitalized && next.post.trim() === '')
          last += 2;
        else break;
      }
    }
    const start = t.start;
    const end = tokens[last]!.end;
    runs.push({ first: i, last, name: ctx.text.slice(start, end).replace(/[.,;:]+$/, '') });
    i = last;
  }
  return runs;
}

const dashBefore = (tokens: readonly Token[], i: number) => /[–—-]\s*$/.test(tokens[i - 1]?.post ?? '');

function isOutletRun(run: OutletMention, tokens: readonly Token[], ctx: DocContext): boolean {
  const key = nameKey(run.name);
  if (WIRE_AGENCIES.has(key)) return true;
  // "Ms Holt wrote": a title written without its stop opens the run, and the person's mention starts after it.
  const titled = TITLES.has(tokens[run.first]?.lower ?? '') && run.last > run.first;
  const mention = ctx.mentionOf[run.first] ?? (titled ? ctx.mentionOf[run.first + 1] : undefined);
  const entity = ctx.entities[mention?.entity ?? -1];
  // The text says so: "the newspaper Le Monde", "Le Monde newspaper", "the daily Kommersant", "as
  // reported by El País", whatever the entity rules took the name for.
  if (mediaNounNear(tokens, run)) return true;
  const before = tokens[run.first - 1];
  const reportedBy =
    before?.lower === 'by' &&
    ['reported', 'published', 'quoted', 'cited'].includes(tokens[run.first - 2]?.lower ?? '');
  if (reportedBy && entity?.type !== 'person') return true;
  if (entity?.type === 'place') return false;
  const words = run.name.split(/\s+/);
  const head = words.at(-1) ?? '';
  if (words.length > 1 && OUTLET_HEADS.has(head)) return true;
  const personWithName = entity?.type === 'person' && /\s/.test(entity.name) && !mediaNounNear(tokens, run);
  const institution = ORG_HEADS.has(nameKey(head)) && !OUTLET_HEADS.has(head);
  if (personWithName || institution) return false;
  // "told Reuters", "in an interview with El País": the audience of a statement is, in news, the press.
  const audience =
    before &&
    AUDIENCE_PREPOSITIONS.has(before.lower) &&
    (before.lower.startsWith('tel') ||
      ['interview', 'interviews'].includes(tokens[run.first - 3]?.lower ?? ''));
  if (audience && !entity) return true;
  if (audience && entity?.type === 'organization') return true;
  // "Kommersant writes", "the X daily informs": verbs only a publication has.
  const after = tokens[run.last + 1];
  if (after && MEDIA_VERBS.has(after.lower) && entity?.type !== 'person' && !institution) return true;
  // A headline's "– Outlet" signature.
  return (
    tokens[run.first]?.blockKind === 'headline' &&
    dashBefore(tokens, run.first) &&
    run.last === lineEnd(tokens, run.first)
  );
}

function mediaNounNear(tokens: readonly Token[], run: OutletMention): boolean {
  const before = tokens[run.first - 1]?.lower ?? '';
  const after = tokens[run.last + 1]?.lower ?? '';
  const plain = (i: number) => (tokens[i]?.post.trim() ?? ',') === '';
  if (MEDIA_NOUNS.has(before) && plain(run.first - 1)) return true;
  // "the Russian news agency Interfax": an adjective may stand between.
  if (MEDIA_NOUNS.has(tokens[run.first - 2]?.lower ?? '') && before === 'agency') return true;
  return OUTLET_NOUNS.has(after) && plain(run.last);
}

function lineEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (
    k + 1 < tokens.length &&
    !tokens[k]!.post.includes('\n') &&
    tokens[k + 1]!.sentence === tokens[i]!.sentence
  )
    k++;
  return k;
}
