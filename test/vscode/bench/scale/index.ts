import * as path from 'path';
import { runMochaSuite } from '../../runMocha';

/** Entry point for the scale benchmark (scripts/vscode/bench-scale.mjs). */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
