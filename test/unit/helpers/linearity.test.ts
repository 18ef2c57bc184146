import { strict as assert } from 'node:assert';
import { staysLinear } from './linearity';

/** The measure must be able to fail: a scan from every position to the end is quadratic. */
describe('the linearity measure', () => {
  it('tells a quadratic scan from a linear one', () => {
    const quadratic = (text: string) => {
      let n = 0;
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) n += text.charCodeAt(j) & 1;
      return n;
    };
    const linear = (text: string) => text.split('a').length;
    assert.equal(staysLinear(quadratic, 'ab'.repeat(300), 'ab'.repeat(1200)).linear, false);
    assert.equal(staysLinear(linear, 'ab'.repeat(50_000), 'ab'.repeat(200_000)).linear, true);
  });
});
