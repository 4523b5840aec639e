import type { LearnedFrame, LearnReport } from '../../contract.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';
import { withEngine } from './engine.ts';
import { findCodebook, wholeNumber } from './options.ts';

export interface LearnCommandOptions {
  db?: string;
  json?: boolean;
  codebook: string;
  folds?: string;
  seed?: string;
}

// Storing the proposals is what this command is for; a project that cannot be written to still
// gets the figures, from the method that only reads.
const REFRESH = 'learn.refresh';
const LOOK = 'learn.codebook';

/** `framescope learn`: per frame, how far a model of the coder's decisions agrees with them, and its proposals. */
export async function learnCommand(options: LearnCommandOptions, output: Output): Promise<number> {
  const folds = wholeNumber(options.folds);
  const seed = wholeNumber(options.seed);
  if (folds === null || seed === null || (folds !== undefined && (folds < 2 || folds > 20))) {
    output.err(
      '--folds is a whole number from 2 to 20 and --seed a whole number, e.g. --folds 5 --seed 7.\n',
    );
    return 2;
  }
  return withEngine(options.db, 'update', output, async (engine) => {
    const codebook = await findCodebook(engine, options.codebook, output);
    if (!codebook) return 1;
    const method = engine.readOnly ? LOOK : REFRESH;
    const report = await engine.invoke(method, {
      codebookId: codebook.id,
      ...(folds !== undefined ? { folds } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
    if (options.json) printJson(output, { method, ...report });
    else output.out(describeLearning(report, output.columns));
    return 0;
  });
}

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function figures(frame: LearnedFrame): string[] {
  const cv = frame.crossValidation;
  if (!cv) return ['', '', '', ''];
  return [
    percent(cv.precision),
    percent(cv.recall),
    cv.f1 === null ? '—' : cv.f1.toFixed(2),
    `${frame.proposedCount}/${frame.undecided}`,
  ];
}

/** What is still missing before a frame has figures, as a phrase. */
export function neededPhrase(frame: LearnedFrame): string {
  const needed = frame.needed;
  if (!needed) return '';
  const parts = [
    needed.positive > 0 ? `${needed.positive} more with the frame` : '',
    needed.negative > 0 ? `${needed.negative} more without it` : '',
  ].filter(Boolean);
  return `needs ${parts.join(' and ')}`;
}

export function describeLearning(report: LearnReport, columns = 100): string {
  const lines = [
    `Learning from your decisions on the codebook “${report.codebook.name}” (${report.codebook.id}):`,
    `logistic regression over words, bigrams and cues; ${report.folds}-fold cross-validation, seed ${report.seed};`,
    `figures once a frame has ${report.minimum.positive} decisions with it and ${report.minimum.negative} without it; trained in ${report.milliseconds} ms.`,
    '',
  ];
  const labelWidth = Math.max(16, Math.min(34, columns - 60));
  const widths = [5, 5, 10, 8, 5, 10];
  const line = (label: string, cells: string[]) =>
    `${truncate(label, labelWidth).padEnd(labelWidth)}${cells.map((cell, i) => cell.padStart(widths[i]! + 1)).join('')}`;
  lines.push(line('frame', ['with', 'w/out', 'precision', 'recall', 'F1', 'proposed']));
  for (const frame of report.frames) {
    const row = line(frame.name, [String(frame.positives), String(frame.negatives), ...figures(frame)]);
    lines.push(frame.needed ? `${row.trimEnd()}   ${neededPhrase(frame)}` : row);
  }
  const proposing = report.frames.filter((frame) => frame.proposals.length > 0);
  lines.push(
    '',
    proposing.length === 0
      ? 'No proposals: no frame has enough decisions yet, or the model finds none of them in the undecided articles.'
      : report.stored
        ? 'Proposals for articles nobody has decided, stored as learned suggestions (never a person’s decision; replaced when you learn again, removed when a person decides):'
        : 'Proposals for articles nobody has decided (learned suggestions, not stored: the project is open only to read):',
  );
  for (const frame of proposing) {
    lines.push(`${frame.name}: ${plural(frame.proposedCount, 'article')}, most likely first`);
    for (const item of frame.proposals.slice(0, 20)) {
      const where = item.outlet ? ` (${item.outlet})` : '';
      lines.push(
        `  ${item.probability.toFixed(2)}  #${item.articleId}  ${truncate(`${item.title ?? 'Untitled'}${where}`, Math.max(20, columns - 16))}`,
      );
    }
    if (frame.proposedCount > 20)
      lines.push(`  … and ${frame.proposedCount - 20} more (--json lists up to 200)`);
  }
  return `${lines.join('\n')}\n`;
}
