// Process-wide on purpose: the SIGTERM handler that flips it has no access to the Nest container.
let shuttingDown = false;

/**
 * Makes readiness report DOWN from now on, so load balancers stop sending traffic while in-flight
 * requests drain. Call it first thing on SIGTERM.
 */
export function markShuttingDown(): void {
  shuttingDown = true;
}

export function isShuttingDown(): boolean {
  return shuttingDown;
}
