import type { VaultSpec } from './vaultBuilder';

/**
 * The vault the `.ics` export's tests write from (its unit tests and the round trip through the
 * calendar reader): a weekly series with a note's own time, a canceled and a rescheduled week,
 * 45 minutes; and an inferred series with no profile.
 */
export const EXPORT_VAULT: VaultSpec = {
  now: '2026-11-23T17:30',
  profiles: { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', duration: 45, since: '2026-09-01' } },
  notes: [
    { date: '2026-11-17', status: 'held' },
    { date: '2026-11-24', fm: { time: '"11:00"' } },
    { date: '2026-12-01', status: 'canceled' },
    { date: '2026-12-08', status: 'rescheduled', fm: { moved_to: '2026-12-10' } },
    { series: 'priya', date: '2026-11-09', fm: { with: 'Priya Raman' } },
    { series: 'priya', date: '2026-11-16', fm: { with: 'Priya Raman' } },
  ],
};
