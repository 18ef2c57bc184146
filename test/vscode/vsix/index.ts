import * as path from 'path';
import { runMochaSuite } from '../runMocha';

/** Entry point for the .vsix install test (scripts/vscode/test-vsix.mjs). */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
