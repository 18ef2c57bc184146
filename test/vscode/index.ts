import * as path from 'path';
import { runMochaSuite } from './runMocha';

/** Entry point VS Code calls (`extensionTestsPath`) for the integration suite in `suite/`. */
export function run(): Promise<void> {
  return runMochaSuite(path.join(__dirname, 'suite'));
}
