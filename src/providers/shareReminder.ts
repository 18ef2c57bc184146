import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { isPinnedByEnvironment, type LocalDateTime } from '../core/schedule/clock';
import { keptReminders, reminderMessage, reminderWindowDays, sharesToRemind, type ShareReminder } from '../core/views/shareReminder';
import { weekAhead } from '../core/views/week';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * The reminder to share an agenda with my manager (issue 13): within `oneOnOne.remindBeforeShareBy`
 * minutes of the share deadline of an agenda written but not shared, one notification with
 * "Share now" (the Share agenda command on that note) and "Open agenda" — once per meeting, also
 * across reloads (the meetings reminded of are kept in the workspace's state).
 *
 * It looks when the vault's minute clock moves on, and once when the vault is first read — but
 * never by itself while the clock is pinned (`ONE_ON_ONE_NOW`: tests, demos): a pinned moment would
 * remind on every start. The in-VS Code tests ask it through its probe, at a moment they choose.
 */

const REMINDED_KEY = 'oneOnOne.shareReminders';

/** Shows the notification; the in-VS Code tests answer it themselves. */
export type ReminderMessage = (message: string, ...actions: string[]) => Thenable<string | undefined>;

export class ShareReminders {
  show: ReminderMessage = (message, ...actions) => vscode.window.showInformationMessage(message, ...actions);
  private checking = Promise.resolve<ShareReminder[]>([]);

  constructor(
    private readonly vault: WorkspaceVault,
    private readonly memory: vscode.Memento,
  ) {}

  /** Reminds of what is due at `now` (default: the vault's clock) and was not reminded of yet; returns what it reminded of. One check at a time. */
  check(now?: LocalDateTime): Promise<ShareReminder[]> {
    this.checking = this.checking.then(() => this.remind(now ?? this.vault.clock.now()));
    return this.checking;
  }

  /** The keys (note and meeting date) reminded of, as remembered. */
  reminded(): readonly string[] {
    return this.memory.get<string[]>(REMINDED_KEY, []);
  }

  private async remind(now: LocalDateTime): Promise<ShareReminder[]> {
    await this.vault.ready();
    const minutes = this.vault.index.settings.remindBeforeShareBy;
    if (minutes <= 0) return [];
    const reminded = this.reminded();
    const due = sharesToRemind(weekAhead(this.vault.index.seriesStates(), now, reminderWindowDays(minutes)), minutes, new Set(reminded));
    if (due.length === 0) return [];
    // Remembered before it is shown: a reload while the notification is up does not show it twice.
    await this.memory.update(REMINDED_KEY, [...keptReminders(reminded, now.date), ...due.map((r) => r.key)]);
    for (const r of due) void this.offer(r, now);
    return due;
  }

  private async offer(r: ShareReminder, now: LocalDateTime): Promise<void> {
    const choice = await this.show(reminderMessage(r, now.date), 'Share now', 'Open agenda');
    const uri = this.vault.uriOf(r.file);
    if (choice === 'Share now') await vscode.commands.executeCommand(COMMAND_IDS.shareAgenda, uri);
    else if (choice === 'Open agenda') await vscode.window.showTextDocument(uri);
  }
}

export const shareReminder: Feature = (context, { vault }) => {
  const reminders = new ShareReminders(vault, context.workspaceState);
  context.subscriptions.push(vault.onDidChangeTime(() => void reminders.check()));
  if (!isPinnedByEnvironment(process.env)) void reminders.check();
  return { shareReminder: reminders };
};
