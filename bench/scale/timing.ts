// Wall and CPU time for the bench's write scripts, printed on one line per step.

/** The process's CPU time so far (user and system, every thread), in milliseconds. */
export const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Runs `work` and prints "LABEL: N ms wall, M ms CPU". */
export async function timed(label: string, work: () => unknown): Promise<void> {
  const wall = performance.now();
  const cpu0 = cpuMs();
  await work();
  console.log(
    `${label}: ${(performance.now() - wall).toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms CPU`,
  );
}
