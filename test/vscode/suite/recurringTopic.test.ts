import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';
import { diagnosticsOf } from './ruleNotes';
import { noteUri, removeNotes, uriOf, writeNotes } from './runtimeNotes';

// SPEC §13: a roadblock raised in three consecutive held notes is recurring-topic (info) on its
// latest bullet, and the hover on it lists the notes it was raised in. The runner pins
// ONE_ON_ONE_NOW=2026-11-23T17:30; the 10 Nov meeting was canceled (it does not break the run).

const FOLDER = '1on1/zz-recurring';
const note = (date: string, status: string, roadblocks: string[]) =>
  ['---', 'with: Quinn Recurring', `date: ${date}`, `status: ${status}`, '---', `# 1x1 with Quinn — ${date}`, '', '## Roadblocks', ...roadblocks, '', '## Top 3 priorities', '1. Ship the importer', ''].join('\n');
const FILES: Record<string, string> = {
  '2026-11-03.md': note('2026-11-03', 'held', ['- Waiting for the ETL vendor quote']),
  '2026-11-10.md': note('2026-11-10', 'canceled', []),
  '2026-11-17.md': note('2026-11-17', 'held', ['- Flaky CI', '- waiting for the ETL vendor quote 📅 2026-11-20']),
  '2026-11-20.md': note('2026-11-20', 'held', ['- Waiting for the ETL  vendor quote @procurement']),
};
/** The bullet in the latest held note: line 8, `- Waiting … @procurement`. */
const LINE = 8;

function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('recurring-topic and the talking point hover', () => {
  before(() => writeNotes(FOLDER, FILES));
  after(() => removeNotes(FOLDER));

  it('the diagnostic sits on the latest bullet, with the spec wording', async () => {
    const uri = noteUri(FOLDER, '2026-11-20.md');
    const expected = `recurring-topic Information ${LINE}:0-${LINE}:${'- Waiting for the ETL  vendor quote @procurement'.length}`;
    await waitFor(() => diagnosticsOf(uri).includes(expected), `${expected}; got ${JSON.stringify(diagnosticsOf(uri))}`);
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.source === '1x1' && (typeof d.code === 'object' ? d.code.value : d.code) === 'recurring-topic')!;
    assert.strictEqual(diagnostic.message, '"Waiting for the ETL  vendor quote @procurement" raised in 3 meetings since 2026-11-03 — escalate it, decide it, or drop it.');
    assert.deepStrictEqual(diagnosticsOf(noteUri(FOLDER, '2026-11-17.md')).filter((d) => d.startsWith('recurring-topic')), [], 'only on the latest occurrence');
  });

  it("the example vault: once, on Dana's roadblock of 3, 10 and 17 Nov (the latest held note)", async () => {
    const uri = uriOf('1on1/dana/2026-11-17.md');
    const expected = `recurring-topic Information 15:0-15:${"- Finance's final revenue numbers are late".length}`;
    await waitFor(() => diagnosticsOf(uri).includes(expected), `${expected}; got ${JSON.stringify(diagnosticsOf(uri))}`);
    for (const file of ['1on1/dana/2026-11-03.md', '1on1/dana/2026-11-10.md', '1on1/dana/2026-11-24.md', '1on1/sam/2026-11-12.md'])
      assert.ok(!diagnosticsOf(uriOf(file)).some((d) => d.startsWith('recurring-topic')), file);
  });

  it('the hover on the bullet lists the notes it was raised in, and the canceled meeting between', async () => {
    const uri = noteUri(FOLDER, '2026-11-20.md');
    const hovers = ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(LINE, 10))) ?? []).filter((h) => markdownOf(h).includes('Raised in'));
    assert.strictEqual(hovers.length, 1, 'one talking point hover');
    const link = (name: string) => noteUri(FOLDER, name).toString();
    assert.strictEqual(
      markdownOf(hovers[0]),
      `Raised in 3 held 1x1s in a row, since Tue 3 Nov 2026: [3 Nov](${link('2026-11-03.md')}), [17 Nov](${link('2026-11-17.md')}), [20 Nov](${link('2026-11-20.md')})  \n` +
        `Not held between: [10 Nov](${link('2026-11-10.md')}) (canceled)  \n` +
        'Keeps coming back: escalate it, decide it, or drop it.',
    );
    // A bullet raised once has no history to tell.
    const flaky = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', noteUri(FOLDER, '2026-11-17.md'), new vscode.Position(8, 4))) ?? [];
    assert.deepStrictEqual(flaky.filter((h) => markdownOf(h).includes('Raised in')), []);
  });
});
