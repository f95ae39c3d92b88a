import type { WatchSpec } from '../model/wire';

const MAX_TEXT = 500;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/**
 * Reads the visible text each probe points at: its selectors in order (most stable first),
 * else the first match of its anchor pattern in the page's text. Missing probes are omitted.
 */
export function collectTexts(doc: Document, probes: WatchSpec['probes']): Record<string, string> {
  const out: Record<string, string> = {};
  let pageText: string | undefined;
  for (const p of probes) {
    for (const sel of p.selectors) {
      let text = '';
      try {
        text = clean(doc.querySelector(sel)?.textContent);
      } catch {
        /* a selector the browser rejects is skipped */
      }
      if (text) {
        out[p.name] = text;
        break;
      }
    }
    if (out[p.name] || !p.pattern) continue;
    pageText ??= (doc.body?.textContent ?? '').replace(/\s+/g, ' ');
    const m = new RegExp(p.pattern, 'i').exec(pageText);
    if (m) out[p.name] = m[0].slice(0, MAX_TEXT);
  }
  return out;
}
