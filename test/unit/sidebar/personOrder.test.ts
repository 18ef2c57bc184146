import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { comparePersonNames, foldedName } from '../../../src/core/text/personOrder';

describe('comparePersonNames', () => {
  it('orders people alphabetically, ignoring case and accents', () => {
    const names = ['zoe', 'Émile', 'Dana Whitfield', 'alex', 'Åsa', 'Frank', 'dana', 'Dana'];
    assert.deepEqual([...names].sort(comparePersonNames), ['alex', 'Åsa', 'Dana', 'dana', 'Dana Whitfield', 'Émile', 'Frank', 'zoe']);
  });

  it('folds case and the accents of Latin letters only', () => {
    assert.equal(foldedName('Ångström Ñuñez'), 'angstrom nunez');
    assert.equal(foldedName('Øyvind'), 'øyvind'); // a letter of its own, not an accented o
    assert.equal(foldedName('李雷'), '李雷');
  });

  it('is a total order: antisymmetric, zero only for the same name, transitive', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'A', 'e', 'É', 'é', 'z', ' ', '-', 'Ø', '李'), maxLength: 6 });
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        assert.equal(Math.sign(comparePersonNames(a, b)) + Math.sign(comparePersonNames(b, a)), 0);
        assert.equal(comparePersonNames(a, b) === 0, a === b);
        if (comparePersonNames(a, b) <= 0 && comparePersonNames(b, c) <= 0) assert.ok(comparePersonNames(a, c) <= 0);
      }),
    );
  });

  it('agrees with plain alphabetical order on lower-case ASCII letters', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), maxLength: 8 });
    fc.assert(fc.property(name, name, (a, b) => Math.sign(comparePersonNames(a, b)) === Math.sign(a < b ? -1 : a > b ? 1 : 0)));
  });
});
