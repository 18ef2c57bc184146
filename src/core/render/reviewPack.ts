import { formatLongDate } from '../schedule/calendarDate';
import { topicTitle } from '../schedule/rotation';
import { plural } from '../text/wording';
import { firstName } from '../model/personName';
import { safeFileName } from '../vault/exportLocation';
import type { Side } from '../model/owner';
import type { CommitmentOutcome } from '../views/insights';
import type { NoteLink, PackCommitment, PackThread, ReviewPack } from '../views/reviewPack';
import { renderAgendaHtml } from './agendaHtml';

/**
 * The review pack as Markdown (SPEC §13): `one-on-one review` prints it, Review pack… opens it.
 * Every claim links to its note, relatively from the folder that holds the vault (the workspace
 * folder: `[Tue 3 Nov 2026](1on1/dana/2026-11-03.md)`), so the pack saved there opens its notes.
 * Sections always appear, in the same order, and say "none" rather than vanish. The HTML is the
 * agenda export's renderer (`renderAgendaHtml`: no script, no raw HTML, nothing fetched).
 */
export function reviewPackMarkdown(pack: ReviewPack): string {
  const first = firstName(pack.name);
  const out: string[] = [];
  out.push(`# Review pack: 1x1 with ${pack.name}`, '');
  out.push(
    `${formatLongDate(pack.period.from)} to ${formatLongDate(pack.period.to)}, as the notes say on ${formatLongDate(pack.today)}. ` +
      'Links are relative to the folder that holds the vault. The Private section of the notes is never in this pack.',
    '',
  );

  const m = pack.meetings;
  out.push('## Meetings', '');
  out.push(`- Held: ${m.held.length}${m.held.length > 0 ? ` — ${m.held.map(link).join(', ')}` : ''}`);
  out.push(`- Canceled: ${m.canceled.length}${m.canceled.length > 0 ? ` — ${m.canceled.map(link).join(', ')}` : ''}`);
  out.push(
    `- Rescheduled: ${m.rescheduled.length}${m.rescheduled.length > 0 ? ` — ${m.rescheduled.map((r) => `${link(r)}${r.movedTo ? ` (moved to ${formatLongDate(r.movedTo)})` : ''}`).join(', ')}` : ''}`,
  );
  if (m.planned.length > 0) out.push(`- Planned, not held (yet): ${m.planned.length} — ${m.planned.map(link).join(', ')}`);
  const gapWeeks = pack.gaps.reduce((n, g) => n + g.weeks, 0);
  out.push(
    `- Weeks with no note: ${gapWeeks}${gapWeeks > 0 ? ` — ${pack.gaps.map((g) => (g.weeks === 1 ? `week of ${formatLongDate(g.from)}` : `${formatLongDate(g.from)} to ${formatLongDate(g.to)} (${g.weeks} weeks)`)).join(', ')}` : ''}`,
  );
  out.push('');

  out.push('## Priorities', '');
  if (pack.priorities.length === 0) out.push('None written in this period.');
  for (const p of pack.priorities) out.push(`- ${p.text} — ${threadSpan(p)}${p.goneIn ? `; left the list ${link(p.goneIn)}${p.silently ? ' without a word' : ''}` : '; still on the list'}`);
  out.push('');

  out.push('## Commitments', '');
  const sides: [Side, string][] = [
    ['mine', `Mine (what I took on with ${first})`],
    ['theirs', `${first}’s`],
    ['others', 'Others’'],
  ];
  for (const [side, title] of sides) {
    const items = pack.commitments[side];
    if (side === 'others' && items.length === 0) continue;
    out.push(`### ${title}`, '');
    out.push(outcomeSummary(items), '');
    for (const c of items) out.push(commitmentLine(c, side === 'others'));
    out.push('');
  }

  out.push('## Talking points that came back', '');
  if (pack.talkingPoints.length === 0) out.push(`None raised in ${pack.recurringAfter} meetings in a row.`);
  for (const t of pack.talkingPoints) out.push(`- ${t.text} — ${threadSpan(t)}${t.goneIn ? `; gone ${link(t.goneIn)}` : '; still raised'}`);
  out.push('');

  out.push('## Rotating topic notes', '');
  if (pack.rotation.length === 0) out.push('None written in this period.');
  for (const r of pack.rotation) out.push(`### ${link(r)}${r.topic ? ` — ${topicTitle(r.topic)}` : ''}`, '', demoteHeadings(r.text), '');
  out.push('');

  out.push('## One thing you should know', '');
  if (pack.needToKnow.length === 0) out.push('None written in this period.');
  for (const n of pack.needToKnow) out.push(`### ${link(n)}`, '', demoteHeadings(n.text), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The pack as one self-contained HTML page, through the agenda export's renderer. `vaultParent` —
 * the `file:` URL of the folder that holds the vault — makes its links open the notes wherever the
 * page is saved (a `<base>`; without it they are relative, as the Markdown's).
 */
export function reviewPackHtml(pack: ReviewPack, vaultParent?: string): Promise<string> {
  return renderAgendaHtml(reviewPackMarkdown(pack), reviewPackTitle(pack), { baseHref: vaultParent === undefined ? undefined : vaultParent.replace(/\/?$/, '/') });
}

/** `Review pack: 1x1 with Dana, 2025-12-01 to 2026-11-30`. */
export function reviewPackTitle(pack: ReviewPack): string {
  return `Review pack: 1x1 with ${firstName(pack.name)}, ${pack.period.from} to ${pack.period.to}`;
}

/** The HTML page's file name as the save dialog offers it: `Review pack Dana 2025-12-01 to 2026-11-30.html`. */
export function reviewPackFileName(pack: ReviewPack): string {
  return safeFileName(`Review pack ${firstName(pack.name)} ${pack.period.from} to ${pack.period.to}.html`);
}

/** `[Tue 3 Nov 2026](1on1/dana/2026-11-03.md)`: each part of the path percent-encoded (a space, `ü`, and `#` or `?` too, which would end the path). */
function link(note: NoteLink): string {
  return `[${formatLongDate(note.date)}](${note.file.split('/').map(encodeURIComponent).join('/')})`;
}

function threadSpan(t: PackThread): string {
  const span = t.meetings === 1 ? `${link(t.first)}` : `${link(t.first)} to ${link(t.last)}`;
  return `${span}: ${plural(t.meetings, 'meeting')}, ${plural(t.weeks, 'week')}`;
}

const OUTCOME_WORDS: Record<CommitmentOutcome, string> = {
  'done-on-time': 'done on time',
  'done-late': 'done late',
  open: 'still open',
  'dropped-on-purpose': 'dropped (canceled)',
  'dropped-silently': 'dropped (left open, not carried on)',
};

function outcomeSummary(items: readonly PackCommitment[]): string {
  if (items.length === 0) return 'None in this period.';
  const count = (...outcomes: CommitmentOutcome[]) => items.filter((c) => outcomes.includes(c.outcome)).length;
  return `Done on time: ${count('done-on-time')} · done late: ${count('done-late')} · still open: ${count('open')} · dropped: ${count('dropped-on-purpose', 'dropped-silently')}`;
}

function commitmentLine(c: PackCommitment, withOwner: boolean): string {
  const closed =
    c.outcome === 'open' ? `in ${link(c.closed)}` : c.outcome === 'dropped-silently' ? `last in ${link(c.closed)}` : c.outcome === 'dropped-on-purpose' ? `in ${link(c.closed)}` : `on ${formatLongDate(c.doneOn!)} (${link(c.closed)})`;
  const details = [withOwner && c.owner && `@${c.owner}`, `raised ${link(c.raised)}`, c.due && `due ${formatLongDate(c.due)}`, `${OUTCOME_WORDS[c.outcome]} ${closed}`].filter(Boolean);
  return `- ${c.text} — ${details.join(', ')}`;
}

/** Headings inside a note's section go below the pack's own (`###` per note). */
function demoteHeadings(markdown: string): string {
  // Not inside a fenced code block, where `# install it` is a comment of the code.
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
      else if (fence === undefined) return line.replace(/^(#{1,3})(?=\s)/, '$1###');
      return line;
    })
    .join('\n');
}
