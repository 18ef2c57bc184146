import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_IDS } from '../../../src/vscode/commandIds';

/** The commands package.json contributes and the ids the surfaces register are the same list. */
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));

describe('contributed commands', () => {
  it('are exactly the ids in src/vscode/commandIds.ts', () => {
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMAND_IDS).sort());
  });
});
