import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseNote } from '../../../src/parsing/parseNote';
import { staysLinear } from '../helpers/linearity';

/**
 * Properties of the parser on any input (issue 10): it never throws, and its time per byte stays
 * flat on lines built by repeating the fragments that start a field, a block or a comment — the
 * shapes on which a scan from each marker to the line's end turns quadratic (a 4.6 MB line of
 * `[due::` once took `check` past 20 s).
 */

const FRAGMENTS = ['[due::', '[due:: ', '[completion::', '📅 ', '📅', '✅', '[', ']', '^', '^a ', '@', '@a ', ' @a.-', '- [ ] ', '`', '``', '%%', '%', '<!--', '<a b=c ', '>', '|', '|-', '---', '~~~', '    ', '\t', '*', '**', ' *a', '_', '~~', '#', ' #', '[[', '![a](', '\\', '&amp;', '!'];

/** Where the repeated fragments go: a paragraph, an item, a heading, a quote, a table, front matter. */
const CONTEXTS = ['', '- [ ] ', '## ', '# ', '> ', '> - [ ] ', 'a\n', '| a | b |\n', '- [ ] x\n  ', '---\ntime: '];


const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes));
const markdownish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS, '\n', '\r', '\r\n', '\uFEFF', '\0', '\uD800', '\uDC00', 'a', ' ', '2026-11-28'), fc.string()), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parser properties', () => {
  it('never throws, on any string: lone surrogates, NUL, CR-only endings, a BOM, fragments of every block and field', () => {
    fc.assert(
      fc.property(fc.oneof(anyCodeUnits, markdownish, fc.string({ unit: 'binary' })), fc.constantFrom(...CONTEXTS, '\uFEFF', '\uFEFF---\n'), (body, context) => {
        parseNote(context + body);
        parseNote(context + body.replace(/\n/g, '\r'));
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it('never throws on huge lines, and reads them (a quadratic scan would run past the time limit)', () => {
    parseNote('- [ ] ' + '[due::'.repeat(800_000)); // the 4.6 MB line of issue 10
    for (const fragment of ['📅 ', '✅', '- [ ] ', '%%', '<!--', '@a.-', ' *a']) parseNote('- [ ] ' + fragment.repeat(200_000));
  });

  it('stays linear: time per byte at 4× the repeats grows by less than 3×', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(fc.constantFrom(...CONTEXTS), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }), (context, fragments) => {
        const unit = fragments.join('');
        const small = context + unit.repeat(2 ** 11);
        const large = context + unit.repeat(2 ** 13);
        const { smallMs, largeMs, perByte, linear } = staysLinear(parseNote, small, large);
        // Below a few milliseconds the clock's noise is larger than any difference that matters.
        if (largeMs < 4) return;
        assert.ok(linear, `${JSON.stringify(context)} + ${JSON.stringify(unit)}: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms at 4× the bytes (×${perByte.toFixed(1)} per byte)`);
      }),
      { seed: 10, numRuns: 60 },
    );
  });

  it('stays linear on each fragment alone, in each context', function () {
    this.timeout(20_000);
    const slow: string[] = [];
    for (const context of CONTEXTS) {
      for (const fragment of FRAGMENTS) {
        const small = context + fragment.repeat(2 ** 11);
        const large = context + fragment.repeat(2 ** 13);
        const { smallMs, largeMs, linear } = staysLinear(parseNote, small, large);
        if (largeMs < 4) continue;
        if (!linear) slow.push(`${JSON.stringify(context + fragment)}: ${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
