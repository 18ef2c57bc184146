import * as assert from 'assert';
import * as vscode from 'vscode';
import { say } from '../../taggedReporter';
import { api } from '../../suite/helpers';

/**
 * Measures activation in the real extension host on the opened vault and prints one
 * `@@bench {json}` line for scripts/vscode/bench-activation.mjs:
 *  - activateMs: the synchronous part of activate() (what blocks the extension host);
 *  - vaultReadyMs: from activate() until every note was read and indexed;
 *  - firstTreeItemsMs: vaultReadyMs plus computing the Meetings view's first two levels;
 *  - readFloorMs: the floor, listing and reading the same files through vscode.workspace.fs here.
 */
export const BENCH_MARK = '@@bench ';

describe('activation benchmark', () => {
  it('measures activate() to the first tree items', async () => {
    const extension = await api();
    await extension.vault.ready();
    await new Promise<void>((resolve) => (extension.activation.vaultReadyMs === undefined ? setImmediate(resolve) : resolve()));
    const vaultReadyMs = extension.activation.vaultReadyMs;
    assert.ok(vaultReadyMs !== undefined, 'vault.ready() resolved but the extension did not record when');

    const treeStarted = performance.now();
    const people = await extension.meetingsTree.getChildren();
    let items = people.length;
    for (const person of people) {
      items += (await extension.meetingsTree.getChildren(person)).length;
      extension.meetingsTree.getTreeItem(person);
    }
    const treeMs = performance.now() - treeStarted;
    assert.ok(people.length > 0, 'the Meetings view has no people on the bench vault');

    const floorStarted = performance.now();
    const uris = await vscode.workspace.findFiles('**/*.md');
    let bytes = 0;
    for (const uri of uris) bytes += (await vscode.workspace.fs.readFile(uri)).byteLength;
    const readFloorMs = performance.now() - floorStarted;

    say(
      BENCH_MARK +
        JSON.stringify({
          files: uris.length,
          bytes,
          activateMs: extension.activation.activateMs,
          vaultReadyMs,
          treeMs,
          treeItems: items,
          firstTreeItemsMs: vaultReadyMs + treeMs,
          readFloorMs,
        }),
    );
  });
});
