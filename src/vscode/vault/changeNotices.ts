import * as vscode from 'vscode';

/** Bursts of events (a `git checkout`, a sync) become one change notice. */
const CHANGE_DEBOUNCE_MS = 100;

/** What changed since the last notice: some files (vault-relative), or everything (a reload: first read, settings, folders). */
export interface VaultChange {
  readonly files: ReadonlySet<string>;
  readonly all: boolean;
}

/** Gathers the files that changed and fires one `VaultChange` once the events stop for a moment. */
export class ChangeNotices implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<VaultChange>();
  readonly onDidChange = this.changed.event;
  private pending: NodeJS.Timeout | undefined;
  private pendingFiles = new Set<string>();
  private pendingAll = false;

  /** `queued` hears of each change at once, before the debounced notice (the persisted index's writer keeps its own time). */
  constructor(private readonly queued: () => void = () => undefined) {}

  file(file: string): void {
    this.pendingFiles.add(file);
    this.schedule();
  }

  all(): void {
    this.pendingAll = true;
    this.schedule();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.changed.dispose();
  }

  private schedule(): void {
    this.queued();
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const change: VaultChange = { files: this.pendingFiles, all: this.pendingAll };
      this.pendingFiles = new Set();
      this.pendingAll = false;
      this.changed.fire(change);
    }, CHANGE_DEBOUNCE_MS);
  }
}
