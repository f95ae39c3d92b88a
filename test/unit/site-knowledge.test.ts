import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOOLS } from '@/lib/catalog';

const ROOT = join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** String literals of a TypeScript source, comments left out (a rough lexer is enough here). */
export function literals(source: string): string[] {
  const out: string[] = [];
  const re =
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\])*)`/g;
  for (const m of source.matchAll(re)) {
    const lit = m[1] ?? m[2] ?? m[3];
    if (lit !== undefined) out.push(lit);
  }
  return out;
}

/** What a literal says about tools: their hosts, or their ids as whole words. */
export function siteKnowledge(lit: string): string[] {
  const found: string[] = [];
  for (const t of TOOLS) {
    const hosts = [...t.hosts, ...(t.apiHosts ?? [])];
    if (hosts.some((h) => lit.includes(h))) found.push(`${t.id} host`);
    else if (new RegExp(`(^|[^a-z0-9_.-])${t.id}($|[^a-z0-9_])`).test(lit)) found.push(t.id);
  }
  return found;
}

// Where a tool may be named: its own folder, the words shown to people, and the one list of
// tools (which imports each folder by path).
const EXEMPT = [/^lib\/sites\//, /^lib\/i18n\//, /^lib\/catalog\/index\.ts$/, /\.test\.tsx?$/];

describe('site knowledge lives in the site’s own files', () => {
  const sources = [...files(join(ROOT, 'lib')), ...files(join(ROOT, 'entrypoints'))]
    .map((p) => relative(ROOT, p))
    .filter((p) => !EXEMPT.some((re) => re.test(p)));

  it.each(sources)('%s names no supported tool or host', (path) => {
    const hits = literals(readFileSync(join(ROOT, path), 'utf8')).flatMap((l) =>
      siteKnowledge(l).map((k) => `${k}: ${JSON.stringify(l)}`),
    );
    expect(hits).toEqual([]);
  });

  it('would catch a host, a quoted id or a meter key, not a word in code or a comment', () => {
    const src = `
      // a comment about claude.ai and 'suno' is fine
      const cursor = 0; if (cursor) go('to', cursor);
      const a = 'claude.ai'; const b = "suno"; const c = \`openrouter:key_limit\`;
      const d = 'https://studio-api.prod.suno.com/x';`;
    const hits = literals(src).flatMap(siteKnowledge);
    expect(hits).toEqual(['claude host', 'suno', 'openrouter', 'suno host']);
  });
});
