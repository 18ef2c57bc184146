import * as vscode from 'vscode';
import type { Clock } from '../../core/schedule/clock';

/** How often the clock is looked at; surfaces hear of it only when its minute changed. */
export const CLOCK_CHECK_MS = 15_000;

/** The clock moved on to another minute (and maybe another day): overdue, deadlines and relative dates may read differently. */
export interface TimeChange {
  readonly dateChanged: boolean;
}

/**
 * One timer for every surface: looks at the clock every `checkMs` and fires when its minute
 * changed (never with a pinned clock, whose minute never changes).
 */
export class MinuteClock implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TimeChange>();
  readonly onDidChangeTime = this.changed.event;
  private lastMinute: string;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly clock: Clock,
    checkMs = CLOCK_CHECK_MS,
  ) {
    this.lastMinute = minuteOf(clock);
    this.timer = setInterval(() => this.check(), checkMs);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.changed.dispose();
  }

  private check(): void {
    const minute = minuteOf(this.clock);
    if (minute === this.lastMinute) return;
    const dateChanged = minute.slice(0, 10) !== this.lastMinute.slice(0, 10);
    this.lastMinute = minute;
    this.changed.fire({ dateChanged });
  }
}

function minuteOf(clock: Clock): string {
  const now = clock.now();
  return `${now.date}T${now.time}`;
}
