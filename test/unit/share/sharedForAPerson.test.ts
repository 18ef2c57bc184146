import * as assert from 'node:assert/strict';
import { shareableAgenda } from '../../../src/core/render/shareableAgenda';
import { nameOfHandle, shareReaders } from '../../../src/core/render/personWords';

// SPEC §7: what is shared is written for a person, not a plug-in — dates and handles in words,
// sections still empty left out, code as written.

const dana = shareReaders('dana', 'Dana Whitfield', 'me', '2026-11-23');
const share = (lines: string[]) => shareableAgenda(lines.join('\n') + '\n', dana);
const shared = (lines: string[]) => lines.join('\n') + '\n';

describe('the shared agenda, written for a person', () => {
  it('due dates in every writing read "due Fri 27 Nov"; done dates "done Thu 19 Nov"', () => {
    assert.equal(
      share([
        '## Commitments',
        '- [ ] A 📅 2026-11-27',
        '- [ ] B 📆 2026-11-27',
        '- [ ] C 🗓️ 2026-11-27',
        '- [ ] D 🗓 2026-11-27',
        '- [ ] E [due:: 2026-11-27]',
        '- [x] F ✅ 2026-11-19',
        '- [x] G [completion:: 2026-11-19]',
        '- [x] H [due:: 2026-11-20] [completion:: 2026-11-19]',
        '- [ ] I 📅2026-11-27',
      ]),
      shared([
        '## Commitments',
        '- [ ] A — due Fri 27 Nov',
        '- [ ] B — due Fri 27 Nov',
        '- [ ] C — due Fri 27 Nov',
        '- [ ] D — due Fri 27 Nov',
        '- [ ] E — due Fri 27 Nov',
        '- [x] F — done Thu 19 Nov',
        '- [x] G — done Thu 19 Nov',
        '- [x] H — due Fri 20 Nov, done Thu 19 Nov',
        '- [ ] I — due Fri 27 Nov',
      ]),
    );
  });

  it("a date in another year than the meeting's carries its year; the note's date wins over today; a date that is no day stays as written", () => {
    const note = ['---', 'date: 2026-12-29', '---', '## Commitments', '- [ ] Plan Q1 📅 2027-01-08', '- [ ] Wrap up 📅 2026-12-31', '- [ ] Typo 📅 2026-02-30', ''].join('\n');
    assert.equal(
      shareableAgenda(note, shareReaders('dana', 'Dana', 'me', '2025-01-01')),
      shared(['## Commitments', '- [ ] Plan Q1 — due Fri 8 Jan 2027', '- [ ] Wrap up — due Thu 31 Dec', '- [ ] Typo 📅 2026-02-30']),
    );
  });

  it("handles read as names: the series' own as its first name, mine left out at the end and \"me\" in a sentence, others from the handle", () => {
    assert.equal(
      share([
        '## Commitments',
        '- [ ] Confirm headcount 📅 2026-11-27 @dana',
        '- [ ] Confirm budget @Dana',
        '- [ ] Review the deck @zoe 📅 2026-11-27',
        '- [ ] Pair with @sam.lee on the runbook',
        '- [ ] Book the room @me',
        '- [ ] Ask @dana to pair @me with Priya',
        '- [ ] Mail dana@example.com, not (@finance)',
        '## Roadblocks',
        '- Waiting for @data-team since Monday',
      ]),
      shared([
        '## Commitments',
        '- [ ] Confirm headcount — Dana, due Fri 27 Nov',
        '- [ ] Confirm budget — Dana',
        '- [ ] Review the deck — Zoe, due Fri 27 Nov',
        '- [ ] Pair with Sam Lee on the runbook',
        '- [ ] Book the room',
        '- [ ] Ask Dana to pair me with Priya',
        '- [ ] Mail dana@example.com, not (Finance)',
        '## Roadblocks',
        '- Waiting for Data Team since Monday',
      ]),
    );
    assert.equal(nameOfHandle('zoe'), 'Zoe');
    assert.equal(nameOfHandle('priya_k'), 'Priya K');
  });

  it('a field in the middle of a sentence is replaced where it stands', () => {
    assert.equal(share(['## Notes', '- [ ] Send it 📅 2026-11-27 to finance', 'Plain text @dana too.']), shared(['## Notes', '- [ ] Send it due Fri 27 Nov to finance', 'Plain text Dana too.']));
  });

  it('never changes code: code spans on an item, fenced and indented blocks, in lists and callouts', () => {
    const note = [
      '## Notes',
      '- [ ] Run `grep 📅 2026-11-27 @dana` 📅 2026-11-27',
      '- [ ] `[due:: 2026-11-27]` is Dataview',
      '```',
      '- [ ] in code 📅 2026-11-27 @dana ✅ 2026-11-19',
      '```',
      '1. Steps',
      '    ```sh',
      '    echo @dana [due:: 2026-11-27]',
      '    ```',
      '> [!todo]',
      '> ```',
      '> 📅 2026-11-27 @dana',
      '> ```',
      '',
      '    indented @dana 📅 2026-11-27',
    ];
    assert.equal(
      share(note),
      shared([
        '## Notes',
        '- [ ] Run `grep 📅 2026-11-27 @dana` — due Fri 27 Nov',
        '- [ ] `[due:: 2026-11-27]` is Dataview',
        ...note.slice(3),
      ]),
    );
  });

  it('nested items and items in callouts and block quotes are written the same way', () => {
    assert.equal(
      share(['## Action items from last time', '- [ ] Roadmap 📅 2026-12-04', '    - [ ] Estimates @sam 📅 2026-11-26', '> [!todo]', '> - [ ] Quoted @dana [due:: 2026-11-27]', '>   1. [x] Done ✅ 2026-11-19']),
      shared(['## Action items from last time', '- [ ] Roadmap — due Fri 4 Dec', '    - [ ] Estimates — Sam, due Thu 26 Nov', '> [!todo]', '> - [ ] Quoted — Dana, due Fri 27 Nov', '>   1. [x] Done — done Thu 19 Nov']),
    );
  });

  it('boxes a mail client renders: [ ] and [x]; dropped, carried and in-progress items say so in words', () => {
    assert.equal(
      share(['## Action items from last time', '- [X] Shipped', '- [-] Old idea 📅 2026-11-20', '- [>] Moved on', '- [/] Halfway @dana']),
      shared(['## Action items from last time', '- [x] Shipped', '- [x] ~~Old idea~~ — dropped, due Fri 20 Nov', '- [ ] Moved on — carried forward', '- [ ] Halfway — in progress, Dana']),
    );
  });

  it('leaves out a heading with nothing under it yet (blank lines, comments), and a parent whose subsections are all empty', () => {
    assert.equal(
      share([
        '# 1x1 with Dana — Tue 24 Nov 2026',
        '',
        '## Roadblocks',
        '- none',
        '',
        '## What is unclear',
        '%% fill in before Monday %%',
        '<!-- and this -->',
        '',
        '## Rotating topic: Skill development',
        '### Reading',
        '',
        '### Course',
        '',
        '## Notes',
        '### Empty',
        '### Kept',
        'Something.',
        '',
        '## Commitments',
        '',
      ]),
      shared(['# 1x1 with Dana — Tue 24 Nov 2026', '', '## Roadblocks', '- none', '', '## Notes', '### Kept', 'Something.']),
    );
  });

  it('the handles are the owners of SPEC §10: profile aliases read as their name, oneOnOne.me and @me as mine', () => {
    const readers = shareReaders('dana', 'Dana Whitfield', 'alex', '2026-11-23', { aliases: ['dw', '@DWhit'] });
    assert.equal(
      shareableAgenda(['## Commitments', '- [ ] Confirm headcount @dw', '- [ ] Review budget @DWHIT', '- [ ] Book the room @alex', '- [ ] Ask @dw to pair @me with Priya', '- [ ] Send it @finance'].join('\n') + '\n', readers),
      shared(['## Commitments', '- [ ] Confirm headcount — Dana', '- [ ] Review budget — Dana', '- [ ] Book the room', '- [ ] Ask Dana to pair me with Priya', '- [ ] Send it — Finance']),
    );
  });

  it('never shares a callout marked private (as the brief never shows it), nested or titled', () => {
    const note = ['## Commitments', '- [ ] Send the plan', '> [!private]', '> - [ ] Look for another job 📅 2026-11-30', '> think it over', '', '> [!note]- Private: about Sam', '> SECRET-TITLED', '', '> [!tip] Shared tip', '> keep this', ''].join('\n');
    const shared = shareableAgenda(note);
    assert.doesNotMatch(shared, /another job|think it over|SECRET-TITLED|\[!private\]|Private: about Sam/);
    assert.match(shared, /Send the plan/);
    assert.match(shared, /> \[!tip\] Shared tip\n> keep this/);
  });

  it('an agenda whose sections are all still empty shares nothing, its title included', () => {
    assert.equal(share(['---', 'date: 2026-11-24', '---', '# 1x1 with Dana', '', '## Roadblocks', '', '## Commitments', '', '## Private', 'secret']), '');
  });
});
