import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';
import { diagnosticsOf, MANAGER_PROFILE } from './ruleNotes';
import { noteUri, removeNotes, writeNotes } from './runtimeNotes';

// SPEC §8: a finding on the line the cursor is on waits until the cursor leaves the line or the
// note is saved — a half-typed `📅 ` is not an error yet. The runner's clock is Mon 23 Nov 2026
// 17:30; Zed's agenda of Tue 24 Nov is shared and complete, so it starts with no finding.

const AGENDA = [
  '---',
  'with: Zed Rules',
  'date: 2026-11-24',
  'shared: 2026-11-23T12:00',
  '---',
  '# 1x1 with Zed — Tue 24 Nov 2026',
  '',
  '## Action items from last time',
  'Nothing carried.',
  '',
  '## Roadblocks',
  'None.',
  '',
  '## Top 3 priorities',
  '1. Ship the importer', // line 14
  '',
  '## One thing you should know',
  'Nothing new.',
  '',
  '## What is unclear',
  'Nothing.',
  '',
  '## Rotating topic: Skill development',
  'Conference talk.',
  '',
  '## Commitments',
  '- [ ] Introduce me to the data team 📅 2026-12-01',
  '', // line 27: where the user types
  '',
].join('\n');

const TYPED_LINE = 27;
const HALF_TYPED = '- [ ] x 📅 ';

let folders = 0;
const made: string[] = [];

/** A fresh copy of the agenda in the active editor, the cursor on the empty line of Commitments. */
async function editorOnAgenda(): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri }> {
  const folder = `1on1/zz-typing-${++folders}`;
  made.push(folder);
  await writeNotes(folder, { 'profile.md': MANAGER_PROFILE, '2026-11-24.md': AGENDA });
  const uri = noteUri(folder, '2026-11-24.md');
  const editor = await vscode.window.showTextDocument(uri);
  editor.selection = new vscode.Selection(TYPED_LINE, 0, TYPED_LINE, 0);
  return { editor, uri };
}

/** Types the half date on the cursor's line and, elsewhere, makes the priorities unranked: that finding's arrival says the note was checked. */
async function typeHalfDate(editor: vscode.TextEditor, uri: vscode.Uri): Promise<void> {
  assert.ok(await editor.edit((b) => {
    b.insert(new vscode.Position(TYPED_LINE, 0), HALF_TYPED);
    b.replace(new vscode.Range(14, 0, 14, 2), '-');
  }));
  editor.selection = new vscode.Selection(TYPED_LINE, HALF_TYPED.length, TYPED_LINE, HALF_TYPED.length);
  await waitFor(() => diagnosticsOf(uri).some((d) => d.startsWith('unranked-priorities ')), 'the note to be checked (unranked-priorities)');
}

const onTypedLine = (uri: vscode.Uri) => diagnosticsOf(uri).filter((d) => /^(invalid-date|missing-due-date) /.test(d) && d.includes(` ${TYPED_LINE}:`));

describe('Diagnostics while typing', () => {
  // VS Code in a browser saves after a second by default (files.autoSave: afterDelay), and a saved
  // note rightly shows every finding: on a slow machine the save came before the first check and
  // the test saw the findings it expects held back. These tests are about unsaved text.
  before(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    for (const folder of made) await removeNotes(folder);
  });

  it('holds back the findings of the line being typed until the cursor leaves it', async () => {
    const { editor, uri } = await editorOnAgenda();
    await typeHalfDate(editor, uri);
    assert.deepStrictEqual(onTypedLine(uri), [], 'nothing on the line being typed');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor(() => onTypedLine(uri).length > 0, 'the half-typed date to be reported once the cursor left the line');
  });

  it('shows them once the note is saved, the cursor still on the line', async () => {
    const { editor, uri } = await editorOnAgenda();
    await typeHalfDate(editor, uri);
    assert.deepStrictEqual(onTypedLine(uri), []);
    assert.ok(await editor.document.save());
    await waitFor(() => onTypedLine(uri).length > 0, 'the half-typed date to be reported once saved');
    assert.strictEqual(editor.selection.active.line, TYPED_LINE);
  });
});
