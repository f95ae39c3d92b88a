import { TOOLS } from '../catalog';

/** Match patterns for exactly the supported pages: https only, no wildcard hosts or schemes. */
export function hostPermissions(): string[] {
  return TOOLS.flatMap((a) =>
    a.hosts.flatMap((h) => (a.pages ?? ['/*']).map((p) => `https://${h}${p}`)),
  );
}
