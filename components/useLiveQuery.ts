import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Subscribes to a Dexie query and re-renders when the data under it changes. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[] = [],
): { value?: T; error?: Error } {
  const [state, setState] = useState<{ value?: T; error?: Error }>({});
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (error: unknown) =>
        setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
