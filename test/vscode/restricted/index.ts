import * as path from 'path';
import { runMochaSuite } from '../runMocha';

/** Entry point for the Restricted Mode suite (scripts/vscode/run-restricted.mjs): an untrusted workspace. */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
