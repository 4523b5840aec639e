import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../core/engine/engine.ts';

// Short articles of our own: about what a policy costs (the Economic frame) or about illness and
// care (not economic). A coder decides the frame in the first twelve of each kind; the last two of
// each kind are left undecided for the model to propose on.
const MONEY = [
  'The new tariff will cost farmers millions of dollars in lost exports this year.',
  'Economists warn the budget deficit could push interest rates higher.',
  'Small businesses say the tax increase will force them to cut jobs.',
  'The factory closure means hundreds of workers lose their wages.',
  'Investors sold shares after the central bank raised interest rates.',
  'The program costs taxpayers two billion dollars a year, the budget office said.',
  'Rising fuel prices have squeezed household budgets across the region.',
  'Retailers expect lower sales and fewer jobs after the tax on imports.',
  'The trade deal would open markets for exporters and lift wages.',
  'Unemployment rose as companies cut costs and froze hiring.',
  'The subsidy will cost the treasury more than it saves, economists said.',
  'Shares fell sharply as investors feared a recession and higher prices.',
];
const CARE = [
  'Doctors warn the virus spreads quickly in crowded hospital wards.',
  'Nurses treated hundreds of patients with breathing problems overnight.',
  'The vaccine reduced severe illness among elderly patients, the study found.',
  'Hospitals ran short of ventilators as infections climbed.',
  'Health officials urged people with a fever to stay home and see a doctor.',
  'The clinic offers free screening for diabetes and heart disease.',
  'Patients waited hours in the emergency room for a doctor.',
  'A new study links air pollution to asthma in children.',
  'The outbreak has infected thousands and filled intensive care beds.',
  'Doctors said the patient recovered after treatment with antibiotics.',
  'Masks and testing slowed the spread of infection in nursing homes.',
  'The health ministry reported new cases of the disease in three hospitals.',
];
const article = (pool: string[], i: number) =>
  [pool[i]!, pool[(i + 3) % pool.length]!, pool[(i + 7) % pool.length]!].join('\n\n');

export const UNDECIDED_MONEY = [
  'Wages and jobs at risk as the tax on exports rises',
  'Factory workers fear the budget cuts will cost them their jobs and wages.',
].join('\n\n');
export const UNDECIDED_CARE = [
  'Patients crowd hospital wards as the virus spreads',
  'Doctors and nurses treated patients with fever in the emergency room overnight.',
].join('\n\n');

export interface LearnProject {
  ids: { money: number[]; care: number[]; undecidedMoney: number; undecidedCare: number };
  codebookId: number;
  economic: number;
  coderId: number;
}

/** Imports the articles (analysed) into the engine's project; decides nothing yet. */
export async function learnProject(
  engine: Engine,
  file: (name: string, content: string) => string,
): Promise<LearnProject> {
  const files = [
    ...MONEY.map((_, i) => file(`money-${i}.txt`, article(MONEY, i))),
    ...CARE.map((_, i) => file(`care-${i}.txt`, article(CARE, i))),
    file('undecided-money.txt', UNDECIDED_MONEY),
    file('undecided-care.txt', UNDECIDED_CARE),
  ];
  await engine.invoke('import.paths', files);
  const rows = (await engine.invoke('articles.list', { limit: 100 })).rows;
  const idOf = (title: string) => rows.find((row) => row.title === title)!.id;
  const book = (await engine.invoke('codebooks.list')).find((b) => b.key === 'policy-frames')!;
  return {
    ids: {
      // A one-sentence note has no title line: its file's name is its title.
      money: MONEY.map((_, i) => idOf(`money-${i}`)),
      care: CARE.map((_, i) => idOf(`care-${i}`)),
      undecidedMoney: idOf(UNDECIDED_MONEY.split('\n')[0]!),
      undecidedCare: idOf(UNDECIDED_CARE.split('\n')[0]!),
    },
    codebookId: book.id,
    economic: book.codes.find((code) => code.key === 'economic')!.id,
    coderId: (await engine.invoke('coders.ensure', 'Ada')).id,
  };
}

/** The coder marks the Economic frame present in `present` and absent in `absent`. */
export async function decide(
  engine: Engine,
  project: LearnProject,
  present: readonly number[],
  absent: readonly number[],
): Promise<void> {
  for (const id of present)
    await engine.invoke('frames.decide', id, project.economic, { present: true, coderId: project.coderId });
  for (const id of absent)
    await engine.invoke('frames.decide', id, project.economic, { present: false, coderId: project.coderId });
}

/** The articles imported and the coder's decisions made: Economic in the money articles, not in the care ones. */
export async function decidedProject(
  engine: Engine,
  file: (name: string, content: string) => string,
): Promise<LearnProject> {
  const project = await learnProject(engine, file);
  await decide(engine, project, project.ids.money, project.ids.care);
  return project;
}

/** Mostly about money, with one sentence on illness: the Economic sentences come first in the text. */
export const MIXED = [
  'Jobs and wages at risk as clinics face budget cuts',
  'The tax increase will cost small businesses millions of dollars and force them to cut jobs.',
  'Doctors warn the virus spreads quickly among patients in crowded hospital wards.',
  'Investors sold shares as prices rose.',
].join('\n\n');

/** The coder decides Health and safety the other way round from Economic: present in the care articles. */
export async function decideHealth(engine: Engine, project: LearnProject) {
  const book = (await engine.invoke('codebooks.list')).find((b) => b.id === project.codebookId)!;
  const health = book.codes.find((code) => code.key === 'health-safety')!.id;
  const coderId = project.coderId;
  for (const id of project.ids.care)
    await engine.invoke('frames.decide', id, health, { present: true, coderId });
  for (const id of project.ids.money)
    await engine.invoke('frames.decide', id, health, { present: false, coderId });
  return health;
}

/** Writes each article into `dir` and gives its path, for `learnProject`. */
export function writerIn(dir: string): (name: string, content: string) => string {
  return (name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

/**
 * The learned tests' common project: the articles imported, the coder's Economic and Health and safety
 * decisions made, the mixed article imported undecided, and both frames' models refreshed.
 */
export async function learnedMixedProject(
  engine: Engine,
  dir: string,
): Promise<{ project: LearnProject; mixed: number }> {
  const file = writerIn(dir);
  const project = await learnProject(engine, file);
  await engine.invoke('import.paths', [file('mixed.txt', MIXED)]);
  const rows = (await engine.invoke('articles.list', { limit: 100 })).rows;
  const mixed = rows.find((row) => row.title === MIXED.split('\n')[0])!.id;
  await decide(engine, project, project.ids.money, project.ids.care);
  await decideHealth(engine, project);
  await engine.invoke('learn.refresh', { codebookId: project.codebookId });
  return { project, mixed };
}
