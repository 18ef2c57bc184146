import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readOrder, readOrderSteps } from '../../../src/core/vault/readOrder';

describe('the cold start read order', () => {
  it('reads first every profile and template and the newest notes of each series, then the rest newest first', () => {
    const files = [
      '1on1/dana/2026-11-03.md',
      '1on1/dana/2026-11-24.md',
      '1on1/dana/profile.md',
      '1on1/dana/2026-11-10.md',
      '1on1/dana/2026-11-17.md',
      '1on1/template.md',
      '1on1/sam/2026-10-01.md',
      'notes/elsewhere.md',
      '1on1/dana/2026-10-27.md',
    ];
    const { first, rest } = readOrder(files, '1on1', 2);
    assert.deepEqual(first.map((i) => files[i]), ['1on1/dana/profile.md', '1on1/template.md', '1on1/dana/2026-11-24.md', '1on1/dana/2026-11-17.md', '1on1/sam/2026-10-01.md']);
    assert.deepEqual(rest.map((i) => files[i]), ['1on1/dana/2026-11-10.md', '1on1/dana/2026-11-03.md', '1on1/dana/2026-10-27.md', 'notes/elsewhere.md']);
  });

  it('reads every file once (property)', () => {
    const file = fc.tuple(fc.constantFrom('1on1/a/', '1on1/b/', 'x/', '1on1/'), fc.constantFrom('2026-11-03.md', '2026-11-10.md', 'profile.md', 'template.md', 'notes.md', '2026-02-30.md'), fc.nat(3));
    fc.assert(
      fc.property(fc.uniqueArray(file.map(([d, n, k]) => `${d}${k}${n}`)), fc.nat(5), (files, perSeries) => {
        const { first, rest } = readOrder(files, '1on1', perSeries);
        assert.deepEqual([...first, ...rest].sort((a, b) => a - b), files.map((_, i) => i));
      }),
    );
  });

  it('is taken a step at a time, a few hundred files a step, every file once', () => {
    const files: string[] = [];
    for (let s = 0; s < 60; s++) {
      files.push(`1on1/p${s}/profile.md`);
      for (let n = 0; n < 40; n++) files.push(`1on1/p${s}/2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}.md`);
    }
    files.push('notes/elsewhere.md');
    const steps = readOrderSteps(files, '1on1');
    let taken = 0;
    let step = steps.next();
    while (!step.done) {
      taken++;
      step = steps.next();
    }
    // (`readOrder` is these steps run to the end: the order itself is what the tests above check.)
    const { first, rest } = step.value;
    assert.equal(first.length, 60 + 60 * 4);
    assert.equal(first.length + rest.length, files.length);
    assert.deepEqual(new Set([...first, ...rest]).size, files.length);
    assert.equal(files[rest[rest.length - 1]], 'notes/elsewhere.md');
    // 2,461 files: classified 500 at a time, then the series, then the rest sorted.
    assert.ok(taken >= Math.ceil(files.length / 500), `${taken} steps`);
  });
});
