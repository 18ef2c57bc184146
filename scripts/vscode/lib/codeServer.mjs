// Starts code-server (VS Code 1.100.3's server and web workbench) for one run and stops it again.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerEntry, codeServerInstalledMarker } from './paths.mjs';
import { freePort } from './net.mjs';
import { trackProcessGroup } from './processes.mjs';

/** "4.100.3 <commit> with Code 1.100.3" → { codeServer: '4.100.3', vscode: '1.100.3' } */
export function installedVersions() {
  const line = fs.readFileSync(codeServerInstalledMarker, 'utf8').trim();
  const m = /^(\S+) \S+ with Code (\S+)/.exec(line);
  return { codeServer: m?.[1] ?? 'unknown', vscode: m?.[2] ?? 'unknown' };
}

/**
 * User settings for test and demo profiles: no welcome walkthrough stealing the editor area,
 * no update or marketplace checks (there is no network for them).
 */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
};

/** Writes `User/settings.json` of a profile unless the user already has one (npm start keeps its profile). */
export function writeUserSettings(userDataDir, settings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

/**
 * Starts code-server on `host:port` (a free port when none is given) with its profile, extensions,
 * HOME and temp folders in `tmp`. Resolves once it answers HTTP; `stop()` ends it and its children.
 */
export async function startCodeServer({
  tmp,
  host = '127.0.0.1',
  port,
  userDataDir = tmp.dir('user-data'),
  extensionsDir = tmp.dir('extensions'),
  workspaceTrust = false,
  userSettings = QUIET_USER_SETTINGS,
  env = {},
  startTimeoutMs = 60_000,
}) {
  port ??= await freePort(host);
  writeUserSettings(userDataDir, userSettings);
  const logFile = path.join(tmp.root, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--config', path.join(tmp.dir('home'), 'code-server-config.yaml'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
  ];
  const child = spawn(process.execPath, args, {
    // Its own process group, so stopping it also stops the extension host, pty host and watchers.
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...tmp.homeEnv(), ...env },
  });
  fs.closeSync(log);
  const stop = trackProcessGroup(child);
  const base = `http://${host}:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited during start (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${base} within ${startTimeoutMs / 1000} s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, host, port, pid: child.pid, logFile, stop };
}

/** The last lines of a log, for error messages. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The page URL that opens `folder` and, through the workbench's `payload` launch arguments, loads
 * the extension under development and (optionally) runs a test module in its extension host.
 * Both must be vscode-remote URIs on this server: a file:// URI would mean the browser's disk.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${server.host}:${server.port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.base}/?${query}`;
}

/** `code-server --install-extension x.vsix` into `extensionsDir`, with the same throwaway environment. */
export function installExtension({ tmp, vsix, extensionsDir, userDataDir }) {
  const r = spawnSync(
    process.execPath,
    [codeServerEntry, '--config', path.join(tmp.dir('home'), 'code-server-config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: { ...process.env, ...tmp.homeEnv() }, timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout + r.stderr;
}
