import { ADAPTERS } from './index';

/** Match patterns for exactly the supported page hosts: https only, no wildcards. */
export function hostPermissions(): string[] {
  return ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`));
}
