/**
 * Writes a deterministic, realistic 1x1 vault for the benchmark and the differential parser test:
 * many series (one folder per person), years of weekly notes, profiles, commitments that are carried
 * from note to note with `^ids` and `[>]`, and the things users really write that trip parsers up
 * (CRLF, tables, fenced examples with fake tasks and headings, callouts with tasks, comments,
 * nested and tab-indented bullets, non-ASCII everywhere). Median note ≈ 3.4 KB, 3–12 checkbox
 * items per note, ~10% CRLF: the corpus the project's performance baseline was measured on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SeededRandom } from './random';
import {
  FIRST_NAMES, LAST_NAMES, MONTH_SHORT, PRIORITIES, QUESTIONS, ROADBLOCKS, ROTATION_ORDER, ROTATION_TOPICS,
  SENTENCES, TABLE_METRICS, TASK_OBJECTS, TASK_TAILS, TASK_VERBS, WEEKDAY_SHORT, WEEKDAYS,
} from './wordPools';

export interface GenerateVaultOptions {
  /** Number of meeting notes (profiles and templates come on top). */
  notes: number;
  seed?: number;
  /** The day the vault is "as of": active series have their next meeting planned on or after it. */
  today?: string;
  /** Average series length (default 100: a vault of 10,000 notes has about 100 people). */
  notesPerSeries?: number;
}

export interface GeneratedVaultInfo {
  /** Absolute path of the vault folder (`<dir>/1on1`). */
  root: string;
  /** Series slugs (folder names). */
  series: string[];
  /** Absolute paths of every meeting note, series by series, oldest first. */
  noteFiles: string[];
  /** Absolute paths of the other Markdown files (profiles, templates). */
  otherMarkdownFiles: string[];
  notes: number;
  /** Total size of the meeting notes in bytes (UTF-8). */
  noteBytes: number;
  /** Checkbox items written in meeting notes, outside code and comments. */
  taskItems: number;
  crlfNotes: number;
}

export interface GenerateSeriesOptions {
  notes?: number;
  seed?: number;
  today?: string;
}

export interface GeneratedSeriesInfo {
  root: string;
  series: string;
  /** Absolute paths, oldest first; the last one is the planned next meeting. */
  noteFiles: string[];
}

export const DEFAULT_TODAY = '2026-11-23';

/** Writes `options.notes` meeting notes under `<dir>/1on1/`. */
export function generateVault(dir: string, options: GenerateVaultOptions): GeneratedVaultInfo {
  const rng = new SeededRandom(options.seed ?? 1);
  const today = dayNumber(options.today ?? DEFAULT_TODAY);
  const root = path.join(dir, '1on1');
  fs.mkdirSync(root, { recursive: true });

  const info: GeneratedVaultInfo = {
    root, series: [], noteFiles: [], otherMarkdownFiles: [], notes: 0, noteBytes: 0, taskItems: 0, crlfNotes: 0,
  };
  const templateFile = path.join(root, 'template.md');
  fs.writeFileSync(templateFile, renderTemplate());
  info.otherMarkdownFiles.push(templateFile);

  const counts = splitCounts(rng, options.notes, Math.max(1, Math.round(options.notes / (options.notesPerSeries ?? 100))));
  const usedSlugs = new Set<string>();
  for (const count of counts) {
    const person = makePerson(rng, usedSlugs);
    const active = rng.chance(0.85);
    writeSeries(root, person, count, today, active, rng, info);
  }
  return info;
}

/** Writes one active series of `notes` notes (default 50), for the keystroke measurement. */
export function generateSeries(dir: string, options: GenerateSeriesOptions = {}): GeneratedSeriesInfo {
  const rng = new SeededRandom(options.seed ?? 7);
  const today = dayNumber(options.today ?? DEFAULT_TODAY);
  const root = path.join(dir, '1on1');
  const info: GeneratedVaultInfo = {
    root, series: [], noteFiles: [], otherMarkdownFiles: [], notes: 0, noteBytes: 0, taskItems: 0, crlfNotes: 0,
  };
  const person = makePerson(rng, new Set());
  writeSeries(root, person, options.notes ?? 50, today, true, rng, info);
  return { root, series: person.slug, noteFiles: info.noteFiles };
}

// ---------------------------------------------------------------------------------------------
// Series and their meetings

interface Person {
  slug: string;
  name: string;
  firstName: string;
  role: 'manager' | 'report';
  cadenceDays: 7 | 14 | 28;
  weekday: number;
  time: string;
  duration: number;
  dateStyle: 'emoji' | 'dataview' | 'mixed';
  markCarried: boolean;
  bullet: '-' | '*' | '+';
  nestIndent: string;
  /** Heading text per section key, fixed per series as users copy their own template. */
  headings: Record<string, string>;
  headingPrefix: 'none' | 'number' | 'emoji';
  titleStyle: number;
  hasProfile: boolean;
  topics: string[];
  ownerNames: string[];
}

const SECTION_KEYS = ['action-items', 'roadblocks', 'priorities', 'need-to-know', 'unclear', 'rotation', 'commitments'];

const SECTION_TITLES: Record<string, string[]> = {
  'action-items': ['Action items from last time', 'Action items', 'Updates', 'Last time'],
  roadblocks: ['Roadblocks', 'Blockers', "Where I'm stuck"],
  priorities: ['Top 3 priorities', 'Priorities', 'Top three priorities'],
  'need-to-know': ['One thing you should know', 'FYI', 'One thing'],
  unclear: ['What is unclear', 'Questions', 'Clarify'],
  rotation: ['Rotating topic'],
  commitments: ['Commitments', 'Action steps', 'Next steps'],
  notes: ['Notes'],
  private: ['Private'],
};

const SECTION_EMOJI: Record<string, string> = {
  'action-items': '🔁', roadblocks: '🚧', priorities: '🎯', 'need-to-know': '💡', unclear: '❓',
  rotation: '🔄', commitments: '🤝', notes: '📝', private: '🔒',
};

function makePerson(rng: SeededRandom, usedSlugs: Set<string>): Person {
  const firstName = rng.pick(FIRST_NAMES);
  const name = `${firstName} ${rng.pick(LAST_NAMES)}`;
  let slug = slugify(rng.chance(0.6) ? firstName : name);
  if (usedSlugs.has(slug)) slug = slugify(name);
  for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
  usedSlugs.add(slug);

  const headings: Record<string, string> = {};
  for (const key of Object.keys(SECTION_TITLES)) {
    const titles = SECTION_TITLES[key];
    // Most people keep the canonical title; some use an alias, some add a trailing colon.
    let title = rng.chance(0.8) ? titles[0] : rng.pick(titles);
    if (rng.chance(0.04)) title += ':';
    headings[key] = title;
  }
  const cadenceRoll = rng.next();
  return {
    slug,
    name,
    firstName,
    role: rng.chance(0.75) ? 'manager' : 'report',
    cadenceDays: cadenceRoll < 0.8 ? 7 : cadenceRoll < 0.95 ? 14 : 28,
    weekday: rng.int(1, 5),
    time: rng.pick(['09:00', '09:30', '10:00', '11:00', '13:30', '14:00', '16:00']),
    duration: rng.pick([25, 30, 30, 30, 45, 60]),
    dateStyle: rng.chance(0.75) ? 'emoji' : rng.chance(0.6) ? 'dataview' : 'mixed',
    markCarried: rng.chance(0.9),
    bullet: rng.chance(0.92) ? '-' : rng.chance(0.5) ? '*' : '+',
    nestIndent: rng.chance(0.06) ? '\t' : rng.chance(0.85) ? '  ' : '    ',
    headings,
    headingPrefix: rng.chance(0.8) ? 'none' : rng.chance(0.5) ? 'number' : 'emoji',
    titleStyle: rng.int(0, 2),
    hasProfile: rng.chance(0.85),
    topics: rng.chance(0.8) ? ROTATION_ORDER : ['skill', 'business', 'manager', 'personal'],
    ownerNames: [slugify(firstName), rng.pick(['alex', 'sam-k', 'mira', 'jo', 'team']), 'me'],
  };
}

type EntryState = 'open' | 'progress' | 'done' | 'canceled';
type Place = 'action' | 'commit' | 'callout';

interface Task {
  text: string;
  due?: string;
  owner?: string;
  id?: string;
  dataview: boolean;
  ownerFirst: boolean;
}

interface Entry {
  task: Task;
  state: EntryState;
  place: Place;
  doneDate?: string;
  /** Set when the next note carried this open item forward (rendered `[>]` with its id). */
  carriedOut: boolean;
  /** A sub-task nested under the previous item of its section. */
  nested: boolean;
}

type Status = 'planned' | 'held' | 'canceled' | 'rescheduled';

interface NoteModel {
  day: number;
  fileName: string;
  status: Status;
  writeStatus: boolean;
  writeDate: boolean;
  movedTo?: number;
  rotation: string;
  shared?: string;
  entries: Entry[];
}

function writeSeries(
  root: string, person: Person, count: number, today: number, active: boolean, rng: SeededRandom, info: GeneratedVaultInfo,
): void {
  const folder = path.join(root, person.slug);
  fs.mkdirSync(folder, { recursive: true });
  const notes = planSeries(person, count, today, active, rng);
  info.series.push(person.slug);

  if (person.hasProfile) {
    const profileFile = path.join(folder, 'profile.md');
    fs.writeFileSync(profileFile, renderProfile(person, notes[0].day, rng));
    info.otherMarkdownFiles.push(profileFile);
  }
  if (rng.chance(0.05)) {
    // Not a note: must be ignored by the tool, and costs nothing to read for the benchmark.
    fs.writeFileSync(path.join(folder, 'scratch.txt'), `Scratch for ${person.name} — not a note.\n`);
  }
  for (const note of notes) {
    const rendered = renderNote(person, note, rng);
    const crlf = rng.chance(0.1);
    const text = crlf ? rendered.text.replace(/\n/g, '\r\n') : rendered.text;
    const file = path.join(folder, note.fileName);
    fs.writeFileSync(file, text);
    info.noteFiles.push(file);
    info.notes++;
    info.noteBytes += Buffer.byteLength(text);
    info.taskItems += rendered.taskItems;
    if (crlf) info.crlfNotes++;
  }
}

/** Dates, statuses, rotation and the commitments of every note of a series, oldest first. */
function planSeries(person: Person, count: number, today: number, active: boolean, rng: SeededRandom): NoteModel[] {
  const step = person.cadenceDays;
  // The last meeting: the next one on the person's weekday from today, or weeks ago for a paused series.
  let last = today + ((person.weekday - weekdayOf(today) + 7) % 7);
  if (!active) last -= step * rng.int(3, 30);

  // Walk back from the last meeting; now and then a meeting was moved by two days (two notes).
  const slots: Array<{ day: number; rescheduledTo?: number }> = [];
  for (let day = last; slots.length < count; day -= step) {
    if (day < today - 7 && slots.length > 0 && slots.length < count - 1 && rng.chance(0.025)) {
      slots.push({ day: day + 2 });
      slots.push({ day, rescheduledTo: day + 2 });
    } else {
      slots.push({ day });
    }
  }
  slots.length = count;
  slots.reverse();

  const notes: NoteModel[] = [];
  let carried: Entry[] = [];
  let rotationIndex = rng.int(0, 3);
  const usedFileNames = new Set<string>();
  for (let i = 0; i < slots.length; i++) {
    const { day, rescheduledTo } = slots[i];
    const isLast = i === slots.length - 1;
    let status: Status;
    if (day >= today) status = 'planned';
    else if (rescheduledTo !== undefined) status = 'rescheduled';
    else if (isLast && active) status = 'planned';
    else if (i >= slots.length - 3 && rng.chance(0.1)) status = 'planned'; // forgot to mark it held
    else status = rng.chance(0.07) ? 'canceled' : 'held';

    let fileName = `${isoOf(day)}.md`;
    if (usedFileNames.has(fileName)) fileName = `${isoOf(day)}-2.md`;
    usedFileNames.add(fileName);

    const held = status === 'held';
    const rotation = person.topics[rotationIndex % person.topics.length];
    if (status !== 'canceled') rotationIndex++;

    const entries: Entry[] = [];
    // Carry-forward (SPEC §6): every open item of the previous note, unless it was forgotten.
    const previous = notes[notes.length - 1];
    for (const entry of carried) {
      if (previous?.status === 'held' && rng.chance(0.04)) continue; // dropped on the floor
      entry.carriedOut = true;
      entry.task.id ??= rng.id(6);
      entries.push({ task: entry.task, state: held ? carriedOutcome(rng, entry.state) : entry.state, place: 'action', carriedOut: false, nested: false, doneDate: undefined });
    }
    // Keep a long tail from growing without bound: people close things eventually.
    for (let k = 6; k < entries.length; k++) entries[k].state = 'done';
    for (const entry of entries) {
      if (entry.state === 'done') entry.doneDate = isoOf(day - rng.int(0, Math.min(6, step - 1)));
    }

    const newCount = status === 'canceled' || status === 'rescheduled' ? 0 : status === 'planned' ? rng.int(0, 2) : rng.int(2, 5);
    for (let k = 0; k < newCount; k++) {
      const task = makeTask(person, day, rng, status === 'planned' ? 0.5 : 0.92);
      const state: EntryState = held && rng.chance(0.1) ? 'done' : 'open';
      entries.push({ task, state, place: 'commit', carriedOut: false, nested: k > 0 && rng.chance(0.12), doneDate: state === 'done' ? isoOf(day) : undefined });
    }
    if (held && rng.chance(0.2)) {
      for (let k = rng.int(1, 2); k > 0; k--) {
        const state: EntryState = rng.chance(0.6) ? 'open' : 'done';
        entries.push({ task: makeTask(person, day, rng, 0.8), state, place: 'callout', carriedOut: false, nested: false, doneDate: state === 'done' ? isoOf(day) : undefined });
      }
    }
    // 3–12 items in a note, as real notes have: top up with commitments, trim the excess.
    while (entries.length < 3) {
      entries.push({ task: makeTask(person, day, rng, 0.9), state: 'open', place: 'commit', carriedOut: false, nested: false });
    }
    if (entries.length > 12) entries.length = 12;

    notes.push({
      day,
      fileName,
      status,
      writeStatus: !rng.chance(0.04),
      writeDate: !rng.chance(0.03),
      movedTo: rescheduledTo,
      rotation,
      shared: person.role === 'manager' && status !== 'canceled' && rng.chance(0.65) ? `${isoOf(day - 1)}T${rng.pick(['16:40', '15:05', '09:12', '17:30'])}` : undefined,
      entries,
    });
    carried = entries.filter((e) => e.state === 'open' || e.state === 'progress');
  }
  return notes;
}

function carriedOutcome(rng: SeededRandom, previous: EntryState): EntryState {
  const r = rng.next();
  if (r < 0.55) return 'done';
  if (r < 0.8) return previous === 'progress' ? 'progress' : 'open';
  if (r < 0.88) return 'progress';
  if (r < 0.95) return 'canceled';
  return 'done';
}

function makeTask(person: Person, day: number, rng: SeededRandom, dueChance: number): Task {
  let due: string | undefined;
  if (rng.chance(dueChance)) {
    due = rng.chance(0.004) ? `${isoOf(day).slice(0, 4)}-02-30` : isoOf(day + rng.int(2, 14)); // a few impossible dates
  }
  return {
    text: `${rng.pick(TASK_VERBS)} ${rng.pick(TASK_OBJECTS)}${rng.pick(TASK_TAILS)}`,
    due,
    owner: rng.chance(0.25) ? rng.pick(person.ownerNames) : undefined,
    dataview: person.dateStyle === 'dataview' || (person.dateStyle === 'mixed' && rng.chance(0.5)),
    ownerFirst: rng.chance(0.5),
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderNote(person: Person, note: NoteModel, rng: SeededRandom): { text: string; taskItems: number } {
  const out: string[] = [];
  let taskItems = 0;
  const date = isoOf(note.day);

  out.push('---', `with: ${person.name}`);
  if (note.writeDate) out.push(`date: ${date}`);
  out.push(`time: "${person.time}"`);
  if (note.writeStatus) out.push(`status: ${note.status}`);
  if (note.movedTo !== undefined) out.push(`moved_to: ${isoOf(note.movedTo)}`);
  out.push(`rotation: ${note.rotation}`);
  if (note.shared) out.push(`shared: ${note.shared}`);
  if (rng.chance(0.2)) out.push('tags: [1x1, work]');
  out.push('---', titleLine(person, note.day), '');

  let sectionNumber = 0;
  const heading = (key: string, text = person.headings[key]) => {
    sectionNumber++;
    const prefix = person.headingPrefix === 'number' ? `${sectionNumber}. ` : person.headingPrefix === 'emoji' ? `${SECTION_EMOJI[key]} ` : '';
    out.push(`## ${prefix}${text}`);
  };
  const itemsIn = (place: Place) => note.entries.filter((e) => e.place === place);
  const planned = note.status === 'planned';

  heading('action-items');
  const actions = itemsIn('action');
  if (actions.length === 0 && rng.chance(0.5)) out.push('- Nothing carried over — clean slate 🎉');
  for (const entry of actions) {
    out.push(itemLine(person, entry, `${person.bullet} `));
    taskItems++;
  }
  out.push('');

  heading('roadblocks');
  if (!planned || rng.chance(0.5)) {
    for (let k = rng.int(2, 4); k > 0; k--) {
      out.push(`${person.bullet} ${rng.pick(ROADBLOCKS)}`);
      if (rng.chance(0.4)) out.push(`${person.nestIndent}${person.bullet} ${rng.pick(SENTENCES)}`);
    }
  }
  out.push('');

  heading('priorities');
  if (!planned || rng.chance(0.6)) {
    const count = rng.chance(0.06) ? 4 : 3; // some people cannot stop at three
    const ordered = !rng.chance(0.05);
    for (let k = 1; k <= count; k++) {
      out.push(`${ordered ? `${k}.` : person.bullet} ${rng.pick(PRIORITIES)}`);
      if (rng.chance(0.15)) out.push(`${ordered ? '   ' : person.nestIndent}${person.bullet} ${rng.pick(SENTENCES)}`);
    }
  }
  out.push('');

  heading('need-to-know');
  if (!planned || rng.chance(0.5)) out.push(paragraph(rng, 2, 4));
  out.push('');

  heading('unclear');
  if (!planned || rng.chance(0.5)) {
    for (let k = rng.int(1, 3); k > 0; k--) out.push(`${person.bullet} ${rng.pick(QUESTIONS)}`);
  }
  out.push('');

  heading('rotation', `Rotating topic: ${ROTATION_TOPICS[note.rotation] ?? note.rotation}`);
  if (!planned || rng.chance(0.5)) out.push(paragraph(rng, 3, 6));
  out.push('');

  heading('commitments');
  const commitments = itemsIn('commit');
  const numbered = rng.chance(0.05);
  let number = 0;
  for (const entry of commitments) {
    if (entry.nested && number > 0) {
      out.push(itemLine(person, entry, `${numbered ? '   ' : person.nestIndent}${person.bullet} `));
    } else {
      number++;
      out.push(itemLine(person, entry, numbered ? `${number}. ` : `${person.bullet} `));
      if (rng.chance(0.03)) out.push('because the first attempt did not work out'); // lazy continuation
    }
    taskItems++;
  }
  out.push('');

  if (!planned || rng.chance(0.3)) {
    heading('notes');
    out.push(paragraph(rng, 5, 9), '');
    if (rng.chance(0.7)) out.push(paragraph(rng, 2, 5), '');
    if (rng.chance(0.6)) {
      for (let k = rng.int(2, 5); k > 0; k--) out.push(`${person.bullet} ${rng.pick(SENTENCES)}`);
      out.push('');
    }
    if (rng.chance(0.15)) out.push('### Follow-ups', '', paragraph(rng, 1, 3), '');
    if (rng.chance(0.3)) out.push(...table(rng), '');
    if (rng.chance(0.15)) out.push(...fencedExample(rng), '');
    const callout = itemsIn('callout');
    if (callout.length > 0) {
      out.push(rng.chance(0.7) ? `> [!todo] Follow-ups for ${person.firstName}` : '> Follow-ups:');
      for (const entry of callout) {
        out.push(itemLine(person, entry, `> ${person.bullet} `));
        taskItems++;
      }
      out.push('');
    }
    if (rng.chance(0.05)) out.push(`#followup ${rng.pick(QUESTIONS)}`, '');
    if (rng.chance(0.05)) out.push(`${rng.pick(SENTENCES)} %%ask ${person.firstName} about this again%%`, '');
    if (rng.chance(0.03)) out.push('<!--', `- [ ] hidden template reminder 📅 ${date}`, '## Not a section either', '-->', '');
    if (rng.chance(0.03)) out.push('%%', `- [ ] hidden reminder for ${person.firstName}`, '## Hidden heading', '%%', '');
    if (rng.chance(0.8)) out.push(paragraph(rng, 3, 6), '');
  }
  if (rng.chance(0.2)) {
    heading('private');
    out.push(paragraph(rng, 1, 2), '');
  }
  return { text: out.join('\n'), taskItems };
}

function itemLine(person: Person, entry: Entry, prefix: string): string {
  const { task } = entry;
  let marker: string;
  if (entry.carriedOut && person.markCarried) marker = '>';
  else marker = entry.state === 'open' ? ' ' : entry.state === 'progress' ? '/' : entry.state === 'done' ? 'x' : '-';
  let line = `${prefix}[${marker}] ${task.text}`;
  const owner = task.owner ? ` @${task.owner}` : '';
  const due = task.due ? (task.dataview ? ` [due:: ${task.due}]` : ` 📅 ${task.due}`) : '';
  line += task.ownerFirst ? owner + due : due + owner;
  if (entry.state === 'done' && entry.doneDate && !(entry.carriedOut && person.markCarried)) {
    line += task.dataview ? ` [completion:: ${entry.doneDate}]` : ` ✅ ${entry.doneDate}`;
  }
  if (task.id && (entry.carriedOut || entry.place === 'action')) line += ` ^${task.id}`;
  return line;
}

function titleLine(person: Person, day: number): string {
  const d = new Date(day * DAY_MS);
  const long = `${WEEKDAY_SHORT[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  switch (person.titleStyle) {
    case 0: return `# 1x1 with ${person.firstName} — ${long}`;
    case 1: return `# ${person.name} / me — ${isoOf(day)}`;
    default: return `# 1:1 ${person.name} · ${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  }
}

function paragraph(rng: SeededRandom, min: number, max: number): string {
  const sentences: string[] = [];
  for (let k = rng.int(min, max); k > 0; k--) sentences.push(rng.pick(SENTENCES));
  return sentences.join(' ');
}

function table(rng: SeededRandom): string[] {
  const rows = ['| Metric | Last month | This month |', '|---|---:|---:|'];
  for (let k = rng.int(2, 5); k > 0; k--) {
    rows.push(`| ${rng.pick(TABLE_METRICS)} | ${rng.int(1, 99)},${rng.int(0, 9)} | ${rng.int(1, 99)}.${rng.int(0, 9)} |`);
  }
  return rows;
}

/** A fenced block showing the syntax to someone: its task and heading must not count. */
function fencedExample(rng: SeededRandom): string[] {
  const fence = rng.chance(0.75) ? '```' : '~~~';
  const info = rng.pick(['md', 'markdown', '', 'text']);
  return [
    `${fence}${info}`,
    '## Example heading — not a section',
    '- [ ] Example task, not a real one 📅 2026-01-01 ^notreal',
    '1. [x] Also not real',
    fence,
  ];
}

function renderProfile(person: Person, firstDay: number, rng: SeededRandom): string {
  const cadence = person.cadenceDays === 7 ? 'weekly' : person.cadenceDays === 14 ? 'biweekly' : 'every 4 weeks';
  const lines = [
    '---',
    `with: ${person.name}`,
    `role: ${person.role}`,
    `cadence: ${cadence}`,
    `day: ${WEEKDAYS[person.weekday]}`,
    `time: "${person.time}"`,
    `duration: ${person.duration}`,
    `since: ${isoOf(firstDay)}`,
  ];
  if (person.topics !== ROTATION_ORDER || rng.chance(0.3)) lines.push(`topics: [${person.topics.join(', ')}]`);
  lines.push('---', `# ${person.name}`, '', paragraph(rng, 2, 4), '', '## How they like to get information', '', `${person.bullet} ${rng.pick(SENTENCES)}`, '');
  return lines.join('\n');
}

function renderTemplate(): string {
  const lines = ['---', 'with: ', 'date: ', 'status: planned', '---', '# 1x1 — {{date}}', ''];
  for (const key of SECTION_KEYS) lines.push(`## ${SECTION_TITLES[key][0]}`, '');
  lines.push('## Notes', '', '## Private', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Splits `total` into `parts` positive counts of varying size (so series differ in length). */
function splitCounts(rng: SeededRandom, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.4 + rng.next() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let remaining = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; remaining > 0; i = (i + 1) % parts, remaining--) counts[i]++;
  for (let i = 0; remaining < 0; i = (i + 1) % parts) {
    if (counts[i] > 1) {
      counts[i]--;
      remaining++;
    }
  }
  return counts;
}

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
