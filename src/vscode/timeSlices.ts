/**
 * Long work in the extension host cut into slices of its event loop: after each slice the loop
 * gets a turn (an edit, another extension, VS Code's own messages), so no one task stalls the
 * host. One place for the rule every bulk task follows (the cold start's read, the listing, the
 * snapshot's restore and write, the whole vault's diagnostics).
 */
export class TimeSlices {
  private sliceStart = performance.now();
  private busy = 0;

  constructor(private readonly sliceMs: number) {}

  /** Gives the event loop a turn once this slice has run its time; true when it did (what was read before may have changed). */
  async pause(): Promise<boolean> {
    if (performance.now() - this.sliceStart <= this.sliceMs) return false;
    await this.pauseNow();
    return true;
  }

  /** Gives the event loop a turn now. */
  async pauseNow(): Promise<void> {
    this.busy += performance.now() - this.sliceStart;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }

  /** The time spent in the slices so far, not in the turns given away. */
  get busyMs(): number {
    return this.busy + performance.now() - this.sliceStart;
  }
}
