import { ADAPTERS } from './index';

/** Match patterns for exactly the supported pages: https only, no wildcard hosts or schemes. */
export function hostPermissions(): string[] {
  return ADAPTERS.flatMap((a) =>
    a.hosts.flatMap((h) => (a.pages ?? ['/*']).map((p) => `https://${h}${p}`)),
  );
}
