import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { FileStamp } from '../../../src/core/vault/indexSnapshot';
import { DiskStamps, sameKnown } from '../../../src/vscode/vault/diskStamps';

/** What DiskStamps answered when it kept an object per stamp in a Map: the model its packed numbers must match. */
class ModelStamps {
  readonly known = new Map<string, FileStamp | number>();
  readAt(file: string, time: number): void {
    this.known.set(file, time);
  }
  stamped(file: string, stamp: FileStamp): void {
    this.known.set(file, { ...stamp });
  }
  forget(file: string): void {
    this.known.delete(file);
  }
  forgetAll(): void {
    this.known.clear();
  }
}

const file = fc.constantFrom('a.md', 'b.md', '1on1/dana/2026-11-24.md', '1on1/dana/profile.md', 'x/y.md', 'é ü.md');
const time = fc.oneof(fc.constant(0), fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), fc.double({ min: 0, max: 2e12, noNaN: true }));
const op = fc.oneof(
  fc.record({ kind: fc.constant('readAt' as const), file, time }),
  fc.record({ kind: fc.constant('stamped' as const), file, size: fc.nat(1 << 30), mtime: time }),
  fc.record({ kind: fc.constant('forget' as const), file }),
  fc.record({ kind: fc.constant('forgetAll' as const) }),
);

describe('DiskStamps', () => {
  it('answers for a changed, an unchanged and a deleted file as it was told', () => {
    const stamps = new DiskStamps();
    stamps.stamped('same.md', { size: 120, mtime: 1_764_000_000_123.5 });
    stamps.stamped('changed.md', { size: 80, mtime: 1_764_000_000_000 });
    stamps.stamped('gone.md', { size: 10, mtime: 1_764_000_000_000 });
    stamps.readAt('changed.md', 1_764_000_100_000);
    stamps.forget('gone.md');
    assert.deepEqual(stamps.stampOf('same.md'), { size: 120, mtime: 1_764_000_000_123.5 });
    assert.equal(stamps.stampOf('changed.md'), undefined);
    assert.equal(stamps.get('changed.md'), 1_764_000_100_000);
    assert.equal(stamps.get('gone.md'), undefined);
    assert.deepEqual(stamps.files(), ['same.md', 'changed.md']);
    // A forgotten file's slot is used again; the others keep theirs.
    stamps.stamped('new.md', { size: 0, mtime: 0 });
    assert.deepEqual(stamps.stampOf('new.md'), { size: 0, mtime: 0 });
    assert.deepEqual(stamps.stampOf('same.md'), { size: 120, mtime: 1_764_000_000_123.5 });
  });

  it('compares what it holds by value: a stamp read back is a new object each time', () => {
    const stamps = new DiskStamps();
    stamps.stamped('a.md', { size: 1, mtime: 2 });
    stamps.readAt('b.md', 5);
    assert.ok(sameKnown(stamps.get('a.md'), { size: 1, mtime: 2 }));
    assert.ok(sameKnown(stamps.get('a.md'), stamps.get('a.md')));
    assert.ok(!sameKnown(stamps.get('a.md'), { size: 1, mtime: 3 }));
    assert.ok(!sameKnown(stamps.get('a.md'), { size: 2, mtime: 2 }));
    assert.ok(sameKnown(stamps.get('b.md'), 5));
    assert.ok(!sameKnown(stamps.get('b.md'), 6));
    // A stamp is never a moment of a read, even with the same time.
    assert.ok(!sameKnown({ size: 0, mtime: 5 }, 5));
    assert.ok(!sameKnown(stamps.get('a.md'), undefined));
    assert.ok(sameKnown(stamps.get('none.md'), undefined));
  });

  it('gives the same answers as an object per file, over any sequence of reads, stamps and forgets (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const stamps = new DiskStamps();
        const model = new ModelStamps();
        for (const o of ops) {
          if (o.kind === 'readAt') (stamps.readAt(o.file, o.time), model.readAt(o.file, o.time));
          else if (o.kind === 'stamped') (stamps.stamped(o.file, { size: o.size, mtime: o.mtime }), model.stamped(o.file, { size: o.size, mtime: o.mtime }));
          else if (o.kind === 'forget') (stamps.forget(o.file), model.forget(o.file));
          else (stamps.forgetAll(), model.forgetAll());
        }
        assert.deepEqual(stamps.files(), [...model.known.keys()]);
        for (const f of ['a.md', 'b.md', '1on1/dana/2026-11-24.md', '1on1/dana/profile.md', 'x/y.md', 'é ü.md']) {
          const expected = model.known.get(f);
          assert.deepEqual(stamps.get(f), expected);
          assert.deepEqual(stamps.stampOf(f), typeof expected === 'object' ? expected : undefined);
        }
      }),
    );
  });

  it('holds more files than its first arrays', () => {
    const stamps = new DiskStamps();
    for (let i = 0; i < 1000; i++) stamps.stamped(`n${i}.md`, { size: i, mtime: 1_764_000_000_000 + i });
    for (let i = 0; i < 1000; i += 2) stamps.forget(`n${i}.md`);
    for (let i = 0; i < 1000; i += 4) stamps.readAt(`n${i}.md`, i);
    for (let i = 0; i < 1000; i++) {
      const expected = i % 4 === 0 ? i : i % 2 === 1 ? { size: i, mtime: 1_764_000_000_000 + i } : undefined;
      assert.deepEqual(stamps.get(`n${i}.md`), expected);
    }
  });
});
