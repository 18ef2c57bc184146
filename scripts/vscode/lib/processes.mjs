// Nothing the scripts start may outlive them: every resource registers how to release it, and
// that runs on normal exit, on failure, on a time-out, and on Ctrl+C / SIGTERM.
const cleanups = [];
/** Synchronous fallbacks for an exit that skipped cleanupAll (kill process groups, remove temp). */
const lastResorts = new Set();
let handlersInstalled = false;

/** Registers `release` (async ok) to run at cleanup, newest first. Returns a function that unregisters it. */
export function onCleanup(release) {
  cleanups.push(release);
  return () => {
    const i = cleanups.indexOf(release);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

export async function cleanupAll() {
  while (cleanups.length > 0) {
    const release = cleanups.pop();
    try {
      await release();
    } catch (err) {
      console.error(`cleanup: ${err?.message ?? err}`);
    }
  }
}

/**
 * Starts a scope: the returned function releases only what was registered since (newest first),
 * and leaves older resources, e.g. a caller's workspace kept across two launches, alone.
 */
export function cleanupScope() {
  const older = new Set(cleanups);
  return async () => {
    for (let i = cleanups.length - 1; i >= 0; i--) {
      const release = cleanups[i];
      if (older.has(release)) continue;
      cleanups.splice(i, 1);
      try {
        await release();
      } catch (err) {
        console.error(`cleanup: ${err?.message ?? err}`);
      }
    }
  };
}

export function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping`);
      cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  for (const event of ['uncaughtException', 'unhandledRejection']) {
    process.on(event, (err) => {
      console.error(`error: ${err?.stack ?? err}`);
      cleanupAll().finally(() => process.exit(1));
    });
  }
  // If the process ends without cleanupAll (process.exit elsewhere), at least kill the process
  // groups and remove the temp folders synchronously; `exit` handlers cannot await anything.
  process.on('exit', () => {
    for (const release of lastResorts) release();
  });
}

/** Registers a synchronous fallback run at process exit; returns a function that unregisters it. */
export function onExitSync(release) {
  lastResorts.add(release);
  return () => lastResorts.delete(release);
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone already
  }
}

/**
 * Stops a child started with `detached: true` (so it leads its own process group) and everything
 * it started: SIGTERM to the group, SIGKILL to whatever is left after `graceMs`.
 */
export function trackProcessGroup(child, { graceMs = 3000 } = {}) {
  const unregisterLastResort = onExitSync(() => signalGroup(child.pid, 'SIGKILL'));
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const stop = async () => {
    unregisterLastResort();
    signalGroup(child.pid, 'SIGTERM');
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([exited, timer]);
    // The leader may be gone while its children (extension host, pty host) are not: SIGKILL the group.
    signalGroup(child.pid, 'SIGKILL');
  };
  const unregister = onCleanup(stop);
  return async () => {
    unregister();
    await stop();
  };
}
