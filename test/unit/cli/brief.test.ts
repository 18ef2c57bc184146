import { strict as assert } from 'node:assert';
import { runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

const EXAMPLE = 'examples/vault/1on1';
const NOW = ['--now', '2026-11-23T17:30'];

/** The Markdown under `## heading` up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `no section ${heading} in:\n${markdown}`);
  const body = markdown.slice(markdown.indexOf('\n', start + 1) + 1);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe('one-on-one brief', () => {
  const folders = tempFoldersForSuite('one-on-one-brief-');

  it('Dana on the example vault: the person, the next meeting, both sides, priorities, need-to-know', () => {
    const { code, stdout, stderr } = run(['brief', 'dana', EXAMPLE, ...NOW]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^# Brief: 1x1 with Dana Whitfield\n/);
    const person = section(stdout, 'The person');
    assert.match(person, /^- \*\*Dana Whitfield\*\* \(dana\) — my manager/);
    assert.match(person, /- Meets weekly, on Tuesdays, at 10:00, 30 min/);
    assert.match(person, /Head of Analytics\./, 'the profile’s free text');
    assert.match(person, /\n#### How she likes to receive information\n/, 'its headings under The person');
    const next = section(stdout, 'Next meeting');
    assert.match(next, /\*\*Wed 25 Nov 2026 10:00\*\*/);
    assert.match(next, /- Agenda: `1on1\/dana\/2026-11-24\.md` \(planned, not shared\), dated Tue 24 Nov: the calendar moved the meeting — share by Tue 24 Nov 17:00\n/);
    assert.match(next, /Rotating topic: Manager brings one thing — Dana brings one thing/);
    assert.match(next, /Needs attention: agenda not shared; I owe something overdue; a commitment is stale/);
    assert.deepEqual(section(stdout, 'What I owe Dana').split('\n'), [
      '- Write up the pricing experiment results — due Fri 27 Nov, carried 3×',
      '- Draft the onboarding guide for new analysts — due Sat 21 Nov (overdue), carried 1×',
      '- Send Dana the vendor comparison for the ETL tool — due Fri 20 Nov (overdue), carried 1×',
      '- Prepare the Q1 roadmap draft — due Fri 4 Dec, carried 1×',
      '- Get effort estimates from Sam and Priya — due Thu 26 Nov, carried 1×',
    ]);
    assert.equal(section(stdout, 'What Dana owes me'), '- Confirm the Q1 headcount decision — due Fri 27 Nov, carried 1×');
    assert.ok(stdout.indexOf('## What I owe Dana') < stdout.indexOf('## What Dana owes me'), 'mine first');
    assert.match(section(stdout, 'Last meeting’s priorities'), /^From Tue 17 Nov 2026:\n\n1\. Pricing experiment write-up/);
    assert.match(section(stdout, 'One thing you should know (Tue 24 Nov 2026)'), /Sam handled INC-2291 on his own/);
  });

  it('Sam by his name, as new resolves it; what he owes me', () => {
    const { code, stdout } = run(['brief', 'Sam Okafor', EXAMPLE, ...NOW]);
    assert.equal(code, 0);
    assert.match(section(stdout, 'What Sam owes me'), /^- Shadow the on-call rotation for one week .* — due Thu 3 Dec, carried 2×\n- Send the INC-2291 write-up to the team — due Thu 19 Nov \(overdue\)\n- Pair with Zoë on the billing cut-over plan — no due date$/);
    assert.match(section(stdout, 'What is unclear (Thu 12 Nov 2026)'), /Who writes the incident review/);
  });

  it('never the private section: ## Private notes, ### Private, private callouts, comments, private commitments, the profile’s Private', () => {
    const vault = folders.vault({
      'dana/profile.md': ['---', 'with: Dana Whitfield', 'role: manager', 'cadence: weekly', 'day: tuesday', 'time: "10:00"', '---', 'Likes numbers.', '', '## Private', 'SECRET-PROFILE', ''].join('\n'),
      'dana/2026-11-17.md': [
        '---', 'date: 2026-11-17', 'status: held', 'rotation: skill', 'shared: 2026-11-16T12:00', '---',
        '## Roadblocks', '- Waiting for billing access', '## Top 3 priorities', '1. Ship the importer', '> [!private]', '> SECRET-CALLOUT-IN-PRIORITIES', '',
        '## One thing you should know', '- The team is tired', '> [!note] Private thoughts', '> SECRET-CALLOUT-TITLE', '> - [ ] SECRET-CALLOUT-TASK @dana', '', '%% SECRET-COMMENT %%',
        '## What is unclear', '- Who owns the dashboard?', '<!-- SECRET-HTML -->',
        '## Commitments', '- [ ] Send the forecast 📅 2026-11-27', '- [ ] Review the plan @dana',
        '## Notes', 'Good meeting.', '### Private', 'SECRET-H3', '- [ ] SECRET-H3-TASK',
        '## Private notes', 'SECRET-PRIVATE-NOTES', '- [ ] SECRET-PRIVATE-TASK @dana 📅 2026-11-20', '> [!warning]', '> - [ ] SECRET-PRIVATE-CALLOUT-TASK',
        '',
      ].join('\n'),
    });
    const { code, stdout, stderr } = run(['brief', 'dana', '1on1', '--now', '2026-11-23T09:00'], vault);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout, /SECRET/, stdout);
    assert.match(stdout, /Likes numbers\./);
    assert.equal(section(stdout, 'What I owe Dana'), '- Send the forecast — due Fri 27 Nov');
    assert.equal(section(stdout, 'What Dana owes me'), '- Review the plan — no due date');
    assert.match(section(stdout, 'Last meeting’s priorities'), /1\. Ship the importer — 1 week$/);
    assert.equal(section(stdout, 'One thing you should know (Tue 17 Nov 2026)'), '- The team is tired');
    assert.equal(section(stdout, 'What is unclear (Tue 17 Nov 2026)'), '- Who owns the dashboard?');
  });

  it('talking points that keep coming back: in the last three held notes in a row, not broken runs', () => {
    const note = (date: string, roadblocks: string[]) =>
      ['---', `date: ${date}`, 'status: held', 'with: Dana Whitfield', '---', '## Roadblocks', ...roadblocks, '## What is unclear', '- Nothing', ''].join('\n');
    const vault = folders.vault({
      'dana/2026-11-03.md': note('2026-11-03', ['- Billing access 📅 2026-11-05', '- Flaky CI']),
      'dana/2026-11-10.md': note('2026-11-10', ['- billing  access', '- Hiring freeze']),
      'dana/2026-11-17.md': note('2026-11-17', ['- Billing access @it ^b1', '- Flaky CI', '- Hiring freeze']),
    });
    const { stdout } = run(['brief', 'dana', '1on1', '--now', '2026-11-18T09:00'], vault);
    assert.equal(section(stdout, 'Talking points that keep coming back'), '- Billing access @it — in 3 meetings in a row, since Tue 3 Nov');
  });

  it('priorities over time: each current priority with the weeks it has stood; those that left without a word in the last 8 weeks, not a private one', () => {
    const note = (date: string, priorities: string[], rest: string[] = []) =>
      ['---', `date: ${date}`, 'status: held', 'with: Dana Whitfield', '---', '## Top 3 priorities', ...priorities, ...rest, ''].join('\n');
    const vault = folders.vault({
      'dana/2026-09-01.md': note('2026-09-01', ['1. Old priority']),
      'dana/2026-09-08.md': note('2026-09-08', ['1. Old priority']),
      'dana/2026-09-15.md': note('2026-09-15', ['1. Old priority', '2. Ship the importer']),
      'dana/2026-10-13.md': note('2026-10-13', ['1. Ship the importer', '2. Hire the SRE'], ['### Private', '- SECRET-PRIORITY']),
      'dana/2026-10-20.md': note('2026-10-20', ['1. Ship the importer', '2. Hire the SRE'], ['### Private', '- SECRET-PRIORITY']),
      'dana/2026-10-27.md': note('2026-10-27', ['1. Ship the importer', '2. Hire the SRE', '   - with the recruiter'], ['### Private', '- SECRET-PRIORITY']),
      'dana/2026-11-03.md': note('2026-11-03', ['1. Ship the importer', '2. Roadmap draft', 'Some prose.']),
    });
    const { code, stdout, stderr } = run(['brief', 'dana', '1on1', '--now', '2026-11-04T09:00'], vault);
    assert.equal(code, 0, stderr);
    // Ship the importer: 15 Sep → 3 Nov is 49 days: 8 weeks. Hire the SRE: 13 → 27 Oct, 3 weeks, gone on 3 Nov.
    // Old priority: 1 → 15 Sep, 3 weeks, gone on 13 Oct, within 8 weeks of 4 Nov (from 9 Sep on). SECRET-PRIORITY left too, from a private part.
    assert.equal(
      section(stdout, 'Last meeting’s priorities'),
      [
        'From Tue 3 Nov 2026:',
        '',
        '1. Ship the importer — 8 weeks',
        '2. Roadmap draft — 1 week',
        'Some prose.',
        '',
        'Left without a word (last 8 weeks):',
        '',
        '- Hire the SRE — 3 weeks, Tue 13 Oct to Tue 27 Oct; gone on Tue 3 Nov',
        '- Old priority — 3 weeks, Tue 1 Sep to Tue 15 Sep; gone on Tue 13 Oct',
      ].join('\n'),
    );
    assert.doesNotMatch(stdout, /SECRET/);
    const later = run(['brief', 'dana', '1on1', '--now', '2026-12-10T09:00'], vault).stdout;
    assert.doesNotMatch(later, /Old priority/, 'gone more than 8 weeks ago');
  });

  it('talking points that keep coming back are recurring-topic\'s: oneOnOne.recurringAfter, a canceled meeting between', () => {
    const note = (date: string, status: string, roadblocks: string[]) =>
      ['---', `date: ${date}`, `status: ${status}`, 'with: Dana Whitfield', '---', '## Roadblocks', ...roadblocks, '## What is unclear', '- Nothing', ''].join('\n');
    const workspace = folders.workspace({
      '.vscode/settings.json': '{ "oneOnOne.recurringAfter": 2 }',
      '1on1/dana/2026-11-03.md': note('2026-11-03', 'held', ['- Flaky CI']),
      '1on1/dana/2026-11-10.md': note('2026-11-10', 'held', ['- Billing access']),
      '1on1/dana/2026-11-17.md': note('2026-11-17', 'canceled', []),
      '1on1/dana/2026-11-24.md': note('2026-11-24', 'held', ['- billing access 📅 2026-11-30']),
    });
    const { stdout } = run(['brief', 'dana', '1on1', '--now', '2026-11-25T09:00'], workspace);
    assert.equal(section(stdout, 'Talking points that keep coming back'), '- billing access 📅 2026-11-30 — in 2 meetings in a row, since Tue 10 Nov');
    const check = run(['check', '1on1', '--now', '2026-11-25T09:00'], workspace);
    assert.match(check.stdout, /recurring-topic "billing access 📅 2026-11-30" raised in 2 meetings since 2026-11-10/);
  });

  it('exit 2: no series given, a name that is two series, a series that does not exist', () => {
    const vault = folders.vault({
      'alex-kim/profile.md': '---\nwith: Alex Kim\n---\n',
      'alex-k/profile.md': '---\nwith: Alex Kim\n---\n',
    });
    const none = run(['brief'], vault);
    assert.equal(none.code, 2);
    const two = run(['brief', 'Alex Kim', '1on1'], vault);
    assert.equal(two.code, 2);
    assert.equal(two.stderr, 'one-on-one: "Alex Kim" could be alex-k or alex-kim; give the series\' folder name\n');
    const missing = run(['brief', 'dana', '1on1'], vault);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'one-on-one: no series "dana" in 1on1; the series are alex-k, alex-kim\n');
    assert.equal(run(['brief', 'dana', EXAMPLE, '--format', 'json']).code, 2, 'brief takes no --format');
  });
});
