import { adapterForHost } from '../adapters';
import type { Adapter } from '../adapters/types';

/** The parts of `runtime.MessageSender` that the browser itself fills in. */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { url?: string };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which tool a message speaks for, decided only from what the browser says about the sender:
 * our own extension, the top frame, an https page on a supported host, with origin and tab
 * agreeing. Whatever the payload claims plays no part.
 */
export function attribute(sender: SenderFacts, selfId: string): Adapter | undefined {
  if (sender.id !== selfId || sender.frameId !== 0) return undefined;
  const host = hostOf(sender.url);
  if (!host) return undefined;
  if (sender.origin !== undefined && hostOf(sender.origin) !== host) return undefined;
  if (sender.tab?.url !== undefined && hostOf(sender.tab.url) !== host) return undefined;
  return adapterForHost(host);
}

/**
 * True when a message comes from one of our own pages (popup, options), never from a content
 * script: its URL is inside the extension, `pageBase` being `runtime.getURL('/')`.
 */
export function fromExtensionPage(sender: SenderFacts, selfId: string, pageBase: string): boolean {
  return sender.id === selfId && !!sender.url?.startsWith(pageBase);
}
