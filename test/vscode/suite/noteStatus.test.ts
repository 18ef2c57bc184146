import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MeetingNode, SeriesNode } from '../../../src/providers/meetingsView';
import type { NoteStatusResult } from '../../../src/providers/noteStatusCommands';
import { api, waitFor } from './helpers';
import { readDisk, removeNotes, uriOf, writeFile, writeNotes } from './runtimeNotes';
import { sidebarSeries } from './sidebarNotes';

const SIDEBAR = sidebarSeries('held');
const SIDEBAR_FOLDER = SIDEBAR.folder;
const SIDEBAR_SERIES = SIDEBAR.series;

const NOTE_TEXT = [
  '---',
  '# written by hand',
  'with: Zed Sidebar   # display name',
  'date: 2026-11-19',
  'time: "09:00"',
  'status: planned     # until we meet',
  'rotation: skill',
  '---',
  '# 1x1 with Zed',
  '',
].join('\n');

async function noteNode(file: string): Promise<MeetingNode> {
  const tree = (await api()).meetingsTree;
  const node = await waitFor(async () => {
    const series = ((await tree.getChildren()) as SeriesNode[]).find((s) => s.series === SIDEBAR_SERIES);
    if (!series) return undefined;
    return ((await tree.getChildren(series)) as MeetingNode[]).find((m) => m.file === file);
  }, `${file} in the Meetings tree`);
  return node!;
}

/**
 * Writes a fresh note for one test, under a name no earlier test used: VS Code may still hold a
 * closed note's old text for a while, and a rewritten file would race with it.
 */
let notes = 0;
async function freshNote(text = NOTE_TEXT): Promise<string> {
  const name = `2026-11-19-${++notes + 1}.md`;
  await writeNotes(SIDEBAR_FOLDER, { [name]: text });
  const file = `${SIDEBAR_FOLDER}/${name}`;
  assert.ok((await api()).vault.index.note(file), `${file} is a meeting note to the vault`);
  return file;
}

describe('Mark meeting held / canceled', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  after(() => removeNotes(SIDEBAR_FOLDER));

  it('sets status: held from a Meetings node, keeping comments and the other keys byte for byte; one undo restores', async () => {
    const NOTE = await freshNote();
    const node = await noteNode(NOTE);
    const result = await vscode.commands.executeCommand<NoteStatusResult>('oneOnOne.markHeld', node);
    assert.deepStrictEqual(result, { file: NOTE, status: 'held', changed: true });
    assert.strictEqual(await readDisk(NOTE), NOTE_TEXT.replace('status: planned     # until we meet', 'status: held     # until we meet'));

    const tree = (await api()).meetingsTree;
    await waitFor(async () => tree.getTreeItem(await noteNode(NOTE)).contextValue === 'oneOnOne.note.held', 'the tree to show it held');
    const item = tree.getTreeItem(await noteNode(NOTE));
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'pass-filled');

    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === NOTE_TEXT, 'one undo to restore the note');
    await document.save();
  });

  it('sets status: canceled on a note given as a URI', async () => {
    const NOTE = await freshNote();
    const result = await vscode.commands.executeCommand<NoteStatusResult>('oneOnOne.markCanceled', uriOf(NOTE));
    assert.deepStrictEqual(result, { file: NOTE, status: 'canceled', changed: true });
    assert.match(await readDisk(NOTE), /^status: canceled     # until we meet$/m);
  });

  it("marks the active editor's note when given nothing, adding status: where the front matter has none", async () => {
    const NOTE = await freshNote(NOTE_TEXT.replace('status: planned     # until we meet\n', ''));
    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    await vscode.window.showTextDocument(document);
    const result = await vscode.commands.executeCommand<NoteStatusResult>('oneOnOne.markHeld');
    assert.deepStrictEqual(result, { file: NOTE, status: 'held', changed: true });
    assert.match(document.getText(), /^rotation: skill\nstatus: held\n---$/m);
  });

  it('changes nothing when the status is already the one asked for', async () => {
    const NOTE = await freshNote();
    await vscode.commands.executeCommand('oneOnOne.markCanceled', uriOf(NOTE));
    const before = await readDisk(NOTE);
    const again = await vscode.commands.executeCommand<NoteStatusResult>('oneOnOne.markCanceled', uriOf(NOTE));
    assert.deepStrictEqual(again, { file: NOTE, status: 'canceled', changed: false });
    assert.strictEqual(await readDisk(NOTE), before);
  });

  it('changes nothing when the front matter is broken YAML, or the file is not a meeting note', async () => {
    const broken = NOTE_TEXT.replace('rotation: skill', 'rotation: [skill');
    const NOTE = await freshNote(broken);
    assert.strictEqual(await vscode.commands.executeCommand('oneOnOne.markHeld', uriOf(NOTE)), undefined);
    assert.strictEqual(await readDisk(NOTE), broken);
    await writeFile(`${SIDEBAR_FOLDER}/profile.md`, '---\nwith: Zed Sidebar\n---\n');
    assert.strictEqual(await vscode.commands.executeCommand('oneOnOne.markHeld', uriOf(`${SIDEBAR_FOLDER}/profile.md`)), undefined);
    assert.strictEqual(await readDisk(`${SIDEBAR_FOLDER}/profile.md`), '---\nwith: Zed Sidebar\n---\n');
  });
});
