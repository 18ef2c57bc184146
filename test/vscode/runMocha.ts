import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha = require('mocha');
import { TaggedReporter, VERSION_MARK, say } from './taggedReporter';

/**
 * Runs every `*.test.js` under `dir` with mocha inside the extension host that loaded us, after
 * announcing which VS Code it is. Rejects when a test fails, which makes VS Code end the test run
 * with exit code 1.
 */
export async function runMochaSuite(dir: string): Promise<void> {
  say(
    `${VERSION_MARK}${JSON.stringify({
      version: vscode.version,
      appName: vscode.env.appName,
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
      remoteName: vscode.env.remoteName ?? null,
    })}`,
  );
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: TaggedReporter });
  // ONE_ON_ONE_TEST_GREP=<text> runs only the tests whose full title contains it (while working on one surface).
  const grep = process.env.ONE_ON_ONE_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(dir, file));
  if (files.length === 0) throw new Error(`no *.test.js files under ${dir}`);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} in-VS Code test(s) failed`);
}
