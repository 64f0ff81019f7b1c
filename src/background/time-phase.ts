// Phases of an answer, timed as performance measures "parallax:<name>" (scripts/bench-extension.ts reads
// them from the worker), so a slow cold answer says where its time went.

/** Times `work` from now until it settles. */
export function timePhase<T>(name: string, work: Promise<T>): Promise<T> {
  const start = performance.now();
  return work.finally(() => measurePhase(name, start));
}

/** Records a phase that began at `start` (a performance.now() time) and ends now. */
export function measurePhase(name: string, start: number): void {
  performance.measure(`parallax:${name}`, { start });
}
