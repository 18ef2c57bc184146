import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readOrder } from '../../../src/core/vault/readOrder';

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
});
