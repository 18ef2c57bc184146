import * as assert from 'assert';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import { WorkspaceVault, type TimeChange } from '../../../src/vscode/vault/workspaceVault';
import { api, nextEvent } from './helpers';

/** A clock the test moves by hand. */
function movableClock(start: LocalDateTime): Clock & { set(at: LocalDateTime): void } {
  let at = start;
  return { now: () => at, set: (next) => (at = next) };
}

describe('WorkspaceVault', () => {
  it('reads the same vault as the extension does', async () => {
    const extension = await api();
    await extension.vault.ready();
    const vault = new WorkspaceVault(movableClock({ date: '2026-11-23', time: '17:30' }));
    try {
      await vault.ready();
      assert.deepStrictEqual(vault.index.allFiles().sort(), extension.vault.index.allFiles().sort());
    } finally {
      vault.dispose();
    }
  });

  it('tells the surfaces when the minute and when the day changes, and is silent while the clock stands', async () => {
    const clock = movableClock({ date: '2026-11-23', time: '23:58' });
    const vault = new WorkspaceVault(clock, { clockCheckMs: 20 });
    try {
      const heard: TimeChange[] = [];
      vault.onDidChangeTime((change) => heard.push(change));
      await new Promise((resolve) => setTimeout(resolve, 120)); // several checks with the clock standing
      assert.deepStrictEqual(heard, []);
      clock.set({ date: '2026-11-23', time: '23:59' });
      assert.deepStrictEqual(await nextEvent(vault.onDidChangeTime, 'a minute change'), { dateChanged: false });
      clock.set({ date: '2026-11-24', time: '00:00' });
      assert.deepStrictEqual(await nextEvent(vault.onDidChangeTime, 'a day change'), { dateChanged: true });
    } finally {
      vault.dispose();
    }
  });
});
