import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceRoot } from './helpers';
import { diagnosticsOf, EVERY_RULE } from './ruleNotes';
import { closeNotes, noteUri, removeNotes, writeNotes } from './runtimeNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30 (a Monday). Expected ranges are worked out by
// hand from the notes in ruleNotes.ts (0-based lines and UTF-16 characters, as the editor counts).

const FOLDER = '1on1/zz-rules';

/** What the Problems panel should hold for each note of the series, by hand. */
const EXPECTED: Record<string, string[]> = {
  '2026-10-20.md': ['status-not-updated Information 3:0-3:7'],
  '2026-10-27.md': ['dropped-commitment Warning 8:0-8:33', 'invalid-date Error 10:25-10:35'],
  '2026-11-03.md': ['invalid-front-matter Error 3:0-3:7'],
  '2026-11-10.md': ['duplicate-meeting Warning 2:0-2:5'],
  '2026-11-10-2.md': ['duplicate-meeting Warning 2:0-2:5'],
  '2026-11-17.md': ['duplicate-id Warning 31:0-31:46', 'overdue-commitment Warning 29:0-29:42', 'stale-commitment Warning 8:0-8:31', 'too-many-priorities Warning 17:0-17:19'],
  '2026-11-24.md': [
    'agenda-not-shared Warning 2:0-2:5',
    'empty-section Information 18:0-18:28',
    'missing-due-date Information 24:0-24:35',
    'missing-section Warning 6:0-6:0',
    'unranked-priorities Information 15:0-16:21',
  ],
  '2026-12-08.md': ['future-held Warning 3:0-3:7'],
  'profile.md': [],
};

const uri = (name: string) => noteUri(FOLDER, name);

async function waitForDiagnostics(name: string, expected: string[], what: string): Promise<void> {
  try {
    await waitFor(() => JSON.stringify(diagnosticsOf(uri(name))) === JSON.stringify(expected), what);
  } catch (error) {
    // Show the difference rather than only the time-out.
    assert.deepStrictEqual(diagnosticsOf(uri(name)), expected, String(error));
  }
}

describe('Diagnostics', () => {
  before(async () => {
    await writeNotes(FOLDER, EVERY_RULE);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('oneOnOne').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await removeNotes(FOLDER);
  });

  it('lists every rule of the series, with the ranges and severities worked out by hand', async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) await waitForDiagnostics(name, expected, `the diagnostics of ${name}`);
    const rules = new Set(Object.values(EXPECTED).flatMap((lines) => lines.map((l) => l.split(' ')[0])));
    assert.strictEqual(rules.size, 15, 'the series fires all 15 rules');
  });

  it('shows the findings of a note that was never opened (the Problems panel covers the whole vault)', async () => {
    const name = '2026-10-27.md';
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri(name).toString()), 'the note is not open');
    await waitForDiagnostics(name, EXPECTED[name], 'the unopened note to have diagnostics');
  });

  it('says where they come from and links each rule to its page shipped with the extension', async () => {
    const diagnostics = Object.keys(EXPECTED).flatMap((name) => vscode.languages.getDiagnostics(uri(name)));
    assert.strictEqual(diagnostics.length, 16);
    for (const d of diagnostics) {
      assert.strictEqual(d.source, '1x1');
      assert.ok(typeof d.code === 'object', 'code has a value and a target');
      const { value, target } = d.code;
      assert.ok(target.path.endsWith(`/docs/rules/${value}.md`), target.toString());
      const stat = await vscode.workspace.fs.stat(target);
      assert.strictEqual(stat.type, vscode.FileType.File, `${target.toString()} exists`);
      assert.ok(d.message.length > 20, 'the message says what to do');
    }
    const message = vscode.languages.getDiagnostics(uri('2026-11-17.md')).find((d) => typeof d.code === 'object' && d.code.value === 'overdue-commitment')?.message;
    assert.strictEqual(message, '"Renew the certificates" was due Fri 20 Nov, 3 days ago. Mark it done, or agree a new date.');
  });

  it('clears a deleted note, and re-checks the rest of its series', async () => {
    await vscode.workspace.fs.delete(uri('2026-11-10-2.md'));
    await waitForDiagnostics('2026-11-10-2.md', [], 'the deleted note to lose its diagnostics');
    await waitForDiagnostics('2026-11-10.md', [], 'the other note of 10 Nov to be no longer a duplicate');
  });

  it('re-checks the series of a deleted note kept outside the series folders (type: 1x1, with:)', async () => {
    const elsewhere = 'zz-elsewhere';
    try {
      await writeNotes(elsewhere, { 'zed.md': ['---', 'type: 1x1', 'with: zz rules', 'date: 2026-11-10', '---', '# Another 1x1 on 10 Nov', ''].join('\n') });
      await waitForDiagnostics('2026-11-10.md', ['duplicate-meeting Warning 2:0-2:5'], 'the note elsewhere to make 10 Nov a duplicate');
      await vscode.workspace.fs.delete(noteUri(elsewhere, 'zed.md'));
      await waitForDiagnostics('2026-11-10.md', [], 'the deleted note elsewhere to take the duplicate away');
    } finally {
      await removeNotes(elsewhere);
    }
  });

  it('follows oneOnOne.rules without a reload: off removes a rule, a severity changes it', async () => {
    const config = vscode.workspace.getConfiguration('oneOnOne');
    await config.update('rules', { 'stale-commitment': 'off', 'missing-section': 'error' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics('2026-11-17.md', ['duplicate-id Warning 31:0-31:46', 'overdue-commitment Warning 29:0-29:42', 'too-many-priorities Warning 17:0-17:19'], 'stale-commitment to go');
    await waitForDiagnostics(
      '2026-11-24.md',
      ['agenda-not-shared Warning 2:0-2:5', 'empty-section Information 18:0-18:28', 'missing-due-date Information 24:0-24:35', 'missing-section Error 6:0-6:0', 'unranked-priorities Information 15:0-16:21'],
      'missing-section to become an error',
    );
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics('2026-11-17.md', EXPECTED['2026-11-17.md'], 'the defaults to come back');
    await waitForDiagnostics('2026-11-24.md', EXPECTED['2026-11-24.md'], 'the defaults to come back');
  });

  it('updates a note as it is edited, unsaved, and the series with it', async () => {
    const document = await vscode.workspace.openTextDocument(uri('2026-11-24.md'));
    const edit = new vscode.WorkspaceEdit();
    // Fills the empty section and adds the missing one; numbers the priorities.
    edit.insert(document.uri, new vscode.Position(19, 0), 'Reorg rumours.\n\n## What is unclear\nNothing.\n');
    edit.replace(document.uri, new vscode.Range(15, 0, 15, 1), '1.');
    edit.replace(document.uri, new vscode.Range(16, 0, 16, 1), '2.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.isDirty);
    await waitForDiagnostics('2026-11-24.md', ['agenda-not-shared Warning 2:0-2:5', 'missing-due-date Information 28:0-28:35'], 'the fixed findings to go and the rest to move down');
    // Only that note changed: the others keep theirs.
    await waitForDiagnostics('2026-11-17.md', EXPECTED['2026-11-17.md'], 'the other notes to keep theirs');
  });

  it('clears every note of a deleted series folder (VS Code reports the folder only)', async () => {
    await closeNotes(FOLDER);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), FOLDER), { recursive: true, useTrash: false });
    for (const name of Object.keys(EXPECTED)) await waitForDiagnostics(name, [], `${name} to lose its diagnostics`);
  });
});
