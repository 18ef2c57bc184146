import { formatLongDate, formatShortDateFrom, WEEKDAY_NAMES } from '../schedule/calendarDate';
import { topicTitle } from '../schedule/rotation';
import { LEFT_SILENTLY_WEEKS, type Brief, type BriefCommitment } from '../views/brief';
import { ATTENTION_WORDS } from '../views/week';
import { plural } from '../text/wording';

/**
 * The brief as Markdown (SPEC §11): `one-on-one brief` prints it, Prepare for this 1x1 shows it in
 * a read-only preview. Sections always appear, in the same order, and say "nothing" rather than
 * vanish, so the reader learns where to look. Text from the notes is quoted as written (it is
 * Markdown already); nothing private is in the model (`core/views/brief`).
 */
export function briefMarkdown(brief: Brief): string {
  const today = brief.now.date;
  const first = brief.name.split(/\s+/)[0];
  const out: string[] = [];
  out.push(`# Brief: 1x1 with ${brief.name}`, '');

  out.push('## The person', '');
  out.push(`- **${brief.name}** (${brief.series}) — ${brief.role === 'manager' ? 'my manager: I set and share the agenda' : 'reports to me: they set the agenda'}`);
  const rhythm = [
    brief.cadence ? `${brief.cadence}${brief.cadenceInferred ? ' (inferred from the notes)' : ''}` : 'cadence unknown',
    brief.day !== undefined && `on ${capitalize(WEEKDAY_NAMES[brief.day])}s`,
    brief.time && `at ${brief.time}`,
    brief.duration && `${brief.duration} min`,
  ].filter(Boolean);
  out.push(`- Meets ${rhythm.join(', ')}`);
  if (brief.about !== '') out.push('', demoteHeadings(brief.about));
  out.push('');

  out.push('## Next meeting', '');
  const next = brief.next;
  if (!next) out.push('No meeting scheduled: give the profile a cadence, or write the next agenda.');
  else {
    out.push(`- **${formatLongDate(next.date)}${next.time ? ` ${next.time}` : ''}**`);
    let agenda = next.note ? `\`${next.note.file}\` (${next.status}${next.shareBy ? (next.shared !== undefined ? ', shared' : ', not shared') : ''})` : 'not written yet';
    // A note the calendar moved is still dated the old day: said, so the file name is no riddle (SPEC §12).
    if (next.note?.date !== undefined && next.note.date !== next.date) agenda += `, dated ${formatShortDateFrom(next.note.date, today)}: the calendar moved the meeting`;
    if (next.shareBy && next.shared === undefined) agenda += ` — share by ${formatShortDateFrom(next.shareBy.date, today)} ${next.shareBy.time}${next.shareBy.minutesLeft <= 0 ? ' (passed)' : ''}`;
    out.push(`- Agenda: ${agenda}`);
    out.push(`- Rotating topic: ${next.rotation ? topicTitle(next.rotation) : 'none'}${next.rotation === 'manager' ? (brief.role === 'manager' ? ` — ${first} brings one thing` : ' — I bring one thing') : ''}`);
    if (next.attention.length > 0) out.push(`- Needs attention: ${next.attention.map((code) => ATTENTION_WORDS[code]).join('; ')}`);
  }
  out.push('');

  out.push(`## What I owe ${first}`, '', ...commitmentLines(brief.owed.mine, today), '');
  out.push(`## What ${first} owes me`, '', ...commitmentLines(brief.owed.theirs, today), '');
  if (brief.owed.others.length > 0) out.push('## What others owe', '', ...commitmentLines(brief.owed.others, today, true), '');

  out.push('## Last meeting’s priorities', '');
  if (!brief.lastMeeting) out.push('No meeting held yet.');
  else {
    out.push(`From ${formatLongDate(brief.lastMeeting.date)}:`, '');
    if (brief.priorityLines.length === 0) out.push('None written.');
    // How long each has stood (§13): "— 4 weeks" after the bullet, the rest of the text as written.
    for (const line of brief.priorityLines) out.push(line.weeks === undefined ? line.text : `${line.text} — ${plural(line.weeks, 'week')}`);
  }
  if (brief.leftSilently.length > 0) {
    out.push('', `Left without a word (last ${LEFT_SILENTLY_WEEKS} weeks):`, '');
    for (const p of brief.leftSilently)
      out.push(`- ${p.text} — ${plural(p.weeks, 'week')}, ${formatShortDateFrom(p.from, today)} to ${formatShortDateFrom(p.to, today)}; gone on ${formatShortDateFrom(p.goneOn, today)}`);
  }
  out.push('');

  out.push('## Talking points that keep coming back', '');
  if (brief.recurring.length === 0) out.push('None.');
  for (const p of brief.recurring) out.push(`- ${p.text} — in ${plural(p.meetings, 'meeting')} in a row, since ${formatShortDateFrom(p.since, today)}`);
  out.push('');

  const from = brief.lastNote ? ` (${formatLongDate(brief.lastNote.date)})` : '';
  out.push(`## One thing you should know${from}`, '', brief.lastNote?.needToKnow || 'Nothing written.', '');
  out.push(`## What is unclear${from}`, '', brief.lastNote?.unclear || 'Nothing written.', '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function commitmentLines(items: readonly BriefCommitment[], today: string, withOwner = false): string[] {
  if (items.length === 0) return ['Nothing open.'];
  return items.map((c) => {
    const details = [
      withOwner && c.owner && `@${c.owner}`,
      c.due ? `due ${formatShortDateFrom(c.due, today)}${c.overdue ? ' (overdue)' : ''}` : 'no due date',
      c.carried > 0 && `carried ${c.carried}×`,
    ].filter(Boolean);
    return `- ${c.text} — ${details.join(', ')}`;
  });
}

/** The profile's headings go two levels down, under "The person". */
function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,4})(?=\s)/gm, '$1##');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
