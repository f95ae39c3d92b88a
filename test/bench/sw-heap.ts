import type { BrowserContext } from 'playwright-core';

/**
 * The service worker's JS heap after a full GC, through CDP. Playwright opens CDP sessions only
 * on pages, so a page session attaches to the worker target and relays messages to it.
 */
export async function workerHeap(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!sw) throw new Error('no extension service worker is running');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: sw.targetId,
      flatten: false,
    });
    let next = 0;
    const waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) waiting.get(m.id)?.(m);
    });
    const call = async (method: string) => {
      const id = ++next;
      const answer = new Promise<{ result?: unknown; error?: unknown }>((res) =>
        waiting.set(id, res),
      );
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params: {} }),
      });
      const m = await answer;
      if (m.error) throw new Error(`${method}: ${JSON.stringify(m.error)}`);
      return m.result;
    };
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize;
  } finally {
    await cdp.detach();
    await page.close();
  }
}
