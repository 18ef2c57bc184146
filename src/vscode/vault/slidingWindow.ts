/**
 * Runs `work` on every item with at most `width` running at once, a new one starting as soon as
 * one ends: reads keep the disk busy while the ones already read are parsed (batches that wait
 * for their slowest read leave both idle; measured in docs/benchmark.md).
 */
export async function inSlidingWindow<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
