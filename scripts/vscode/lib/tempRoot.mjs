// One throwaway folder per run for everything VS Code, code-server and chromium write
// (profiles, extensions, HOME, caches, the copy of the vault), removed at cleanup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, onExitSync } from './processes.mjs';

export function makeTempRoot(prefix = '1x1-vscode-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (process.env.KEEP_TEMP !== '1') {
    const remove = () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    const unregister = onExitSync(remove);
    onCleanup(() => {
      unregister();
      remove();
    });
  } else onCleanup(() => console.error(`kept ${root} (KEEP_TEMP=1)`));
  return {
    root,
    /** A sub-folder of the temp root, created on first use. */
    dir(name) {
      const dir = path.join(root, name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    },
    /** HOME, XDG and TMPDIR pointing into the temp root, so nothing lands in the real home. */
    homeEnv() {
      const home = this.dir('home');
      return {
        HOME: home,
        XDG_CONFIG_HOME: this.dir('home/.config'),
        XDG_DATA_HOME: this.dir('home/.local/share'),
        XDG_CACHE_HOME: this.dir('home/.cache'),
        XDG_RUNTIME_DIR: this.dir('run'),
        TMPDIR: this.dir('tmp'),
      };
    },
  };
}
