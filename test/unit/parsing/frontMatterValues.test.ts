import * as assert from 'node:assert/strict';
import { nextTopic } from '../../../src/core/schedule/rotation';
import { buildVault, summary } from '../helpers/vaultBuilder';

// Issue 10: front matter values that parse as YAML but cannot be used are `invalid-front-matter`
// findings naming the key, the value and what to write — and then read as absent everywhere.

const NOW = '2026-11-24T09:00';

function noteWith(lines: string[], file = '1on1/dana/2026-11-17.md') {
  const text = ['---', 'with: Dana', ...lines, '---', '## Commitments', '- [ ] Ship it', ''].join('\n');
  return buildVault({ now: NOW, files: { [file]: text } });
}

describe('front matter values', () => {
  it('a time that is no time of day is reported and ignored', () => {
    const vault = noteWith(['date: 2026-11-17', 'time: "25:99"']);
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.match(found[0].message, /`time: 25:99` is not a time of day\. Write it as "HH:MM"/);
    assert.equal(found[0].range.start.line, 3);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')!.time, undefined);
  });

  it('a date-time with an impossible time is not a date', () => {
    const vault = noteWith(['date: 2026-11-17T25:00']);
    assert.match(vault.findings('invalid-front-matter')[0]?.message ?? '', /`date: 2026-11-17T25:00` is not a real date/);
  });

  it('moved_to: a day that does not exist is reported and ignored', () => {
    const vault = noteWith(['date: 2026-11-17', 'status: rescheduled', 'moved_to: 2026-02-30']);
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.match(found[0].message, /`moved_to: 2026-02-30` is not a real date\. Write the new meeting date as YYYY-MM-DD/);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')!.movedTo, undefined);
  });

  it('shared: false or empty is not shared (no finding); a value that is no date is reported and not shared', () => {
    for (const value of ['false', 'no', '']) {
      const vault = noteWith(['date: 2026-11-17', `shared: ${value}`]);
      assert.deepEqual(summary(vault.findings('invalid-front-matter')), [], value);
      assert.equal(vault.index.note('1on1/dana/2026-11-17.md')!.shared, undefined, value);
    }
    const vault = noteWith(['date: 2026-11-17', 'shared: yes please']);
    assert.match(vault.findings('invalid-front-matter')[0]?.message ?? '', /`shared: yes please` is not a date/);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')!.shared, undefined);
    for (const stamp of ['2026-11-16', '2026-11-16T10:00', '2026-11-16 10:00']) {
      const ok = noteWith(['date: 2026-11-17', `shared: ${stamp}`]);
      assert.deepEqual(summary(ok.findings('invalid-front-matter')), [], stamp);
      assert.equal(ok.index.note('1on1/dana/2026-11-17.md')!.shared, stamp);
    }
  });

  it('a date before the year 1000 is not a real date (it was read as 1900)', () => {
    const vault = noteWith(['date: 0000-01-01']);
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.match(found[0].message, /`date: 0000-01-01` is not a real date/);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')?.date, undefined);
  });

  it('rotation: a topic outside the series order is reported, naming the topics, and read as absent', () => {
    const vault = noteWith(['date: 2026-11-17', 'rotation: gossip']);
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.match(found[0].message, /`rotation: gossip` is not a topic of this series\. Use one of: business, skill, personal, manager\./);
    assert.equal(found[0].range.start.line, 3);
    assert.deepEqual(summary(noteWith(['date: 2026-11-17', 'rotation: Skill']).findings('invalid-front-matter')), []);
    // The profile's topics are the order.
    const own = buildVault({
      now: NOW,
      files: {
        '1on1/dana/profile.md': '---\nwith: Dana\ntopics: [craft, career]\n---\n',
        '1on1/dana/2026-11-17.md': '---\nwith: Dana\ndate: 2026-11-17\nrotation: skill\n---\n',
      },
    });
    assert.match(own.findings('invalid-front-matter')[0]?.message ?? '', /`rotation: skill` is not a topic of this series\. Use one of: craft, career \(the profile's `topics`\)\./);
    // Read as absent: the topic comes from the note before.
    const before = { rotation: 'skill', status: 'held' } as never;
    const bad = { rotation: 'gossip', status: 'held' } as never;
    assert.equal(nextTopic([before, bad]), 'personal');
  });

  it('a profile\'s time, cadence, day and since that cannot be used are reported', () => {
    const vault = buildVault({
      now: NOW,
      files: {
        '1on1/dana/profile.md': '---\nwith: Dana\ntime: "25:00"\ncadence: sometimes\nday: someday\nsince: 0000-01-01\n---\n',
        '1on1/dana/2026-11-17.md': '---\nwith: Dana\ndate: 2026-11-17\n---\n',
      },
    });
    const messages = vault.findings('invalid-front-matter').map((f) => f.message);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.match(messages.join('\n'), /`time: 25:00` is not a time/);
    assert.match(messages.join('\n'), /Unknown cadence `sometimes`/);
    assert.match(messages.join('\n'), /Unknown day `someday`/);
    assert.match(messages.join('\n'), /`since: 0000-01-01` is not a real date/);
  });
});
