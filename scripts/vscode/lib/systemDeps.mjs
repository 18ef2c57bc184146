// The Debian packages that installing and driving code-server need, installed when missing.
// Idempotent: when everything is present this only asks dpkg, which takes milliseconds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Package → why the project needs it. */
export const DEBIAN_PACKAGES = {
  chromium: 'the browser that drives the VS Code workbench',
  'libkrb5-dev': "headers for code-server's `kerberos` native module, built from source",
  ripgrep: "code-server's search; its npm package would download rg from GitHub otherwise",
  'build-essential': 'compilers for the native modules (node-pty, kerberos)',
  python3: 'node-gyp',
  // Notes use 📅 and ✅ (Obsidian Tasks); without an emoji font the screenshots show empty boxes.
  'fonts-noto-color-emoji': 'emoji in the e2e screenshots',
};

function isDebianInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure the Debian packages are there. Installs the missing ones with apt-get when running
 * as root; otherwise says which command to run and throws, since nothing works without them.
 */
export function ensureSystemPackages({ log = console.log } = {}) {
  if (!commandExists('dpkg-query')) {
    // Not Debian: we cannot install anything, so only check what we can and let later steps fail loudly.
    for (const cmd of ['rg', 'make', 'python3']) {
      if (!commandExists(cmd)) log(`warning: \`${cmd}\` not found; install it with your package manager`);
    }
    return;
  }
  const missing = Object.keys(DEBIAN_PACKAGES).filter((pkg) => !isDebianInstalled(pkg));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `missing Debian packages: ${missing.join(' ')}\n` +
        `install them once with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh container has empty package lists; updating first is what makes the install work there.
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) throw new Error('apt-get update failed');
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env,
  });
  if (install.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed`);
}

export function chromiumIsInstalled(chromiumPath) {
  return fs.existsSync(chromiumPath);
}
