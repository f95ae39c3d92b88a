/** One line of the benchmark's table: a measured figure beside its budget. */
export interface BenchRow {
  name: string;
  measured: string;
  budget: string;
  ok: boolean;
  /** A speed or memory budget: reported in quick mode (CI) but only breakage fails there. */
  timing?: boolean;
}

/** One part of `npm run bench`; quick mode (CI) uses small sizes only to catch breakage. */
export type BenchPart = (opts: { quick: boolean }) => Promise<BenchRow[]>;
