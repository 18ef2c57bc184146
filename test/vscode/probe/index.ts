import * as path from 'path';
import { runMochaSuite } from '../runMocha';

/** Entry point for the first-edit probe (test/vscode/probe/run.mjs). */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
