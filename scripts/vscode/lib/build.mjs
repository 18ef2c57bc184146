// Builds what the in-VS Code runs load: the bundle (dist/) and the compiled tests (out/).
import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths.mjs';

export function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal})`);
}

/** `--no-build` skips it: `npm test` builds once for all its stages. */
export function buildUnlessSkipped(argv = process.argv) {
  if (argv.includes('--no-build')) return;
  run('npm', ['run', '--silent', 'build'], 'npm run build');
  run('npm', ['run', '--silent', 'compile-tests'], 'npm run compile-tests');
}
