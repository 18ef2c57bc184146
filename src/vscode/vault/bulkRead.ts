import type * as vscode from 'vscode';
import type { VaultIndex } from '../../core/vault/vaultIndex';
import { TimeSlices } from '../timeSlices';
import type { NoteIntake } from './noteIntake';
import { inSlidingWindow } from './slidingWindow';

/** The bulk read's slice of the event loop (a quick read costs the host a fifth of a callback read). */
export const BULK_SLICE_MS = 8;
/** Files read at once when reads are slow (a sliding window; docs/benchmark.md has the figures). */
const READ_WINDOW = 64;
/** A read slower than this counts as slow; this many in a row turn the rest to parallel reads. */
const SLOW_READ_MS = 4;
const SLOW_READS = 3;

/**
 * A cold start's read of many files into `target`. While reads are quick (a local disk, the page
 * cache) they are made at once, a slice of `sliceMs` per turn of the event loop — the host stays
 * responsive, and a read costs a fifth of one through callbacks (docs/benchmark.md); once reads
 * turn slow (a network drive: three in a row over 4 ms), or for a scheme Node cannot read, the
 * rest is read in a sliding window of parallel reads. Says how many files were read at once before
 * that (all of them when reads stayed quick).
 */
export async function readInBulk(uris: readonly vscode.Uri[], target: VaultIndex, intake: NoteIntake, sliceMs = BULK_SLICE_MS): Promise<{ readAtOnce: number }> {
  let slowInARow = 0;
  let i = 0;
  const slices = new TimeSlices(sliceMs);
  for (; i < uris.length && slowInARow < SLOW_READS; i++) {
    const read = intake.fromDiskNow(uris[i], [target]);
    if (!read) break;
    slowInARow = read.readMs > SLOW_READ_MS ? slowInARow + 1 : 0;
    await slices.pause();
  }
  const readAtOnce = i;
  if (i < uris.length) await inSlidingWindow(uris.slice(i), READ_WINDOW, (uri) => intake.fromDisk(uri, false, [target]));
  return { readAtOnce };
}
