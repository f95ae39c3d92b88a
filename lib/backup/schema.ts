import * as z from 'zod/mini';
import { epochMs, key } from '../model/bounds';
import { Health } from '../model/health';
import { ManualTool } from '../model/manual';
import { Reading } from '../model/reading';
import { GlobalSettings, ToolSettings } from '../model/settings';
import { Task } from '../model/task';

export const BACKUP_FORMAT = 'creditwatch-backup';
export const BACKUP_VERSION = 1;
/** Larger than any real history (a reading is ~200 bytes): bigger files are not ours. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
export const MAX_ROWS = 1_000_000;

const rows = <T extends z.ZodMiniType>(s: T) => z.array(s).check(z.maxLength(MAX_ROWS));

const MeterState = z.object({
  key: z.string().check(z.maxLength(81)),
  tool: key(),
  meter: key(),
  latest: Reading,
  lastSeen: epochMs(),
});

const SettingRow = z.union([
  z.object({ key: z.literal('global'), value: GlobalSettings }),
  z.object({ key: z.string().check(z.regex(/^tool:[a-z0-9_]{1,40}$/)), value: ToolSettings }),
]);

const AlertKind = z.enum(['low', 'runOut', 'reset', 'budget']);
const AlertState = z.object({
  key: z.string().check(z.regex(/^[a-z0-9_]{1,40}:[a-z0-9_-]{1,40}$/)),
  active: z.array(AlertKind).check(z.maxLength(4)),
  fired: z.partialRecord(AlertKind, epochMs()),
  resetsAt: z.optional(epochMs()),
});

/** The part every backup, of any version, starts with: read first to name the problem. */
export const BackupHead = z.object({
  format: z.string().check(z.maxLength(100)),
  version: z.number(),
});

/** A version 1 backup: every table except the derived ones (`days`, rebuilt on restore, and
 * `snapshots`, rewritten by the background after it). */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schema: z.int().check(z.gte(1), z.lte(1000)),
  exportedAt: epochMs(),
  tables: z.object({
    readings: rows(Reading),
    meters: rows(MeterState),
    tasks: rows(Task),
    health: rows(Health),
    settings: rows(SettingRow),
    manualTools: rows(ManualTool),
    alerts: rows(AlertState),
  }),
});
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];
