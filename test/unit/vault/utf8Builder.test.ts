import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Utf8Builder } from '../../../src/vscode/vault/utf8Builder';

describe('Utf8Builder', () => {
  it('holds the UTF-8 of everything appended, in order, however it grew (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('é'.repeat(40)), fc.constant('😀'.repeat(30))), { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (texts, initial) => {
        const builder = new Utf8Builder(initial);
        for (const text of texts) builder.append(text);
        const expected = new TextEncoder().encode(texts.join(''));
        assert.equal(builder.byteLength, expected.byteLength);
        assert.deepEqual(Buffer.from(builder.bytes()), Buffer.from(expected));
      }),
    );
  });

  it('is empty before anything is appended', () => {
    assert.equal(new Utf8Builder().bytes().byteLength, 0);
  });
});
