import { onMessage } from './protocol';
import { send } from './send';

type Listener = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => unknown;

/**
 * Chrome's one-shot messaging as the background sees it: listeners get the message, the
 * sender and `sendResponse`; one returning `true` answers later through `sendResponse`.
 */
function chromeRuntime() {
  const listeners: Listener[] = [];
  const runtime = {
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
  };
  const sendMessage = (message: unknown) =>
    new Promise<unknown>((resolve) => {
      let async = false;
      for (const l of listeners) if (l(message, { id: 'self' }, resolve) === true) async = true;
      if (!async) resolve(undefined);
    });
  return { runtime, sendMessage };
}

// The background listens with the real @webext-core/messaging; the content scripts send with
// `send()`. These tests hold the two to the same envelope.
describe('send() against the real messaging listener', () => {
  let sendMessage: (m: unknown) => Promise<unknown>;
  beforeEach(() => {
    const chrome = chromeRuntime();
    sendMessage = chrome.sendMessage;
    vi.stubGlobal('chrome', { runtime: chrome.runtime });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('delivers the data and returns what the listener answered', async () => {
    const seen: unknown[] = [];
    const off = onMessage('deliver', ({ data }) => {
      seen.push(data);
      return { ok: true, acked: ['abc12345'] };
    });
    const ack = await send(sendMessage, 'deliver', [{ id: 'abc12345' }]);
    off();
    expect(seen).toEqual([[{ id: 'abc12345' }]]);
    expect(ack).toEqual({ ok: true, acked: ['abc12345'] });
  });

  it('throws when the listener throws, so the outbox keeps the items', async () => {
    const off = onMessage('watch', () => {
      throw new Error('worker busy');
    });
    await expect(send(sendMessage, 'watch', null)).rejects.toThrow('worker busy');
    off();
  });

  it('throws when nobody answers', async () => {
    await expect(send(sendMessage, 'watch', null)).rejects.toThrow('no answer');
  });
});
