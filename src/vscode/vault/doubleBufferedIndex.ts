import type { VaultIndex } from '../../core/vault/vaultIndex';

/**
 * The published index and, while a reload (new settings or folders) fills a new one, that one
 * too: surfaces keep reading the published index until the new one is complete (no empty flash),
 * and every file event reaches both.
 */
export class DoubleBufferedIndex {
  private incoming: VaultIndex | undefined;

  constructor(public published: VaultIndex) {}

  /** Every index an event must reach: the published one and the one a reload is filling. */
  targets(): VaultIndex[] {
    return this.incoming ? [this.published, this.incoming] : [this.published];
  }

  /** `next` is being filled from now on; a later `fill` takes over from it. */
  fill(next: VaultIndex): void {
    this.incoming = next;
  }

  /** Publishes `next`, filled; false (nothing published) when a later reload took over. */
  publish(next: VaultIndex): boolean {
    if (this.incoming !== next) return false;
    this.published = next;
    this.incoming = undefined;
    return true;
  }
}
