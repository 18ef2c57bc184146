import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary } from '../helpers/vaultBuilder';

// SPEC §6: dates are ISO `YYYY-MM-DD` and must exist on the calendar.
// SPEC §8: invalid-date — a due/done date that is not a real ISO date; any item; error.

const NOW = '2026-11-24T09:00';

function vaultWithCommitments(lines: string[], extra: { date?: string; status?: string } = {}) {
  const spec = { date: extra.date ?? '2026-11-17', status: extra.status ?? 'held', sections: { commitments: lines } };
  return { spec, text: noteText(spec), vault: buildVault({ now: NOW, notes: [spec] }) };
}

describe('rule invalid-date', () => {
  const bad: [string, string][] = [
    ['- [ ] Book the security review 📅 2026-02-30', '2026-02-30'],
    ['- [ ] Book the security review [due:: 2026-13-01]', '2026-13-01'],
    ['- [x] Send the forecast ✅ 2026-04-31', '2026-04-31'],
    ['- [x] Send the forecast [completion:: 2026-00-10]', '2026-00-10'],
    ['- [ ] Book the security review 📅 2026-02-29', '2026-02-29'], // 2026 is not a leap year
    ['- [ ] Book the security review 📆 2026-11-31', '2026-11-31'],
    ['- [ ] Book the security review 📅 26-11-28', '26-11-28'], // not ISO
  ];
  for (const [line, date] of bad) {
    it(`reports ${JSON.stringify(line.slice(line.indexOf(date) - 8))}, on the date`, () => {
      const { text, vault } = vaultWithCommitments([line]);
      const found = vault.findings('invalid-date');
      assert.equal(found.length, 1, summary(found).join('\n'));
      const f = found[0];
      assert.equal(f.severity, 'error');
      assert.equal(f.range.start.line, lineOf(text, line));
      // The range covers the bad date itself.
      const written = text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);
      assert.ok(written.includes(date), `range covers ${JSON.stringify(written)}`);
      assert.ok(f.message.includes(date), f.message);
    });
  }

  it('reports a date marker with no date after it', () => {
    const { vault } = vaultWithCommitments(['- [ ] Book the security review 📅']);
    assert.equal(vault.findings('invalid-date').length, 1);
  });

  it('does not report real dates, in either style', () => {
    const { vault } = vaultWithCommitments([
      '- [ ] Book the security review 📅 2026-11-28',
      '- [ ] Plan the offsite [due:: 2028-02-29]', // a leap day
      '- [x] Send the forecast ✅ 2026-11-20',
      '- [x] Send the budget [completion:: 2026-12-31]',
    ]);
    assert.deepEqual(vault.findings('invalid-date'), []);
  });

  it('reports each bad date on an item that has two', () => {
    const { vault } = vaultWithCommitments(['- [x] Send the forecast 📅 2026-02-30 ✅ 2026-04-31']);
    assert.equal(vault.findings('invalid-date').length, 2);
  });

  it('reports items in old notes too (any item)', () => {
    const vault = buildVault({
      now: NOW,
      notes: [
        { date: '2026-10-06', sections: { commitments: ['- [x] Send the forecast ✅ 2026-09-31'] } },
        { date: '2026-11-17' },
        { date: '2026-11-24' },
      ],
    });
    assert.deepEqual(
      vault.findings('invalid-date').map((f) => f.file),
      ['1on1/dana/2026-10-06.md'],
    );
  });

  it('does not read dates in code or comments, which are not items', () => {
    const { vault } = vaultWithCommitments([
      '```',
      '- [ ] Example 📅 2026-02-30',
      '```',
      '<!-- - [ ] Example 📅 2026-02-30 -->',
      '%% - [ ] Example 📅 2026-02-30 %%',
      '- [ ] Real item 📅 2026-11-28',
    ]);
    assert.deepEqual(vault.findings('invalid-date'), []);
  });
});
