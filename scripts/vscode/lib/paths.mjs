// Where things live, in one place, so every script agrees on them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// code-server 4.100.3 is VS Code 1.100.3 and the last release that runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerHome = path.join(projectRoot, '.code-server');
export const codeServerPackageDir = path.join(codeServerHome, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerPackageDir, 'out', 'node', 'entry.js');
export const codeServerInstalledMarker = path.join(codeServerHome, `.installed-${CODE_SERVER_VERSION}`);

export const EXTENSION_ID = 'one-on-one.one-on-one-meetings';
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const screenshotsDir = path.join(projectRoot, 'screenshots');
export const exampleVault = path.join(projectRoot, 'examples', 'vault');
export const fallbackFixtureVault = path.join(projectRoot, 'test', 'vscode', 'fixture-vault');

/** True when the folder holds at least one Markdown note under `1on1/`. */
function hasNotes(vault) {
  const dir = path.join(vault, '1on1');
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.md'));
}

/**
 * The vault the in-VS Code tests copy: the example vault once it has notes, else the small fixture
 * kept next to the tests (the example vault is written separately and may still be empty).
 */
export function fixtureVaultSource() {
  return hasNotes(exampleVault) ? exampleVault : fallbackFixtureVault;
}
