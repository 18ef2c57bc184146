import { strict as assert } from 'node:assert';
import { BAD_INPUT_CASES } from '../../bad-input/cases';
import { runCliCaptured } from '../helpers/cliRun';
import { changedPaths, makeTempWorkspace, removeTree, snapshotTree } from '../helpers/tempVault';

/**
 * The bad-input corpus (test/bad-input/cases.ts): every case's exit code and message, no stack
 * trace anywhere, and nothing changed on disk beyond what the case allows.
 */
describe('bad-input corpus', () => {
  it('has at least 100 cases with distinct names', () => {
    assert.ok(BAD_INPUT_CASES.length >= 100, `${BAD_INPUT_CASES.length} cases`);
    assert.equal(new Set(BAD_INPUT_CASES.map((c) => c.name)).size, BAD_INPUT_CASES.length);
  });

  for (const c of BAD_INPUT_CASES) {
    it(c.name, () => {
      const root = makeTempWorkspace(c.files, 'one-on-one-bad-');
      try {
        c.prepare?.(root);
        const before = snapshotTree(root);
        const run = runCliCaptured(c.argv, root, c.env);
        const output = run.stdout + run.stderr;
        const shown = `exit ${run.code}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;
        assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?$/m, `a stack trace was printed\n${shown}`);
        assert.doesNotMatch(output, /unexpected error/, shown);
        assert.equal(run.code, c.exit, shown);
        assert.match(output, c.message, shown);
        if (c.notMessage) assert.doesNotMatch(output, c.notMessage, shown);
        const changed = changedPaths(before, snapshotTree(root));
        assert.deepEqual(changed, [...(c.changes ?? [])].sort(), `changed on disk: ${changed.join(', ') || 'nothing'}\n${shown}`);
        c.verify?.(root);
      } finally {
        removeTree(root);
      }
    });
  }
});
