/**
 * Time per byte on a small and a large input, for tests that a scan stays linear. Each size's
 * time is its best of several runs taken in turn (small, large, small, …), so a garbage collection
 * or a busy machine during one run does not read as growth; a quadratic scan is slow on every run.
 */
export interface Growth {
  smallMs: number;
  largeMs: number;
  /** Time per byte at the large size ÷ time per byte at the small one: about 1 when linear. */
  perByte: number;
}

function timeOnce(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function perByteGrowth(scan: (text: string) => unknown, small: string, large: string, runs = 5): Growth {
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < runs; i++) {
    smallMs = Math.min(smallMs, timeOnce(() => scan(small)));
    largeMs = Math.min(largeMs, timeOnce(() => scan(large)));
  }
  // Below 0.05 ms the clock's resolution is the measurement.
  return { smallMs, largeMs, perByte: largeMs / large.length / (Math.max(smallMs, 0.05) / small.length) };
}

/**
 * Whether the growth per byte stays under `limit`. A first measurement over the limit is measured
 * again with more runs before it counts: the best of those is still far over the limit for a
 * quadratic scan (4× the bytes cost about 4× per byte), while noise does not repeat.
 */
export function staysLinear(scan: (text: string) => unknown, small: string, large: string, limit = 3): Growth & { linear: boolean } {
  let growth = perByteGrowth(scan, small, large);
  if (growth.perByte >= limit) {
    const again = perByteGrowth(scan, small, large, 9);
    if (again.perByte < growth.perByte) growth = again;
  }
  return { ...growth, linear: growth.perByte < limit };
}
