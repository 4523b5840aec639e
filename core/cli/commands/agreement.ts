import type { AgreementFigures, AgreementResult, Interval } from '../../contract.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';
import { withEngine } from './engine.ts';
import { coderList, findCodebook, wholeNumber } from './options.ts';

export interface AgreementCommandOptions {
  db?: string;
  json?: boolean;
  codebook: string;
  unit?: 'article' | 'paragraph' | 'sentence';
  coders?: string;
  by?: 'code' | 'outlet';
  machine?: boolean;
  reference?: string;
  resamples?: string;
  seed?: string;
}

const METHOD = 'agreement.compute';

/** `framescope agreement`: alpha, kappa and percent agreement per code or outlet, with intervals. */
export async function agreementCommand(options: AgreementCommandOptions, output: Output): Promise<number> {
  const resamples = wholeNumber(options.resamples);
  const seed = wholeNumber(options.seed);
  if (resamples === null || seed === null) {
    output.err('--resamples and --seed are whole numbers, e.g. --resamples 2000 --seed 7.\n');
    return 2;
  }
  return withEngine(options.db, 'read', output, async (engine) => {
    const codebook = await findCodebook(engine, options.codebook, output);
    if (!codebook) return 1;
    const coders = coderList(options.coders);
    const result = await engine.invoke(METHOD, {
      codebookId: codebook.id,
      ...(options.unit ? { unit: options.unit } : {}),
      ...(options.by ? { by: options.by } : {}),
      ...(coders ? { coders } : {}),
      ...(options.machine ? { machine: true } : {}),
      ...(options.reference ? { reference: options.reference.trim() } : {}),
      ...(resamples !== undefined ? { resamples } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
    if (options.json) printJson(output, { method: METHOD, ...result });
    else output.out(describeAgreement(result, output.columns));
    return 0;
  });
}

const fixed = (value: number | null, digits = 3) => (value === null ? '—' : value.toFixed(digits));
const share = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const range = (interval: Interval | null, show: (value: number) => string) =>
  interval ? `${show(interval[0])}–${show(interval[1])}` : '';

const COLUMNS = ['alpha', '95% CI', 'kappa', '95% CI', 'agree', '95% CI', 'units', 'coders'];

function figureCells(figures: AgreementFigures): string[] {
  const two = (value: number) => value.toFixed(2);
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  return [
    fixed(figures.alpha),
    range(figures.alphaInterval, two),
    fixed(figures.kappa),
    range(figures.kappaInterval, two),
    share(figures.percent),
    range(figures.percentInterval, percent),
    figures.units.toLocaleString('en'),
    String(figures.coders),
  ];
}

function table(
  rows: { label: string; figures: AgreementFigures }[],
  heading: string,
  columns: number,
): string[] {
  const labelWidth = Math.max(16, Math.min(34, columns - 72));
  const widths = [6, 11, 6, 11, 6, 9, 7, 6];
  const line = (label: string, cells: string[]) =>
    `${truncate(label, labelWidth).padEnd(labelWidth)}${cells.map((cell, i) => cell.padStart(widths[i]! + 1)).join('')}`;
  return [line(heading, COLUMNS), ...rows.map((row) => line(row.label, figureCells(row.figures)))];
}

export function describeAgreement(result: AgreementResult, columns = 100): string {
  const lines: string[] = [];
  const unitWord = { article: 'articles', paragraph: 'paragraphs', sentence: 'sentences' }[result.unit];
  lines.push(
    `Agreement on the codebook “${result.codebook.name}” (${result.codebook.id}), in ${unitWord}, by ${result.by}.`,
    `Krippendorff's alpha (nominal: a code is present or absent in a unit), Cohen's kappa (two coders), percent agreement;`,
    `95% intervals from ${plural(result.resamples, 'bootstrap resample')} of the units, seed ${result.seed}.`,
  );
  for (const comparison of result.comparisons) {
    const { report } = comparison;
    lines.push('', `${comparison.title}: ${report.source}.`);
    if (report.pooled.units === 0) {
      lines.push(
        `  No ${unitWord.slice(0, -1)} was looked at by both sides yet (a coder has looked at an article once they code or review anything in it).`,
      );
      continue;
    }
    const rows: { label: string; figures: AgreementFigures }[] = report.rows.map((row) => ({
      label: row.label,
      figures: row,
    }));
    rows.push({
      label: result.by === 'code' ? 'all codes (pooled)' : 'all outlets (pooled)',
      figures: report.pooled,
    });
    lines.push(...table(rows, result.by === 'code' ? 'code' : 'outlet', columns));
    const speakers = comparison.speakers;
    if (speakers) {
      lines.push('', `Who is quoted, on ${plural(speakers.quotes, 'quote')} both have:`);
      if (speakers.quotes > 0) {
        const top: { label: string; figures: AgreementFigures }[] = speakers.perSpeaker
          .slice(0, 15)
          .map((row) => ({
            label: `${row.label} (${row.byMachine}/${row.byPerson})`,
            figures: row,
          }));
        top.push({ label: 'speaker, all quotes', figures: speakers.overall });
        lines.push(...table(top, 'speaker (machine/coder)', columns));
      }
      if (comparison.unknownSpeakers > 0)
        lines.push(
          `${plural(comparison.unknownSpeakers, 'quote')} left out: decided before Framescope kept the suggested speaker.`,
        );
    }
  }
  if (result.unattributed > 0)
    lines.push(
      '',
      `${plural(result.unattributed, 'accepted coding')} name no coder and are left out (choose who you are under Coder ▾ before coding).`,
    );
  lines.push('', `Engine method: ${METHOD} (the Agreement view shows the same figures).`);
  return `${lines.join('\n')}\n`;
}
