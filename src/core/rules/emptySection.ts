import { minutesOfDay, minutesUntil } from '../schedule/clock';
import type { RuleFinding } from './finding';
import type { MeetingNote } from '../model/model';
import { meetingMomentOf } from '../schedule/schedule';
import type { SeriesState } from '../model/seriesState';
import { shareDeadline } from '../schedule/shareDeadline';
import { headingRange } from '../model/noteRanges';
import { topicTitle } from '../schedule/rotation';
import type { Section } from '../../parsing/types';
import { defineRule } from './rule';

const DAY = 24 * 60;

/** Sections written in the meeting, not before it (SPEC §8). */
const WRITTEN_IN_THE_MEETING = new Set(['commitments', 'notes']);

/**
 * `empty-section`: a required section of a planned note has nothing under its heading, once the
 * share deadline (role `manager`) or the meeting (role `report`) is less than 24 h away. Never on
 * `commitments` and `notes` before the meeting has started, on `action-items` when the previous
 * note had nothing to carry (or there is none), nor on the rotating topic when it is `manager`'s.
 */
export const emptySection = defineRule({
  id: 'empty-section',
  defaultSeverity: 'info',
  check(series) {
    const findings: RuleFinding[] = [];
    const required = new Map(series.settings.sections.filter((d) => d.required).map((d) => [d.key, d]));
    for (const note of series.currentNotes) {
      if (note.status !== 'planned') continue;
      const meeting = meetingMomentOf(series, note);
      // A meeting the calendar canceled has no deadline (calendar-mismatch says so).
      if (!meeting) continue;
      const untilMeeting = minutesUntilMeeting(meeting.date, meeting.time, series);
      const untilDue = series.role === 'manager' ? shareDeadline(meeting.date, series.settings, series.now).minutesLeft : untilMeeting;
      if (untilDue >= DAY) continue;
      const started = untilMeeting <= 0;
      for (const section of note.parsed.sections) {
        if (section.hasContent || !required.has(section.key)) continue;
        if (!started && WRITTEN_IN_THE_MEETING.has(section.key)) continue;
        if (section.key === 'action-items' && !previousHadAnythingToCarry(series, note)) continue;
        if (section.key === 'rotation' && isManagersTopic(note, section)) continue;
        findings.push({
          rule: this.id,
          file: note.file,
          range: headingRange(section.line, section.title.length + 3),
          message: !started
            ? `"${section.title}" is empty. Write at least a line before the meeting (or "Nothing this week").`
            : WRITTEN_IN_THE_MEETING.has(section.key)
              ? `"${section.title}" is empty. Write down what the meeting agreed (or "Nothing this week").`
              : `"${section.title}" is empty. Write at least a line (or "Nothing this week").`,
          fixes: [],
        });
      }
    }
    return findings;
  },
});

/**
 * Minutes from now until the meeting starts (0 or less once it has). A meeting with no known time
 * counts as starting at the end of its day: its 24-hour window (role `report`) opens at 00:00 that
 * day, and what is written in it is not asked for before the day is over.
 */
function minutesUntilMeeting(date: string, time: string | undefined, series: SeriesState): number {
  return minutesUntil(series.now, date, time === undefined ? DAY : minutesOfDay(time));
}

/**
 * The rotating topic is the manager's (they bring it): the note's `rotation: manager`, or — with no
 * `rotation:` written — a heading that names it ("Rotating topic: Manager brings one thing").
 */
function isManagersTopic(note: MeetingNote, section: Section): boolean {
  if (note.rotation !== undefined) return note.rotation === 'manager';
  const named = section.title.slice(section.title.indexOf(':') + 1).trim().toLowerCase();
  return section.title.includes(':') && (named === topicTitle('manager').toLowerCase() || named === 'manager');
}

/** True when the note before this one in the series has an open or `[>]` item — something a new agenda carries. */
function previousHadAnythingToCarry(series: SeriesState, note: MeetingNote): boolean {
  const i = series.notes.indexOf(note);
  if (i <= 0) return false;
  return series.notes[i - 1].parsed.items.some((item) => item.state === 'open' || item.state === 'carried');
}
