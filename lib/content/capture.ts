/**
 * The message format between the MAIN-world observer and the isolated relay: a batch of
 * captures, as one JSON string in a CustomEvent on `document`. A page can read and forge it,
 * so the relay checks every field and the background validates again.
 */
export const CAPTURE_EVENT = 'creditwatch:capture';
export const WATCH_EVENT = 'creditwatch:watch';

export interface Capture {
  kind: 'response' | 'request';
  url: string;
  method: string;
  status: number;
  /** Response text for `response`; request body for `request`. */
  body: string;
  /** For `request`: the response text, when JSON. */
  response?: string;
  /**
   * When the observer saw it (epoch ms, the page's clock). A batch is handed over up to
   * BATCH_MS later; the relay keeps this time, bounded (lib/content/relay.ts).
   */
  at: number;
}

/** Limits shared by both sides so a page cannot make us hold more than this. */
export const CAPTURE_LIMITS = {
  maxBody: 256 * 1024,
  maxRequestBody: 16 * 1024,
  maxUrl: 2048,
  /** Captures per event. */
  maxBatch: 50,
  /**
   * Characters of one event's JSON. The observer sends once its batch holds 1 MB of text;
   * JSON escaping can make that (plus one full-size capture) several times longer, never this.
   */
  maxBatchChars: 8 * 1024 * 1024,
} as const;

/** Text the observer gathers before it sends a batch without waiting for its timer. */
export const BATCH_TEXT = 1024 * 1024;

/**
 * How long the observer gathers captures before it hands them over. Each hand-over costs the
 * page's main thread a JSON round trip and an event in two worlds; a chat turn's captures come
 * within a few hundred milliseconds of each other and travel as one.
 */
export const BATCH_MS = 300;
