import { hoursAndMinutes } from '../text/wording';
import type { RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { upcomingMeetings } from '../schedule/schedule';
import { shareDeadline } from '../schedule/shareDeadline';
import { seriesName } from '../model/seriesState';
import { defineRule } from './rule';
import { newAgendaFix, seriesPlace } from './seriesLevel';

/**
 * `agenda-not-written` (SPEC §11): with my manager (role `manager`), the next meeting has no note
 * at all — so `agenda-not-shared`, which looks at notes, cannot see it. Past the share deadline:
 * the rule's severity; less than 24 hours before it: info. On the series' profile (else its latest
 * note). Fix: New 1x1 agenda.
 */
export const agendaNotWritten = defineRule({
  id: 'agenda-not-written',
  defaultSeverity: 'warning',
  check(series) {
    if (series.role !== 'manager') return [];
    const { now, settings } = series;
    // The next meeting as the schedule says it (a meeting today counts until its time has passed).
    const next = upcomingMeetings(series, now, 1)[0];
    if (!next || next.note) return [];
    const { date: deadlineDate, minutesLeft } = shareDeadline(next.date, settings, now);
    if (minutesLeft >= 24 * 60) return [];
    const place = seriesPlace(series);
    if (!place) return [];
    const name = seriesName(series, series.id);
    const meeting = formatShortDateFrom(next.date, now.date);
    const deadline = `${settings.shareBy} on ${formatShortDateFrom(deadlineDate, now.date)}`;
    const finding: RuleFinding = {
      rule: this.id,
      ...place,
      message:
        minutesLeft <= 0
          ? `No agenda written for the 1x1 with ${name} on ${meeting}: it was due to be shared by ${deadline}. Write it now (New 1x1 agenda).`
          : `No agenda written yet for the 1x1 with ${name} on ${meeting}: share it by ${deadline} (${hoursAndMinutes(minutesLeft)} left).`,
      fixes: [newAgendaFix(series)],
    };
    if (minutesLeft > 0) finding.milder = 'info';
    return [finding];
  },
});
