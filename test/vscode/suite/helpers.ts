import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../../src/extension';

export const EXTENSION_ID = 'one-on-one.one-on-one-meetings';

/** Polls `condition` until it is truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function extension(): vscode.Extension<OneOnOneApi> {
  const ext = vscode.extensions.getExtension<OneOnOneApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export async function api(): Promise<OneOnOneApi> {
  return extension().activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no folder is open');
  return folder.uri;
}

/** Resolves with the next event, or rejects after `timeoutMs` — a test waits for the refresh, never sleeps. */
export function nextEvent<T>(event: vscode.Event<T>, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = event((value) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}
