import * as vscode from 'vscode';
import type { Finding } from '../core/rules/finding';
import { findingsToShow, type TypingState } from '../core/views/waitingFindings';
import { classifyPath } from '../core/vault/vaultPaths';
import { ruleOf, showsFindings, toDiagnostic } from '../vscode/findingDiagnostic';
import type { VaultChange, WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';
import { TimeSlices } from '../vscode/timeSlices';

/**
 * The findings of the vault as diagnostics (the Problems panel, squiggles), for every note,
 * open or not. The whole vault is published once it is read and after every reload (settings,
 * workspace folders); afterwards an edit re-checks only the series of the files that changed
 * (the rules never look across series). The vault already debounces bursts of edits (100 ms);
 * a publish waits for the vault to be fully read, and a generation counter per series drops a
 * publish that a newer change overtook while it waited.
 *
 * Patient while the user types (SPEC §8): in the active editor's unsaved note, a new finding on a
 * cursor's line waits until the cursor leaves the line or the note is saved
 * (`core/views/waitingFindings.ts`). The Meetings row's colour is the file decoration VS Code
 * draws from these diagnostics, so it waits too.
 *
 * A publish sends its files in one `DiagnosticCollection.set([[uri, diagnostics], …])` (one
 * message to the window, not one per file), and the whole vault's is computed series by series in
 * slices of a few milliseconds, yielding to the extension host between them: at 10,000 notes the
 * rules alone take tens of milliseconds, and the host must not stall (the minute's republish included).
 *
 * What a file shows is read back from the collection (VS Code keeps it anyway), and a file's
 * findings are kept here only while some of them wait: per-file copies of either held 4 MB of the
 * extension host's heap at 10,000 notes (a finding's fixes hold on to its series' notes).
 */
export const diagnostics: Feature = (context, { vault }) => {
  context.subscriptions.push(new VaultDiagnostics(vault, context.extensionUri));
};

/** A whole-vault publish works this long at most before it lets the extension host run other tasks. */
const SLICE_MS = 8;

/** What one publish hands VS Code at once: a file's diagnostics, or undefined to clear them. */
type Batch = [vscode.Uri, vscode.Diagnostic[] | undefined][];

export class VaultDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('oneOnOne');
  private readonly subscriptions: vscode.Disposable[] = [this.collection];
  /** Files that show diagnostics: their series and the URI they show under (what they show is in `collection`). */
  private readonly shown = new Map<string, { series: string; uri: vscode.Uri }>();
  /**
   * Every finding as last published of each file where some wait (the notes being typed in): the
   * cursor leaving a line shows them. A file where none waits shows all its findings already, and
   * a cursor moving in it changes nothing.
   */
  private readonly withWaiting = new Map<string, { series: string; findings: readonly Finding[] }>();
  /** Where the user was typing when last looked: file, cursor lines, unsaved. */
  private typing: { file: string; key: string } | undefined;
  private readonly shownBySeries = new Map<string, Set<string>>();
  /**
   * The series a file was last seen in, for the files whose path does not name it (a note outside
   * the series folders that names its series in front matter): a file that moves or goes away
   * re-checks its old series. Every other file's is its path's — a map of all 10,000 weighed 0.4 MB.
   */
  private readonly seriesBeyondPath = new Map<string, string>();
  /** Per series (and '' for the whole vault): bumped by every request, so that only the newest one publishes. */
  private readonly generations = new Map<string, number>();
  /** The clock's minute of the last whole-vault publish. */
  private stampOfAll = '';
  /** The workspace folder the shown files are in. */
  private root: string | undefined;
  private disposed = false;

  constructor(
    private readonly vault: WorkspaceVault,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscriptions.push(
      vault.onDidChange((change) => this.onChange(change)),
      // Overdue, the share deadline and "status not updated" depend on the time.
      vault.onDidChangeTime(() => {
        if (this.stamp() !== this.stampOfAll) void this.publishAll();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.onTypingMoved()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.onTypingMoved();
      }),
      vscode.workspace.onDidSaveTextDocument(() => this.onTypingMoved()),
      // An undo back to the saved text makes the note clean again.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.onTypingMoved();
      }),
    );
    this.typing = this.typingNow();
    // The folder shown for is the one open now: the first whole-vault publish must not take the
    // series published before it (a file read meanwhile) for another folder's, and clear them.
    this.root = vault.root()?.toString();
    void this.publishAll();
  }

  dispose(): void {
    this.disposed = true;
    for (const s of this.subscriptions) s.dispose();
  }

  private onChange(change: VaultChange): void {
    if (change.all) {
      void this.publishAll();
      return;
    }
    const series = new Set<string>();
    for (const file of change.files) {
      const before = this.seriesLastSeen(file);
      const now = this.vault.index.seriesOf(file);
      if (before !== undefined) series.add(before);
      this.remember(file, now);
      if (now !== undefined) series.add(now);
      // Deleted, or no longer a note: nothing of it to show, whatever its old series finds.
      else this.show(file, undefined, []);
    }
    for (const id of series) void this.publishSeries(id);
  }

  private async publishAll(): Promise<void> {
    const generation = this.bump('');
    await this.whenRead();
    const overtaken = () => this.disposed || generation !== this.generations.get('');
    if (overtaken()) return;
    const index = this.vault.index;
    this.stampOfAll = this.stamp();
    // The findings, series by series in slices; the generation of each series as its findings were taken.
    const taken = new Map<string, number | undefined>();
    const byFile = new Map<string, Finding[]>();
    const slices = new TimeSlices(SLICE_MS);
    for (const id of index.seriesIds()) {
      // A reload replaced the index: its own publish follows.
      if ((await slices.pause()) && (overtaken() || this.vault.index !== index)) return;
      taken.set(id, this.generations.get(id));
      for (const f of index.seriesFindings(id)) {
        const list = byFile.get(f.file);
        if (list) list.push(f);
        else byFile.set(f.file, [f]);
      }
    }
    const root = this.vault.root()?.toString();
    const batch: Batch = [];
    const rootChanged = root !== this.root;
    if (rootChanged) {
      // Another workspace folder: what was shown belongs to files of the old one.
      this.root = root;
      this.collection.clear();
      this.shown.clear();
      this.withWaiting.clear();
      this.shownBySeries.clear();
    }
    this.seriesBeyondPath.clear();
    for (const file of index.allFiles()) this.remember(file, index.seriesOf(file));
    // A series edited while the slices ran has a publish of its own, newer than what was taken here.
    const current = (series: string | undefined) => series === undefined || !taken.has(series) || taken.get(series) === this.generations.get(series);
    for (const [file, shown] of [...this.shown]) if (!byFile.has(file) && current(shown.series)) this.show(file, undefined, [], batch);
    for (const [file, findings] of byFile) {
      const series = index.seriesOf(file);
      if (current(series)) this.show(file, series, findings, batch);
    }
    // Another folder: everything was cleared, so the series published on their own meanwhile are shown again, as they are now.
    if (rootChanged) for (const id of taken.keys()) if (!current(id)) for (const [file, findings] of groupByFile(index.seriesFindings(id))) this.show(file, id, findings, batch);
    if (batch.length > 0) this.collection.set(batch);
  }

  private async publishSeries(id: string): Promise<void> {
    const generation = this.bump(id);
    const wholeVault = this.generations.get('');
    await this.whenRead();
    // Overtaken by a newer request for this series, or by a whole-vault publish (which covers it).
    if (this.disposed || generation !== this.generations.get(id) || wholeVault !== this.generations.get('')) return;
    const index = this.vault.index;
    const byFile = groupByFile(index.seriesFindings(id));
    const batch: Batch = [];
    for (const file of [...(this.shownBySeries.get(id) ?? [])]) {
      if (byFile.has(file)) continue;
      const now = index.seriesOf(file);
      // A file that moved to another series keeps what that series' own publish shows.
      if (now === undefined || now === id) this.show(file, undefined, [], batch);
    }
    for (const [file, findings] of byFile) this.show(file, id, findings, batch);
    if (batch.length > 0) this.collection.set(batch);
  }

  /** The series `file` was in when last seen (undefined: none), as far as a change may have touched it. */
  private seriesLastSeen(file: string): string | undefined {
    return this.seriesBeyondPath.get(file) ?? seriesOfPath(file, this.vault.index.settings.folder);
  }

  private remember(file: string, series: string | undefined): void {
    if (series !== undefined && series !== seriesOfPath(file, this.vault.index.settings.folder)) this.seriesBeyondPath.set(file, series);
    else this.seriesBeyondPath.delete(file);
  }

  /** The cursor moved to another line or note, or the note was saved: what waited may show now. */
  private onTypingMoved(): void {
    const before = this.typing;
    const now = this.typingNow();
    if (before?.key === now?.key) return;
    this.typing = now;
    for (const file of new Set([before?.file, now?.file])) {
      const latest = file === undefined ? undefined : this.withWaiting.get(file);
      if (file !== undefined && latest) this.show(file, latest.series, latest.findings);
    }
  }

  private typingNow(): { file: string; key: string } | undefined {
    const editor = vscode.window.activeTextEditor;
    const file = editor ? this.vault.fileOf(editor.document.uri) : undefined;
    if (!editor || file === undefined) return undefined;
    const lines = [...new Set(editor.selections.map((s) => s.active.line))].sort((a, b) => a - b);
    return { file, key: `${file} ${editor.document.isDirty} ${lines.join(',')}` };
  }

  /** The active editor's cursors and saved state, when it shows this file. */
  private typingIn(file: string): TypingState | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || this.vault.fileOf(editor.document.uri) !== file) return undefined;
    const uri = this.shown.get(file)?.uri;
    const onScreen = (uri && this.collection.get(uri)) ?? [];
    return {
      cursorLines: editor.selections.map((s) => s.active.line),
      dirty: editor.document.isDirty,
      shownAlready: (finding) => onScreen.some((d) => ruleOf(d) === finding.rule && d.range.start.line === finding.range.start.line),
    };
  }

  /** Shows a file's findings (those that need not wait); with a `batch`, what changes is added to it rather than sent at once. */
  private show(file: string, series: string | undefined, all: readonly Finding[], batch?: Batch): void {
    const { shown: findings, waiting } = findingsToShow(all, this.typingIn(file));
    if (waiting.length === 0 || series === undefined) this.withWaiting.delete(file);
    else this.withWaiting.set(file, { series, findings: all });
    const before = this.shown.get(file);
    // A publish that changes nothing sends nothing.
    const unchanged = before !== undefined && showsFindings(this.collection.get(before.uri) ?? [], findings);
    if (unchanged && before.series === series) return;
    if (before) this.shownBySeries.get(before.series)?.delete(file);
    if (findings.length === 0 || series === undefined) {
      if (!before) return;
      this.shown.delete(file);
      // The URI it was shown under: the workspace folder may have changed since.
      if (batch) batch.push([before.uri, undefined]);
      else this.collection.delete(before.uri);
      return;
    }
    const uri = before?.uri ?? this.vault.uriOf(file);
    this.shown.set(file, { series, uri });
    let files = this.shownBySeries.get(series);
    if (!files) this.shownBySeries.set(series, (files = new Set()));
    files.add(file);
    if (unchanged) return;
    const diagnostics = findings.map((f) => toDiagnostic(f, this.extensionUri));
    if (batch) batch.push([uri, diagnostics]);
    else this.collection.set(uri, diagnostics);
  }

  /** Waits for the vault's read, again if a reload started meanwhile: never publishes a half-read vault. */
  private async whenRead(): Promise<void> {
    let reading: Promise<void>;
    do {
      reading = this.vault.restored();
      await reading;
    } while (reading !== this.vault.restored());
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private stamp(): string {
    const now = this.vault.clock.now();
    return `${now.date}T${now.time}`;
  }
}

/** The series a file's path names (a note or profile in a series folder), whether or not the vault holds the file. */
function seriesOfPath(file: string, folder: string): string | undefined {
  const place = classifyPath(file, folder);
  return place.kind === 'series-note' || place.kind === 'profile' || place.kind === 'template' ? place.series : undefined;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return byFile;
}
