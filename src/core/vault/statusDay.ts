import { defaultStatus } from '../model/meetingNote';
import type { MeetingNote } from '../model/model';

/**
 * Time passing, for the statuses of the vault. A note without `status:` is `planned` up to and
 * including its date and `held` from the next day on (SPEC §3, `defaultStatus`): the same file
 * means something else tomorrow. That status is kept on the note, because every rule, view and
 * edit reads `note.status` (deriving it in each of them would spread one rule over dozens of
 * places, and cost a date comparison per note per question). So the day it was derived for is kept
 * here, and when the injected clock shows another day, `moveTo` re-derives the status of every
 * note that has none written — the one place a status changes without its file changing. On the
 * same day (nearly every call) it is one string comparison.
 */
export class StatusDay {
  private day: string;

  constructor(today: string) {
    this.day = today;
  }

  /** The day the notes' default statuses hold for: a note read now takes its status for this day. */
  get date(): string {
    return this.day;
  }

  /** Brings the default statuses of `notes` to `today`; returns whether the day changed. */
  moveTo(today: string, notes: () => Iterable<MeetingNote>): boolean {
    if (today === this.day) return false;
    this.day = today;
    for (const note of notes()) if (!note.statusWritten) note.status = defaultStatus(note.date, today);
    return true;
  }
}
