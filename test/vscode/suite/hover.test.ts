import * as assert from 'assert';
import * as vscode from 'vscode';
import { createEditorNotes, lineWith, noteUri, removeEditorNotes } from './editorNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30. Expected texts are written out by hand.

function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** Our hovers at a position (other extensions' hovers, if any, are left out). */
async function storyHovers(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.filter((h) => markdownOf(h).includes('Raised on'));
}

describe('Item hover', () => {
  before(createEditorNotes);
  after(removeEditorNotes);

  it("tells a carried, overdue, stale item's story, linking the notes it was in", async () => {
    const uri = noteUri('2026-11-24.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = lineWith(document, 'Draft the onboarding guide');
    const hovers = await storyHovers(uri, new vscode.Position(line, 12));
    assert.strictEqual(hovers.length, 1, 'one story hover');
    const link = (name: string) => noteUri(name).toString();
    assert.strictEqual(
      markdownOf(hovers[0]),
      `Raised on Tue 10 Nov 2026 ([2026-11-10.md](${link('2026-11-10.md')})) · carried 2× ([17 Nov](${link('2026-11-17.md')}), [24 Nov](${link('2026-11-24.md')})) · overdue by 5 days  \n` +
        'Owner: @me (yours)  \n' +
        'Stale: carried 2×. Do it, or cancel it and say so.',
    );
    const range = hovers[0].range;
    assert.ok(range, 'the hover has the item as its range');
    assert.deepStrictEqual([range.start.line, range.start.character, range.end.line, range.end.character], [line, 0, line, document.lineAt(line).text.length]);
  });

  it('tells an earlier copy where the live item is', async () => {
    const uri = noteUri('2026-11-10.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await storyHovers(uri, new vscode.Position(lineWith(document, 'Draft the onboarding guide'), 3));
    assert.strictEqual(hovers.length, 1);
    const lines = markdownOf(hovers[0]).split('  \n');
    assert.strictEqual(lines[1], `This copy was carried forward; the live item is in [2026-11-24.md](${noteUri('2026-11-24.md').toString()}).`);
  });

  it("names another owner and tells a fresh item's due date", async () => {
    const uri = noteUri('2026-11-24.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await storyHovers(uri, new vscode.Position(lineWith(document, 'Introduce me'), 8));
    assert.strictEqual(markdownOf(hovers[0]), `Raised on Tue 24 Nov 2026 ([2026-11-24.md](${noteUri('2026-11-24.md').toString()})) · no due date  \nOwner: @erin (Erin's)`);
    const booked = await storyHovers(uri, new vscode.Position(lineWith(document, 'Book the security review'), 8));
    assert.match(markdownOf(booked[0]), / · due in 5 days {2}\nOwner: @me \(yours\)$/);
  });

  it('says nothing on other lines', async () => {
    const uri = noteUri('2026-11-24.md');
    const document = await vscode.workspace.openTextDocument(uri);
    for (const needle of ['# 1x1 with Erin', '## Action items', 'Waiting for access', 'date: 2026-11-24'])
      assert.deepStrictEqual(await storyHovers(uri, new vscode.Position(lineWith(document, needle), 3)), [], needle);
  });
});
