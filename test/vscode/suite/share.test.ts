import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExportResult, ShareResult } from '../../../src/providers/shareCommands';
import * as os from 'node:os';
import { agendaExportFileName } from '../../../src/core/render/agendaHtml';
import { defaultExportUri, rememberExportFolder } from '../../../src/vscode/exportFiles';
import { api, waitFor, workspaceRoot } from './helpers';
import { readDisk, removeNotes, uriOf, writeNotes } from './runtimeNotes';

// SPEC §7 "Share agenda" and "Export agenda as HTML", in a real VS Code on notes written at run time.

const FOLDER = '1on1/zz-share';

const FRONT_MATTER = [
  '---',
  '# written by hand',
  'with: Zoe Share   # display name',
  'date: 2026-11-24',
  'time: "10:00"',
  'status: planned   # until we meet',
  'rotation: skill',
  '---',
];

const BODY = [
  '# 1x1 with Zoe — Tue 24 Nov 2026',
  '',
  '## Action items from last time',
  '- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2',
  '- [x] Send the forecast ✅ 2026-11-20 ^f4q4fc',
  '- [ ] Confirm the budget [due:: 2026-11-27] @zoe ^zb1',
  '',
  '## Roadblocks',
  '- Waiting for access to the billing dashboard',
  '',
  '## What is unclear',
  '%% ask before Monday %%',
  '',
  '## Private',
  '- Ask about the team-lead opening only if the answer is yes',
  '### Salary',
  'Band review in January.',
  '',
  '## Notes',
  '```text',
  '- [ ] not an item, its id stays ^abc123',
  '```',
  '',
];

const NOTE_TEXT = [...FRONT_MATTER, ...BODY].join('\n');

/** The clipboard's text, written out by hand from the note above: for a person (SPEC §7), dates and handles in words, the still-empty section left out. */
const EXPECTED_SHARED = [
  '# 1x1 with Zoe — Tue 24 Nov 2026',
  '',
  '## Action items from last time',
  '- [ ] Draft the onboarding guide — due Sat 21 Nov',
  '- [x] Send the forecast — done Fri 20 Nov',
  '- [ ] Confirm the budget — Zoe, due Fri 27 Nov',
  '',
  '## Roadblocks',
  '- Waiting for access to the billing dashboard',
  '',
  '## Notes',
  '```text',
  '- [ ] not an item, its id stays ^abc123',
  '```',
  '',
].join('\n');

/** The note's front matter with `shared:` stamped at the suite's clock: a new last key, every comment and key as written. */
const STAMPED_FRONT_MATTER = [...FRONT_MATTER.slice(0, -1), 'shared: 2026-11-23T17:30', '---'].join('\n');

/** A fresh note per test, under a name no earlier test used (VS Code may still hold a closed note's text). */
let notes = 0;
async function freshNote(text = NOTE_TEXT): Promise<string> {
  const name = `2026-11-24-${++notes + 1}.md`;
  await writeNotes(FOLDER, { [name]: text });
  return `${FOLDER}/${name}`;
}

function frontMatterOf(text: string): string {
  const end = text.indexOf('\n---', 4);
  return text.slice(0, end + 4);
}

/** An in-memory `globalState`, as the extension's context gives it. */
class MapMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

describe('Share agenda and Export agenda as HTML', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  after(() => removeNotes(FOLDER));

  it("copies the active editor's agenda without front matter, ids or the Private section, stamps shared: keeping the front matter's comments and order; one undo removes the stamp", async () => {
    const NOTE = await freshNote();
    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    await vscode.window.showTextDocument(document);
    await vscode.env.clipboard.writeText('something else');

    const result = await vscode.commands.executeCommand<ShareResult>('oneOnOne.shareAgenda');
    assert.deepStrictEqual(result, { file: NOTE, text: EXPECTED_SHARED, stamped: '2026-11-23T17:30', again: false });
    assert.strictEqual(await vscode.env.clipboard.readText(), EXPECTED_SHARED);

    const saved = await readDisk(NOTE);
    assert.strictEqual(frontMatterOf(saved), STAMPED_FRONT_MATTER);
    assert.strictEqual(saved, [STAMPED_FRONT_MATTER, ...BODY].join('\n'), 'nothing but the stamp changed, and the note was saved');
    assert.strictEqual(document.isDirty, false);
    const { vault } = await api();
    await waitFor(() => vault.index.note(NOTE)?.shared === '2026-11-23T17:30', 'the vault to see the note shared');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === NOTE_TEXT, 'one undo to remove the stamp');
    await document.save();
  });

  it('shares a note given as a URI again: copies again and re-stamps, saying so', async () => {
    const NOTE = await freshNote([...FRONT_MATTER.slice(0, -1), 'shared: 2026-11-20T09:15 # first time', '---', ...BODY].join('\n'));
    await vscode.env.clipboard.writeText('');
    const result = await vscode.commands.executeCommand<ShareResult>('oneOnOne.shareAgenda', uriOf(NOTE));
    assert.deepStrictEqual(result, { file: NOTE, text: EXPECTED_SHARED, stamped: '2026-11-23T17:30', again: true });
    assert.strictEqual(await vscode.env.clipboard.readText(), EXPECTED_SHARED);
    assert.match(await readDisk(NOTE), /^shared: 2026-11-23T17:30 # first time$/m);
  });

  it('copies but does not stamp a note whose front matter is broken YAML', async () => {
    const broken = NOTE_TEXT.replace('rotation: skill', 'rotation: [skill');
    const NOTE = await freshNote(broken);
    await vscode.env.clipboard.writeText('');
    const result = await vscode.commands.executeCommand<ShareResult>('oneOnOne.shareAgenda', uriOf(NOTE));
    assert.deepStrictEqual(result, { file: NOTE, text: EXPECTED_SHARED, stamped: undefined, again: false });
    assert.strictEqual(await vscode.env.clipboard.readText(), EXPECTED_SHARED);
    assert.strictEqual(await readDisk(NOTE), broken);
  });

  it('exports one static HTML page: the agenda, its title, no Private text, no front matter, no script, no http URL', async () => {
    const NOTE = await freshNote();
    const target = uriOf(`${FOLDER}/exported.html`);
    const result = await vscode.commands.executeCommand<ExportResult>('oneOnOne.exportAgendaHtml', uriOf(NOTE), target);
    assert.strictEqual(result?.file, NOTE);
    assert.strictEqual(result?.target.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(html.startsWith('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">'), html.slice(0, 100));
    assert.match(html, /<title>1x1 with Zoe — Tue 24 Nov 2026<\/title>/);
    for (const heading of ['<h1>1x1 with Zoe — Tue 24 Nov 2026</h1>', '<h2>Action items from last time</h2>', '<h2>Roadblocks</h2>', '<h2>Notes</h2>'])
      assert.ok(html.includes(heading), heading);
    assert.ok(html.includes('<input type="checkbox" disabled> Draft the onboarding guide — due Sat 21 Nov</li>'), 'a disabled task checkbox');
    for (const absent of ['Private', 'team-lead', 'Salary', 'Band review', 'rotation:', 'written by hand', 'Zoe Share', '^k3f9x2', '<script', 'http', '📅', '[due::', '@zoe', 'What is unclear'])
      assert.ok(!html.includes(absent), `no "${absent}" in the page`);
    assert.strictEqual(await readDisk(NOTE), NOTE_TEXT, 'export does not stamp the note');
  });

  it("offers the page as `1x1 Zoe 2026-11-24.html` in Downloads or home, never in the notes; a notes folder remembered from an earlier export is passed over", async () => {
    const NOTE = await freshNote();
    const { vault } = await api();
    const memory = new MapMemento();
    const offered = await defaultExportUri(vault, memory, agendaExportFileName('Zoe Share', '2026-11-24'), NOTE);
    assert.ok(offered, 'a file is offered');
    assert.strictEqual(offered.path.slice(offered.path.lastIndexOf('/') + 1), '1x1 Zoe 2026-11-24.html');
    const home = vscode.Uri.file(os.homedir()).path;
    assert.ok([home, `${home}/Downloads`].includes(offered.path.slice(0, offered.path.lastIndexOf('/'))), offered.path);
    assert.ok(!offered.path.startsWith(workspaceRoot().path + '/1on1'), 'not among the notes');

    await rememberExportFolder(memory, uriOf(`${FOLDER}/earlier.html`));
    const again = await defaultExportUri(vault, memory, 'x.html', NOTE);
    assert.ok(again && !again.path.startsWith(workspaceRoot().path + '/1on1'), again?.path);
    const elsewhere = vscode.Uri.joinPath(workspaceRoot(), 'exports');
    await vscode.workspace.fs.createDirectory(elsewhere);
    try {
      await rememberExportFolder(memory, vscode.Uri.joinPath(elsewhere, 'earlier.html'));
      assert.strictEqual((await defaultExportUri(vault, memory, 'x.html', NOTE))?.toString(), vscode.Uri.joinPath(elsewhere, 'x.html').toString(), 'the last folder chosen, outside the notes');
    } finally {
      await vscode.workspace.fs.delete(elsewhere, { recursive: true });
    }
  });

  it('refuses a file that is not a meeting note, and gives nothing to copy', async () => {
    await writeNotes(FOLDER, { 'profile.md': '---\nwith: Zoe Share\nrole: manager\n---\n' });
    await vscode.env.clipboard.writeText('untouched');
    assert.strictEqual(await vscode.commands.executeCommand('oneOnOne.shareAgenda', uriOf(`${FOLDER}/profile.md`)), undefined);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'untouched');
    assert.strictEqual(await readDisk(`${FOLDER}/profile.md`), '---\nwith: Zoe Share\nrole: manager\n---\n');
  });
});
