import { agreementFigures, type AgreementFigures, type AgreementOptions } from './statistics.ts';

// Who is quoted, as the machine and a coder say, on the quotes both have: one nominal variable
// (the speaker, "none" for a quote without one) over all those quotes, and per speaker a binary
// one (is this the speaker or not), which shows whom the machine tends to miss or misattribute.

/** A quote both sides have, with each side's speaker as a key (null: no speaker). */
export interface SpeakerPair {
  machine: string | null;
  person: string | null;
}

export interface SpeakerRow extends AgreementFigures {
  key: string;
  label: string;
  /** Quotes the machine gives this speaker, and quotes the coder gives them. */
  byMachine: number;
  byPerson: number;
}

export interface SpeakerAgreement {
  overall: AgreementFigures;
  perSpeaker: SpeakerRow[];
  /** Quotes both sides have. */
  quotes: number;
}

const NONE = '(no speaker)';
const SPEAKERS_WITH_INTERVALS = 25;

export function speakerAgreement(
  pairs: readonly SpeakerPair[],
  labelOf: (key: string) => string,
  options: AgreementOptions = {},
): SpeakerAgreement {
  const figures = { resamples: options.resamples, seed: options.seed, metric: 'nominal' as const };
  const overall = agreementFigures(
    pairs.map((pair) => [pair.machine ?? NONE, pair.person ?? NONE]),
    figures,
  );
  const speakers = new Map<string, { byMachine: number; byPerson: number }>();
  const tally = (key: string | null, side: 'byMachine' | 'byPerson') => {
    if (key === null) return;
    const counts = speakers.get(key) ?? { byMachine: 0, byPerson: 0 };
    counts[side]++;
    speakers.set(key, counts);
  };
  for (const pair of pairs) {
    tally(pair.machine, 'byMachine');
    tally(pair.person, 'byPerson');
  }
  const perSpeaker = [...speakers]
    .map(([key, counts]) => ({ key, label: labelOf(key), ...counts }))
    .sort((a, b) => b.byPerson + b.byMachine - (a.byPerson + a.byMachine) || a.label.localeCompare(b.label))
    .map((speaker, rank) => ({
      ...speaker,
      ...agreementFigures(
        pairs.map((pair) => [pair.machine === speaker.key ? 1 : 0, pair.person === speaker.key ? 1 : 0]),
        // Intervals for the speakers quoted most; the long tail gets point figures only.
        rank < SPEAKERS_WITH_INTERVALS ? figures : { ...figures, resamples: 0 },
      ),
    }));
  return { overall, perSpeaker, quotes: pairs.length };
}
