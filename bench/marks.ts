/**
 * Clock marks that bench/lib/instrument.mjs injects into src/parse.ts and src/adapters/html.ts
 * when it bundles the step breakdown (bench/.cache/steps.mjs). Never part of the library.
 *
 * Each mark reads both clocks, the wall clock and the process CPU time; the bench takes per
 * step whichever it was told to (`min` of the two by default: see bench/run.mjs).
 */
export const wall = new Float64Array(64);
export const cpu = new Float64Array(64);

export function mark(index: number): void {
  wall[index] = performance.now();
  const { user, system } = process.cpuUsage();
  cpu[index] = (user + system) / 1000;
}
