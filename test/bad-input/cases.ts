import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCliCaptured } from '../unit/helpers/cliRun';

/**
 * The bad-input corpus (issue 10): odd and broken inputs that real vaults contain, each with what
 * the CLI must answer — exit code, a fragment of its message — and what it may change on disk.
 * `test/unit/cli/badInput.test.ts` runs every case in a fresh temporary workspace and also checks,
 * for all of them, that nothing prints a stack trace and that nothing outside `changes` is touched.
 *
 * The clock is pinned to Mon 2026-11-23 17:30 unless a case says otherwise; Dana meets weekly on
 * Tuesdays at 10:00, so her next meeting is Tue 2026-11-24.
 */
export interface BadInputCase {
  name: string;
  /** Files of the workspace, relative to it; `base()` is a clean vault to start from. */
  files: Record<string, string | Uint8Array>;
  /** Anything files cannot say: symlinks, modes. Runs after the files are written. */
  prepare?: (root: string) => void;
  argv: string[];
  env?: Record<string, string>;
  exit: 0 | 1 | 2;
  /** Must appear in stdout + stderr. */
  message: RegExp;
  /** Must not appear in stdout + stderr. */
  notMessage?: RegExp;
  /**
   * Paths (relative to the workspace) the command may create or change; everything else must stay
   * byte for byte, mode and mtime included. Omitted: the vault is unchanged.
   */
  changes?: string[];
  /** Checks of what was written, when `changes` is given. */
  verify?: (root: string) => void;
}

export const NOW = ['--now', '2026-11-23T17:30'];

const PROFILE = `---
with: Dana Whitfield
role: manager
cadence: weekly
day: tuesday
time: "10:00"
since: 2026-09-01
---
Dana leads analytics.
`;

/** A held note with every required section filled; `commitments` and `actionItems` are item lines. */
export function heldNote(date: string, options: { actionItems?: string[]; commitments?: string[]; front?: string; rotation?: string } = {}): string {
  return [
    '---',
    'with: Dana Whitfield',
    `date: ${date}`,
    'time: "10:00"',
    'status: held',
    `rotation: ${options.rotation ?? 'skill'}`,
    ...(options.front ? [options.front] : []),
    '---',
    `# 1x1 with Dana — ${date}`,
    '',
    '## Action items from last time',
    ...(options.actionItems ?? ['- [x] Read the handbook ✅ 2026-11-09']),
    '',
    '## Roadblocks',
    '- None this week.',
    '',
    '## Top 3 priorities',
    '1. Ship the importer',
    '2. Hire the second SRE',
    '',
    '## One thing you should know',
    '- The offsite moved to March.',
    '',
    '## What is unclear',
    '- Nothing.',
    '',
    '## Rotating topic: Skill development',
    '- Reading about queueing theory.',
    '',
    '## Commitments',
    ...(options.commitments ?? ['- [ ] Draft the onboarding guide 📅 2026-12-15 ^draft1']),
    '',
  ].join('\n');
}

/** A clean vault: Dana's profile and two held notes, no findings at the pinned time. */
export function base(): Record<string, string | Uint8Array> {
  return {
    '1on1/dana/profile.md': PROFILE,
    '1on1/dana/2026-11-10.md': heldNote('2026-11-10', { rotation: 'business', commitments: ['- [x] Send the forecast ✅ 2026-11-12'] }),
    '1on1/dana/2026-11-17.md': heldNote('2026-11-17'),
  };
}

/** `base()` with the latest note's front matter line `key: value` added (or replacing the key). */
function withFront(line: string, file = '1on1/dana/2026-11-17.md', date = '2026-11-17'): Record<string, string | Uint8Array> {
  const key = line.split(':')[0];
  const text = heldNote(date)
    .split('\n')
    .filter((l, i) => i === 0 || !l.startsWith(key + ':'))
    .join('\n')
    .replace('---\n#', `${line}\n---\n#`);
  return { ...base(), [file]: text };
}

/** `base()` with one more commitment line in the latest note. */
function withItem(line: string): Record<string, string | Uint8Array> {
  return { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-12-15 ^draft1', line] }) };
}

function withProfileLine(line: string): Record<string, string | Uint8Array> {
  const key = line.split(':')[0];
  const text = PROFILE.split('\n')
    .filter((l, i) => i === 0 || !l.startsWith(key + ':'))
    .join('\n')
    .replace('---\nDana', `${line}\n---\nDana`);
  return { ...base(), '1on1/dana/profile.md': text };
}

function withSettings(json: string): Record<string, string | Uint8Array> {
  return { ...base(), '.vscode/settings.json': json };
}

/**
 * `check` runs on Sunday 22 Nov at noon, while Dana's next agenda is not yet due (its share
 * deadline, Mon 17:00, is 29 h away): at NOW the clean vault would miss it (`agenda-not-written`).
 */
const check = ['check', '1on1', '--now', '2026-11-22T12:00'];
const newDana = ['new', 'dana', '1on1', ...NOW];
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');
function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

const frontMatterCases: BadInputCase[] = [
  { name: 'a clean vault has no findings', files: base(), argv: check, exit: 0, message: /No problems found/ },
  {
    name: 'front matter never closed',
    files: { ...base(), '1on1/dana/2026-11-17.md': '---\nwith: Dana\ndate: 2026-11-17\n## Commitments\n- [ ] x 📅 2026-12-01\n' },
    argv: check,
    exit: 1,
    message: /2026-11-17\.md:1:\d+: error invalid-front-matter .*closing `---`/,
  },
  { name: 'YAML that does not parse', files: withFront('with: [Dana'), argv: check, exit: 1, message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/ },
  { name: 'a tab-indented YAML key', files: withFront('extra:\n\t- a'), argv: check, exit: 1, message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/ },
  {
    name: 'no date in the front matter nor in the file name',
    files: { ...base(), '1on1/dana/notes-from-offsite.md': '---\nwith: Dana\n---\n# Offsite\n' },
    argv: check,
    exit: 1,
    message: /notes-from-offsite\.md:\d+:\d+: error invalid-front-matter .*date/,
  },
  { name: 'date: 2026-02-30', files: withFront('date: 2026-02-30'), argv: check, exit: 1, message: /error invalid-front-matter .*2026-02-30/ },
  { name: 'date: 0000-01-01 is not computed as 1900', files: withFront('date: 0000-01-01'), argv: check, exit: 1, message: /error invalid-front-matter .*0000-01-01/ },
  { name: 'date: tomorrow', files: withFront('date: tomorrow'), argv: check, exit: 1, message: /error invalid-front-matter .*tomorrow/ },
  { name: 'date as a number', files: withFront('date: 20261117'), argv: check, exit: 1, message: /error invalid-front-matter .*20261117/ },
  { name: 'date: 2026-13-01', files: withFront('date: 2026-13-01'), argv: check, exit: 1, message: /error invalid-front-matter .*2026-13-01/ },
  { name: 'an unknown status', files: withFront('status: postponed'), argv: check, exit: 1, message: /error invalid-front-matter .*postponed/ },
  { name: 'time: "25:99"', files: withFront('time: "25:99"'), argv: check, exit: 1, message: /error invalid-front-matter .*25:99/ },
  { name: 'time: 7pm', files: withFront('time: 7pm'), argv: check, exit: 1, message: /error invalid-front-matter .*7pm/ },
  { name: 'rotation: gossip', files: withFront('rotation: gossip'), argv: check, exit: 1, message: /error invalid-front-matter .*gossip/ },
  {
    name: 'moved_to: 2026-02-30',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17').replace('status: held', 'status: rescheduled\nmoved_to: 2026-02-30') },
    argv: check,
    exit: 1,
    message: /error invalid-front-matter .*2026-02-30/,
  },
  {
    name: 'shared: false is not shared',
    files: {
      ...base(),
      '1on1/dana/2026-11-24.md': heldNote('2026-11-24').replace('status: held', 'status: planned\nshared: false'),
    },
    // Past the share deadline (Mon 17:00).
    argv: ['check', '1on1', ...NOW],
    exit: 0,
    message: /2026-11-24\.md:\d+:\d+: warning agenda-not-shared/,
  },
  { name: 'front matter that is a list', files: { ...base(), '1on1/dana/2026-11-17.md': '---\n- a\n- b\n---\n# x\n' }, argv: check, exit: 1, message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/ },
  { name: 'front matter that is one scalar', files: { ...base(), '1on1/dana/2026-11-17.md': '---\njust text\n---\n# x\n' }, argv: check, exit: 1, message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/ },
  { name: 'a key written twice', files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17').replace('status: held', 'status: held\nstatus: canceled') }, argv: check, exit: 1, message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/ },
  { name: 'with: as a list', files: withFront('with: [Dana, Sam]'), argv: check, exit: 0, message: /No problems found|with/ },
  {
    name: 'an alias bomb in the front matter does not hang',
    files: withFront('a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]'),
    argv: check,
    exit: 1,
    message: /2026-11-17\.md:\d+:\d+: error invalid-front-matter/,
  },
  { name: 'deeply nested YAML', files: withFront('deep: ' + '['.repeat(500) + ']'.repeat(500)), argv: check, exit: 0, message: /No problems found/ },
  { name: 'ten thousand front matter keys', files: withFront(Array.from({ length: 10000 }, (_, i) => `k${i}: ${i}`).join('\n')), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an unknown key is kept and ignored', files: withFront('mood: sunny'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an empty note file', files: { ...base(), '1on1/dana/2026-11-18.md': '' }, argv: check, exit: 0, message: /2026-11-18\.md/ },
  { name: 'a note of only --- is a rule, not front matter', files: { ...base(), '1on1/dana/2026-11-18.md': '---\n' }, argv: check, exit: 0, message: /2026-11-18\.md:1:1: warning missing-section/ },
  {
    name: 'date in the front matter wins over the file name',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-16') },
    argv: ['list', '1on1', ...NOW],
    exit: 0,
    message: /2026-11-16/,
  },
  { name: 'date with a time', files: withFront('date: 2026-11-17T10:00'), argv: check, exit: 0, message: /No problems found/ },
];

const encodingCases: BadInputCase[] = [
  { name: 'a UTF-8 BOM', files: { ...base(), '1on1/dana/2026-11-17.md': '\ufeff' + heldNote('2026-11-17') }, argv: check, exit: 0, message: /No problems found/ },
  { name: 'CRLF line endings', files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17').replace(/\n/g, '\r\n') }, argv: check, exit: 0, message: /No problems found/ },
  { name: 'mixed CRLF and LF', files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17').replace(/\n(?=##)/g, '\r\n') }, argv: check, exit: 0, message: /No problems found/ },
  {
    name: 'old Mac CR-only line endings',
    files: { ...base(), '1on1/dana/2026-11-18.md': heldNote('2026-11-18').replace(/\n/g, '\r') },
    argv: check,
    exit: 0,
    message: /./,
  },
  { name: 'UTF-16 LE with a BOM is read, not called binary', files: { ...base(), '1on1/dana/2026-11-17.md': utf16le(heldNote('2026-11-17', { commitments: ['- [ ] Overdue thing 📅 2026-11-01'] })) }, argv: check, exit: 0, message: /2026-11-17\.md:\d+:\d+: warning overdue-commitment/, notMessage: /binary/ },
  { name: 'UTF-16 BE with a BOM is read', files: { ...base(), '1on1/dana/2026-11-17.md': utf16be(heldNote('2026-11-17', { commitments: ['- [ ] Overdue thing 📅 2026-11-01'] })) }, argv: check, exit: 0, message: /overdue-commitment/, notMessage: /binary/ },
  { name: 'invalid UTF-8 bytes', files: { ...base(), '1on1/dana/2026-11-18.md': Buffer.concat([Buffer.from(heldNote('2026-11-18')), Buffer.from([0xff, 0xfe, 0xc3])]) }, argv: check, exit: 0, message: /./ },
  { name: 'a binary file named .md is skipped with a notice', files: { ...base(), '1on1/dana/2026-11-18.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, argv: check, exit: 0, message: /2026-11-18\.md.*binary/ },
  { name: 'a note over 5 MB is skipped with a notice', files: { ...base(), '1on1/dana/2026-11-18.md': 'x'.repeat(6 * 1024 * 1024) }, argv: check, exit: 0, message: /2026-11-18\.md.*MB/ },
  { name: 'zero-width and RTL characters in items', files: withItem('- [ ] \u200bراجع الخطة\u200f 📅 2026-12-15'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'NUL after the first 8 KB', files: { ...base(), '1on1/dana/2026-11-18.md': heldNote('2026-11-18') + 'x'.repeat(9000) + '\u0000' }, argv: check, exit: 0, message: /./ },
];

const itemCases: BadInputCase[] = [
  { name: 'a due date that does not exist', files: withItem('- [ ] Book it 📅 2026-02-30'), argv: check, exit: 1, message: /error invalid-date .*2026-02-30/ },
  { name: 'month 13 in a Dataview due date', files: withItem('- [ ] Book it [due:: 2026-13-01]'), argv: check, exit: 1, message: /error invalid-date .*2026-13-01/ },
  { name: 'a done date of month 00', files: withItem('- [x] Done it ✅ 2026-00-10'), argv: check, exit: 1, message: /error invalid-date .*2026-00-10/ },
  { name: 'an empty [due::]', files: withItem('- [ ] Book it [due:: ]'), argv: check, exit: 1, message: /invalid-date|missing-due-date/ },
  { name: 'a 📅 with nothing after it', files: withItem('- [ ] Book it 📅'), argv: check, exit: 1, message: /invalid-date|missing-due-date/ },
  {
    name: 'a 1 MB line of repeated [due:: is read quickly',
    files: withItem('- [ ] x ' + '[due::'.repeat(170_000)),
    argv: check,
    exit: 0,
    message: /2026-11-17\.md:\d+:1: info missing-due-date/,
  },
  { name: 'a long line of repeated 📅', files: withItem('- [ ] x ' + '📅 '.repeat(100_000)), argv: check, exit: 1, message: /2026-11-17\.md/ },
  { name: 'a long line of [ and ]', files: withItem('- [ ] x ' + '[['.repeat(100_000) + ']]'.repeat(100_000)), argv: check, exit: 0, message: /./ },
  { name: 'a long line of ^', files: withItem('- [ ] x ' + '^'.repeat(300_000)), argv: check, exit: 0, message: /./ },
  { name: 'a long line of @', files: withItem('- [ ] x ' + '@a'.repeat(150_000)), argv: check, exit: 0, message: /./ },
  { name: 'a long line of backticks', files: withItem('- [ ] x ' + '`'.repeat(300_000)), argv: check, exit: 0, message: /./ },
  { name: 'a long line of %%', files: withItem('- [ ] x ' + '%%'.repeat(150_000)), argv: check, exit: 0, message: /./ },
  { name: 'a long line of <!--', files: withItem('- [ ] x ' + '<!--'.repeat(75_000)), argv: check, exit: 0, message: /./ },
  { name: 'two hundred nested list levels', files: withItem(Array.from({ length: 200 }, (_, i) => ' '.repeat(i * 2) + `- [ ] level ${i} 📅 2026-12-15`).join('\n')), argv: check, exit: 0, message: /./ },
  { name: 'ten thousand items', files: withItem(Array.from({ length: 10_000 }, (_, i) => `- [ ] item ${i} 📅 2026-12-15`).join('\n')), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an item in a fenced code block is not a commitment', files: withItem('```\n- [ ] not real 📅 2026-02-30\n```'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an item in an Obsidian comment is not a commitment', files: withItem('%%\n- [ ] not real 📅 2026-02-30\n%%'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an item in an HTML comment is not a commitment', files: withItem('<!--\n- [ ] not real 📅 2026-02-30\n-->'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an unclosed fence hides the rest of the note', files: withItem('```\n- [ ] hidden 📅 2026-02-30'), argv: check, exit: 0, message: /./ },
  { name: '- [ ] with nothing after it is not an item', files: withItem('- [ ]'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'one block id on two items of one note', files: withItem('- [ ] A different commitment 📅 2026-12-15 ^draft1'), argv: check, exit: 0, message: /warning duplicate-id/ },
  { name: 'both items of a reused id are listed', files: withItem('- [ ] A different commitment 📅 2026-12-15 ^draft1'), argv: ['list', '1on1', ...NOW], exit: 0, message: /Draft the onboarding guide[\s\S]*A different commitment|A different commitment[\s\S]*Draft the onboarding guide/ },
  {
    name: 'two items of one note with the same text are two commitments: the open one stays listed',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] Call the vendor 📅 2026-12-15', '- [x] Call the vendor ✅ 2026-11-17'] }) },
    argv: ['list', '1on1', ...NOW],
    exit: 0,
    message: /Call the vendor/,
  },
  { name: 'a done date in the future', files: withItem('- [x] Done early ✅ 2026-12-30'), argv: check, exit: 0, message: /warning future-held/ },
  { name: 'an @ with no name', files: withItem('- [ ] Ask @ about it 📅 2026-12-15'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'a block id with odd characters is text', files: withItem('- [ ] Odd id 📅 2026-12-15 ^not_an+id'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'Obsidian’s other calendar emoji', files: withItem('- [ ] Calendar emoji 📆 2026-12-15\n- [ ] Spiral 🗓 2026-12-16'), argv: check, exit: 0, message: /No problems found/ },
  { name: 'an item in a callout', files: withItem('> [!todo]\n> - [ ] In a callout 📅 2026-11-01'), argv: check, exit: 0, message: /warning overdue-commitment/ },
  { name: 'a numbered item', files: withItem('1. [ ] Numbered 📅 2026-11-01'), argv: check, exit: 0, message: /warning overdue-commitment/ },
];

const fileCases: BadInputCase[] = [
  {
    name: 'a symlinked note is read',
    files: { ...base(), 'elsewhere/2026-11-18.md': heldNote('2026-11-18', { commitments: ['- [ ] Linked overdue 📅 2026-11-01'] }) },
    prepare: (root) => fs.symlinkSync(path.join(root, 'elsewhere/2026-11-18.md'), path.join(root, '1on1/dana/2026-11-18.md')),
    argv: check,
    exit: 0,
    message: /2026-11-18\.md:\d+:\d+: warning overdue-commitment/,
  },
  {
    name: 'a symlinked series folder is read',
    files: { ...base(), 'elsewhere/sam/2026-11-18.md': heldNote('2026-11-18', { commitments: ['- [ ] Linked overdue 📅 2026-11-01'] }) },
    prepare: (root) => fs.symlinkSync(path.join(root, 'elsewhere/sam'), path.join(root, '1on1/sam')),
    argv: check,
    exit: 0,
    message: /sam\/2026-11-18\.md:\d+:\d+: warning overdue-commitment/,
  },
  {
    name: 'a symlink loop does not hang',
    files: base(),
    prepare: (root) => fs.symlinkSync(path.join(root, '1on1/dana'), path.join(root, '1on1/dana/loop')),
    argv: check,
    exit: 0,
    message: /./,
  },
  {
    name: 'a broken symlink is reported, not fatal',
    files: base(),
    prepare: (root) => fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, '1on1/dana/2026-11-18.md')),
    argv: check,
    exit: 0,
    message: /2026-11-18\.md.*does not exist/,
  },
  {
    name: 'new refuses while a note dated after the previous one is a broken link',
    files: base(),
    prepare: (root) => fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, '1on1/dana/2026-11-18.md')),
    argv: newDana,
    exit: 1,
    message: /2026-11-18\.md cannot be read/,
  },
  { name: 'a folder named jürgen is a series', files: { ...base(), '1on1/jürgen/2026-11-18.md': heldNote('2026-11-18', { commitments: ['- [ ] Overdue 📅 2026-11-01'] }) }, argv: check, exit: 0, message: /jürgen\/2026-11-18\.md:\d+:\d+: warning overdue-commitment/ },
  { name: 'a folder named Ana Lucía is a series', files: { ...base(), '1on1/Ana Lucía/2026-11-18.md': heldNote('2026-11-18', { commitments: ['- [ ] Overdue 📅 2026-11-01'] }) }, argv: check, exit: 0, message: /Ana Lucía\/2026-11-18\.md:\d+:\d+: warning overdue-commitment/ },
  { name: 'a .txt file in a series folder is ignored', files: { ...base(), '1on1/dana/ideas.txt': '- [ ] not a note 📅 2026-02-30' }, argv: check, exit: 0, message: /No problems found/ },
  { name: 'a hidden folder is not read', files: { ...base(), '1on1/.trash/2026-01-01.md': '---\ndate: nope\n---\n' }, argv: check, exit: 0, message: /No problems found/ },
  { name: 'an upper-case .MD note is read', files: { ...base(), '1on1/dana/2026-11-18.MD': heldNote('2026-11-18', { commitments: ['- [ ] Overdue 📅 2026-11-01'] }) }, argv: check, exit: 0, message: /2026-11-18\.MD:\d+:\d+: warning overdue-commitment/ },
  { name: 'a folder named like a note', files: { ...base(), '1on1/dana/2026-11-18.md/readme.txt': 'x' }, argv: check, exit: 0, message: /No problems found/ },
  { name: 'an empty series folder', files: base(), prepare: (root) => fs.mkdirSync(path.join(root, '1on1/empty')), argv: check, exit: 0, message: /No problems found/ },
  { name: 'a profile with broken YAML', files: withProfileLine('with: [Dana'), argv: check, exit: 1, message: /profile\.md:\d+:\d+: error invalid-front-matter/ },
  { name: 'a profile cadence that is no cadence', files: withProfileLine('cadence: fortnightly-ish'), argv: check, exit: 1, message: /profile\.md:\d+:\d+: error invalid-front-matter .*fortnightly-ish/ },
  { name: 'a profile day that is no weekday', files: withProfileLine('day: funday'), argv: check, exit: 1, message: /profile\.md:\d+:\d+: error invalid-front-matter .*funday/ },
  { name: 'a profile time that is no time', files: withProfileLine('time: "7pm"'), argv: check, exit: 1, message: /profile\.md:\d+:\d+: error invalid-front-matter .*7pm/ },
  { name: 'a profile since that is no date', files: withProfileLine('since: 2026-02-30'), argv: check, exit: 1, message: /profile\.md:\d+:\d+: error invalid-front-matter .*2026-02-30/ },
  { name: 'a note outside the vault folder with type: 1x1 is not read by the CLI', files: { ...base(), 'notes/x.md': '---\ntype: 1x1\nwith: Sam\ndate: 2026-02-30\n---\n' }, argv: check, exit: 0, message: /No problems found/ },
];

const usageCases: BadInputCase[] = [
  { name: 'check a folder that does not exist', files: base(), argv: ['check', 'nope', ...NOW], exit: 2, message: /nope does not exist/ },
  { name: 'check a file instead of a folder', files: base(), argv: ['check', '1on1/dana/2026-11-17.md', ...NOW], exit: 2, message: /is not a folder/ },
  { name: 'check one person’s folder instead of the vault', files: base(), argv: ['check', '1on1/dana', ...NOW], exit: 2, message: /1on1\/dana.*one person|person's folder|person’s folder/ },
  { name: 'list one person’s folder instead of the vault', files: base(), argv: ['list', '1on1/dana', ...NOW], exit: 2, message: /1on1\/dana/ },
  { name: 'new into a person’s folder creates no nested folder', files: base(), argv: ['new', 'dana', '1on1/dana', ...NOW], exit: 2, message: /1on1\/dana/ },
  { name: '--folder is not an option', files: base(), argv: ['check', '--folder', 'nope', ...NOW], exit: 2, message: /unknown option --folder/ },
  { name: '--version prints the version', files: base(), argv: ['--version'], exit: 0, message: /^\d+\.\d+\.\d+/m },
  { name: 'an option the command does not read', files: base(), argv: ['new', 'dana', '1on1', '--format', 'json', ...NOW], exit: 2, message: /new does not take --format/ },
  { name: '--max-warnings on list', files: base(), argv: ['list', '1on1', '--max-warnings', '0', ...NOW], exit: 2, message: /list does not take --max-warnings/ },
  { name: 'an unknown command', files: base(), argv: ['frobnicate'], exit: 2, message: /unknown command "frobnicate"/ },
  { name: 'no command', files: base(), argv: [], exit: 2, message: /Usage/ },
  { name: '--format xml', files: base(), argv: ['check', '1on1', '--format', 'xml', ...NOW], exit: 2, message: /--format must be text or json/ },
  { name: '--max-warnings abc', files: base(), argv: ['check', '1on1', '--max-warnings', 'abc', ...NOW], exit: 2, message: /--max-warnings/ },
  { name: '--max-warnings -1', files: base(), argv: ['check', '1on1', '--max-warnings', '-1', ...NOW], exit: 2, message: /--max-warnings/ },
  { name: '--now 2026-13-01T00:00', files: base(), argv: ['check', '1on1', '--now', '2026-13-01T00:00'], exit: 2, message: /--now 2026-13-01T00:00 is not a real date/ },
  { name: '--now 2026-11-23T24:30', files: base(), argv: ['check', '1on1', '--now', '2026-11-23T24:30'], exit: 2, message: /--now/ },
  { name: '--today 2026-02-30', files: base(), argv: ['check', '1on1', '--today', '2026-02-30'], exit: 2, message: /--today 2026-02-30 is not a real date/ },
  { name: '--today 0000-01-01', files: base(), argv: ['check', '1on1', '--today', '0000-01-01'], exit: 2, message: /--today/ },
  { name: 'ONE_ON_ONE_NOW that is no time', files: base(), argv: ['check', '1on1'], env: { ONE_ON_ONE_NOW: 'soon' }, exit: 2, message: /ONE_ON_ONE_NOW=soon/ },
  { name: '--now without a value', files: base(), argv: ['check', '1on1', '--now'], exit: 2, message: /--now needs a value/ },
  { name: 'new without a series', files: base(), argv: ['new', ...NOW], exit: 2, message: /new needs the series/ },
  { name: 'new --date 2026-02-30', files: base(), argv: ['new', 'dana', '1on1', '--date', '2026-02-30', ...NOW], exit: 2, message: /--date 2026-02-30 is not a real date/ },
  { name: 'new with a name that has no letters', files: base(), argv: ['new', '***', '1on1', ...NOW], exit: 2, message: /\*\*\*/ },
  { name: 'inspect a note that does not exist', files: base(), argv: ['inspect', '1on1/dana/2026-01-01.md', ...NOW], exit: 1, message: /2026-01-01\.md/ },
  { name: 'inspect a binary note', files: { ...base(), '1on1/dana/2026-11-18.md': Buffer.from([0, 1, 2, 3]) }, argv: ['inspect', '1on1/dana/2026-11-18.md', ...NOW], exit: 1, message: /2026-11-18\.md.*binary/ },
  { name: 'share a note that does not exist', files: base(), argv: ['share', '1on1/dana/2026-01-01.md', ...NOW], exit: 2, message: /2026-01-01\.md/ },
  {
    name: 'share never leaks "## Private notes"',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17') + '\n## Private notes\nsecret-one\n' },
    argv: ['share', '1on1/dana/2026-11-17.md', ...NOW],
    exit: 0,
    message: /Roadblocks/,
    notMessage: /secret-one/,
  },
  {
    name: 'share never leaks "## Private (just for me)"',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17') + '\n## Private (just for me)\nsecret-two\n' },
    argv: ['share', '1on1/dana/2026-11-17.md', ...NOW],
    exit: 0,
    message: /Roadblocks/,
    notMessage: /secret-two/,
  },
  { name: 'stats on a vault of one broken note', files: { '1on1/dana/2026-11-17.md': '---\nwith: [\n---\n' }, argv: ['stats', '1on1', ...NOW], exit: 0, message: /./ },
  { name: 'list on an empty vault folder', files: {}, prepare: (root) => fs.mkdirSync(path.join(root, '1on1')), argv: ['list', '1on1', ...NOW], exit: 0, message: /./ },
];

const settingsCases: BadInputCase[] = [
  { name: 'settings.json that is not JSON', files: withSettings('{ "oneOnOne.rules": '), argv: check, exit: 0, message: /settings\.json/ },
  {
    name: 'a severity "fatal" is refused, not printed',
    files: { ...withSettings('{ "oneOnOne.rules": { "overdue-commitment": "fatal" } }'), '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] Late 📅 2026-11-01'] }) },
    argv: [...check, '--max-warnings', '0'],
    exit: 1,
    message: /fatal/,
    notMessage: /: fatal overdue-commitment/,
  },
  { name: 'an unknown rule id in oneOnOne.rules', files: withSettings('{ "oneOnOne.rules": { "no-such-rule": "off" } }'), argv: check, exit: 0, message: /no-such-rule/ },
  { name: 'shareBy "25:00"', files: withSettings('{ "oneOnOne.shareBy": "25:00" }'), argv: check, exit: 0, message: /25:00/ },
  { name: 'staleAfterDays -1', files: withSettings('{ "oneOnOne.staleAfterDays": -1 }'), argv: check, exit: 0, message: /staleAfterDays/ },
  { name: 'sections that are not a list', files: withSettings('{ "oneOnOne.sections": "yes" }'), argv: check, exit: 0, message: /sections/ },
  { name: 'dateStyle "weird"', files: withSettings('{ "oneOnOne.dateStyle": "weird" }'), argv: check, exit: 0, message: /dateStyle/ },
  { name: 'settings with comments and trailing commas are read', files: withSettings('{\n // mine\n "oneOnOne.rules": { "stale-commitment": "off", },\n}'), argv: check, exit: 0, message: /No problems found/, notMessage: /settings\.json/ },
];

/** An open commitment that is `[x]` in `2026-11-17.md` and must never be reopened. */
const DONE_IN_LATEST = '- [x] Draft the onboarding guide ✅ 2026-11-16 ^draft1';

const newCases: BadInputCase[] = [
  {
    name: 'new carries the open items of the latest held note',
    files: base(),
    argv: newDana,
    exit: 0,
    message: /1on1\/dana\/2026-11-24\.md/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      expect(/^- \[ \] Draft the onboarding guide 📅 2026-12-15 \^draft1$/m.test(read(root, '1on1/dana/2026-11-24.md')), 'the item is carried');
      expect(/^- \[>\] Draft the onboarding guide/m.test(read(root, '1on1/dana/2026-11-17.md')), 'the item is marked [>]');
    },
  },
  {
    name: 'new after a short canceled note carries the held note’s items',
    files: {
      ...base(),
      '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] One 📅 2026-12-15', '- [ ] Two 📅 2026-12-15', '- [ ] Three', '- [ ] Four ^four04'] }),
      '1on1/dana/2026-11-24.md': '---\ndate: 2026-11-24\nstatus: canceled\n---\nDana was out sick.\n',
    },
    argv: ['new', 'dana', '1on1', '--now', '2026-11-25T12:00'],
    exit: 0,
    message: /4 items carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-12-01.md'],
    verify: (root) => {
      const created = read(root, '1on1/dana/2026-12-01.md');
      for (const t of ['One', 'Two', 'Three', 'Four']) expect(new RegExp(`^- \\[ \\] ${t}\\b`, 'm').test(created), `${t} is carried`);
    },
  },
  {
    name: 'new after a short rescheduled note whose moved_to note is missing carries the held note’s items',
    files: {
      ...base(),
      '1on1/dana/2026-11-24.md': '---\ndate: 2026-11-24\nstatus: rescheduled\nmoved_to: 2026-11-26\n---\nMoved.\n',
    },
    argv: ['new', 'dana', '1on1', '--now', '2026-11-25T12:00', '--date', '2026-11-26'],
    exit: 0,
    message: /1 item carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-26.md'],
    verify: (root) => expect(/^- \[ \] Draft the onboarding guide/m.test(read(root, '1on1/dana/2026-11-26.md')), 'carried'),
  },
  {
    name: 'new refuses when the latest note cannot be read (a NUL byte), and never reopens its items',
    files: { ...base(), '1on1/dana/2026-11-17.md': Buffer.concat([Buffer.from(heldNote('2026-11-17', { commitments: [DONE_IN_LATEST] })), Buffer.from([0])]) },
    argv: newDana,
    exit: 1,
    message: /2026-11-17\.md/,
  },
  {
    name: 'new reads a UTF-16 latest note and does not reopen what it marked done',
    files: {
      ...base(),
      '1on1/dana/2026-11-10.md': heldNote('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-12-15 ^draft1'] }),
      '1on1/dana/2026-11-17.md': utf16le(heldNote('2026-11-17', { actionItems: [DONE_IN_LATEST], commitments: ['- [x] Nothing left ✅ 2026-11-17'] })),
    },
    argv: newDana,
    exit: 0,
    message: /nothing carried/,
    notMessage: /binary/,
    changes: ['1on1/dana/2026-11-24.md'],
    verify: (root) => expect(!/Draft the onboarding guide/.test(read(root, '1on1/dana/2026-11-24.md')), 'a done item is not reopened'),
  },
  {
    name: 'new carries from a UTF-16 note and writes it back as UTF-16',
    files: { ...base(), '1on1/dana/2026-11-17.md': utf16le(heldNote('2026-11-17')) },
    argv: newDana,
    exit: 0,
    message: /1 item carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      const bytes = fs.readFileSync(path.join(root, '1on1/dana/2026-11-17.md'));
      expect(bytes[0] === 0xff && bytes[1] === 0xfe, 'still UTF-16 LE with its byte order mark');
      expect(/^- \[>\] Draft the onboarding guide 📅 2026-12-15 \^draft1$/m.test(bytes.subarray(2).toString('utf16le')), 'marked [>]');
      expect(/^- \[ \] Draft the onboarding guide/m.test(read(root, '1on1/dana/2026-11-24.md')), 'carried');
    },
  },
  {
    name: 'new refuses while a later note’s front matter does not parse, and never reopens its items',
    files: {
      ...base(),
      '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] A1 📅 2026-12-15', '- [ ] A2 📅 2026-12-15'] }),
      '1on1/dana/2026-11-20.md': '---\ntitle: [broken\ndate: 2026-11-20\n---\n## Commitments\n- [x] A1 ✅ 2026-11-20\n- [ ] B1 📅 2026-12-15\n',
    },
    argv: newDana,
    exit: 1,
    message: /2026-11-20\.md: its meeting cannot be told/,
  },
  {
    name: 'new refuses while a note has a date that is no date',
    files: { ...base(), '1on1/dana/notes.md': '---\ndate: 20/11/2026\n---\n## Commitments\n- [x] Draft the onboarding guide ^draft1\n' },
    argv: newDana,
    exit: 1,
    message: /notes\.md: its meeting cannot be told/,
  },
  {
    name: 'new refuses while a later note has a status that is none of the four',
    files: { ...base(), '1on1/dana/2026-11-20.md': heldNote('2026-11-20', { commitments: ['- [x] Draft the onboarding guide ✅ 2026-11-20 ^draft1'] }).replace('status: held', 'status: postponed') },
    argv: newDana,
    exit: 1,
    message: /2026-11-20\.md: its meeting cannot be told \(Unknown status/,
  },
  {
    name: 'new refuses while an unreadable note has no date in its name',
    files: { ...base(), '1on1/dana/meeting-nov20.md': Buffer.concat([Buffer.from(heldNote('2026-11-20', { commitments: [DONE_IN_LATEST] })), Buffer.from([0])]) },
    argv: newDana,
    exit: 1,
    message: /meeting-nov20\.md cannot be read/,
  },
  {
    name: 'new after a past note still planned carries from the latest held note too, as check measures dropped',
    files: {
      ...base(),
      '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [ ] B1 from the held meeting 📅 2026-12-15'] }),
      '1on1/dana/2026-11-20.md': heldNote('2026-11-20', { commitments: ['- [ ] C1 written by hand 📅 2026-12-15'] }).replace('status: held', 'status: planned'),
    },
    argv: newDana,
    exit: 0,
    message: /2 items carried/,
    notMessage: /dropped/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-20.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      const created = read(root, '1on1/dana/2026-11-24.md');
      expect(/B1 from the held meeting/.test(created) && /C1 written by hand/.test(created), 'both carried');
    },
  },
  {
    name: 'new carries an item whose text wraps onto the next lines, whole',
    files: withItem('- [ ]\n  Book the security review 📅 2026-11-28\n- [ ] Send the deck\n  to finance 📅 2026-11-30'),
    argv: newDana,
    exit: 0,
    message: /3 items carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      const created = read(root, '1on1/dana/2026-11-24.md');
      expect(/^- \[ \] Book the security review 📅 2026-11-28 \^[a-z0-9]{6}$/m.test(created), 'the text on the next line is carried');
      expect(/^- \[ \] Send the deck to finance 📅 2026-11-30 \^[a-z0-9]{6}$/m.test(created), 'the wrapped line and its due date are carried');
    },
  },
  {
    name: 'new writes carried items as one - list, whatever their markers',
    files: withItem('1. [ ] Numbered 📅 2026-12-15\n   - [/] Its child\n* [ ] Starred 📅 2026-12-15\n+ [ ] Plussed'),
    argv: newDana,
    exit: 0,
    message: /5 items carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      const created = read(root, '1on1/dana/2026-11-24.md');
      expect(/^- \[ \] Numbered 📅 2026-12-15 \^\w+\n  - \[\/\] Its child \^\w+\n- \[ \] Starred 📅 2026-12-15 \^\w+\n- \[ \] Plussed \^\w+$/m.test(created), created);
    },
  },
  {
    name: 'new refuses a template that writes {{carried}} twice',
    files: { ...base(), '1on1/template.md': '---\ndate: {{date}}\n---\n# {{person}}\n## Action items from last time\n{{carried}}\n## Notes\n{{carried}}\n' },
    argv: newDana,
    exit: 1,
    message: /template\.md writes the carried items more than once/,
    notMessage: /stringified/,
  },
  {
    name: 'new refuses a template that hides {{carried}} in a comment',
    files: { ...base(), '1on1/template.md': '---\ndate: {{date}}\n---\n# {{person}}\n## Action items from last time\n<!--\n{{carried}}\n-->\n' },
    argv: newDana,
    exit: 1,
    message: /template\.md puts the carried items where they are not read/,
  },
  {
    name: 'a documented template (date: {{date}}) prints no YAML warning',
    files: { ...base(), '1on1/template.md': '---\nwith: {{person}}\ndate: {{date}}\nrotation: {{topicKey}}\n---\n# 1x1 with {{firstName}}\n## Action items from last time\n{{carried}}\n' },
    argv: newDana,
    exit: 0,
    message: /1 item carried/,
    notMessage: /stringified|Warning/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
  },
  { name: 'new into a vault path that is a file', files: { ...base(), 'afile': 'x' }, argv: ['new', 'dana', 'afile', ...NOW], exit: 2, message: /afile is not a folder/ },
  { name: 'new into a vault folder whose parent does not exist makes nothing', files: base(), argv: ['new', 'dana', 'nope/1on1', ...NOW], exit: 2, message: /folder nope does not exist/ },
  { name: 'new that refuses in a new vault folder leaves no folder behind', files: base(), argv: ['new', '***', 'fresh', ...NOW], exit: 2, message: /\*\*\*/ },
  {
    name: 'new refuses a date between held notes',
    files: base(),
    argv: ['new', 'dana', '1on1', '--date', '2026-11-12', ...NOW],
    exit: 1,
    message: /2026-11-17/,
  },
  {
    name: 'new "Dana Whitfield" matches the existing series',
    files: { ...base(), '1on1/dana/profile.md': PROFILE },
    argv: ['new', 'Dana Whitfield', '1on1', ...NOW],
    exit: 0,
    message: /1on1\/dana\/2026-11-24\.md/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
  },
  {
    name: 'new for a date that has a note prints it and writes nothing',
    files: { ...base(), '1on1/dana/2026-11-24.md': heldNote('2026-11-24').replace('status: held', 'status: planned') },
    argv: newDana,
    exit: 0,
    message: /exists already/,
  },
  {
    name: 'new twice: the second is a no-op',
    files: base(),
    prepare: (root) => {
      const first = runCliCaptured(newDana, root);
      expect(first.code === 0, first.stderr);
    },
    argv: newDana,
    exit: 0,
    message: /exists already/,
  },
  {
    name: 'new with a reused id carries both commitments',
    files: withItem('- [ ] A different commitment 📅 2026-12-15 ^draft1'),
    argv: newDana,
    exit: 0,
    message: /2 items carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => {
      const created = read(root, '1on1/dana/2026-11-24.md');
      expect(/Draft the onboarding guide/.test(created) && /A different commitment/.test(created), 'both are carried');
    },
  },
  {
    name: 'new with a template whose YAML is broken writes nothing',
    files: { ...base(), '1on1/template.md': '---\nwith: [{{person}}\n---\n# {{person}}\n' },
    argv: newDana,
    exit: 1,
    message: /template\.md/,
  },
  {
    name: 'new names the dropped commitments it does not carry',
    files: {
      ...base(),
      '1on1/dana/2026-11-10.md': heldNote('2026-11-10', { commitments: ['- [ ] Forgotten promise 📅 2026-12-15'] }),
    },
    argv: newDana,
    exit: 0,
    message: /dropped[\s\S]*Forgotten promise/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => expect(!/Forgotten promise/.test(read(root, '1on1/dana/2026-11-24.md')), 'a dropped item is not carried'),
  },
  {
    name: 'new gives a monthly series the heads-up a month ahead',
    files: {
      '1on1/skip/profile.md': '---\nwith: Lee Park\nrole: manager\ncadence: monthly\nday: tuesday\ntime: "15:00"\nsince: 2026-09-08\n---\n',
      '1on1/skip/2026-11-10.md': heldNote('2026-11-10', { rotation: 'skill' }).replace('Dana Whitfield', 'Lee Park'),
    },
    argv: ['new', 'skip', '1on1', ...NOW],
    exit: 0,
    message: /1on1\/skip\/2026-12-08\.md/,
    changes: ['1on1/skip/2026-11-10.md', '1on1/skip/2026-12-08.md'],
    verify: (root) => expect(/Heads-up: on .*2027/.test(read(root, '1on1/skip/2026-12-08.md')), 'the heads-up names the January meeting'),
  },
  {
    name: 'new keeps CRLF in a CRLF note',
    files: { ...base(), '1on1/dana/2026-11-17.md': heldNote('2026-11-17').replace(/\n/g, '\r\n') },
    argv: newDana,
    exit: 0,
    message: /1 item carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => expect(!/[^\r]\n/.test(read(root, '1on1/dana/2026-11-17.md')), 'CRLF kept'),
  },
  {
    name: 'new with a note of 20,000 open items finishes whole',
    files: withItem(Array.from({ length: 20_000 }, (_, i) => `- [ ] item ${i}`).join('\n')),
    argv: newDana,
    exit: 0,
    message: /20001 items carried/,
    changes: ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md'],
    verify: (root) => expect(/^- \[ \] item 19999 \^/m.test(read(root, '1on1/dana/2026-11-24.md')), 'the last item is carried'),
  },
  {
    name: 'new for a new person starts their series',
    files: base(),
    argv: ['new', 'Morgan Lee', '1on1', ...NOW],
    exit: 0,
    message: /1on1\/morgan-lee\/2026-11-23\.md/,
    changes: ['1on1/morgan-lee', '1on1/morgan-lee/2026-11-23.md'],
  },
  {
    name: 'new "Morgan Lee" finds the series whose notes say with: Morgan Lee',
    files: { '1on1/morgan/2026-11-17.md': heldNote('2026-11-17').replace('Dana Whitfield', 'Morgan Lee'), '1on1/morgan/2026-11-10.md': heldNote('2026-11-10').replace('Dana Whitfield', 'Morgan Lee') },
    argv: ['new', 'Morgan Lee', '1on1', ...NOW],
    exit: 0,
    message: /1on1\/morgan\/2026-11-24\.md/,
    changes: ['1on1/morgan/2026-11-17.md', '1on1/morgan/2026-11-24.md'],
  },
  {
    name: 'new when the previous note is a symlink writes through to its target only',
    files: { '1on1/dana/profile.md': PROFILE, 'store/2026-11-17.md': heldNote('2026-11-17') },
    prepare: (root) => fs.symlinkSync(path.join(root, 'store/2026-11-17.md'), path.join(root, '1on1/dana/2026-11-17.md')),
    argv: newDana,
    exit: 0,
    message: /1 item carried/,
    changes: ['1on1/dana/2026-11-24.md', 'store/2026-11-17.md'],
    verify: (root) => expect(fs.lstatSync(path.join(root, '1on1/dana/2026-11-17.md')).isSymbolicLink(), 'the link stays a link'),
  },
  {
    name: 'new carries a [>] item whose copy never reached a later note',
    files: {
      ...base(),
      '1on1/dana/2026-11-17.md': heldNote('2026-11-17', { commitments: ['- [>] Marked but never copied 📅 2026-12-15 ^lost01'] }),
    },
    argv: newDana,
    exit: 0,
    message: /1 item carried/,
    changes: ['1on1/dana/2026-11-24.md'],
    verify: (root) => expect(/^- \[ \] Marked but never copied 📅 2026-12-15 \^lost01$/m.test(read(root, '1on1/dana/2026-11-24.md')), 'carried as open'),
  },
];

export const BAD_INPUT_CASES: readonly BadInputCase[] = [...frontMatterCases, ...encodingCases, ...itemCases, ...fileCases, ...usageCases, ...settingsCases, ...newCases];
