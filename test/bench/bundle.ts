import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { hostPermissions } from '@/lib/adapters/hosts';
import { BUILDS } from './launch';
import type { BenchPart, BenchRow } from './types';

const OUTPUT = resolve(__dirname, '../../.output');
const CONTENT_BUDGET = 15_000;
/** The popup's scripts before its first frame: 43 kB now; Dexie alone is about 100 kB. */
const POPUP_FIRST_BUDGET = 60_000;

interface ContentScript {
  matches: string[];
  js?: string[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;

/** Does a manifest match pattern (scheme://host/path with `*`) cover this page? */
function covers(pattern: string, page: string): boolean {
  const re = new RegExp(
    '^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$',
  );
  return re.test(page);
}

/**
 * Items 1 (content-script size) and 6: every script a supported page gets, summed per site
 * from the built manifest; then the size of every built file and of the store zips.
 */
export const bundleSizes: BenchPart = async () => {
  const dir = BUILDS.production;
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing: run \`npm run build\` first (npm run bench does)`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScript[];
  };
  const rows: BenchRow[] = [];
  // One page per pattern the extension asks for: every page it could ever run on.
  const perSite = hostPermissions().map((pattern) => {
    const page = pattern.replace(/\*/g, 'bench');
    const scripts = new Set(
      (manifest.content_scripts ?? [])
        .filter((c) => c.matches.some((m) => covers(m, page)))
        .flatMap((c) => c.js ?? []),
    );
    const bytes = [...scripts].reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    return { page, bytes, n: scripts.size };
  });
  const worst = perSite.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  // A supported page that gets no script at all would be a broken build, not a small one.
  const unread = perSite.filter((s) => s.n === 0);
  rows.push({
    name: `Content scripts a supported page gets, minified (largest of ${perSite.length} supported pages: ${worst.page}, ${worst.n} files)`,
    measured: `${worst.bytes} B`,
    budget: `≤ ${CONTENT_BUDGET} B`,
    ok: worst.bytes <= CONTENT_BUDGET && unread.length === 0,
  });
  rows.push(popupFirstRow(dir));
  for (const f of files(dir)
    .filter((f) => /\.(js|css|html|json)$/.test(f))
    .sort())
    rows.push({
      name: `Bundle: ${relative(dir, f)}`,
      measured: kB(statSync(f).size),
      budget: '(printed)',
      ok: true,
    });
  const zips = existsSync(OUTPUT) ? readdirSync(OUTPUT).filter((f) => f.endsWith('.zip')) : [];
  if (!zips.length) throw new Error('no store zip in .output: run `npm run build` first');
  for (const z of zips.sort())
    rows.push({
      name: `Store zip: ${z}`,
      measured: kB(statSync(join(OUTPUT, z)).size),
      budget: '(printed)',
      ok: true,
    });
  return rows;
};

/** Files popup.html's scripts import statically, themselves included (dynamic imports are not). */
export function popupFirstScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const todo = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (todo.length) {
    const file = join(dir, todo.pop()!.replace(/^\//, ''));
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // `import{a}from"./x.js"` and `import"./x.js"`; `import("./x.js")` is lazy and not followed.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${},*\s]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      todo.push(relative(dir, join(file, '..', m[1]!)));
  }
  return [...seen];
}

/**
 * What the popup loads before it can draw: Dexie and zod must stay behind its first frame
 * (wxt.config.ts, lib/build/popup-first.ts), or opening it pays for them every time.
 */
function popupFirstRow(dir: string): BenchRow {
  const scripts = popupFirstScripts(dir);
  const bytes = scripts.reduce((s, f) => s + statSync(f).size, 0);
  const heavy = scripts.filter((f) =>
    /DatabaseClosedError|\$ZodType/.test(readFileSync(f, 'utf8')),
  );
  return {
    name: `Popup scripts before its first frame (${scripts.length} files${heavy.length ? `; Dexie or zod in ${heavy.map((f) => relative(dir, f)).join(', ')}` : ', no Dexie, no zod'})`,
    measured: `${bytes} B`,
    budget: `≤ ${POPUP_FIRST_BUDGET} B, no Dexie or zod`,
    ok: bytes <= POPUP_FIRST_BUDGET && heavy.length === 0,
  };
}
