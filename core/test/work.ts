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
