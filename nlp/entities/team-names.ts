// Sports teams named by their nickname alone (issue #8): "the Orioles dropped their sixth straight", "against the
// Cubs here Friday night". compromise's word list knows teams by their full names ("baltimore orioles", "chicago
// cubs"); the plural that ends such a name is the team's nickname, and after "the", with a capital, it names the
// team. A nickname that is also a people's name ("Canadiens", "Mexicans") or a family's ("the Browns") is left alone.
import type { Token } from '../tokens.ts';
import { lexiconEntries, lexiconTags } from '../compromise.ts';
import { move, type Draft } from './same-thing.ts';
import { isDemonym, isFirstName, isLastName, isPlaceWord } from '../lexicon.ts';

let nicknames: Set<string> | undefined;

/**
 * The last words of compromise's multi-word team names, where they are plurals and no place ("fc dallas"):
 * "orioles", "cubs", "bills".
 */
export function teamNicknames(): ReadonlySet<string> {
  nicknames ??= new Set(
    lexiconEntries('SportsTeam')
      .map((name) => name.split(' '))
      .filter((words) => words.length > 1 && /s$/.test(words.at(-1)!) && !isPlaceWord(words.at(-1)!))
      .map((words) => words.at(-1)!),
  );
  return nicknames;
}

/** "the Orioles": a capitalised plural after "the" that ends some team's name and names no people or family. */
function nicknameAfterThe(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const article = tokens[at - 1];
  if (!t || !article || article.lower !== 'the' || article.sentence !== t.sentence) return false;
  if (article.post.trim() !== '' || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  if (!teamNicknames().has(t.lower) || isDemonym(t.lower)) return false;
  // "the Browns": the plural of a surname is a family, where the lists know the surname or the text names
  // someone by it after a given name ("Ed Brown").
  const surname = t.text.slice(0, -1);
  return !isLastName(surname.toLowerCase()) && !namedInFull(tokens, surname);
}

/** Somewhere in the text a given name stands before `surname` ("Ed Brown"). */
const namedInFull = (tokens: readonly Token[], surname: string) =>
  tokens.some((t, k) => t.text === surname && k > 0 && isFirstName(tokens[k - 1]!.lower));

const namedTeams = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The nicknames a text gives after "the", found once per text. */
function teamsOfText(tokens: readonly Token[]): ReadonlySet<string> {
  let found = namedTeams.get(tokens);
  if (!found) {
    const names = new Set<string>();
    for (let k = 1; k < tokens.length; k++) if (nicknameAfterThe(tokens, k)) names.add(tokens[k]!.lower);
    found = names;
    namedTeams.set(tokens, found);
  }
  return found;
}

/**
 * The single word at `at` is a team's nickname after "the" ("The Orioles got a run", "the Bears' lead"), in a
 * text that names two teams so or more: a game has two sides, and "west of the Rockies" names mountains.
 */
export function teamByNickname(tokens: readonly Token[], at: number): boolean {
  return nicknameAfterThe(tokens, at) && teamsOfText(tokens).size >= 2;
}

/** Words right before a town or state that make it a side of a game: "against Tulsa", "beat Omaha". */
const SIDE_BEFORE = new Set(
  (
    'against versus vs beat beats beating defeated defeats edged downed whipped routed blanked trounced ' +
    'lead leads led trail trails trailed meet meets play plays'
  ).split(' '),
);
/** Words right after one: "Tulsa won", "Omaha trailed", "the Tulsa game". */
const SIDE_AFTER = new Set(
  'won lost beat defeated edged downed whipped routed blanked trounced scored tied trailed game'.split(' '),
);
/** What "over" follows when it names the loser: "two straight over Tulsa", "a victory over Omaha". */
const WIN_WORDS = new Set(['straight', 'victory', 'win', 'triumph', 'decision']);

/**
 * "made it two straight over Tulsa, 5-3", "They now lead Omaha by a game", "when Tulsa won only one game": in a
 * sports report (a text that names two teams by nickname), a town or a state that is a side of a game is its team.
 */
export function teamByTown(tokens: readonly Token[], first: number, last: number): boolean {
  const [before, after] = [tokens[first - 1], tokens[last + 1]];
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === tokens[first]!.sentence;
  const side =
    (sameSentence(before) && before!.post.trim() === '' && SIDE_BEFORE.has(before!.lower)) ||
    (sameSentence(before) &&
      before!.lower === 'over' &&
      [tokens[first - 2], tokens[first - 3]].some((t) => sameSentence(t) && WIN_WORDS.has(t!.lower))) ||
    (sameSentence(after) && tokens[last]!.post.trim() === '' && SIDE_AFTER.has(after!.lower));
  return side && teamsOfText(tokens).size >= 2;
}

/**
 * "Seattle" the team is "the Seahawks" (compromise knows "seattle seahawks"), and "Tulsa" the team is "the
 * Tulsa Drillers" the text names: a town typed a team joins the team's entity of the text that it names.
 */
export function mergeTeamTowns(drafts: readonly Draft[]): void {
  const lower = (d: Draft) => d.words.map((w) => w.toLowerCase());
  const teams = drafts.filter((d) => d.type === 'organization' && teamNicknames().has(lower(d).at(-1) ?? ''));
  for (const town of drafts) {
    if (town.type !== 'organization' || town.items.length === 0 || teams.includes(town)) continue;
    const tw = lower(town);
    const team = teams.find((t) => {
      const w = lower(t);
      const startsWithTown = w.length > tw.length && tw.every((x, k) => w[k] === x);
      return (
        startsWithTown || (w.length === 1 && lexiconTags(`${tw.join(' ')} ${w[0]}`).includes('SportsTeam'))
      );
    });
    if (team && team.items.length > 0) move(town, team);
  }
}
