import type { ActionItem, ParsedNote, ParseProblem } from '../../parsing/types';

export const MEETING_STATUSES = ['planned', 'held', 'canceled', 'rescheduled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One meeting note (SPEC §3) as the index keeps it. */
export interface MeetingNote {
  /** Path relative to the vault folder's parent (`1on1/dana/2026-11-24.md`), `/`-separated. */
  file: string;
  series: string;
  /** The meeting date (front matter `date`, else the file name); undefined when neither is valid. */
  date?: string;
  time?: string;
  /** Effective status: the written one when valid, else the default of SPEC §3. */
  status: MeetingStatus;
  /** True when `status:` is written in the front matter with a known value. */
  statusWritten: boolean;
  rotation?: string;
  shared?: string;
  movedTo?: string;
  withName?: string;
  parsed: ParsedNote;
  /** What `invalid-front-matter` reports: YAML errors, a missing or impossible date, an unknown status. */
  frontMatterProblems: ParseProblem[];
  /**
   * The latest done date of its items, and whether two of its items share a block id: read once
   * when the note is read, so that `future-held` and `duplicate-id` look at the items of the few
   * notes concerned instead of every item of the series on every check.
   */
  latestDone: string | undefined;
  duplicateIds: boolean;
}

export type Role = 'manager' | 'report';

export type Cadence =
  | { kind: 'weekly' }
  | { kind: 'biweekly' }
  | { kind: 'monthly' }
  | { kind: 'every-n-weeks'; weeks: number };

export interface Profile {
  file: string;
  series: string;
  withName?: string;
  role: Role;
  cadence?: Cadence;
  /** 0 = Sunday … 6 = Saturday */
  day?: number;
  time?: string;
  duration?: number;
  since?: string;
  topics?: string[];
  /** Handles that mean this person in `@owner` (SPEC §10), without `@`, as written. */
  aliases?: string[];
  /** `calendar:` (SPEC §12): texts that mark this series' events in a calendar export's SUMMARY. */
  calendarTexts?: string[];
  parsed: ParsedNote;
  /** YAML errors and values the profile cannot use (an unknown cadence, role or day). */
  problems: ParseProblem[];
}

/** A commitment seen in one or more notes of a series (SPEC §6, lineage). */
export interface Lineage {
  /** Occurrences in note order: the first raised it, the last is the live item. */
  occurrences: ItemRef[];
  /** Date of the note that raised it. */
  raised: string;
  /** Number of later notes it appears in. */
  carried: number;
}

export interface ItemRef {
  note: MeetingNote;
  item: ActionItem;
  /** Index of the item in `note.parsed.items`. */
  index: number;
}

export function liveOf(lineage: Lineage): ItemRef {
  return lineage.occurrences[lineage.occurrences.length - 1];
}
