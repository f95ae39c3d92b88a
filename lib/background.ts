import { browser } from 'wxt/browser';
import { getDatabase } from './db/database';
import { deliver } from './ingest/deliver';
import { attribute } from './ingest/attribute';
import { watchSpec } from './ingest/watch';
import { onMessage } from './messaging/protocol';
import { RateLimiter } from './util/ratelimit';

/** Wires the background's listeners; called synchronously at the top of its main. */
export function registerBackground(): void {
  const selfId = browser.runtime.id;
  const limiter = new RateLimiter();
  onMessage('watch', ({ sender }) => {
    const adapter = attribute(sender, selfId);
    return adapter ? watchSpec(adapter) : null;
  });
  onMessage('deliver', ({ data, sender }) =>
    deliver(data, sender, { db: getDatabase, selfId, limiter }),
  );
}
