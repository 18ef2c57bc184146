import * as path from 'path';
import { runMochaSuite } from '../runMocha';

/** Entry point for the activation benchmark (scripts/vscode/bench-activation.mjs). */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
