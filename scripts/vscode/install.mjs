#!/usr/bin/env node
// `node scripts/vscode/install.mjs`: prepares code-server (Debian packages + `.code-server/`) now,
// rather than on the first `npm test` / `npm start`. Safe to run again: it only checks, then.
import { ensureCodeServer } from './lib/installCodeServer.mjs';

try {
  await ensureCodeServer();
} catch (err) {
  console.error(`error: ${err.message}`);
  process.exit(1);
}
