// Debian's chromium, headless, driven by playwright-core; its profile lives in the run's temp root.
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';
import { onCleanup } from './processes.mjs';

export async function launchBrowser(tmp, { viewport = { width: 1400, height: 900 } } = {}) {
  const context = await chromium.launchPersistentContext(tmp.dir('chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    env: { ...process.env, ...tmp.homeEnv() },
    args: [
      '--no-sandbox', // chromium refuses to start as root with its sandbox
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    // close() waits for the browser process to exit; playwright kills it if it hangs.
    await context.close().catch(() => {});
  };
  const unregister = onCleanup(close);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      unregister();
      await close();
    },
  };
}
