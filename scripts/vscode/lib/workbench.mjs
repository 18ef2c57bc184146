// A code-server workbench in headless chromium with the extension under development loaded on a
// throwaway copy of a vault, for tests that drive the UI as a person would.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { PINNED_NOW, PINNED_TIME_ZONE } from './inHost.mjs';
import { projectRoot, screenshotsDir } from './paths.mjs';
import { makeTempRoot } from './tempRoot.mjs';

export async function openWorkbench({ vaultSource, extensionDevelopmentPath = projectRoot }) {
  const tmp = makeTempRoot();
  const workspace = path.join(tmp.root, 'workspace');
  fs.cpSync(vaultSource, workspace, { recursive: true });
  const server = await startCodeServer({ tmp, env: { ONE_ON_ONE_NOW: PINNED_NOW, TZ: PINNED_TIME_ZONE } });
  const browser = await launchBrowser(tmp);
  const { page } = browser;
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath }));
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  return { tmp, server, browser, page, workspace };
}

/** Saves `screenshots/<name>.png` and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
