// End-to-end: the workbench driven like a person would, with the mouse and keyboard, in a real
// VS Code (code-server) in headless chromium. Every step leaves a screenshot in screenshots/.
// Run by scripts/vscode/e2e.mjs (`npm run test:e2e`), which passes the vault in E2E_VAULT.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench, screenshot } from '../../scripts/vscode/lib/workbench.mjs';
import { cleanupAll } from '../../scripts/vscode/lib/processes.mjs';

const vaultSource = process.env.E2E_VAULT;

/** Series → note names newest first, read from the disk (not through the code under test). */
function vaultOnDisk(vaultDir) {
  const series = fs
    .readdirSync(vaultDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  return series.map((name) => ({
    name,
    notes: fs
      .readdirSync(path.join(vaultDir, name))
      .filter((f) => f.endsWith('.md') && f !== 'profile.md' && f !== 'template.md')
      .map((f) => f.slice(0, -3))
      .sort()
      .reverse(),
  }));
}

describe('the workbench, driven like a person would', function () {
  this.timeout(60_000);
  let page;
  let expected;

  before(async function () {
    this.timeout(120_000);
    assert.ok(vaultSource, 'E2E_VAULT is not set');
    ({ page } = await openWorkbench({ vaultSource }));
    expected = vaultOnDisk(path.join(vaultSource, '1on1'));
  });

  after(async () => {
    await cleanupAll();
  });

  const meetingsPane = () => page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Meetings"]') });
  const meetingsRows = () => meetingsPane().locator('.monaco-list-row');
  const rowNames = async (rows) => (await rows.locator('.label-name').allTextContents()).map((s) => s.trim());

  it('opens the vault folder', async () => {
    const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: '1on1' });
    await explorerRow.first().waitFor();
    await screenshot(page, 'e2e-01-vault-opened');
  });

  it('shows the 1x1 view container with the Meetings and Commitments views', async () => {
    await page.locator('.part.activitybar .action-item a[aria-label="1x1"], .part.activitybar .action-item [aria-label="1x1"]').first().click();
    await page.locator('.pane-header[aria-label^="Meetings"]').waitFor();
    await page.locator('.pane-header[aria-label^="Commitments"]').waitFor();
    const title = (await page.locator('.part.sidebar .composite.title').innerText()).trim();
    assert.match(title, /1x1/i);
  });

  it('lists every series of the vault in Meetings', async () => {
    await meetingsRows().first().waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.pane:has(.pane-header[aria-label^="Meetings"]) .monaco-list-row').length >= n,
      expected.length,
    );
    assert.deepEqual(await rowNames(meetingsRows()), expected.map((s) => s.name));
    await screenshot(page, 'e2e-02-meetings');
  });

  it("expands a series to its notes, newest first", async () => {
    const series = expected.find((s) => s.notes.length > 0);
    await meetingsRows().filter({ hasText: series.name }).first().click();
    const firstNote = meetingsRows().filter({ hasText: series.notes[0] }).first();
    await firstNote.waitFor();
    const names = await rowNames(meetingsRows());
    const at = names.indexOf(series.name);
    // The tree shows only the rows that fit; compare the ones it shows.
    const shown = names.slice(at + 1, at + 1 + series.notes.length).filter((n) => /^\d{4}-/.test(n));
    assert.ok(shown.length >= Math.min(3, series.notes.length), `notes shown: ${shown.join(', ')}`);
    assert.deepEqual(shown, series.notes.slice(0, shown.length));
  });

  it('opens a note when it is clicked', async () => {
    const series = expected.find((s) => s.notes.length > 0);
    const note = series.notes[0];
    await meetingsRows().filter({ hasText: note }).first().click();
    const tab = page.locator('.tabs-container .tab.active', { hasText: `${note}.md` });
    await tab.waitFor();
    const text = fs.readFileSync(path.join(vaultSource, '1on1', series.name, `${note}.md`), 'utf8');
    const heading = text.split('\n').find((l) => l.startsWith('# '));
    if (heading) await page.locator('.monaco-editor .view-lines', { hasText: heading.slice(2, 30) }).first().waitFor();
    await screenshot(page, 'e2e-03-note-open');
  });

  it('runs "1x1: Refresh" from the command palette', async () => {
    await page.locator('.monaco-editor').first().click(); // the palette key needs the focus inside the workbench
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>1x1: Refresh');
    const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: '1x1: Refresh' });
    await entry.first().waitFor();
    await screenshot(page, 'e2e-04-palette');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // Still there after the refresh, and no error notification about the command.
    await meetingsRows().filter({ hasText: expected[0].name }).first().waitFor();
    const toasts = await page.locator('.notifications-toasts .notification-list-item').allInnerTexts();
    assert.ok(!toasts.some((t) => /1x1|oneOnOne|refresh/i.test(t)), `notifications: ${toasts.join(' | ')}`);
  });

  it('adds a person with "1x1: New 1x1 agenda" → New person…, and opens their first agenda', async () => {
    // Pinned "now": Mon 2026-11-23 17:30. A weekly Thursday 1x1 first meets on Thu 26 Nov.
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>1x1: New 1x1 agenda');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New 1x1 agenda' }).first().waitFor();
    await page.keyboard.press('Enter');
    const row = (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    await row('New person').waitFor();
    await row('Sam Okafor').waitFor(); // the people of the vault, with their next date
    await screenshot(page, 'e2e-05-new-agenda-pick');
    await input.fill('New person');
    await page.keyboard.press('Enter');
    const answer = async (text) => {
      await input.fill(text);
      await page.keyboard.press('Enter');
    };
    await page.locator('.quick-input-widget', { hasText: 'New person (1/5)' }).waitFor();
    await answer('Zoë Martin');
    await page.locator('.quick-input-widget', { hasText: 'New person (2/5)' }).waitFor();
    await answer('report');
    await page.locator('.quick-input-widget', { hasText: 'New person (3/5)' }).waitFor();
    await answer('weekly');
    await page.locator('.quick-input-widget', { hasText: 'New person (4/5)' }).waitFor();
    await answer('thursday');
    await page.locator('.quick-input-widget', { hasText: 'New person (5/5)' }).waitFor();
    await answer('11:00');
    await page.locator('.tabs-container .tab.active', { hasText: '2026-11-26.md' }).waitFor();
    await page.locator('.monaco-editor .view-lines', { hasText: '1x1 with Zoë' }).first().waitFor();
    // The front matter names the new person, as profile.md does.
    await page.locator('.monaco-editor .view-lines', { hasText: 'with: Zoë Martin' }).first().waitFor();
    await screenshot(page, 'e2e-06-new-person-agenda');
  });

  it('shows the welcome text in the empty Commitments view', async () => {
    const pane = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Commitments"]') });
    await pane.locator('.welcome-view-content', { hasText: 'Open commitments' }).waitFor();
  });

  it('opens the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.part.panel');
    await panel.locator('.action-item.checked', { hasText: /problems/i }).first().waitFor();
    const problems = panel.locator('.markers-panel');
    await problems.waitFor();
    await screenshot(page, 'e2e-07-problems');
    // What it lists depends on the diagnostics later issues add; today it must at least render.
    const text = (await problems.innerText()).trim();
    assert.ok(text.length > 0, 'the Problems panel is empty');
  });
});
