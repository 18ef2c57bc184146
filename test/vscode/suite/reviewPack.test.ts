import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReviewPackResult } from '../../../src/providers/reviewPackCommand';
import { api, extension, workspaceRoot } from './helpers';

// "Review pack…" (SPEC §13) on the example vault, the runner's clock pinned at Mon 23 Nov 2026 17:30.

const PERIOD = ['2026-08-01', '2026-11-23'];

/** What `one-on-one review dana` prints on the same workspace at the same pinned time. */
function cliReview(series: string): string {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  return execFileSync(process.execPath, [cli, 'review', series, path.join(workspaceRoot().fsPath, '1on1'), '--from', PERIOD[0], '--to', PERIOD[1], '--now', '2026-11-23T17:30'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
}

/** The text under every `## Private` heading of Dana's notes, line by line. */
function danaPrivateLines(): string[] {
  const folder = path.join(workspaceRoot().fsPath, '1on1', 'dana');
  const lines: string[] = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    let inPrivate = false;
    for (const line of fs.readFileSync(path.join(folder, name), 'utf8').split('\n')) {
      if (/^#{1,6} /.test(line)) inPrivate = /^#{1,6} Private/.test(line);
      else if (inPrivate && line.trim() !== '') lines.push(line.replace(/^[-*] /, '').trim());
    }
  }
  return lines;
}

describe('Review pack…', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('with its arguments: opens the pack beside as untitled Markdown, as `one-on-one review` prints it, without Private', async () => {
    const result = await vscode.commands.executeCommand<ReviewPackResult>('oneOnOne.reviewPack', 'dana', ...PERIOD);
    assert.ok(result, 'the command returned what it opened');
    assert.deepStrictEqual([result.series, result.period, result.document.scheme], ['dana', { from: PERIOD[0], to: PERIOD[1] }, 'untitled']);
    const document = await vscode.workspace.openTextDocument(result.document);
    assert.strictEqual(document.languageId, 'markdown');
    const text = document.getText();
    assert.match(text, /^# Review pack: 1x1 with Dana Whitfield\n/);
    for (const heading of ['Meetings', 'Priorities', 'Commitments', 'Talking points that came back', 'Rotating topic notes', 'One thing you should know'])
      assert.match(text, new RegExp(`\\n## ${heading}\\n`), heading);
    assert.match(text, /\[Tue 17 Nov 2026\]\(1on1\/dana\/2026-11-17\.md\)/, 'claims link to their notes');
    assert.strictEqual(text, cliReview('dana'));
    const secrets = danaPrivateLines();
    assert.ok(secrets.length > 0, 'the example vault has Private text to hide');
    for (const secret of secrets) assert.ok(!text.includes(secret), `Private text in the pack: ${secret}`);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === result.document.toString()), 'the pack is shown');
  });
});
