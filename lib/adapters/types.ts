import type * as z from 'zod/mini';
import type { TaskKind } from '../model/enums';
import type { ReadingDraft } from '../model/reading';
import type { TaskDraft } from '../model/task';
import type { ToolInfo } from '../model/tool';

export interface ReadContext {
  url: URL;
  /** When the page saw it, epoch ms. */
  at: number;
}

export interface Readout {
  readings?: ReadingDraft[];
  tasks?: TaskDraft[];
}

/** A JSON endpoint the site's own front end fetches. */
export interface ResponseReader<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Matched against the URL's path and query. */
  match: RegExp;
  schema: S;
  read(data: z.output<S>, ctx: ReadContext): Readout;
}

/** A request that spends credits. `read` sees the parsed request body and response, if JSON. */
export interface TaskReader {
  kind: TaskKind;
  method: 'POST' | 'PUT' | 'PATCH';
  match: RegExp;
  read?(request: unknown, response: unknown, ctx: ReadContext): Partial<TaskDraft> | null;
}

/**
 * Visible text to collect in the page. Selectors are ordered fallbacks, most stable first;
 * `pattern` instead scans the page's text for an anchor phrase.
 */
export interface TextProbe {
  name: string;
  selectors?: string[];
  pattern?: RegExp;
}

/**
 * How one site's pages are read (lib/sites/<id>/adapter.ts): pure data and functions, no
 * browser APIs, no storage, no timers.
 */
export interface Readers {
  responses: ResponseReader[];
  requests?: TaskReader[];
  probes?: TextProbe[];
  readText?(texts: Record<string, string>, ctx: ReadContext): ReadingDraft[];
}

/** A tool's description and its readers, as the background uses them. */
export type Adapter = ToolInfo & Readers;

/** Keeps each reader's schema and `read` argument types tied together. */
export function endpoint<S extends z.ZodMiniType>(reader: ResponseReader<S>): ResponseReader {
  return reader as unknown as ResponseReader;
}

/** A fixture and what the adapter must make of it; one generic test runs them all. */
export interface AdapterCase {
  name: string;
  /** The URL the fixture is served at (a page for text, an API URL for JSON). */
  url: string;
  /** Path under test/fixtures/. */
  fixture: string;
  kind: 'response' | 'text' | 'request';
  /** For request cases: the response fixture, if any. */
  responseFixture?: string;
  /**
   * What the adapter makes of the fixture read at the fake clock CASE_NOW (lib/adapters/case-time.ts).
   * Read at another clock, every time in it moves by as much; a time the adapter derives by a
   * calendar rule (the 1st of next month) is written as a function of the clock instead.
   */
  expect: Readout | { failure: RegExp } | ((now: number) => Readout);
}
