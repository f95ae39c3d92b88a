/**
 * The message format between the MAIN-world observer and the isolated relay. It travels as
 * a JSON string in a CustomEvent on `document`, so a page can read and forge it: the relay
 * checks every field and the background validates again.
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
}

/** Limits shared by both sides so a page cannot make us hold more than this per item. */
export const CAPTURE_LIMITS = {
  maxBody: 256 * 1024,
  maxRequestBody: 16 * 1024,
  maxUrl: 2048,
} as const;
