import type { KeyValue } from '@/lib/content/pending';

/**
 * `storage.local` for unit tests: the extension's key-value area over a plain object, which a
 * test reads and edits directly as `data`.
 */
export function memoryArea(
  data: Record<string, unknown> = {},
): KeyValue & { data: Record<string, unknown> } {
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    getAll: async () => ({ ...data }),
    set: async (items) => void Object.assign(data, items),
    remove: async (keys) => keys.forEach((k) => delete data[k]),
  };
}
