import { useEffect, useState } from 'preact/hooks';
import type { PopupInputs } from '@/lib/view/popup-inputs';

export interface InputsState {
  inputs?: PopupInputs;
  error?: Error;
}

/**
 * What the popup is built from: the snapshot its entry point read before the first render
 * (entrypoints/popup/main.tsx), then a lazily loaded Dexie live query that follows every
 * snapshot the background writes (and reads the tables while there is none).
 */
export function usePopupInputs(initial?: PopupInputs): InputsState {
  const [state, setState] = useState<InputsState>({ inputs: initial });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // Called through the module object: WXT's auto-import sees a bare `watchInputs(` as a
    // global to import and adds a static import of popup-db, pulling Dexie onto the first frame.
    void import('./popup-db').then((db) => {
      if (live) stop = db.watchInputs((s) => live && setState(s));
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return state;
}
