import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/rules/finding';
import { RULE_IDS } from '../../../src/core/rules';
import { applyFix, buildVault, type NoteSpec, type TestVault, type VaultSpec } from '../helpers/vaultBuilder';

// A note saved with CRLF line endings or a UTF-8 byte order mark (Windows editors) is the same
// note: every rule must find the same things at the same positions, and every quick fix must make
// the same change, keeping the file's own line endings and its BOM.

const NOW = '2026-11-25T18:00';

/** A vault where nearly every rule fires, and nearly every quick fix is on offer. */
const NOTES: NoteSpec[] = [
  { date: '2026-10-27', sections: { commitments: ['- [ ] Old forgotten item 📅 2026-10-30', '- [x] Bad done date ✅ 2026-04-31'] } },
  { date: '2026-11-03', status: 'planned', sections: { commitments: ['- [>] Carried thing 📅 2026-11-05 ^abc123', '- [ ] Thing without id 📅 2026-11-06'] } },
  { date: '2026-11-10', sections: { 'action-items': ['- [>] Carried thing 📅 2026-11-05 ^abc123', '- [ ] thing without ID @dana'], commitments: ['- [>] Stale thing ^st4le1'] } },
  { date: '2026-11-17', sections: { 'action-items': ['- [>] Stale thing ^st4le1'] } },
  {
    date: '2026-11-24',
    sections: {
      'action-items': ['- [ ] Carried thing [due:: 2026-11-05] ^abc123', '- [ ] Stale thing ^st4le1'],
      roadblocks: null,
      priorities: ['- One', '- Two', '- Three', '- Four'],
      commitments: ['- [ ] No date item', '- [ ] Due date is fine 📅 2026-12-01'],
    },
  },
  { date: '2026-11-26', fm: { time: '"10:00"' }, sections: { unclear: [], commitments: null } },
  { date: '2026-11-26', name: '2026-11-26-2.md', status: 'planned' },
  { name: 'agenda.md', fm: { status: 'held' } },
  // Said held before it took place; one id on two items; a done date to come.
  { date: '2026-12-02', status: 'held', sections: { commitments: ['- [ ] Dup one 📅 2026-12-09 ^dup001', '- [ ] Dup two 📅 2026-12-09 ^dup001', '- [x] Done early ✅ 2026-12-01'] } },
  // No front matter, a heading on the first line: fixes that edit line 0.
  { date: '2026-11-26', series: 'sam', rawFrontMatter: false, body: '## Roadblocks\nNone.\n\n## Top 3 priorities\n1. One\n' },
  // A weekly series (inferred) that stopped on 28 Oct, always on skill: the rules across a series;
  // its last three notes raise one roadblock (recurring-topic).
  ...Array.from({ length: 8 }, (_, i): NoteSpec => ({
    date: `2026-${['09-09', '09-16', '09-23', '09-30', '10-07', '10-14', '10-21', '10-28'][i]}`,
    series: 'lee',
    fm: { rotation: 'skill' },
    ...(i >= 5 ? { sections: { roadblocks: ['- Budget sign-off'] } } : {}),
  })),
];

/** Dana's 1x1s in the calendar: Thursdays 11:00 (SPEC §12), so the 26 Nov note's `time: "10:00"` is wrong and the 3 Nov note on no meeting. */
const CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', 'BEGIN:VEVENT', 'UID:dana@test', 'DTSTART;TZID=Europe/Berlin:20261001T110000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;BYDAY=TH', 'SUMMARY:1:1 Dana Whitfield', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

const toCrlf = (t: string) => t.replace(/\n/g, '\r\n');
const withBom = (t: string) => '\uFEFF' + t;

function build(transform?: (t: string) => string): TestVault {
  const spec: VaultSpec = { now: NOW, notes: NOTES, transform, calendars: { '1on1/calendar.ics': CALENDAR } };
  return buildVault(spec);
}

const comparable = (findings: readonly Finding[]) =>
  findings.map((f) => ({ rule: f.rule, file: f.file, range: f.range, severity: f.severity, message: f.message, fixes: f.fixes.map((x) => x.title) }));

describe('CRLF and BOM notes', () => {
  const lf = build();

  it('the LF vault exercises every rule (so the comparisons below mean something)', () => {
    const rules = new Set(lf.findings().map((f) => f.rule));
    for (const rule of RULE_IDS)
      assert.ok(rules.has(rule), `no ${rule} in ${[...rules].join(', ')}`);
  });

  const variants: [string, (t: string) => string][] = [
    ['CRLF', toCrlf],
    ['BOM', withBom],
    ['BOM + CRLF', (t) => withBom(toCrlf(t))],
  ];

  for (const [name, transform] of variants) {
    describe(name, () => {
      const other = build(transform);

      it('produces the same findings as LF', () => {
        assert.deepEqual(comparable(other.findings()), comparable(lf.findings()));
      });

      /** Applies every fix of the LF vault's findings in `files` to both vaults; lists where the results differ. */
      function fixMismatches(inFile: (file: string) => boolean): { applied: number; mismatches: string[] } {
        const mismatches: string[] = [];
        const lfFindings = lf.findings();
        const otherFindings = other.findings();
        assert.equal(otherFindings.length, lfFindings.length);
        let applied = 0;
        lfFindings.forEach((finding, i) => {
          if (!inFile(finding.file)) return;
          for (const fix of finding.fixes) {
            const expected = applyFix(lf, finding, fix.title);
            const actual = applyFix(other, otherFindings[i], fix.title);
            applied++;
            for (const [file, text] of expected) {
              if (actual.get(file) !== transform(text))
                mismatches.push(`${finding.rule} "${fix.title}" in ${file}:\n  expected ${JSON.stringify(transform(text).slice(0, 120))}\n  actual   ${JSON.stringify(actual.get(file)?.slice(0, 120))}`);
            }
            if (actual.size !== expected.size) mismatches.push(`${finding.rule} "${fix.title}": changed ${[...actual.keys()]} instead of ${[...expected.keys()]}`);
          }
        });
        return { applied, mismatches };
      }

      it("every quick fix makes the same change, in the file's own line endings", () => {
        // 1on1/sam/ holds the note whose fixes edit line 0; a BOM makes those a separate case below.
        const { applied, mismatches } = fixMismatches((file) => !file.startsWith('1on1/sam/'));
        assert.ok(applied >= 15, `only ${applied} fixes applied`);
        assert.deepEqual(mismatches, []);
      });

      // Regression: positions do not count the BOM (as the parser reads the note), so an edit at
      // line 0, character 0 must land after the BOM, not before it.
      it('fixes that edit line 0 keep the note intact (and a BOM first)', () => {
        const { applied, mismatches } = fixMismatches((file) => file.startsWith('1on1/sam/'));
        assert.ok(applied >= 2, `only ${applied} fixes applied`);
        assert.deepEqual(mismatches, []);
      });
    });
  }
});
