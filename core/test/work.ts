/**
 * Work, not wall-clock time: the CPU time this process spends on a task.
 * Tests compare it with itself (an input against one ten times longer), so a
 * machine whose cores are all busy moves both sides alike.
 */
export function cpuMilliseconds(task: () => void): number {
  const started = process.cpuUsage();
  task();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1_000;
}

/** Below this much CPU time for the ten small runs, timer noise and one collection outweigh the work: the floor of the comparison. */
const NOISE_MS = 20;

/**
 * How much more work an input ten times larger takes than ten runs of the
 * input: about 1 when the cost grows linearly (less, as each run has a fixed
 * part), about 10 when it grows with the square. `make(count)` builds the
 * input outside the measurement; the small one runs once untimed first.
 */
export function growthRatio<Input>(make: (count: number) => Input, run: (input: Input) => void, count: number): number {
  const small = make(count);
  const large = make(count * 10);
  run(small);
  const smallWork = cpuMilliseconds(() => { for (let index = 0; index < 10; index++) run(small); });
  const largeWork = cpuMilliseconds(() => run(large));
  return largeWork / Math.max(smallWork, NOISE_MS);
}

/** Linear growth gives about 1 and quadratic about 10; the margin is for the collector, which works harder on large inputs. */
export const LINEAR_BOUND = 3;
