import * as assert from 'assert';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import { WorkspaceVault, type TimeChange } from '../../../src/vscode/vault/workspaceVault';
import type { VaultChange } from '../../../src/vscode/vault/changeNotices';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { findNotes } from '../../../src/vscode/vault/vaultFiles';
import { api, nextEvent, waitFor, workspaceRoot } from './helpers';

/** A clock the test moves by hand. */
function movableClock(start: LocalDateTime): Clock & { set(at: LocalDateTime): void } {
  let at = start;
  return { now: () => at, set: (next) => (at = next) };
}

describe('WorkspaceVault', () => {
  it('lists the notes through Node as the search service finds them (hidden folders, excluded ones), a linked folder once', async () => {
    const root = workspaceRoot();
    const made = path.join(root.fsPath, 'listing-test');
    const write = (file: string) => {
      fs.mkdirSync(path.dirname(path.join(made, file)), { recursive: true });
      fs.writeFileSync(path.join(made, file), '# x\n');
    };
    try {
      for (const file of ['a.md', '.hidden/b.md', 'node_modules/c.md', '.obsidian/d.md', '.trash/e.md', 'deep/er/f.md', 'g.markdown', 'h.md.txt', 'CAPS.MD']) write(file);
      fs.symlinkSync(path.join(made, 'deep'), path.join(made, 'linked'));
      const listed = (await findNotes(vscode.Uri.file(made))).map((u) => u.fsPath).sort();
      const searched = (await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.file(made), '**/*.md'), '**/{node_modules,.git,.obsidian,.trash}/**')).map((u) => u.fsPath).sort();
      // One difference, on purpose: a folder reached directly and through a link is read once, under its first path in name order (as the CLI).
      assert.deepStrictEqual(listed, searched.filter((f) => !f.includes(path.join('listing-test', 'linked'))));
      assert.ok(listed.some((f) => f.endsWith(path.join('.hidden', 'b.md'))));
    } finally {
      fs.rmSync(made, { recursive: true, force: true });
    }
  });

  it('reads the same vault as the extension does', async () => {
    const extension = await api();
    await extension.vault.ready();
    const vault = new WorkspaceVault(movableClock({ date: '2026-11-23', time: '17:30' }));
    try {
      await vault.ready();
      assert.deepStrictEqual(vault.index.allFiles().sort(), extension.vault.index.allFiles().sort());
    } finally {
      vault.dispose();
    }
  });

  it('is not changed by a note opened as the disk has it (no surface recomputes, the persisted index is not written for it)', async () => {
    const extension = await api();
    await extension.vault.ready();
    const vault = new WorkspaceVault(movableClock({ date: '2026-11-23', time: '17:30' }));
    const folder = path.join(workspaceRoot().fsPath, '1on1', 'zz-opened-note');
    const note = (date: string) => `---\ntype: 1x1\nseries: zz-opened-note\ndate: ${date}\nstatus: held\n---\n\n## Action items\n\n- [ ] @me send the notes 📅 2026-11-20\n`;
    const heard: VaultChange[] = [];
    const subscription = vault.onDidChange((change) => heard.push(change));
    try {
      await vault.ready();
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, '2026-11-02.md'), note('2026-11-02'));
      const first = '1on1/zz-opened-note/2026-11-02.md';
      await waitFor(() => heard.some((c) => c.files.has(first)), 'the new note read from disk');
      heard.length = 0;

      const document = await vscode.workspace.openTextDocument(vault.uriOf(first));
      assert.equal(document.isDirty, false);
      // Another note written afterwards: its change is heard after any the opening caused.
      fs.writeFileSync(path.join(folder, '2026-11-09.md'), note('2026-11-09'));
      const second = '1on1/zz-opened-note/2026-11-09.md';
      await waitFor(() => heard.some((c) => c.files.has(second)), 'the second note read from disk');
      assert.deepStrictEqual(
        heard.filter((c) => c.files.has(first) || c.all),
        [],
        'opening the note was taken for a change',
      );
      assert.equal(vault.index.note(first)?.date, '2026-11-02');
    } finally {
      subscription.dispose();
      vault.dispose();
      fs.rmSync(folder, { recursive: true, force: true });
      await waitFor(() => !extension.vault.index.has('1on1/zz-opened-note/2026-11-02.md'), 'the test notes gone from the vault');
    }
  });

  it('tells the surfaces when the minute and when the day changes, and is silent while the clock stands', async () => {
    const clock = movableClock({ date: '2026-11-23', time: '23:58' });
    const vault = new WorkspaceVault(clock, { clockCheckMs: 20 });
    try {
      const heard: TimeChange[] = [];
      vault.onDidChangeTime((change) => heard.push(change));
      await new Promise((resolve) => setTimeout(resolve, 120)); // several checks with the clock standing
      assert.deepStrictEqual(heard, []);
      clock.set({ date: '2026-11-23', time: '23:59' });
      assert.deepStrictEqual(await nextEvent(vault.onDidChangeTime, 'a minute change'), { dateChanged: false });
      clock.set({ date: '2026-11-24', time: '00:00' });
      assert.deepStrictEqual(await nextEvent(vault.onDidChangeTime, 'a day change'), { dateChanged: true });
    } finally {
      vault.dispose();
    }
  });
});
