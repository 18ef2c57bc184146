import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';
import { closeNotes, noteUri, removeNotes, writeNotes } from './runtimeNotes';

/**
 * A settings change re-reads the vault. VS Code keeps a document of a file for a while after its
 * editor is closed and even after the file is deleted; the re-read must take the disk's word for
 * every saved document and keep only unsaved text (which is newer than the disk) from editors.
 */
const FOLDER = '1on1/zz-reload-deleted';
const NOTE = ['---', 'with: Rae Lind', 'date: 2026-11-02', 'status: held', '---', '## Commitments', '- [ ] Book the offsite 📅 2026-11-20', ''].join('\n');

describe('a reload after a settings change', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('oneOnOne').update('staleAfterDays', undefined, vscode.ConfigurationTarget.Workspace);
    await closeNotes(FOLDER);
    await removeNotes(FOLDER);
  });

  it('does not bring back a note deleted while its document was still open', async () => {
    const { vault } = await api();
    const file = `${FOLDER}/2026-11-02.md`;
    await writeNotes(FOLDER, { '2026-11-02.md': NOTE, '2026-11-09.md': NOTE.replace('2026-11-02', '2026-11-09') });
    const document = await vscode.workspace.openTextDocument(noteUri(FOLDER, '2026-11-02.md'));
    assert.ok(!document.isDirty);
    await vscode.workspace.fs.delete(noteUri(FOLDER, '2026-11-02.md'));
    await waitFor(() => !vault.index.has(file), 'the vault to see the deletion');
    const before = vault.index;
    await vscode.workspace.getConfiguration('oneOnOne').update('staleAfterDays', 30, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => vault.index !== before, 'the reloaded index to be published');
    assert.ok(vault.index.has(`${FOLDER}/2026-11-09.md`), 'the reload read the folder');
    assert.ok(!vault.index.has(file), 'the deleted note came back from its stale document');
  });
});
