import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS } from '@/lib/adapters';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  permissions: string[];
  content_scripts: { matches: string[]; js: string[]; world?: string; all_frames?: boolean }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
};

const supported = ADAPTERS.flatMap((a) =>
  a.hosts.flatMap((h) => (a.pages ?? ['/*']).map((p) => `https://${h}${p}`)),
).sort();

describe('the built manifest', () => {
  it('asks for exactly the supported hosts, https only, no wildcards', () => {
    expect([...manifest.host_permissions].sort()).toEqual(supported);
    for (const m of manifest.host_permissions) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/|https:\/\/\*/);
  });

  it('runs both content scripts, MAIN-world observer included, only where an adapter reads', () => {
    expect(manifest.content_scripts).toHaveLength(2);
    expect(manifest.content_scripts.map((c) => c.world ?? 'ISOLATED').sort()).toEqual([
      'ISOLATED',
      'MAIN',
    ]);
    for (const cs of manifest.content_scripts) {
      expect([...cs.matches].sort()).toEqual(supported);
      expect(cs.all_frames ?? false).toBe(false);
    }
  });

  it('exposes nothing to pages and asks for no more permissions than it uses', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect([...manifest.permissions].sort()).toEqual(['notifications', 'storage']);
  });

  it('keeps what a supported page loads small: no Preact, no Dexie, no zod', () => {
    const files = manifest.content_scripts.flatMap((c) => c.js);
    const bytes = files.reduce((s, f) => s + statSync(join(EXTENSION_DIR, f)).size, 0);
    const text = files.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
    // The budget is 15 kB: decimal kilobytes, the stricter reading.
    expect(bytes).toBeLessThanOrEqual(15_000);
    // Nor the messaging library: its listener half cannot be tree-shaken (lib/messaging/send.ts).
    expect(text).not.toMatch(/Dexie|preact|ZodError|\$ZodType|\[messaging\]/);
  });

  it('ships no eval or remote code', () => {
    const js = readdirSync(EXTENSION_DIR, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    for (const f of js) {
      const src = readFileSync(join(EXTENSION_DIR, f), 'utf8');
      expect(src, f).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
    }
  });
});
