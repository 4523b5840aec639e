// Sports teams named by their nickname alone (issue #8): "the Orioles dropped their sixth straight", "against the
// Cubs here Friday night". compromise's word list knows teams by their full names ("baltimore orioles", "chicago
// cubs"); the plural that ends such a name is the team's nickname, and after "the", with a capital, it names the
// team. A nickname that is also a people's name ("Indians", "Texans") or a family's ("the Browns") is left alone.
import type { Token } from '../tokens.ts';
import { lexiconEntries } from '../compromise.ts';
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
