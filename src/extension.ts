import type * as vscode from 'vscode';
import { features, type SurfaceProbes } from './providers';
import { EditorServices } from './vscode/editorServices';
import { WorkspaceVault } from './vscode/vault/workspaceVault';

/**
 * What `activate` returns: the in-VS Code tests read real tree items, decorations and the status
 * bar through it (VS Code has no API to read those back from the workbench).
 */
export interface OneOnOneApi extends SurfaceProbes {
  vault: WorkspaceVault;
  /**
   * When `activate()` began (`performance.now()` of the host), and milliseconds since: its synchronous part, and until the vault's first read was
   * indexed (the bench reads these), until the Meetings view could show its first items
   * (`firstShownMs`, `WorkspaceVault.firstShown`); `snapshot` when the first read came from the persisted index
   * (the time to read and decode it, and its files).
   */
  activation: { startedAt: number; activateMs: number; vaultReadyMs?: number; firstShownMs?: number; snapshot?: { readMs: number; files: number; bytes: number } };
}

/** Only wires: makes the shared services, then runs every surface of `src/providers/`; every disposable goes to the context. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const started = performance.now();
  const vault = new WorkspaceVault(undefined, { storage: context.storageUri });
  const activation: OneOnOneApi['activation'] = { startedAt: started, activateMs: 0 };
  void vault.firstShown().then(() => (activation.firstShownMs = performance.now() - started));
  void vault.ready().then(() => {
    activation.vaultReadyMs = performance.now() - started;
    const use = vault.snapshotUse;
    if (use?.used) activation.snapshot = { readMs: use.readMs, files: use.files, bytes: use.bytes };
  });
  const services = new EditorServices(vault);
  context.subscriptions.push(vault, services);
  const probes: Partial<SurfaceProbes> = {};
  for (const feature of features) Object.assign(probes, feature(context, services));
  activation.activateMs = performance.now() - started;
  // Every probe is handed back by its surface (the in-VS Code tests read each one).
  return { vault, activation, ...(probes as SurfaceProbes) };
}

export function deactivate(): void {
  // Nothing to do: everything is disposed through context.subscriptions.
}
