import type { RuleFinding } from './finding';
import { daysBetween, formatShortDateFrom } from '../schedule/calendarDate';
import { describeCadence } from '../model/profile';
import { cadenceIntervalDays } from '../schedule/schedule';
import { seriesName } from '../model/seriesState';
import { defineRule } from './rule';
import { newAgendaFix, seriesPlace } from './seriesLevel';

/**
 * `meeting-gap` (SPEC §11): no meeting of the series has been held for more than twice its
 * cadence, up to today — counted from the latest held meeting (else the profile's `since`, else the
 * first note). Only the gap still open is reported: a hole that a held meeting has since closed is
 * history, with nothing left to do about it (Insights shows it month by month). On the series'
 * profile (else its latest note). Fix: New 1x1 agenda.
 */
export const meetingGap = defineRule({
  id: 'meeting-gap',
  defaultSeverity: 'warning',
  check(series) {
    if (!series.cadence) return [];
    const today = series.now.date;
    const start = series.latestHeld?.date ?? series.profile?.since ?? series.notes[0]?.date;
    if (start === undefined) return [];
    const days = daysBetween(start, today);
    const cadence = series.cadence.cadence;
    if (days <= 2 * cadenceIntervalDays(cadence)) return [];
    const place = seriesPlace(series);
    if (!place) return [];
    const name = seriesName(series, series.id);
    const since = series.latestHeld ? `since ${formatShortDateFrom(start, today)}` : `since the series began (${formatShortDateFrom(start, today)})`;
    const finding: RuleFinding = {
      rule: this.id,
      ...place,
      message: `No 1x1 with ${name} held ${since} — ${days} days, more than twice the cadence (${describeCadence(cadence)}${series.cadence.inferred ? ', inferred' : ''}). Hold the next one, or ${series.profile ? 'change `cadence:` in the profile' : 'write its `cadence:` in a profile.md'}.`,
      fixes: [newAgendaFix(series)],
    };
    return [finding];
  },
});

