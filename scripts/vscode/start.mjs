#!/usr/bin/env node
// `npm start`: builds the extension, starts code-server (VS Code 1.100.3 in the browser) on
// 127.0.0.1 with the extension loaded from this folder and examples/vault open, and prints the
// URL to open. Runs until Ctrl+C, then stops code-server and removes its temp folder.
//   npm start -- [folder] [--port N]     (folder: a vault to open instead of examples/vault)
// The browser profile (settings, open editors) is kept in .code-server/start-profile/.
// On examples/vault the clock is pinned to the moment the vault is written for (ONE_ON_ONE_NOW,
// SPEC §8), so the demo shows the findings its README lists; set ONE_ON_ONE_NOW yourself to pick
// another moment. Any other folder runs on the real clock.
import fs from 'node:fs';
import path from 'node:path';
import { run } from './lib/build.mjs';
import { installedVersions, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { PINNED_NOW } from './lib/inHost.mjs';
import { ensureCodeServer } from './lib/installCodeServer.mjs';
import { portIsFree } from './lib/net.mjs';
import { codeServerHome, exampleVault, projectRoot } from './lib/paths.mjs';
import { cleanupAll, installExitHandlers } from './lib/processes.mjs';
import { makeTempRoot } from './lib/tempRoot.mjs';

const DEFAULT_PORT = 8080;

function parseArgs(argv) {
  const options = { folder: exampleVault, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (!argv[i].startsWith('-')) options.folder = path.resolve(argv[i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (process.env.PORT && options.port === undefined) options.port = Number(process.env.PORT);
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new Error('--port wants a number between 1 and 65535');
  }
  return options;
}

installExitHandlers();
try {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.statSync(options.folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no such folder: ${options.folder}`);
  await ensureCodeServer();
  run('npm', ['run', '--silent', 'build'], 'npm run build');
  // 8080 when free, else any free port: a second `npm start` must not fail on a busy port.
  const port = options.port ?? ((await portIsFree(DEFAULT_PORT)) ? DEFAULT_PORT : undefined);
  const tmp = makeTempRoot('1x1-start-');
  const profile = path.join(codeServerHome, 'start-profile');
  const now = process.env.ONE_ON_ONE_NOW ?? (options.folder === exampleVault ? PINNED_NOW : undefined);
  const server = await startCodeServer({
    tmp,
    port,
    env: now ? { ONE_ON_ONE_NOW: now } : {},
    userDataDir: path.join(profile, 'user-data'),
    extensionsDir: path.join(profile, 'extensions'),
  });
  const url = workbenchUrl(server, { folder: options.folder, extensionDevelopmentPath: projectRoot });
  const { vscode, codeServer } = installedVersions();
  console.log(`\n1x1 Meetings in VS Code ${vscode} (code-server ${codeServer}), opening ${path.relative(process.cwd(), options.folder) || '.'}:\n`);
  console.log(`  ${url}\n`);
  if (now) console.log(`The extension's clock says ${now.replace('T', ' ')} (ONE_ON_ONE_NOW).`);
  console.log('Open it in a browser on this machine, exactly as printed: the address carries the extension to load.');
  console.log('After `npm run build`, run "Developer: Reload Window" in VS Code to load the change. Ctrl+C stops.');
  console.log(`code-server log: ${server.logFile}`);
  // Run until Ctrl+C (the exit handlers clean up) or until code-server ends by itself.
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(server.pid, 0);
      } catch {
        clearInterval(timer);
        console.error('code-server stopped');
        resolve();
      }
    }, 1000);
  });
  process.exitCode = 1;
} catch (err) {
  console.error(`error: ${err.message}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
