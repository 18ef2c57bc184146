// Installs code-server (the real VS Code server and workbench, from npm) on first use into the
// gitignored `.code-server/`, so that a plain `npm install` of the project stays small.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CODE_SERVER_VERSION,
  codeServerEntry,
  codeServerHome,
  codeServerInstalledMarker,
} from './paths.mjs';
import { ensureSystemPackages } from './systemDeps.mjs';

// @vscode/ripgrep 1.15.11 (inside code-server 4.100.3) downloads rg from GitHub in its postinstall
// unless it finds this tarball in its cache; Debian's rg is the same 13.0.0, so we pack that one.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TARBALLS = {
  x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
  arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-gnu.tar.gz',
};

export function codeServerIsInstalled() {
  return fs.existsSync(codeServerInstalledMarker) && fs.existsSync(codeServerEntry);
}

function ensureRipgrepCache(log) {
  const tarball = RIPGREP_TARBALLS[process.arch];
  if (!tarball || process.platform !== 'linux') return; // elsewhere the download is the only way
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const target = path.join(cacheDir, tarball);
  if (fs.existsSync(target)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (`rg`) is needed to install code-server without GitHub: apt-get install ripgrep');
  fs.mkdirSync(cacheDir, { recursive: true });
  // The tarball must hold exactly one file named `rg`; stage a copy under that name and pack it.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    fs.copyFileSync(fs.realpathSync(rg), path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const partial = `${target}.partial-${process.pid}`;
    const tar = spawnSync('tar', ['-czf', partial, '-C', staging, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error('could not pack the ripgrep cache tarball');
    fs.renameSync(partial, target); // atomic, so a concurrent install never sees half a tarball
    log(`packed Debian's rg into ${target}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Waits for (or takes) the install lock so that `npm start` and `npm test` never install twice at once. */
async function withInstallLock(fn) {
  const lock = path.join(codeServerHome, '.install-lock');
  fs.mkdirSync(codeServerHome, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* the owner is between mkdir and writing its pid */
      }
      if (Number.isInteger(owner) && !isAlive(owner)) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes code-server usable: Debian packages, then the npm install into `.code-server/`.
 * Returns at once when a previous install finished (a marker file is written only on success).
 */
export async function ensureCodeServer({ log = console.log } = {}) {
  ensureSystemPackages({ log });
  if (codeServerIsInstalled()) return;
  await withInstallLock(async () => {
    if (codeServerIsInstalled()) return; // someone else finished while we waited
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), codeServerHome) || '.'} (first use only, about 2 minutes)`);
    ensureRipgrepCache(log);
    fs.writeFileSync(
      path.join(codeServerHome, 'package.json'),
      JSON.stringify(
        {
          name: 'one-on-one-code-server',
          private: true,
          description: 'code-server for running the 1x1 Meetings extension in a real VS Code; installed by scripts/vscode',
          dependencies: { 'code-server': CODE_SERVER_VERSION },
        },
        null,
        2,
      ) + '\n',
    );
    const env = {
      ...process.env,
      // code-server's postinstall refuses to run as root without this.
      npm_config_unsafe_perm: 'true',
      // node-pty's postinstall runs `npx node-gyp`, which must not stop to ask (no stdin in CI).
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const npm = spawnSync('npm', ['install', '--no-save', '--loglevel=error'], {
      cwd: codeServerHome,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (npm.status !== 0) throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status})`);
    // A throwaway HOME, so that asking the version leaves no config file in the real one.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-home-'));
    const version = spawnSync(process.execPath, [codeServerEntry, '--version'], { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share') } });
    fs.rmSync(home, { recursive: true, force: true });
    // It may log a line before the version (`Wrote default config file ...`).
    const versionLine = version.stdout.split('\n').find((line) => line.startsWith(`${CODE_SERVER_VERSION} `));
    if (version.status !== 0 || !versionLine) {
      throw new Error(`code-server did not start after install: ${version.stdout}${version.stderr}`);
    }
    fs.writeFileSync(codeServerInstalledMarker, versionLine + '\n');
    log(`code-server ${versionLine} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
}
