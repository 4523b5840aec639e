import { z } from 'zod';
import { getCodebook } from '../../../db/codes.ts';
import { listCoders, type CoderRow } from '../../../db/coders.ts';
import { codebookCodings, unattributedCodings } from '../../../db/agreement.ts';
import { agreementReport, type AgreementReport, type Breakdown } from '../../agreement/report.ts';
import { speakerAgreement, type SpeakerAgreement } from '../../agreement/speakers.ts';
import { DEFAULT_RESAMPLES, DEFAULT_SEED } from '../../agreement/statistics.ts';
import type { UnitKind } from '../../agreement/units.ts';
import {
  codebookLabels,
  coderCodingSet,
  machineCodingSet,
  machineSettledCodingSet,
  machineSpeakerPairs,
} from '../agreement-data.ts';
import { adjudicatedRows } from '../../../db/disagreements.ts';
import { EngineError, notFound } from '../errors.ts';
import { findCoder } from './coders.ts';
import { id, nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';

// Agreement (issue 11): how far coders agree with one another, or the machine's suggestions with
// each coder and, once anything is adjudicated, with the adjudicated layer, on a codebook's codes, in article, paragraph or sentence units. Nothing is stored.

export const agreementArgs = z.tuple([
  z.strictObject({
    codebookId: id,
    unit: z.enum(['article', 'paragraph', 'sentence']).optional(),
    /** Coders by name or number; default: every coder with codings in the codebook. */
    coders: z.array(z.union([id, nonEmpty])).optional(),
    by: z.enum(['code', 'outlet']).optional(),
    /** Compare the machine's suggestions with each coder instead of the coders with one another. */
    machine: z.boolean().optional(),
    /**
     * Compare each other coder with this one (the key of a class, or any reference coder), one pair
     * at a time, instead of all coders together.
     */
    reference: z.union([id, nonEmpty]).optional(),
    resamples: z.number().int().min(0).max(20_000).optional(),
    seed: z.number().int().optional(),
  }),
]);
export type AgreementArgs = z.infer<typeof agreementArgs>[0];

export interface AgreementComparison {
  /** Who is compared, as a sentence fragment ("Anna and Ben"). */
  title: string;
  coders: string[];
  report: AgreementReport;
  /** Machine against a coder only: who is quoted, on the quotes both have. */
  speakers: SpeakerAgreement | null;
  /** Quotes left out because the speaker analysis suggested is not known (decided before it was kept). */
  unknownSpeakers: number;
}

export interface AgreementResult {
  codebook: { id: number; name: string };
  unit: UnitKind;
  by: Breakdown;
  machine: boolean;
  coders: CoderRow[];
  comparisons: AgreementComparison[];
  /** Accepted codings that name no coder, left out of every figure. */
  unattributed: number;
  resamples: number;
  seed: number;
}

export const MACHINE_NAME = 'Framescope’s suggestions';
/** The adjudicated layer as a side: adjudicators' decisions, and the coders' shared reading elsewhere. */
export const ADJUDICATED_NAME = 'the adjudicated layer';

/** Agreement figures per code (or outlet) and pooled, with seeded bootstrap intervals. */
export function computeAgreement(this: Session, args: AgreementArgs): AgreementResult {
  const codebook = getCodebook(this.db, args.codebookId);
  if (!codebook) throw notFound('codebook', args.codebookId);
  const unit = args.unit ?? 'article';
  const by = args.by ?? 'code';
  const options = {
    unit,
    by,
    resamples: args.resamples ?? DEFAULT_RESAMPLES,
    seed: args.seed ?? DEFAULT_SEED,
  };
  const coders = chooseCoders(this, codebook.id, args.coders, args.machine ?? false);
  const comparisons: AgreementComparison[] = [];
  if (args.machine) {
    const frames = codebookLabels(this.db, codebook.id, true);
    for (const coder of coders) {
      const set = machineCodingSet(this.db, codebook.id, coder, frames);
      const speakers = machineSpeakerPairs(this.db, coder);
      comparisons.push({
        title: `${MACHINE_NAME} and ${coder.name}`,
        coders: [MACHINE_NAME, coder.name],
        report: agreementReport(set, frames.labels, options),
        speakers: speakerAgreement(speakers.pairs, speakers.labelOf, options),
        unknownSpeakers: speakers.unknown,
      });
    }
    if (adjudicatedRows(this.db, codebook.id).length > 0)
      comparisons.push({
        title: `${MACHINE_NAME} and ${ADJUDICATED_NAME}`,
        coders: [MACHINE_NAME, ADJUDICATED_NAME],
        report: agreementReport(
          machineSettledCodingSet(this.db, codebook.id, coders, frames, unit),
          frames.labels,
          options,
        ),
        speakers: null,
        unknownSpeakers: 0,
      });
  } else if (args.reference !== undefined) {
    const reference = findCoder(this.db, args.reference);
    const codes = codebookLabels(this.db, codebook.id);
    for (const coder of coders) {
      if (coder.id === reference.id) continue;
      const set = coderCodingSet(this.db, codebook.id, [reference, coder], codes);
      comparisons.push({
        title: `${coder.name} and ${reference.name}${reference.role === 'key' ? ' (the key)' : ''}`,
        coders: [reference.name, coder.name],
        report: agreementReport(set, codes.labels, options),
        speakers: null,
        unknownSpeakers: 0,
      });
    }
  } else {
    const codes = codebookLabels(this.db, codebook.id);
    const set = coderCodingSet(this.db, codebook.id, coders, codes);
    comparisons.push({
      title: listed(coders.map((coder) => coder.name)),
      coders: coders.map((coder) => coder.name),
      report: agreementReport(set, codes.labels, options),
      speakers: null,
      unknownSpeakers: 0,
    });
  }
  return {
    codebook: { id: codebook.id, name: codebook.name },
    unit,
    by,
    machine: args.machine ?? false,
    coders,
    comparisons,
    unattributed: unattributedCodings(this.db, codebook.id),
    resamples: options.resamples,
    seed: options.seed,
  };
}

function chooseCoders(
  session: Session,
  codebookId: number,
  wanted: readonly (number | string)[] | undefined,
  machine: boolean,
): CoderRow[] {
  const all = listCoders(session.db);
  const known = all.map((coder) => coder.name).join(', ') || 'none yet';
  let chosen: CoderRow[];
  if (wanted && wanted.length > 0) {
    chosen = wanted.map((one) => {
      const coder = all.find((c) =>
        typeof one === 'number' ? c.id === one : c.name.toLowerCase() === one.trim().toLowerCase(),
      );
      if (!coder)
        throw new EngineError('not-found', `There is no coder “${one}” in this project (coders: ${known}).`);
      return coder;
    });
    chosen = [...new Map(chosen.map((coder) => [coder.id, coder])).values()];
  } else {
    const coding = new Set(
      codebookCodings(session.db, codebookId)
        .filter((row) => row.status === 'accepted')
        .map((row) => row.coder_id),
    );
    chosen = all.filter((coder) => coding.has(coder.id));
  }
  if (machine && chosen.length === 0)
    throw new EngineError(
      'invalid-arguments',
      `No coder has decided anything in this codebook yet, so there is nothing to hold the suggestions against (coders: ${known}).`,
    );
  if (!machine && chosen.length < 2)
    throw new EngineError(
      'invalid-arguments',
      `Agreement needs two coders or more; ${chosen.length === 0 ? 'no coder has' : `only ${chosen[0]!.name} has`} coded with this codebook (coders: ${known}). Choose coders, or compare the machine's suggestions with a coder.`,
    );
  return chosen;
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
