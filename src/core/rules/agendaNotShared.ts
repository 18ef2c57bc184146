import { hoursAndMinutes } from '../text/wording';
import type { RuleFinding } from './finding';
import { keyRange } from '../model/meetingNote';
import { meetingMomentOf } from '../schedule/schedule';
import type { CalendarMoment } from '../calendar/occurrence';
import { shareDeadline } from '../schedule/shareDeadline';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { stampSharedEdits } from '../edits/sharedStamp';
import { defineRule } from './rule';

/**
 * `agenda-not-shared`: with my manager (role `manager`), the next planned note must be shared by
 * `oneOnOne.shareBy` on the last working day before the meeting (`oneOnOne.workingDays`). Past that deadline: the rule's severity; within 24 hours
 * of it: info. Fix: stamp `shared:` now.
 */
export const agendaNotShared = defineRule({
  id: 'agenda-not-shared',
  defaultSeverity: 'warning',
  check(series) {
    if (series.role !== 'manager') return [];
    const { now, settings } = series;
    // Once today's meeting has started, sharing its agenda is moot (status-not-updated takes over tomorrow).
    let when: CalendarMoment | undefined;
    const next = series.notes.find((n) => {
      if (n.status !== 'planned') return false;
      // Where the meeting is: the calendar may have moved it, or canceled it (SPEC §12).
      when = meetingMomentOf(series, n);
      if (!when) return false;
      return when.date > now.date || (when.date === now.date && (when.time === undefined || when.time > now.time));
    });
    if (!next || !when || next.shared !== undefined) return [];
    const { date: deadlineDate, minutesLeft } = shareDeadline(when.date, settings, now);
    if (minutesLeft > 24 * 60) return [];
    const meeting = formatShortDateFrom(when.date, now.date);
    const by = `${settings.shareBy} on ${formatShortDateFrom(deadlineDate, now.date)}`;
    const finding: RuleFinding = {
      rule: this.id,
      file: next.file,
      range: keyRange(next.parsed, 'date'),
      message:
        minutesLeft <= 0
          ? `The agenda for ${meeting} was due to be shared by ${by}. Share it now.`
          : `Share the agenda for ${meeting} by ${by} (${hoursAndMinutes(minutesLeft)} left).`,
      fixes: [
        {
          title: 'Mark the agenda as shared now',
          edits: (read) => {
            const text = read(next.file);
            return (text !== undefined && stampSharedEdits(next.file, text, now)) || [];
          },
        },
      ],
    };
    if (minutesLeft > 0) finding.milder = 'info';
    return [finding];
  },
});
