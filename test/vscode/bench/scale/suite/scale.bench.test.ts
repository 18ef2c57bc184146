import * as assert from 'assert';
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../../../../src/extension';
import { DIAGNOSTIC_SOURCE } from '../../../../../src/vscode/findingDiagnostic';
import { say } from '../../../taggedReporter';
import { findNotes } from '../../../../../src/vscode/vault/vaultFiles';
import { api, workspaceRoot } from '../../../suite/helpers';

/**
 * The scale benchmark inside the real extension host (docs/benchmark.md). One launch measures one
 * phase, chosen by scripts/vscode/bench-scale.mjs through ONE_ON_ONE_BENCH_PHASE, and prints one
 * `@@bench {json}` line:
 *  - `baseline` (examples/vault): the heap after gc, the figure the scale vaults are compared to;
 *  - `cold` (a generated vault, fresh profile): activate → first tree items and → diagnostics shown,
 *    the heap after gc, the read floors, then edits → diagnostics changed with the longest stall;
 *  - `warm` (the same workspace and profile again, nothing changed): activate → first tree items,
 *    and the snapshot's read time when the extension used one.
 * Only measures; a slow figure is reported by the script, never failed here.
 */
const BENCH_MARK = '@@bench ';

/** The vault's notes, found as the extension finds them (src/vscode/vault/vaultFiles.ts). */
const NOTES_GLOB = '**/*.md';
const NOTES_EXCLUDED = '**/{node_modules,.git,.obsidian,.trash}/**';
/** The extension reads 32 files at a time (workspaceVault.ts READ_BATCH); the others inform the choice. */
const READ_BATCHES = [8, 32, 128, Infinity];
/** Edits per opened note: the first one is reported apart; an even count leaves the note as it was. */
const EDITS_PER_NOTE = 8;
/** After an edit's diagnostics changed, the other surfaces' refreshes may still run: the stall is watched this long. */
const SETTLE_AFTER_EDIT_MS = 300;
/** After activation, before the heap is taken: the debounced change notice and every surface's first refresh. */
const QUIET_MS = 1500;


const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('scale benchmark', () => {
  it('measures the phase it was launched for', async function () {
    this.timeout(0);
    const phase = process.env.ONE_ON_ONE_BENCH_PHASE ?? 'cold';
    // Listening before anything else: the first publish of a big vault comes after the suite starts.
    const diagnostics = new DiagnosticsCount();
    const profile = await CpuProfile.start(phase === 'cold' ? 'cold-start' : phase === 'warm' ? 'warm-start' : undefined);
    try {
      const extension = await api();
      const start = await coldStart(extension, diagnostics);
      await profile?.stop();
      const figures: Record<string, unknown> = { phase, ...start, loadSteps: extension.vault.loadSteps };
      if (phase === 'warm') {
        figures.snapshot = extension.activation.snapshot ?? null;
        // Why not, when it was not used: printed under the table.
        figures.snapshotUse = extension.vault.snapshotUse ?? null;
        // Every file checked against the disk (the `ready()` the start already awaited).
        figures.checkedMs = start.vaultReadyMs;
      }
      await sleep(QUIET_MS);
      figures.heapAfterGcBytes = heapAfterGc();
      writeHeapSnapshot(phase);
      if (phase === 'cold') {
        figures.floors = await readFloors();
        // The floors read the vault a dozen times over, in ways the extension never does: their
        // garbage, collected in the edits, stalled the first edit by 50 ms. Collected before them.
        collectGarbage();
        const editsProfile = await CpuProfile.start('edits');
        figures.edits = await edits(JSON.parse(process.env.ONE_ON_ONE_BENCH_NOTES ?? '[]'));
        await editsProfile?.stop();
        // The warm launch needs the snapshot on disk (written once the vault is quiet).
        await extension.vault.snapshotWritten();
      }
      say(BENCH_MARK + JSON.stringify(figures));
    } finally {
      diagnostics.dispose();
    }
  });
});

/**
 * With ONE_ON_ONE_BENCH_PROFILE=<folder>, the extension host's CPU profile of a stretch of the
 * benchmark, written there as `<name>.cpuprofile` (the script prints its heaviest functions).
 */
class CpuProfile {
  private constructor(
    private readonly session: inspector.Session,
    private readonly file: string,
  ) {}

  static async start(name: string | undefined): Promise<CpuProfile | undefined> {
    const folder = process.env.ONE_ON_ONE_BENCH_PROFILE;
    if (!folder || !name) return undefined;
    const session = new inspector.Session();
    session.connect();
    const profile = new CpuProfile(session, path.join(folder, `${name}.cpuprofile`));
    await profile.post('Profiler.enable');
    await profile.post('Profiler.setSamplingInterval', { interval: 200 });
    await profile.post('Profiler.start');
    return profile;
  }

  async stop(): Promise<void> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: object };
    fs.writeFileSync(this.file, JSON.stringify(profile));
    this.session.disconnect();
  }

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  }
}

/**
 * activate → the first Meetings tree items (the vault's `firstShown()`: after the first pass of a
 * cold start, or the snapshot of a warm one) → vault fully read → every finding shown as a
 * diagnostic, each from the start of activate() (`activation.startedAt`, on the host's clock,
 * which this suite shares).
 */
async function coldStart(extension: OneOnOneApi, diagnostics: DiagnosticsCount) {
  await extension.vault.firstShown();
  const firstShownMs = extension.activation.firstShownMs;
  assert.ok(firstShownMs !== undefined, 'vault.firstShown() resolved but the extension did not record when');
  const startedAt = extension.activation.startedAt;

  const treeStarted = performance.now();
  const people = await extension.meetingsTree.getChildren();
  let treeItems = people.length;
  for (const person of people) {
    extension.meetingsTree.getTreeItem(person);
    treeItems += (await extension.meetingsTree.getChildren(person)).length;
  }
  const treeDone = performance.now();
  assert.ok(people.length > 0, 'the Meetings view has no people');

  await extension.vault.ready();
  await new Promise<void>((resolve) => setImmediate(resolve));
  const vaultReadyMs = extension.activation.vaultReadyMs;
  assert.ok(vaultReadyMs !== undefined, 'vault.ready() resolved but the extension did not record when');
  const findings = extension.vault.index.findings().length;
  const shownAt = await diagnostics.reached(findings, 120_000);
  return {
    files: extension.vault.index.allFiles().length,
    activateMs: extension.activation.activateMs,
    vaultReadyMs,
    treeMs: treeDone - treeStarted,
    treeItems,
    firstShownMs,
    // The tree is asked once the vault can show it, as the view does (when that was before this suite began, from that moment).
    firstTreeItemsMs: firstShownMs + (treeDone - treeStarted),
    findings,
    diagnosticsShownMs: shownAt === undefined ? null : shownAt - startedAt,
  };
}

/** Our diagnostics in the workspace, counted from `onDidChangeDiagnostics` (VS Code debounces it for extensions by 50 ms). */
class DiagnosticsCount implements vscode.Disposable {
  private readonly perFile = new Map<string, number>();
  private total = 0;
  /** When each total was first reached. */
  private readonly history: { at: number; total: number }[] = [];
  private readonly subscription: vscode.Disposable;
  private waiting: (() => void) | undefined;

  constructor() {
    for (const [uri, list] of vscode.languages.getDiagnostics()) this.count(uri, list);
    this.history.push({ at: -Infinity, total: this.total });
    this.subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) this.count(uri, vscode.languages.getDiagnostics(uri));
      this.history.push({ at: performance.now(), total: this.total });
      this.waiting?.();
    });
  }

  /** When the count first reached `total` (undefined: before we listened); rejects after `timeoutMs`. */
  async reached(total: number, timeoutMs: number): Promise<number | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = this.history.find((h) => h.total >= total);
      if (hit) return hit.at === -Infinity ? undefined : hit.at;
      if (performance.now() > deadline) throw new Error(`only ${this.total} of ${total} diagnostics shown after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 1000);
      });
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private count(uri: vscode.Uri, list: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    const now = list.filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
    this.total += now - (this.perFile.get(key) ?? 0);
    this.perFile.set(key, now);
  }
}

function heapAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
}

/**
 * With ONE_ON_ONE_BENCH_HEAP_SNAPSHOT=<folder>, the extension host's heap right after the heap
 * figure was taken (after gc), written there as `<phase>.heapsnapshot` (open it in Chrome DevTools'
 * Memory tab; the script prints what retains the most).
 */
function writeHeapSnapshot(phase: string): void {
  const folder = process.env.ONE_ON_ONE_BENCH_HEAP_SNAPSHOT;
  if (folder) v8.writeHeapSnapshot(path.join(folder, `${phase}.heapsnapshot`));
}

/**
 * The floor of the cold start, measured here: list the notes, then read every one in parallel
 * batches through `vscode.workspace.fs` (as the extension does) and through Node's `fs` (an
 * extension host on `file:` URIs could), and stat every file (what a snapshot's check costs).
 */
async function readFloors() {
  const root = workspaceRoot();
  const listStarted = performance.now();
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(root, NOTES_GLOB), NOTES_EXCLUDED);
  const findFilesMs = performance.now() - listStarted;
  const timed = async (each: (uri: vscode.Uri) => Promise<unknown>, batch: number) => {
    const started = performance.now();
    const size = Math.min(batch, uris.length);
    for (let i = 0; i < uris.length; i += size) await Promise.all(uris.slice(i, i + size).map(each));
    return performance.now() - started;
  };
  const read: Record<string, number> = {};
  let bytes = 0;
  for (const batch of READ_BATCHES) {
    const name = Number.isFinite(batch) ? String(batch) : 'all';
    bytes = 0;
    read[`workspace.fs/${name}`] = await timed(async (uri) => (bytes += (await vscode.workspace.fs.readFile(uri)).byteLength), batch);
    read[`node fs/${name}`] = await timed((uri) => fs.promises.readFile(uri.fsPath), batch);
  }
  // The way the extension reads (src/vscode/vault/localFiles.ts, workspaceVault.ts): Node's
  // callback readFile in a sliding window of 64 — the floor every ratio is against.
  const window = async (each: (uri: vscode.Uri) => Promise<unknown>, width: number) => {
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(width, uris.length) }, async () => {
      while (next < uris.length) await each(uris[next++]);
    }));
    return performance.now() - started;
  };
  const EXTENSION_WAY = 'node readFile/window 64';
  read[EXTENSION_WAY] = await window((uri) => new Promise((resolve, reject) => fs.readFile(uri.fsPath, (e, b) => (e ? reject(e) : resolve(b)))), 64);
  const syncStarted = performance.now();
  for (const uri of uris) fs.readFileSync(uri.fsPath);
  read['node readFileSync (blocks the host)'] = performance.now() - syncStarted;
  const statMs: Record<string, number> = {
    'node fs/32': await timed((uri) => fs.promises.stat(uri.fsPath), 32),
    'node fs/all': await timed((uri) => fs.promises.stat(uri.fsPath), Infinity),
    'workspace.fs/32': await timed((uri) => Promise.resolve(vscode.workspace.fs.stat(uri)), 32),
  };
  // And listing them the way the extension lists (Node, `findNotes`), which the floor uses.
  const listingStarted = performance.now();
  const listed = await findNotes(root);
  const listMs = performance.now() - listingStarted;
  assert.strictEqual(listed.length, uris.length, 'findNotes and findFiles found different notes');
  return { files: uris.length, bytes, findFilesMs, listMs, readMs: read, statMs, extensionWay: EXTENSION_WAY };
}

/**
 * Opens each note in an editor and edits it: removes its Roadblocks heading (a `missing-section`
 * finding appears), puts it back (it goes). Each edit is timed to the moment our diagnostics of
 * the note differ (polled every millisecond: the edit is in the collection) and to the
 * `onDidChangeDiagnostics` event (VS Code adds its 50 ms debounce), with the extension host's
 * longest event-loop stall from the edit until the other surfaces settled.
 */
async function edits(files: string[]) {
  assert.ok(files.length > 0, 'no notes to edit (ONE_ON_ONE_BENCH_NOTES)');
  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  const samples: { note: number; first: boolean; changedMs: number; eventMs: number | null; stallMs: number }[] = [];
  // VS Code's own Markdown extension starts (loads its modules, spawns its language server: 0.3-1 s
  // of the host's time) when the first Markdown file is opened: not an edit's work, and not ours.
  await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
  await sleep(QUIET_MS);
  try {
    for (const [note, file] of files.entries()) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), file);
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      // The cursor away from the edited lines: a finding on the cursor's line waits (SPEC §8).
      const last = document.lineCount - 1;
      editor.selection = new vscode.Selection(last, 0, last, 0);
      const heading = document.getText().split(/\r?\n/).findIndex((line) => /^##\s+(?:\d+[.)]\s*)?(roadblocks|blockers|where i'm stuck)\b/i.test(line));
      assert.ok(heading >= 0, `${file} has no Roadblocks heading to remove`);
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      await sleep(QUIET_MS); // the surfaces' work for the opened editor (CodeLens, decorations) is not the edit's
      let removed: string | undefined;
      for (let i = 0; i < EDITS_PER_NOTE; i++) {
        const edit = new vscode.WorkspaceEdit();
        if (removed === undefined) {
          removed = document.lineAt(heading).text;
          edit.delete(uri, new vscode.Range(heading, 0, heading + 1, 0));
        } else {
          edit.insert(uri, new vscode.Position(heading, 0), removed + eol);
          removed = undefined;
        }
        samples.push({ note, first: i === 0, ...(await timedEdit(uri, edit, lag)) });
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  } finally {
    lag.disable();
  }
  return samples;
}

async function timedEdit(uri: vscode.Uri, edit: vscode.WorkspaceEdit, lag: ReturnType<typeof monitorEventLoopDelay>) {
  const key = uri.toString();
  const shown = () =>
    vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE)
      .map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.range.start.line}`)
      .join('\n');
  const before = shown();
  let eventAt: number | undefined;
  const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
    if (eventAt === undefined && e.uris.some((u) => u.toString() === key) && shown() !== before) eventAt = performance.now();
  });
  try {
    lag.reset();
    const started = performance.now();
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
    const deadline = started + 20_000;
    while (shown() === before) {
      if (performance.now() > deadline) throw new Error(`the diagnostics of ${uri.path} did not change within 20 s of an edit`);
      await sleep(1);
    }
    const changedMs = performance.now() - started;
    const settleUntil = performance.now() + SETTLE_AFTER_EDIT_MS;
    while (eventAt === undefined && performance.now() < started + 20_000) await sleep(5);
    await sleep(Math.max(0, settleUntil - performance.now()));
    return { changedMs, eventMs: eventAt === undefined ? null : eventAt - started, stallMs: lag.max / 1e6 };
  } finally {
    subscription.dispose();
  }
}
