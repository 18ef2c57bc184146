/**
 * Text turned into UTF-8 as it comes, into one buffer that grows by doubling: the snapshot's
 * records (7 MB at 10,000 notes) as one buffer rather than a `Uint8Array` per record — 10,000
 * small buffers, each an object and an allocation outside the heap, that the garbage collector
 * must find and free while the user types.
 */
export class Utf8Builder {
  private buffer: Uint8Array;
  private used = 0;
  private readonly encoder = new TextEncoder();

  constructor(initialBytes = 64 * 1024) {
    this.buffer = new Uint8Array(initialBytes);
  }

  append(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 bytes for 2 units).
    const most = text.length * 3;
    if (this.buffer.length - this.used < most) {
      let size = this.buffer.length * 2;
      while (size - this.used < most) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  get byteLength(): number {
    return this.used;
  }

  /** What was appended so far (a view: valid until the next `append`). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used);
  }
}
